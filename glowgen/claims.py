"""The words of the compliance rules: claims, promotions and calls to act, in fr, nl, en, de.

Patterns read *folded* text (lower case, accents removed, one character for one, so a
match's place is the place in the clinic's text). Words are matched whole (``W`` and
``E`` stand before and after them), inflections are spelt out, and a space in a phrase
also matches a line break or a hyphen, so "risk-free", "risk free" and "risk\\nfree" are
one claim. Which pattern belongs to which rule, and what each rule says, is in
:mod:`glowgen.compliance`; the sources of the rules are in docs/compliance.md.
"""

from __future__ import annotations

import re

# a word starts here: not inside a word, nor after "don'" or "clinic'", but after French
# elision ("l'INAMI", "d'une"); two lookbehinds cost far less than an alternation
W = r"(?<!\w)(?<!\w\w')"
E = r"(?![\w])"    # and ends here


def phrase(*alternatives: str) -> str:
    """Alternatives as one pattern of whole words; a space may be any run of spaces,
    line breaks, hyphens or Markdown emphasis between two words."""
    body = "|".join(alternatives).replace(" ", r"[\s*_-]+")
    return f"{W}(?:{body}){E}"


def compile_any(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{part})" for part in parts))


# --- words that change what a match means -----------------------------------------------

# --- how a sentence is meant: negations and questions, written as each language writes them --
# (folded when compiled, like the text they read)

# Words that deny what their sentence says. A verb's negation ("strong") reaches across the
# commas of its sentence ("Il n'existe pas, à ce jour, de traitement définitif", "Een
# behandeling die pijnloos is, bestaat niet"); a determiner's ("weak") denies the few words
# after it ("geen afbetaling", "pas de paiement échelonné", "keine Garantie") or its clause.
# French "ne" is a negation only with its partner (pas, plus, jamais, ...) or before
# pouvoir, savoir, oser or cesser; "ne ... que" means "only".
NEGATIONS = {
    "en": {"strong": ["not", "n't", "cannot", "never", "nothing", "nobody", "nowhere", "neither", "nor"],
           "weak": ["no", "none", "no one"]},
    "fr": {"strong": ["ne … pas", "ne … plus", "ne … jamais", "ne … rien", "ne … aucun", "ne … aucune",
                      "ne … personne", "ne … guère", "ne … point", "ne … nullement", "ne … ni",
                      "ne peut", "ne peuvent", "ne pouvons", "ne pourra", "ne pourront", "ne saurait",
                      "ne sauraient", "ne sait", "ne cesse", "n'ose", "jamais", "nullement"],
           "weak": ["pas", "aucun", "aucune", "nul", "nulle", "ni", "rien", "non"]},
    "nl": {"strong": ["niet", "nooit", "niets", "nergens", "niemand", "geenszins", "allerminst"],
           "weak": ["geen", "noch"]},
    "de": {"strong": ["nicht", "nie", "niemals", "nichts", "nirgends", "niemand", "keineswegs", "keinesfalls"],
           "weak": ["kein", "keine", "keinen", "keinem", "keiner", "keines", "keinerlei", "weder"]},
}
# what reads like a negation and is none: "not only" adds, "never again" promises, "No. 1" ranks
NOT_A_NEGATION = [
    "not only", "not just", "not merely", "never again", "nothing but", "no. 1", "no 1", "no.1",
    "non seulement", "pas seulement", "pas uniquement", "plus jamais",
    "niet alleen", "niet enkel", "niet zomaar alleen", "nooit meer", "nooit weer",
    "nicht nur", "nicht bloß", "nie wieder", "nie mehr", "keine sorge",
]
# words that turn a sentence round: a negation before them does not reach a claim after them
CONTRAST = ["but", "however", "yet", "mais", "pourtant", "toutefois", "cependant", "par contre",
            "maar", "echter", "daarentegen", "wel", "aber", "jedoch", "sondern", "dafür", "doch"]

# A question that asks about a topic ("Are treatments reimbursed?", "Kan ik in schijven
# betalen?", "Ist die Behandlung schmerzhaft?") informs; it starts with a question word or,
# in Dutch, German and English, with a verb. French asks with "est-ce", a question word or
# an inverted subject ("Les soins sont-ils remboursés ?").
QUESTION_STARTS = {
    "en": ["is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would", "should", "may",
           "might", "must", "shall", "have", "has", "how", "what", "which", "when", "where", "who", "whom",
           "whose", "isn't", "aren't", "don't", "doesn't"],
    "fr": ["est-ce", "combien", "comment", "quand", "quel", "quelle", "quels", "quelles", "qui", "que",
           "qu'est-ce", "où", "lequel", "laquelle", "y a-t-il", "peut-on", "puis-je", "dois-je", "faut-il"],
    "nl": ["is", "zijn", "was", "waren", "wordt", "worden", "werd", "kan", "kun", "kunt", "kunnen", "mag",
           "mogen", "moet", "moeten", "heb", "hebt", "heeft", "hebben", "doet", "doen", "zal", "zullen",
           "krijg", "krijgt", "krijgen", "betaal", "betaalt", "betalen", "biedt", "bieden", "komt", "komen",
           "blijft", "blijven", "werkt", "werken", "gebeurt", "geeft", "geven", "bestaat", "bestaan", "neemt",
           "nemen", "vergoedt", "hoe", "wat", "welk", "welke", "wanneer", "waar", "wie", "hoeveel", "hoelang",
           "vanaf"],
    "de": ["ist", "sind", "war", "waren", "wird", "werden", "kann", "kannst", "können", "darf", "dürfen",
           "muss", "müssen", "soll", "sollte", "hat", "habe", "haben", "gibt", "gibt's", "übernimmt",
           "übernehmen", "zahlt", "zahlen", "erstattet", "bietet", "bieten", "bleibt", "bleiben", "wirkt",
           "tut", "kommt", "besteht", "bekomme", "bekommt", "wie", "was", "welche", "welcher", "welches",
           "wann", "wo", "wer", "wieviel", "wie viel", "wie lange", "ab wann"],
}
# French asks by putting the subject after its verb: "sont-ils", "est-elle", "a-t-on"
FRENCH_INVERSION = r"\w-(?:t-)?(?:il|elle|ils|elles|on|je|vous|nous)(?!\w)"
# a question that offers or tempts is no question about a topic: "Envie d'un teint parfait ?",
# "Do you want painless hair removal?", "Souhaitez-vous payer en plusieurs fois ?"
TEMPTING = ["want", "wish", "dream", "dreaming", "looking for", "ready for", "tired of", "why",
            "envie", "rêvez", "rêve", "souhaitez", "marre", "cherchez", "pourquoi", "prête", "prêt",
            "zin in", "droom", "droomt", "wil je", "wilt u", "wil jij", "op zoek", "klaar voor", "beu", "waarom",
            "lust", "träumen", "träumst", "wünschen", "möchten sie", "möchtest du", "suchen sie", "satt", "warum"]

# claim words that mean something else in one language: Dutch "offerte" is a quote
FALSE_FRIENDS = {"nl": re.compile(r"offertes?")}

# a medical act: what a promotion must not be about (the site's own treatment words are added)
MEDICAL_ACT = phrase(
    "\\w*behandelingen", "\\w*behandeling", "\\w*behandlungen", "\\w*behandlung", "\\w*injecties?",
    "\\w*injektion(?:en)?", "\\w*sitzung(?:en)?", "\\w*sessies?", "huidanalyse", "hautanalyse",
    "skin (?:analysis|assessment|check)", "analyse de (?:la )?peau", "diagnostic de (?:la )?peau",
    "treatments?", "consultations?", "consults?", "injections?", "sessions?", "procedures?", "fillers?", "peels?",
    "peelings?", "lasers?", "botox", "toxin", "hyaluronic", "microneedling", "mesotherapy", "lifting", "check-ups?",
    "traitements?", "soins?", "seances?", "actes?", "interventions?", "toxine", "hyaluronique",
    "epilations?", "mesotherapie",
    "behandelingen", "behandeling", "consultaties?", "sessies?", "injecties?", "ingrepen", "ingreep",
    "ontharing", "prik", "prikken",
    "behandlungen", "behandlung", "beratungen", "beratung", "konsultationen", "konsultation", "sitzungen", "sitzung",
    "injektionen", "injektion", "spritzen", "eingriffe?", "haarentfernung", "unterspritzung",
)

# words of a treatment's title or alias that name no medical act: a sentence with them is not about one
NOT_AN_ACT = re.compile(
    "appointments?|rendez-vous|afspraa?k\\w*|termine?|bookings?|reservations?|reservatie\\w*|buchung\\w*|visits?|visites?|"
    "bezoek\\w*|besuch\\w*|prices?|prix|prijs\\w*|preise?|costs?|couts?|kosten|first|premiere?|eerste|erste[nrs]?|"
    "quotes?|devis|estimates?|offerte|kostenraming|kostenvoranschlag")

# what a guarantee may be about without being a claim about a treatment
NOT_ABOUT_CARE = phrase(
    "vouchers?", "gift cards?", "gift vouchers?", "privacy", "confidential\\w*", "personal data", "data protection",
    "bons? cadeaux?", "cartes? cadeaux?", "cheques? cadeaux?", "confidentialite", "donnees", "secret medical",
    "cadeaubons?", "kadobons?", "geschenkbons?", "cadeaukaarte?n?", "vertrouwelijk\\w*", "gegevens", "beroepsgeheim",
    "gutscheine?n?", "geschenkgutscheine?n?", "datenschutz", "daten", "schweigepflicht", "vertraulich\\w*",
)

# what a lasting effect may be said of without promising a result: "a permanent scar" is a risk
RISK_CONTEXT = phrase(
    "scars?", "damage", "risks?", "side effects?", "complications?", "injur\\w+", "nerve",
    "cicatrices?", "lesions?", "dommages?", "risques?", "effets? secondaires?", "sequelles?",
    "littekens?", "schade", "letsel", "risico'?s?", "bijwerkingen", "complicaties?",
    "narben?", "schaden", "schadigung\\w*", "risiken", "risiko", "nebenwirkungen", "komplikationen",
    "make-?up", "maquillage", "tattoo\\w*", "tatouage\\w*", "pigmentation",
)

# words next to "permanent" that make it no result: "our permanent staff", "l'équipe permanente",
# "permanent besetzt" (compliance.py looks at the word before and the word after)
NOT_A_RESULT = re.compile(
    r"staff(?:ed)?|team|address|residence|resident|position|contract|employees?|members?|exhibition|available|open|"
    r"personnel|equipe|adresse|contrat|poste|exposition|disponible|joignable|ouverte?|"
    r"personeel|adres|medewerkers?|bereikbaar|beschikbaar|bemand|"
    r"personal|mitarbeiter\w*|anschrift|wohnsitz|ausstellung|stelle|besetzt|erreichbar|geoffnet")

# --- the claims ----------------------------------------------------------------------------

SUPERLATIVE = compile_any(
    phrase("#1", "no\\.\\s?1", "number one", "nr\\.?\\s?1", "n[°ºo]\\s?1", "№\\s?1", "n[°º]\\s?un", "numero (?:un|uno|1)",
           "nummer (?:een|1|eins)"),
    # en
    phrase("(?:the|our|your) (?:very )?best(?! (?:time|times|moment|way|ways|to|thing to do|thing|period|season|day|days))",
           "best[\\s-]+(?:clinic|clinics|doctors?|results?|care|practitioners?|specialists?|experts?|treatments?|prices?|quality|team|in (?:brussels|belgium|town|class|the world|the country))",
           "leading(?! to| up)", "world[\\s-]+class", "top[\\s-]+(?:rated|clinic|quality|specialists?|doctors?|results?|experts?|class|notch)",
           "unrivall?ed", "unbeatable", "unmatched", "unequall?ed", "unparall?eled", "second to none",
           "most (?:experienced|trusted|advanced|renowned|reputable|modern|innovative|effective|qualified)", "finest"),
    # fr
    phrase("(?:le|la|les|l'|notre|nos|votre|vos|du|des|au|aux) meilleure?s?(?! (?:moment|moments|facon|maniere|moyen|periode|saison|jour|jours|chose a faire))",
           "meilleure?s? (?:clinique|cliniques|centre|centres|medecins?|resultats?|soins?|prix|qualite|specialistes?|experts?|equipe|praticiens?)",
           "leader", "leaders", "de renommee (?:mondiale|internationale)", "de classe mondiale", "inegale?s?", "inegalable",
           "sans egal", "incomparables?", "imbattables?", "la reference", "le plus (?:experimente|reconnu|reputee?)",
           "la plus (?:experimentee|reconnue|reputee)",
           "(?:le|la|les) plus (?:performante?s?|modernes?|avancee?s?|innovante?s?|efficaces?|perfectionnee?s?|pointue?s?)"),
    # nl
    phrase("(?:de|het|onze|ons|uw|jouw) (?:allerbeste|beste)(?! (?:moment|momenten|manier|tijd|tijdstip|periode|seizoen|dag|dagen))",
           "beste (?:kliniek|klinieken|resultaten|resultaat|arts|artsen|zorg|prijs|prijzen|specialisten?|behandelingen|behandeling|kwaliteit|team|van (?:belgie|brussel|vlaanderen))",
           "toonaangevende?", "marktleider", "(?:van )?wereldklasse", "ongeevenaarde?", "onovertroffen", "onverslaanbare?",
           "topkwaliteit", "topkliniek", "topresultaten", "topartsen", "topspecialiste?n?",
           "(?:de|het) meest (?:geavanceerde|moderne|ervaren|innovatieve|doeltreffende|effectieve|gerenommeerde)"),
    # de
    phrase("(?:der|die|das|den|dem|unsere?|unseren|unserem|ihre?|ihren) (?:allerbeste|beste)[nrs]?(?! (?:zeit|zeitpunkt|weg|moment|art))",
           "besten? (?:klinik|kliniken|ergebnisse|ergebnis|arzt|arzte|arztin|arztinnen|preise?|qualitat|behandlungen|behandlung|team|spezialisten)",
           "fuhrende?[nrs]?", "marktfuhrer", "weltklasse", "erstklassige?[nrs]?", "unubertroffene?[nrs]?", "unschlagbare?[nrs]?",
           "spitzenklinik", "spitzenqualitat", "spitzenergebnisse", "topqualitat", "top[\\s-]?klinik",
           "modernste[nrs]?", "fortschrittlichste[nrs]?", "innovativste[nrs]?", "erfahrenste[nrs]?", "effektivste[nrs]?",
           "wirksamste[nrs]?"),
)

GUARANTEE = compile_any(
    phrase("guarantee[sd]?", "guaranteeing", "money[\\s-]+back", "100\\s?% (?:\\w+ )?(?:safe|satisf\\w*|results?|natural|effective|success\\w*)",
           "garantie?s?", "garantir", "garantissons", "garantissent", "garantit", "satisfaite?s? ou rembourse\\w*",
           "100\\s?% (?:\\w+ )?(?:sure?s?|satisf\\w*|resultats?|naturel\\w*|effica\\w*|reussi\\w*)",
           "gegarandeerde?", "garanderen", "garandeert", "niet goed,? geld terug", "geld[\\s-]+terug(?:[\\s-]*garantie)?",
           "100\\s?% (?:\\w+ )?(?:veilig\\w*|tevreden\\w*|resultaat|natuurlijke?|effectief\\w*|succes\\w*)",
           "garantiert(?:e|en|er|es)?", "garantieren", "geld[\\s-]+zuruck(?:[\\s-]*garantie)?",
           "100\\s?% (?:\\w+ )?(?:sicher\\w*|zufrieden\\w*|ergebnis\\w*|naturlich\\w*|wirksam\\w*|erfolg\\w*)"),
)

# absolute claims of safety or comfort; "no side effects" already holds its negation
NO_RISK = compile_any(
    phrase("painless(?:ly)?", "pain[\\s-]+free", "risk[\\s-]+free", "without (?:any |the slightest |the least )?(?:risks?|pain|side effects?)",
           "no (?:risks?|pain|side effects?|downtime or risks?)", "zero (?:risks?|side effects?|pain)", "free (?:of|from) (?:risks?|side effects?|pain)",
           "(?:completely|totally|perfectly|absolutely|100\\s?%) (?:safe|harmless|painless)", "harmless"),
    phrase("indolores?", "sans (?:aucune? |le moindre |la moindre )?(?:risques?|danger|douleurs?|effets? secondaires?)", "pas de (?:risques?|danger|douleurs?|effets? secondaires?)",
           "aucune? (?:risques?|danger|douleurs?|effets? secondaires?)", "zero (?:risques?|effets? secondaires?|douleurs?)", "risque zero",
           "(?:totalement|completement|parfaitement|absolument|100\\s?%) (?:sure?s?|sans danger|inoffensi\\w+|indolores?)",
           "inoffensi(?:f|ve|fs|ves)"),
    phrase("pijnlo(?:os|ze)", "pijnvrije?", "zonder (?:enige? |het minste )?(?:pijn|risico'?s?|bijwerkingen|gevaar)",
           "geen (?:pijn|risico'?s?|bijwerkingen|gevaar)", "risicolo(?:os|ze)", "risicovrije?", "nul (?:risico|bijwerkingen|pijn)",
           "(?:volledig|helemaal|totaal|absoluut|100\\s?%) (?:veilig|onschadelijk|pijnloos)", "onschadelijke?"),
    phrase("schmerzfreie?[nrs]?", "schmerzlose?[nrs]?", "risikofreie?[nrs]?", "risikolose?[nrs]?",
           "ohne (?:jedes |jegliches |jegliche |das geringste |die geringsten )?(?:risiko|risiken|schmerzen|nebenwirkungen|gefahr)", "keinerlei (?:risiken|risiko|schmerzen|nebenwirkungen|gefahr)",
           "keine (?:risiken|schmerzen|nebenwirkungen|gefahr)", "kein risiko", "null (?:risiko|nebenwirkungen|schmerzen)", "nebenwirkungsfreie?[nrs]?",
           "(?:vollig|absolut|ganz|100\\s?%) (?:sicher|unbedenklich|harmlos|schmerzfrei)", "harmlose?[nrs]?"),
)
# the claims among NO_RISK that already say "no": a negation before them does not take them back
NEGATIVE_CLAIM = re.compile(r"^(?:no|zero|free|without|sans|aucune?|pas|geen|zonder|nul|keine?|keinerlei|ohne)\b")

LASTING = compile_any(
    phrase("permanent(?:ly)?", "forever", "for life", "lifelong", "lasts? a lifetime", "miracles?", "miraculous",
           "magic(?:al)?", "instant(?:ly)? results?", "overnight results?", "\\d+ years younger",
           "never (?:\\w+ ){0,2}again"),
    phrase("permanente?s?", "definiti(?:f|ve|fs|ves|vement)", "a vie", "pour toujours", "a jamais", "miracles?",
           "miraculeu(?:x|se|ses)", "magiques?", "resultats? immediats?", "\\d+ ans de moins", "rajeuni\\w* de \\d+ ans", "plus jamais"),
    phrase("permanente?", "blijvende?", "definitie(?:f|ve)", "levenslange?", "voor altijd", "voorgoed",
           "wondermiddel\\w*", "wonderbehandeling\\w*", "wonderbaarlijke?", "mirakels?", "magische?",
           "\\d+ jaar jonger", "direct resultaat", "onmiddellijk resultaat", "nooit (?:meer|weer)(?! dan)"),
    phrase("permanente?[nrs]?", "dauerhafte?[nrs]?", "fur immer", "lebenslange?[nrs]?", "endgultige?[nrs]?",
           "wundermittel", "wunderbehandlung", "wunderbare?[nrs]?", "magische?[nrs]?", "\\d+ jahre junger",
           "sofortige?n? ergebnisse?", "nie (?:wieder|mehr)(?! als)"),
)

BEFORE_AFTER = compile_any(
    phrase("before[\\s/&-]+(?:and[\\s-]+)?after (?:photos?|pictures?|images?|results?|gallery)",
           "(?:photos?|pictures?|images?|gallery) (?:of )?before[\\s/&-]+(?:and[\\s-]+)?after", "before/after", "before-after",
           "avant[\\s/-]+(?:et )?apres (?:photos?|images?|resultats?)", "photos? (?:avant[\\s/-]+(?:et )?apres)",
           "avant/apres", "avant-apres",
           "voor[\\s/&-]+(?:en[\\s-]+)?na[\\s-]*(?:foto'?s?|beelden|resultaten)", "foto'?s? (?:van )?voor en na", "voor/na", "voor-na",
           "vorher[\\s/-]+(?:und )?nachher", "vorher/nachher",
           "(?:before|avant|voor|vorher)\\s*/\\s*(?:after|apres|na|nachher)",
           "(?:before and after|avant et apres|voor en na|vorher und nachher)(?=\\s*:)"),
)

TESTIMONIAL = compile_any(
    phrase("testimonials?", "reviews? (?:from|of|by) (?:our )?(?:patients|clients|customers)", "what our (?:patients|clients) say",
           "temoignages?", "avis (?:de nos |des )?(?:patiente?s|clientes?s?)", "ce qu'en disent nos",
           "getuigenis(?:sen)?", "ervaringen van (?:onze )?(?:patienten|klanten)", "wat onze (?:patienten|klanten) zeggen",
           "erfahrungsberichte?", "kundenstimmen", "patientenstimmen", "bewertungen (?:unserer )?(?:patienten|kunden)",
           "patient stor(?:y|ies)", "patients'? stor(?:y|ies)", "histoires? de (?:nos )?patiente?s", "patientverhal(?:en)?",
           "verhalen van (?:onze )?(?:patienten|klanten)", "patientengeschichten?",
           "(?:was|das) sagen unsere (?:patient(?:en|innen)|kund(?:en|innen))",
           "what (?:our )?(?:patients|clients) (?:say|think)", "ce que (?:disent|pensent) nos (?:patiente?s|clientes?s?)"),
)

# --- promotions ----------------------------------------------------------------------------

DISCOUNT = compile_any(
    r"(?<![\w\d])-\s?\d{1,2}\s?%",
    phrase("\\d{1,2}\\s?% (?:off|discount|korting|de (?:reduction|remise)|rabatt|reduction|remise|goedkoper|moins cher|gunstiger)",
           "discounts?", "discounted", "special offers?", "promo", "promos", "promotions?", "promotional", "black friday",
           "cyber monday", "buy one,? get one", "for the price of (?:one|1)", "pour le prix d'une?", "voor de prijs van (?:een|1)",
           "zum preis von (?:einer?|1)", "half[\\s-]+price", "a moitie prix", "halve prijs", "zum halben preis",
           "save (?:up to )?(?:€\\s?)?\\d+", "economise[zr]? (?:jusqu'a )?\\d+", "bespaar (?:tot )?(?:€\\s?)?\\d+",
           "sparen sie (?:bis zu )?\\d+", "\\d+\\s?(?:€|euro|eur) (?:korting|rabatt|de reduction|de remise|off)",
           "(?:€|eur)\\s?\\d+ (?:off|korting|rabatt|de reduction|de remise)", "\\d (?:for|pour|voor|fur) (?:the price of |le prix d'|de prijs van |den preis von )?\\d",
           "\\d\\s?\\+\\s?\\d gratis", "two for one", "deux pour (?:le prix d')?une?", "twee voor (?:de prijs van )?een",
           "reductions? (?:de|sur) \\d", "remises? (?:de|sur) \\d", "soldes", "offre (?:speciale|de lancement|exceptionnelle|limitee)",
           "prix (?:barre|casse|promo)", "code promo", "korting(?:en|scode)?", "aanbieding(?:en)?", "actieprijs", "promotie\\w*",
           "rabatt(?:e|aktion)?", "sonderangebote?", "aktionspreis", "angebot des monats", "sonderpreis", "gutscheincode"),
)
FREE = compile_any(
    phrase("(?<!feel\\s)(?<!-)free(?! (?:to|of|from|parking|wifi|wi-fi))", "for free", "free of charge", "complimentary", "on the house",
           "gratuite?s?", "gratuitement", "offerte?s?(?! (?:par|a|au|aux|dans|en|sur|chez|ici))", "sans frais", "gratis", "kosteloze?", "kostenlose?[nrs]?",
           "umsonst", "geschenkt", "inbegriffen gratis"),
)
PAYMENT_PLAN = compile_any(
    phrase("payment plans?", "pay in (?:\\d+ )?instal?lments", "instal?lment plans?", "financing", "finance your",
           "monthly (?:instal?lments|payments)", "finance (?:available|options?|plans?)", "spread (?:the cost|your payments?)", "0\\s?% (?:finance|interest|apr)",
           "mensualites", "taux zero", "maandelijkse (?:termijnen|afbetalingen|betalingen)", "renteloze? (?:lening|betaling)",
           "monatlichen? raten", "monatsraten", "zinsfreie?[nrs]? (?:ratenkauf|finanzierung|raten)", "0\\s?% (?:zinsen|rente)",
           "(?:paiements?|payables?|payer|payez|reglez) en (?:plusieurs|\\d+|deux|trois|quatre|cinq|six|dix|douze) fois",
           "en (?:plusieurs|\\d+|deux|trois|quatre|cinq|six|dix|douze) fois sans frais", "paiements? echelonnes?", "facilites de paiement", "financement",
           "afbetaling\\w*", "in (?:\\d+ )?(?:maandelijkse )?(?:termijnen|schijven)", "gespreide betaling", "financiering",
           "ratenzahlung", "in (?:\\d+ )?(?:monatlichen )?raten", "finanzierung", "klarna"),
)
URGENCY = compile_any(
    phrase("(?:this|ce|cette|deze|dit|diese[nms]?) (?:month|week|weekend|mois|semaine|maand|monat|woche)(?:-ci)? only",
           "only (?:this (?:month|week)|today|until)", "today only", "(?:for a )?limited time (?:only|offer)", "limited (?:offer|places|spots)", "while (?:stocks|supplies) last",
           "last chance", "hurry", "don't miss", "ends (?:soon|tonight|today|sunday)",
           "(?:ce mois-ci|cette semaine|aujourd'hui) (?:seulement|uniquement)", "(?:seulement|uniquement) (?:ce mois|cette semaine|aujourd'hui)",
           "places limitees", "offre limitee", "(?:pour une|a) duree limitee (?:seulement|uniquement)", "offre a duree limitee", "derniere chance", "depechez-vous", "ne manquez pas",
           "jusqu'a epuisement", "jusqu'a minuit",
           "alleen (?:deze (?:maand|week)|vandaag|nu)", "enkel (?:deze (?:maand|week)|vandaag)", "(?:slechts |alleen )?voor (?:een )?beperkte tijd", "beperkte plaatsen",
           "tijdelijke? (?:actie|aanbieding|korting)", "laatste kans", "op is op", "mis (?:het|dit) niet", "tot middernacht",
           "nur (?:noch )?(?:diesen (?:monat|woche)|diese woche|heute|kurz)", "zeitlich begrenzte?s? angebot", "begrenzte platze", "nur fur kurze zeit",
           "letzte chance", "solange der vorrat reicht", "verpassen sie nicht", "bis mitternacht"),
)

# --- Belgium: comparisons, reimbursement, calls to act ---------------------------------------

COMPARISON = compile_any(
    phrase("(?:than|que|qu'|dan|als|ceux|celles|celui|celle) (?:[\\w']+ ){0,4}(?:any )?(?:other|others|autres|andere|anderen) "
           "(?:clinics?|centres?|centers?|practices?|doctors?|cliniques?|praticiens?|medecins?|instituts?|klinieken|kliniek|"
           "praktijken|artsen|centra|kliniken|klinik|praxen|arzten|institute)",
           "(?:better|cheaper|safer|more experienced) than (?:other|any|the rest|elsewhere|competitors?|our competitors)",
           "unlike (?:other|many) (?:clinics|centres|centers|practices|doctors)", "compared (?:to|with) other (?:clinics|centres|centers|practices|doctors)",
           "(?:the )?cheapest", "lowest prices?",
           "(?:mieux|meilleure?s?|moins chere?s?|plus sure?s?) qu(?:e |')(?:les |d')?(?:autres|ailleurs|la concurrence|nos concurrents)",
           "contrairement (?:aux|a d') autres", "par rapport aux autres (?:cliniques|centres|praticiens|medecins)",
           "(?:le|la|les) moins chere?s?", "prix (?:les plus bas|imbattables?)",
           "(?:beter|goedkoper|veiliger|ervarener) dan (?:andere|elders|de concurrentie|concurrenten)",
           "in tegenstelling tot (?:andere|veel andere)", "(?:vergeleken|in vergelijking) met andere", "(?:de )?goedkoopste", "laagste prijze?n?",
           "(?:besser|gunstiger|billiger|sicherer|erfahrener) als (?:andere|anderswo|die konkurrenz)",
           "im (?:gegensatz|vergleich) zu anderen", "am gunstigsten", "(?:die|der|das) (?:gunstigsten?|billigsten?)", "niedrigsten? preise?"),
)
REIMBURSED = re.compile(phrase(
    "reimburs\\w+", "covered by", "covers? (?:part|some|most|all) of", "rembours\\w+", "pris en charge", "prise en charge",
    "intervient", "terugbeta\\w+", "vergoed\\w*", "betaa?l(?:t|en|d)? (?:[\\w']+ ){0,6}terug", "tussenkomst\\w*", "kom(?:t|en) (?:[\\w']+ ){0,3}tussen",
    "tegemoetkoming\\w*", "erstatt\\w+", "ruckerstatt\\w+", "ubernommen", "ubernimmt", "ubernehmen", "kostenubernahme",
))
INSURER = re.compile(phrase(
    "health insurance", "insurers?", "insurance", "mutual(?:ity|ities)?", "mutuelles?", "mutualites?", "inami", "assurances? maladie",
    "securite sociale", "ziekenfonds(?:en)?", "mutualiteit(?:en)?", "riziv", "ziekteverzekering", "zorgverzekeraars?",
    "krankenkassen?", "krankenversicherung(?:en)?", "versicherung(?:en)?",
))
CALL_TO_ACT = compile_any(
    phrase("book (?:now|today|yours)", "treat yourself", "don't wait", "what are you waiting for", "call (?:us )?(?:now|today)",
           "reservez (?:des maintenant|vite|maintenant|sans attendre)", "n'attendez (?:plus|pas)", "offrez-vous", "faites-vous plaisir", "craquez",
           "boek (?:nu|vandaag|snel)", "wacht niet (?:langer)?", "gun (?:jezelf|uzelf)", "verwen (?:jezelf|uzelf)",
           "pamper yourself", "chouchoutez-vous", "verwohnen sie sich",
           "jetzt (?:buchen|termin (?:buchen|vereinbaren))", "buchen sie (?:jetzt|noch heute)", "gonnen sie sich", "warten sie nicht"),
)

# --- Europe: prescription-only medicines by brand ---------------------------------------------

PRESCRIPTION_BRANDS = re.compile(phrase(
    "botox", "azzalure", "bocouture", "dysport", "vistabel", "xeomin", "letybo", "alluzience", "relfydess", "daxxify",
    "jeuveau", "nuceiva",
))
GENERIC_NAME = {"fr": "toxine botulique", "nl": "botulinetoxine", "en": "botulinum toxin", "de": "Botulinumtoxin"}

# --- the team: a professional title, or a role that is no practitioner's -----------------------

PROFESSIONAL_TITLE = re.compile(phrase(
    "dr\\.?", "doctors?", "docteure?", "dokter", "arts", "artsen", "arzt", "arztin", "physicians?", "surgeons?", "chirurgi\\w*",
    "chirurg\\w*", "dermatolog\\w*", "medecins?", "medical", "medicale?", "nurses?", "infirmi\\w+", "verpleeg\\w+",
    "krankenschwester\\w*", "pfleger\\w*", "pharmac\\w+", "apotheker\\w*", "kinesi\\w+", "physiotherap\\w+", "specialists?",
    "specialistes?", "facharzt\\w*", "praticien\\w*", "practitioners?", "estheticien\\w*", "aestheticians?",
    "estheticians?", "schoonheidsspecialist\\w*", "kosmetiker\\w*", "huidtherapeut\\w*", "dermatherap\\w+", "psycholog\\w+",
    "dieti\\w+", "diatolog\\w*", "dentist\\w*", "tandarts\\w*", "zahnarzt\\w*",
))
NOT_A_PRACTITIONER = re.compile(phrase(
    "reception\\w*", "receptionist", "accueil", "receptie", "onthaal", "empfang", "secretar\\w+", "secretaire", "office",
    "managers?", "management", "gerante?", "zaakvoerder", "geschaftsfuhrer\\w*", "coordinat\\w+", "assistante?s?",
    "administrat\\w+", "directeur", "directrice", "directors?", "director", "directie", "leitung", "marketing", "boekhoud\\w*",
    "comptab\\w+", "buchhalt\\w+", "onthaalmedewerker\\w*",
))
