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
import unicodedata
from pathlib import Path
from typing import Any

# a word starts here: not inside a word, nor after "don'" or "clinic'", but after French
# elision ("l'INAMI", "d'une"); two lookbehinds cost far less than an alternation
W = r"(?<!\w)(?<!\w\w')"
E = r"(?![\w])"    # and ends here


class _FoldTable(dict):  # type: ignore[type-arg]
    """str.translate's table, filled as characters come: each to one lower-case letter."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char in "\u2019\u2018\u02bc":
            base = "'"
        else:
            base = unicodedata.normalize("NFD", char)[0].lower()
        self[code] = base if len(base) == 1 else char
        return self[code]


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Lower case without accents, one character for one, so positions stay the text's."""
    return text.translate(_FOLD)


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
    "en": {"strong": ["too few", "too little", "not", "n't", "cannot", "never", "nothing", "nobody", "nowhere", "neither", "nor"],
           "weak": ["no", "none", "no one", "without", "zero", "rarely", "seldom"]},
    "fr": {"strong": ["trop peu", "ne … pas", "ne … plus", "ne … jamais", "ne … rien", "ne … aucun", "ne … aucune",
                      "ne … personne", "ne … guère", "ne … point", "ne … nullement", "ne … ni",
                      "aucun … ne", "aucune … ne", "personne … ne", "rien … ne", "nul … ne", "nulle … ne",
                      "ne peut", "ne peuvent", "ne pouvons", "ne pourra", "ne pourront", "ne saurait",
                      "ne sauraient", "ne sait", "ne cesse", "n'ose", "jamais", "nullement", "sans que", "sans qu'"],
           "weak": ["pas", "aucun", "aucune", "nul", "nulle", "ni", "rien", "non", "sans", "zéro", "rarement"]},
    "nl": {"strong": ["te weinig", "niet", "nie", "nooit", "niets", "nergens", "niemand", "geenszins", "allerminst", "evenmin",
                      "zonder dat"],
           "weak": ["geen", "noch", "zonder", "nul", "zero", "zelden"]},
    "de": {"strong": ["zu wenig", "nicht", "nie", "niemals", "nichts", "nirgends", "nirgendwo", "niemand", "keineswegs",
                      "keinesfalls", "ebensowenig", "ebenso wenig", "ohne dass"],
           "weak": ["kein", "keine", "keinen", "keinem", "keiner", "keines", "keinerlei", "weder", "ohne", "null", "selten"]},
}
# the weak negations that belong to what they qualify ("sans frais", "zonder intrest")
PRIVATIVES = {"without", "zero", "rarely", "seldom", "sans", "zéro", "rarement", "zonder", "nul", "zero", "zelden",
              "ohne", "null", "selten"}
# words that call what is said untrue or a thing to beware of: they deny a claim as a
# negation does ("It would be wrong to call it painless", "Parler d'épilation « définitive »
# serait trompeur", "Be wary of adverts promising 'guaranteed' results")
DENIALS = {
    "en": ["wrong", "untrue", "not true", "incorrect", "inaccurate", "misleading", "dishonest", "a myth",
           "beware", "wary", "be careful with", "mistake", "ban", "bans", "banned", "forbid*", "forbidden",
           "prohibit*", "not allowed", "fall under that", "falls under that", "fall under it", "not enough data",
           "makes no sense", "make no sense", "are advertising", "is advertising", "a form of advertising",
           "count as advertising", "counts as advertising", "sceptical", "skeptical", "distrust", "mistrust",
           "too little data", "insufficient data", "not proven"],
    "fr": ["faux", "fausse", "inexact", "inexacte", "erroné", "erronée", "trompeur", "trompeuse", "mensonger",
           "mensongère", "malhonnête", "abusif", "abusive", "prête à confusion", "un mythe", "une idée reçue",
           "méfiez-vous", "se méfier", "méfier", "attention aux", "gare aux", "interdit*", "interdire", "interdiction",
           "proscrit*", "pas autorisé*", "en font partie", "tombent sous", "pas assez de données", "n'a pas de sens",
           "n'a aucun sens", "sont de la publicité", "est de la publicité", "une forme de publicité", "en sont une forme",
           "relèvent de la publicité", "sceptique", "sceptiques",
           "trop peu de données", "données insuffisantes", "pas prouvé*", "pas démontré*"],
    "nl": ["onjuist", "onwaar", "fout", "misleidend", "oneerlijk", "een mythe", "een fabel", "op je hoede",
           "op uw hoede", "pas op voor", "wees voorzichtig met", "wees alert", "verbiedt", "verbieden", "verboden",
           "niet toegestaan", "niet toegelaten", "vallen daaronder", "valt daaronder", "vallen hieronder", "heeft geen zin",
           "geen zin", "zijn reclame", "is reclame", "een vorm van reclame", "vallen onder reclame",
           "sceptisch", "kritisch", "wantrouw*", "te weinig gegevens", "onvoldoende gegevens", "niet bewezen", "niet aangetoond"],
    "de": ["falsch", "unzutreffend", "unrichtig", "irreführend", "unehrlich", "ein Mythos", "ein Märchen",
           "Vorsicht vor", "seien Sie vorsichtig", "sei vorsichtig", "hüten Sie sich", "verbietet", "verbieten",
           "verboten", "untersagt", "nicht erlaubt", "nicht zulässig", "fallen darunter", "fällt darunter",
           "keinen Sinn", "ergibt keinen Sinn", "sind Werbung", "ist Werbung", "eine Form von Werbung", "gelten als Werbung",
           "skeptisch", "misstrauisch", "misstrauen Sie", "Misstrauen", "zu wenige Daten", "zu wenig Daten", "unzureichende Daten", "nicht erwiesen", "nicht belegt"],
}
# words that open a clause of its own (a relative or a reason, a time, a contrast): a
# negation inside it says nothing of the claim outside it ("Le témoignage de Julie, qui ne
# se reconnaissait plus", "Patients who don't like needles"). Dutch and German relatives
# count after a comma only: without one they are articles.
SUBORDINATORS = {
    "en": ["who", "whom", "whose", "which", "because", "since", "when", "while", "although", "though",
           "whereas", "unless", "so as", "in order", "if"],
    "fr": ["qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles", "parce que", "car", "puisque",
           "quand", "lorsque", "tandis que", "bien que", "alors que", "même si", "afin de", "afin que", "pour ne",
           "sans que", "sans qu'", "si", "s'il", "s'ils", "pour que"],
    "nl": ["omdat", "want", "wanneer", "als", "indien", "waar", "terwijl", "hoewel", "zodra", "nadat", "doordat", "ook al", "om", "zonder dat",
           "voor wie", "bij wie", "met wie", "aan wie",
           ", die", ", dat", ", wie", ", waar", ", welke"],
    "de": ["weil", "wenn", "falls", "sollte", "während", "obwohl", "sobald", "nachdem", "um", "ohne dass",
           ", die", ", der", ", das", ", den", ", dem", ", deren", ", dessen", ", welche", ", welcher", ", wo"],
}
# words that frame a clause as a comparison or a contrast: a negation in the main clause
# after it says nothing of it ("Unlike other clinics, we never let beauticians inject")
FRAMES = {"en": ["unlike", "contrary to", "compared to", "compared with", "whereas"],
          "fr": ["contrairement", "par rapport", "tandis que", "à la différence"],
          "nl": ["in tegenstelling tot", "anders dan", "vergeleken met", "terwijl", "waar"],
          "de": ["im Gegensatz", "anders als", "verglichen mit", "während"]}
# a verb that a determiner's negation completes: "Ohne Risiko ist kein Eingriff", "is geen"
COPULAS = ["is", "are", "was", "were", "est", "sont", "zijn", "ist", "sind", "war", "waren", "wird", "wordt",
           "gibt es", "existe", "bestaat", "exists", "kann", "kan", "can", "peut", "mag", "darf", "will", "wil", "zal",
           "heeft", "hat", "has", "have", "a", "ont", "hebben", "haben"]
# an answer that follows a question: yes takes its words as said, no takes them back
YES = ["yes", "of course", "sure", "absolutely", "certainly", "oui", "bien sûr", "certainement", "absolument",
       "tout à fait", "c'est possible", "ja", "jawel", "zeker", "natuurlijk", "uiteraard", "dat kan", "het kan",
       "selbstverständlich", "natürlich", "sicher", "gerne", "das geht", "klar"]
NO = ["no", "non", "nee", "neen", "nein", "not really", "pas vraiment", "pas tout à fait", "niet echt",
      "niet helemaal", "nicht wirklich", "nicht ganz", "not quite", "not entirely", "not always", "pas toujours",
      "niet altijd", "nicht immer"]
# what reads like a negation and is none: "not only" adds, "never again" promises, "No. 1" ranks
NOT_A_NEGATION = [
    "not only", "not just", "not merely", "never again", "never … again", "nothing but", "no. 1", "no 1", "no.1",
    "non seulement", "pas seulement", "pas uniquement", "plus jamais",
    "niet alleen", "niet enkel", "niet zomaar alleen", "nooit meer", "nooit weer",
    "nicht nur", "nicht bloß", "nie wieder", "nie mehr", "nie … wieder", "nooit … meer", "keine sorge",
    "no problem", "geen probleem", "pas de problème", "kein Problem", "nicht ohne Grund", "non sans raison",
    "not without reason", "niet zonder reden", "pas pour rien", "not for nothing", "niet voor niets", "nicht umsonst", "nothing short of", "rien de moins qu'",
    "rien de moins que", "niets minder dan", "nichts weniger als", "don't forget", "do not forget", "n'oubliez pas",
    "n'oublie pas", "vergeet niet", "vergeet … niet", "vergessen Sie … nicht", "vergesst … nicht", "vergiss … nicht",
    "don't worry", "do not worry", "not even exaggerated", "not exaggerated", "pas exagéré", "niet eens overdreven",
    "niet overdreven", "nicht übertrieben", "nicht einmal übertrieben", "why not make", "why not treat", "pourquoi ne pas", "waarom niet eens", "warum nicht endlich", "ne vous inquiétez pas", "ne t'inquiète pas", "maak u geen zorgen", "maak je geen zorgen",
    "zonder twijfel", "sans aucun doute", "sans doute", "without a doubt", "without doubt", "no doubt", "ohne Zweifel",
    "don't take our word for it", "ne nous croyez pas sur parole", "geloof ons niet op ons woord", "glauben Sie uns nicht einfach",
    "geen zorgen", "pas de souci", "no worries", "keine angst", "geen angst", "hoeft niet bang te zijn", "n'ayez pas peur",
    "don't be afraid", "no need to be afraid", "pas de panique", "il n'en restera bientôt plus", "il n'en restera plus",
    "cannot … too strongly", "ne saurions trop", "ne saurait trop", "niet genoeg aanraden", "niet genoeg aanbevelen",
    "nicht genug empfehlen", "sans fausse modestie", "without false modesty", "zonder valse bescheidenheid",
    "ohne falsche Bescheidenheit", "no questions asked", "sans la moindre discussion", "zonder verdere vragen",
    "ohne Wenn und Aber", "no later than", "pas plus tard que", "niet later dan", "nicht später als",
    "don't hesitate", "do not hesitate", "n'hésitez pas", "n'hésite pas", "aarzel niet", "twijfel niet om",
    "zögern Sie nicht", "zögere nicht", "no wonder", "pas étonnant", "geen wonder", "kein Wunder",
    "contrairement à une idée reçue", "contrary to popular belief", "contrary to a common misconception",
    "anders dan vaak gedacht", "in tegenstelling tot wat vaak gedacht wordt", "entgegen der landläufigen Meinung",
    "non négligeable", "non négligeables", "pas négligeable", "not insignificant", "niet onaanzienlijk", "niet onbelangrijk",
    "nicht unerheblich", "nicht unbeträchtlich", "n'est guère plus", "ne … guère plus",
    "don't just", "do not just", "without surgery", "without a scalpel", "sans chirurgie", "sans opération", "sans bistouri", "zonder operatie",
    "zonder chirurgie", "zonder scalpel", "ohne OP", "ohne Operation", "ohne Skalpell",
]
# words that turn a sentence round: a negation before them does not reach a claim after them
CONTRAST = ["but", "yet", "mais", "pourtant", "toutefois", "cependant", "par contre",
            "maar", "echter", "daarentegen", "wel", "aber", "jedoch", "sondern", "dafür", "doch",
            ", juste", ", just", ", nur"]

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
TEMPTING = ["want", "wish", "dream", "dreaming", "looking for", "ready for", "tired of", "why", "did you know",
            "saviez-vous", "le saviez-vous", "wist u dat", "wist je dat", "wussten Sie", "wusstest du",
            "envie", "rêvez", "rêve", "souhaitez", "marre", "cherchez", "pourquoi", "prête", "prêt",
            "zin in", "droom", "droomt", "wil je", "wilt u", "wil jij", "op zoek", "klaar voor", "beu", "waarom",
            "lust", "träumen", "träumst", "wünschen", "möchten sie", "möchtest du", "suchen sie", "satt", "warum"]

# claim words that mean something else in one language: Dutch "offerte" is a quote
FALSE_FRIENDS = {"nl": re.compile(r"offertes?")}

# a medical act: what a promotion must not be about (the site's own treatment words are added)
MEDICAL_ACT = phrase(
    "hair transplants?", "greffes? de cheveux", "\\w*haartransplantatie\\w*", "\\w*haartransplantation\\w*",
    "proef(?:flits|behandeling|sessie)\\w*", "test (?:patch|shot|session|treatment)s?", "seances? d'essai", "probe(?:behandlung|sitzung)\\w*",
    "\\w*behandelingen", "\\w*behandeling", "\\w*behandlungen", "\\w*behandlung", "\\w*injecties?",
    "\\w*injektion(?:en)?", "\\w*sitzung(?:en)?", "\\w*sessies?", "huidanalyse", "hautanalyse", "bilans? (?:de (?:la )?peau|cutanes?)",
    "skin (?:analysis|assessment|check)", "analyse de (?:la )?peau", "diagnostic de (?:la )?peau",
    "treatments?", "consultations?", "consults?", "injections?", "sessions?", "procedures?", "fillers?", "peels?",
    "peelings?", "lasers?", "botox", "toxin", "hyaluronic", "microneedling", "mesotherapy", "lifting",
    "traitements?", "soins?", "seances?", "actes?", "interventions?", "toxine", "hyaluronique",
    "epilations?", "mesotherapie",
    "behandelingen", "behandeling", "consultaties?", "sessies?", "injecties?", "ingrepen", "ingreep",
    "ontharing", "prik", "prikken",
    "behandlungen", "behandlung", "\\w*beratungen", "\\w*beratung", "konsultationen", "konsultation", "sitzungen", "sitzung",
    "\\w*gesprach", "\\w*gesprek", "\\w*consults?", "\\w*consultaties?", "\\w*konsultation(?:en)?", "\\w*therapi\\w*",
    "\\w*therapy", "\\w+entfernung(?:en)?", "laser\\w+", "retouches?", "touch-ups?", "top-ups?", "bijspuit\\w*", "nachspritz\\w*", "\\w*peeling", "nachkorrektur\\w*", "nabehandeling\\w*", "techniques?", "methods?", "methodes?", "technieken", "techniek", "methoden?",
    "techniken", "technik", "procedes?",
    "injektionen", "injektion", "spritzen", "eingriffe?", "haarentfernung", "unterspritzung",
    # surgery by its common names: "abdominoplastie", "ooglidcorrectie", "Bruststraffung", "liposuction"
    "\\w*plast(?:ie|y|iek|ik)s?", "\\w*lift(?:ing)?s?", "liposuc\\w*", "lipo\\w*", "\\w*straffung(?:en)?", "\\w*absaugung(?:en)?",
    "\\w*vergrosserung(?:en)?", "\\w*verkleinerung(?:en)?", "\\w*correcties?", "\\w*corrections?", "\\w*korrektur(?:en)?",
    "augmentations? mammaires?", "reductions? mammaires?", "borstvergroting\\w*", "borstverkleining\\w*", "surgery", "chirurgie",
    "operations?", "operaties?", "oreilles? decollees", "blepharoplast\\w*",
)

# words of a treatment's title, category or alias that name no medical act: a sentence with them is
# not about one (a category "Skin" or "Visage" names a part of the body)
NOT_AN_ACT = re.compile(
    "peau|skin|huid|haut|visage|face|gezicht|gesicht|corps|body|lichaam|korper|cheveux|hair|haar|haare|"
    "appointments?|rendez-vous|afspraa?k\\w*|termine?|bookings?|reservations?|reservatie\\w*|buchung\\w*|visits?|visites?|"
    "bezoek\\w*|besuch\\w*|prices?|prix|prijs\\w*|preise?|costs?|couts?|kosten|first|premiere?|eerste|erste[nrs]?|"
    "quotes?|devis|estimates?|offerte|kostenraming|kostenvoranschlag")

# what a guarantee may be about without being a claim about a treatment
NOT_ABOUT_CARE = phrase(
    "vouchers?", "gift cards?", "gift vouchers?", "privacy", "confidential\\w*", "personal data", "data protection",
    "bons? cadeaux?", "cartes? cadeaux?", "cheques? cadeaux?", "confidentialite", "confidentiel\\w*", "donnees", "secret medical",
    "cadeaubons?", "kadobons?", "geschenkbons?", "cadeaukaarte?n?", "vertrouwelijk\\w*", "gegevens", "beroepsgeheim",
    "gutscheine?n?", "geschenkgutscheine?n?", "datenschutz", "daten", "schweigepflicht", "vertraulich\\w*",
    "discretion", "discretie", "diskretion", "discreet", "diskret", "manufacturers?", "fabricants?", "fabrikanten?",
    "hersteller\\w*",
)
# words that take up a quoted claim as one's own: "a 'miracle', and frankly the word is not even exaggerated"
ENDORSED = re.compile(phrase("not (?:even )?(?:an )?exaggerat\\w*", "pas (?:du tout )?exager\\w*", "niet (?:eens )?overdreven",
                             "nicht (?:einmal )?ubertrieben", "trifft es", "is accurate", "c'est (?:bien )?juste", "klopt",
                             "stimmt", "rightly so", "a juste titre", "terecht", "zu recht"))
# the insurer's own procedure, which decides each case: criteria, prior approval of its advisory physician
INSURER_PROCEDURE = re.compile(phrase(
    "(?:precise|strict|exact|genaue|precieze|strikte|strenge|precis) (?:criteria|criteres|kriterien)", "vorbehaltlich",
    "criteria (?:\\w+ ){0,6}(?:are|is) met", "criteres (?:\\w+ ){0,6}(?:sont )?(?:remplis|respectes)", "criteria (?:\\w+ ){0,6}vervuld",
    "kriterien (?:\\w+ ){0,6}erfullt", "fee schedule", "only your (?:\\w+ ){0,2}(?:fund|insurer|mutuelle|mutualite)",
    "seule? votre (?:mutuelle|mutualite|assureur)", "alleen uw (?:ziekenfonds|verzekeraar|mutualiteit)", "nur ihre (?:krankenkasse|versicherung)",
    "rempli\\w* (?:\\w+ ){0,2}criteres", "conditions (?:\\w+ ){0,3}(?:sont )?remplies", "meets? (?:\\w+ ){0,2}criteria",
    "conditions (?:\\w+ ){0,3}(?:are )?met", "voldoe\\w* aan (?:\\w+ ){0,2}(?:criteria|voorwaarden)", "(?:criteria|voorwaarden) (?:\\w+ ){0,4}vervuld",
    "(?:kriterien|bedingungen|voraussetzungen) (?:\\w+ ){0,4}erfullt", "erfull\\w* (?:\\w+ ){0,2}(?:kriterien|bedingungen|voraussetzungen)",
    "onder voorbehoud", "sous reserve", "subject to (?:\\w+ ){0,2}approval", "adviserend arts", "medecin[- ]conseil",
    "beratenden? arzte?s?", "advisory (?:doctor|physician)"))
# a heading over beliefs to correct: "## Häufige Missverständnisse", "Fabels en feiten"
MYTH_HEADING = re.compile(r"(?<!\w)(?:myths?|mythes?|mythos|mythen|fabels?|fables?|misconceptions?|misverstand(?:en)?|"
                          r"missverstandnis(?:se)?|idees? recues?|cliches?|vooroordelen|vorurteile|legendes?|legends?|"
                          r"malentendus?|irrtumer|idees? fausses?|fausses? idees?|wrong ideas?|misunderstandings?)(?!\w)")
# a label that presents what follows as a belief to correct: "**Myth:** 'Laser is painless.'"
MYTH = re.compile(r"[\s>*_+-]*(?:myths?|mythes?|mythos|mythen|fabels?|fables?|misconceptions?|misverstand(?:en)?|missverstandnis(?:se)?|"
                  r"idees? recues?|cliches?|vooroordee?l(?:en)?|vorurteile?|legendes?|legends?|irrtum|irrtumer|fausse idee|"
                  r"false belief)\W{0,4}:")
# a question reported, not asked of the reader: "A journalist asked me whether PRP is a miracle cure"
INDIRECT_QUESTION = re.compile(
    r"(?:\basked|\basks|\bvroeg|\bvraagt|\bfragte|\bfragt|\bdemand\w*|\bla question|\bde vraag|\bdie frage|\bthe question"
    r"|\bvaak vragen|\bsouvent des questions|\boft fragen|\boften questions)"  # "We krijgen vaak vragen over een klantenkaart"
    r"(?:\s+[\w'-]+){0,3}?[\s,]+(?:whether|if|of|ob|si|s'|wer|who|qui|welke?|welche[rsn]?|which|about|naar|nach|over|sur|zu)\b[^.;!?,:]*$")

# what a lasting effect may be said of without promising a result: "a permanent scar" is a risk
RISK_CONTEXT = phrase(
    "scars?", "damage", "risks?", "side effects?", "complications?", "injur\\w+", "nerve", "disorders?", "loss",
    "cicatrices?", "lesions?", "dommages?", "risques?", "effets? secondaires?", "sequelles?", "troubles?", "perte",
    "littekens?", "\\w*schade", "letsel", "risico'?s?", "bijwerkingen", "complicaties?", "\\w*stoornis(?:sen)?", "verlies",
    "narben?", "\\w*schaden", "schadigung\\w*", "risiken", "risiko", "nebenwirkungen", "komplikationen", "\\w*storung(?:en)?", "verlust",
    "make-?up", "maquillage", "tattoo\\w*", "tatouage\\w*", "\\w*pigment(?!laser)\\w*(?![\\s*_-]+laser)", "scar\\w*", "infections?",
    "rarely", "rare", "rarement", "zelden", "selten", "in rare cases", "dans de rares cas", "in zeldzame gevallen",
)
# a treatment of what would make "permanent" a state of the body: "scar revision", "tattoo removal"
TREATING = re.compile(r"[\s-]*(?:removal|revision|treatment|verwijdering|behandeling|correctie|entfernung|behandlung|"
                      r"korrektur|traitement|correction|revision)(?!\w)")
TREATING_BEFORE = re.compile(r"(?:removal|revision|treatment|verwijdering|behandeling|correctie|entfernung|behandlung|korrektur|"
                             r"traitement|correction)\s+(?:of|des|de|du|d'|van|der|von)\s*(?:\w+\s+)?$")
# words within a few of "permanent" that make it a state of the body, not a result:
# "permanently widened blood vessels", "vaisseaux dilatés de façon permanente"
CONDITION = re.compile(phrase(
    "widened", "dilated", "enlarged", "redness", "vessels", "veins", "capillaries",
    "dilate\\w*", "dilatation", "rougeurs?", "vaisseaux", "couperose",
    "verwijde\\w*", "uitgezette?", "roodheid", "bloedvaatjes", "adertjes",
    "erweitert\\w*", "rotung\\w*", "gefasse?\\w*", "aderchen", "telangiekta\\w*", "telangiecta\\w*",
))
# "definitive" that means final, judged after a while: "l'aspect définitif s'apprécie après deux semaines"
FINAL = re.compile(phrase(
    "(?:apres|after|na|nach|binnen|within|au bout de|d'ici) (?:\\w+ ){0,2}(?:jours|semaines|mois|days|weeks|months|dagen|weken|maanden|tagen|wochen|monaten)",
    "s'apprecie\\w*", "evalue\\w*", "beoordeeld", "beurteil\\w*", "assessed", "judged", "settles?", "swelling", "gonflement", "zwelling", "schwellung",
))
# the words that say "final" rather than "for ever", which FINAL may excuse
FINAL_WORDS = re.compile(r"definiti\w*|endgultig\w*|final\w*")
# "harmless" said with a hedge, of a side effect or of the body rather than of a treatment
# "not always": what is denied is that it always happens
ALWAYS = re.compile(phrase("always", "necessarily", "systematically", "toujours", "forcement", "systematiquement", "altijd",
                           "noodzakelijk", "systematisch", "immer", "unbedingt", "zwangslaufig"))
HEDGE = re.compile(phrase(
    "mostly", "usually", "generally", "most", "probably", "nearly always", "often", "in most cases", "would",
    "la plupart", "generalement", "en regle generale", "probablement", "presque toujours", "souvent", "serait",
    "meestal", "doorgaans", "meeste", "waarschijnlijk", "bijna altijd", "vaak", "zou",
    "meist", "meistens", "die meisten", "in der regel", "wahrscheinlich", "fast immer", "oft", "ware",
))
HARMLESS = re.compile(r"harmless|inoffensi\w+|onschadelijk\w*|harmlose?[nrs]?|unbedenklich\w*")
# an act that treats nothing: "The consultation itself carries no risk"
CONSULTATION = re.compile(phrase(
    "consultations?", "consults?", "consultaties?", "raadpleging\\w*", "\\w*beratung(?:en)?", "\\w*gesprek(?:ken)?", "\\w*gesprach\\w*",
    "examens?", "examinations?", "untersuchung(?:en)?", "onderzoek(?:en)?", "huidanalyse", "hautanalyse", "bilans? (?:de (?:la )?peau|cutanes?)", "analyses?",
    "diagnostic", "bilan", "check-ups?",
))
# "no risk" that one takes or justifies is prudence, not a claim: "We take no risk", "wir gehen
# kein Risiko ein", "un souhait esthétique ne justifie aucun risque"
RISK_TAKING = re.compile(phrase(
    "take", "takes", "taking", "took", "run", "runs", "running", "justify", "justifies", "accept", "accepts",
    "prendre", "prenons", "prend", "prennent", "courir", "courons", "justifie\\w*", "accepte\\w*",
    "nemen", "neem", "neemt", "lopen", "loopt", "rechtvaardigt", "rechtvaardigen", "aanvaarden",
    "eingehen", "gehen", "geht", "ein", "rechtfertigt", "rechtfertigen", "akzeptieren",
))
# where urgency words are about an emergency, or the opening hours, and urge no procedure
EMERGENCY = re.compile(phrase(
    "112", "911", "999", "emergenc\\w*", "urgences?", "urgent\\w*", "spoed\\w*", "nood\\w*", "notruf\\w*", "notfall\\w*",
    "notarzt", "poison\\w*", "antipoison", "antigif\\w*", "giftnotruf", "complicat\\w*", "komplikation\\w*",
    "(?:severe|intense|hevige|ernstige|starke?n?|heftige?n?|vive|forte) (?:pain|douleurs?|pijn|schmerzen)",
    "douleur (?:intense|vive|forte)", "verkleuring\\w*", "discolou?ration\\w*", "decoloration\\w*", "verfarbung\\w*",
    "blanchi\\w*", "turns? (?:white|grey|gray|blue)", "(?:wit|grijs|blauw|paars)e? (?:wordt|kleurt|verkleuring)",
    "(?:weiss|grau|blau)e? (?:wird|verfarbung)", "devient (?:blanche|grise|bleue)", "breathing", "respirer", "ademhal\\w*",
    "atemnot", "atmen", "worried", "worries", "worry", "concerned", "anxious", "anxieu\\w*", "angstig\\w*",
    "angstlich\\w*", "inquiet\\w*", "inquietude\\w*", "ongerust\\w*",
    "bezorgd\\w*", "beunruhigt", "besorgt", "sorgen", "warning signs?", "warnzeichen", "signes? d'alerte", "alarmsigna\\w*",
    "waarschuwingsteken\\w*", "gets? worse", "s'aggrave\\w*", "verergert", "verschlimmert", "verschlechtert", "fever\\w*", "fievre\\w*", "fievreu\\w*", "koorts\\w*", "fieber\\w*", "infections?",
    "infectie\\w*", "infektion\\w*",
))
OPENING_HOURS = re.compile(phrase(
    "open", "opens", "closes?", "closed", "closing", "ouvert\\w*", "ferm\\w*", "ouverture", "sluit\\w*", "gesloten",
    "geopend", "openingsuren", "openingstijden", "schliesst", "schließt", "geschlossen", "geoffnet", "offnungszeiten",
    "opening hours", "heures d'ouverture", "horaires? d'ouverture",
))
# a number that names a room, a street number or a registration: "Treatment room #1", "RIZIV-nummer 1-23456"
NUMBERED_THING = re.compile(
    r"\w*hinweise?|\w*tipps?|\w*regeln?|\w*adviezen|\w*conseils?|room|rooms|floor|street|road|avenue|suite|door|salle|cabinet|bureau|rue|chaussee|porte|etage|zaal|deur|verdieping|"
    r"tur|stock|box|rule|regle|regel|tip|tips|tipps|astuce|conseils?|stap|step|etape|schritt|lijst|list|liste|adviezen|"
    r"advies|ratschlage|ratschlag|"
    r"\w*(?:kamer|straat|laan|plein|steenweg|zimmer|raum|strasse|straße|gasse|platz|weg)")
# parking spaces are no places to book
PARKING = re.compile(phrase("parking\\w*", "parkeer\\w*", "parkplatz\\w*", "parkplatze", "stationnement"))
# the admin sense of "reference": an invoice's, a payment's
ADMIN = re.compile(phrase(
    "invoices?", "factures?", "factuur", "rechnung", "payments?", "paiements?", "betaling", "zahlung", "virement",
    "overschrijving", "uberweisung", "transfer", "orders?", "commandes?", "bestelling", "mededeling", "communication",
    "verwendungszweck", "dossiernummer", "file number", "lots?", "batch\\w*", "lotnummer\\w*", "chargen?\\w*", "numeros? de lot",
))
# "without danger" said of a condition, like "harmless"
NO_DANGER = re.compile(r"sans danger|without danger|zonder gevaar|ohne gefahr|ungefahrlich\w*")  # of a condition only
# what "harmless" may be said of: the body's own, not a treatment
CONDITION_NOUN = re.compile(
    r"(?<!\w)(?:growths?|lesions?|skin tags?|tags|warts?|moles?|spots?|veins?|vessels?|capillaries|"
    r"lesions?|excroissances?|verrues?|grains?|taches?|vaisseaux|acrochordons?|keratoses?|angiomes?|"
    r"letsels?|huidletsels?|gezwelletjes|wratten|wratjes|moedervlekken|vlekken|vlekjes|adertjes|bloedvaatjes|"
    r"\w*veranderungen|warzen|muttermale?|flecken|aderchen|besenreiser|gefasse?|hautveranderung\w*|"
    r"telangiect\w*|telangiekt\w*|couperose|stelle|plekje|endroit)(?!\w)")
# "apart from the consultation": the act is the exception to what is free
EXCEPT = re.compile(phrase(
    "apart from", "except(?: for)?", "other than", "sauf", "hormis", "a part", "excepte", "a l'exception d\\w*",
    "behalve", "uitgezonderd", "met uitzondering van", "ausser", "außer", "ausgenommen", "abgesehen von", "bis auf",
))
# a sentence after a claim that tells what then happens ("après, ce sera trop tard"): no answer to it
CONSEQUENCE = re.compile(phrase(
    "au-dela", "passe ce delai", "apres", "ensuite", "sinon", "daarna", "anders", "nadien", "zo niet", "danach", "sonst",
    "anschliessend", "after that", "afterwards", "thereafter", "otherwise", "if not", "one more reason", "une raison de plus",
    "een reden te meer", "ein grund mehr",
))
# words that send the visitor to ask the insurer: a warning rather than an error
ASK_THE_INSURER = re.compile(phrase(
    "ask (?:your|yours|them)", "check with", "vraagt u (?:\\w+ ){0,3}na", "navragen", "renseignez-vous", "renseigne-toi", "check avec", "informeer", "vraag (?:het|ernaar)",
    "erkundigen sie sich", "fragen sie (?:ihre|bei)", "sometimes", "parfois", "soms", "manchmal", "in some cases",
    "dans certains cas", "in bepaalde gevallen", "in einigen fallen",
))
# "called", before a claim word in quotes: the word is named, not claimed
CALLED = re.compile(phrase(
    "called", "so-called", "named", "term", "word", "appele\\w*", "dit", "dite", "nomme\\w*", "terme", "mot",
    "soi-disant", "genoemd", "term", "woord", "zogenaamde?", "genannt\\w*", "begriff", "wort", "sogenannte?[nrs]?",
    "heisst", "heißt",
))
# free things that are no act: "free parking", "la brochure est disponible gratuitement"
FREE_THING = re.compile(phrase(
    "withdraw\\w*", "retract\\w*", "retirer", "terugtrekken", "rucktritt\\w*", "zurucktreten", "renoncer", "afzien",
    "absage\\w*", "afzegg\\w*", "cancellation\\w*", "noodnummer\\w*", "numeros? d'urgence", "emergency numbers?", "notruf\\w*",
    "\\w*brochures?", "leaflets?", "\\w*folders?", "download\\w*", "telecharge\\w*", "herunterlad\\w*", "\\w*broschure\\w*", "depliants?", "documentation", "interpreters?", "interpretes?", "tolken?",
    "dolmetscher\\w*", "relatives?", "companions?", "accompagnant\\w*", "begeleider\\w*", "begleitperson\\w*", "information", "informatie\\w*", "infomaterial",
    "\\w*broschuren?", "parking", "parkeren", "parkeerplaats\\w*", "parkplatz\\w*", "parken", "wifi", "wi-fi", "cafe", "koffie",
    "kaffee", "coffee", "tea", "thee", "tee", "water", "eau", "wasser", "annulations?", "annulering\\w*", "stornierung\\w*",
    "cancellations?", "verplaatsen", "umbuchung\\w*", "rescheduling", "report", "taxi", "bus", "absehen", "annuler",
    "annulez", "cancel\\w*", "afzeggen", "afzien", "annuleren", "stornieren", "absagen", "verzichten", "renoncer", "mediation",
    "bemiddeling", "ombuds\\w*", "schlichtung\\w*", "copy", "copie", "kopie", "consent", "consentement", "toestemming",
    "einwilligung", "zustimmung", "choice", "choix", "keuze", "wahl", "decisions?", "beslissing\\w*", "entscheidung\\w*",
))
# a price in the sentence: what is said free is part of something paid for
PRICE = re.compile(r"(?<![\d,.])(?:€\s?[1-9]\d*|[1-9]\d*(?:[.,]\d+)?\s?(?:€|euros?|eur)\b)")
# the same question again: a follow-up, not a deal
SAME = re.compile(phrase("(?:same|meme|dezelfde|hetzelfde|selben|gleichen|gleiche) (?:question|subject|concern|issue|problem|"
                         "matter|sujet|probleme|demande|vraag|klacht|probleem|onderwerp|anliegen|frage|thema|beschwerden)"))
# a place compared with places, not with clinics: "injected here or elsewhere", "sweating elsewhere on the body"
HERE_OR_ELSEWHERE = re.compile(phrase("(?:ici|here|hier) (?:ou|or|of|oder) (?:ailleurs|elsewhere|elders|anderswo|woanders)"))
BODY_PLACE = re.compile(r"(?<!\w)(?:op|sur|on|am|an|in|au|aan)\s+(?:(?:het|le|la|the|dem|der|den|des)\s+)?"
                        r"(?:lichaam|corps|body|korper|gezicht|visage|face|gesicht|huid|peau|skin|haut)(?!\w)")
RISK_WORD = re.compile(phrase(r"risk\w*", r"risque\w*", r"risico\w*", r"risiko\w*", "complications?", "complicaties?", r"komplikation\w*"))
# "the same care as any other": an equality, unless something is better or cheaper
EQUAL = re.compile(phrase("same", "meme", "memes", "dezelfde", "hetzelfde", "gleiche[nmrs]?", "selbe[nmrs]?", "dieselbe[nmrs]?", "dasselbe"))
BETTER_OR_CHEAPER = re.compile(phrase("better", "cheaper", r"meilleur\w*", r"moins cher\w*", r"beter\w*", "goedkoper", r"besser\w*",
                                      "billiger", "half", "moitie", "helft", "halfte", "less", "moins", "minder", "weniger",
                                      r"niedriger\w*", r"lager\w*", r"hoger\w*", "higher", "lower", "double", "dubbele", "doppelte",
                                      "plus cher", "duurder", "teurer", "more expensive"))
# hedges of "no pain": "usually no pain", "meestal geen pijn", "en général pas de douleur"
USUALLY = re.compile(phrase("usually", "generally", "normally", "mostly", "as a rule", "meestal", "doorgaans", "normaal gezien",
                            "en general", "generalement", "le plus souvent", "normalement", "meistens", "in der regel",
                            "normalerweise", "gewohnlich") + r"\W*$")
# a reimbursement said under a condition: "lorsque votre mutualité intervient, …"
WHEN_INSURER = re.compile(r"(?:^|[\s(,;:])(?:lorsque|lorsqu'|quand|si|s'|when|if|whenever|wanneer|als|indien|wenn|falls|sofern)\s+(?:[\w']+\s+){0,3}$")
# "lifelong" said of a person or a habit: "a lifelong cyclist", "un fumeur de toujours"
LIFELONG = re.compile(r"lifelong|levenslange?|lebenslange?[nrs]?|de toujours")
# "stay so for life" said of a condition
REMAIN = re.compile(r"remains?|stay|stays|restent|reste|rester|blijven|blijft|bleiben|bleibt")
# the insurer's own administration: electronic certificates, the official tariff, the share it provides
INSURER_ADMIN = re.compile(phrase(
    "ehealth", "electroniquement", "elektronisch", "electronically", "getuigschrift\\w*", "attestations? de soins\\w*",
    "certificates? of care", "bescheinigung\\w*", "(?:official|officiel|officiele|offiziellen?) (?:\\w+ ){0,2}(?:tariff?|tarief|fees?)",
    "tarif officiel", "la part prevue", "het voorziene deel", "(?:den )?(?:dafur )?vorgesehenen anteil", "the share provided"))
# a time span: "4 weeks before and after", "results last 4 to 6 months"
_COUNT = (r"(?:\d+|a few|several|one|two|three|four|five|six|eight|ten|twelve|quelques|un|une|deux|trois|quatre|cinq|six|huit|dix|"
          r"douze|enkele|een|twee|drie|vier|vijf|zes|acht|tien|twaalf|einige|ein|eine|einen|zwei|drei|vier|funf|sechs|acht|zehn|zwolf)")
DURATION = re.compile(rf"(?<!\w){_COUNT}\s?(?:(?:to|a|-|–|tot|bis)\s?{_COUNT}\s?)?(?:weeks?|semaines?|weken|wochen|months?|mois|maanden|monate?n?|"
                      r"years?|ans|jaar|jahre?n?|days?|jours|dagen|tage?n?|uur|uren|hours?|heures?|stunden)\b"
                      r"(?!\s(?:younger|jonger|junger|de moins|plus jeune|less|minder|weniger))")
# words that cite a claim rather than make it: someone's advert, a question someone asked
MENTIONED = re.compile(phrase(
    "ads?", "adverts?", "advertis\\w*", "pubs?", "publicites?", "annonces?", "advertenties?", "reclames?", "werbung\\w*",
    "anzeigen?", "slogans?", "talk about", "talk of", "parler de", "entend\\w* (?:\\w+ )?parler", "hort man", "spricht man", "spreekt men", "hoort men",
    "know", "knows", "connaissez", "connais", "connait", "kent", "kennt", "kennen", "heard of",
    "entendu parler", "gehoord van", "gehort", "asked", "asks", "demande", "gevraagd", "vraagt", "gefragt", "fragt", "promise\\w*",
    "promet\\w*", "belooft", "beloven", "belofte\\w*", "verspricht", "versprechen", "claims?", "beweert", "pretend\\w*",
    "behauptet", "qualifie\\w*", "noemt", "nennt", "calls",
))
# "permanent hair reduction" is the accurate name of what lasers do; "removal" would be the claim
REDUCTION = re.compile(phrase("reduction", "reduced", "reduces?", "reduit\\w*", "reduction", "reductie", "vermindert",
                              "vermindering", "verminderen", "reduziert", "reduktion", "verringert", "verringerung"))
# stopping a treatment: that it holds no danger is no claim about the treatment
STOPPING = re.compile(phrase("arreter", "arret", "stop", "stopping", "stoppen", "ophouden", "aufhoren", "absetzen",
                             "interrompre", "interruption", "onderbreken", "unterbrechen", "unterbrechung"))
# "if you prefer, you can spread the balance": an offer, not a question left to someone else
OFFERED_IF = re.compile(phrase("if you (?:prefer|wish|want|like)", "si vous (?:preferez|le souhaitez|voulez)", "qui le souhaite\\w*",
                               "als u (?:dat )?(?:wilt|wenst|verkiest)", "wie dat wenst", "wenn sie (?:mochten|wollen|es wunschen)",
                               "who wish"))
# looking younger: a number of years is the claim, not how long it lasts
YOUNGER = re.compile(phrase("rajeuni\\w*", "younger", "jonger", "junger", "verjungt\\w*", "ans de moins", "years off"))
# "some insurers contribute": left to the insurer, a warning rather than an error
SOME = re.compile(phrase("some", "certaine?s", "quelques", "sommige", "bepaalde", "manche", "einige", "gewisse"))
SOME_INSURERS = re.compile(SOME.pattern + r"\s+(?:\w+\s+)?\w*(?:ziekenfonds|mutual|mutuel|insur|krankenkass|kasse|verzeker|assuran|versicher)")
# a superlative in an idiom or of a selection: "the best of families", "a selection of the best results"
IDIOM_NOUN = re.compile(phrase("\\w*schutz", "\\w*bescherming", "protections?", "preventi\\w*", "vorbeugung", "friends?", "families", "familles", "familien", "families", "wishes", "regards", "voeux",
                               "souhaits", "wensen", "wunsche", "grusse", "freund\\w*", "vriend\\w*", "amie?s?", "copines?"))
SELECTION = re.compile(phrase("selection", "selectie", "auswahl", "handful", "poignee", "handvol", "handvoll"))
# the law as the subject that forbids: "la loi n'autorise pas … des traitements gratuits" lists what is forbidden
LAW_FORBIDS = re.compile(
    r"(?:\bla loi|\bthe law|\bde wet|\bdas gesetz|\bla reglementation|\bregulations?|\bwetgeving|\bde regels|\bbelgian law|"
    r"\bgesetzgebung)\b(?:\s+[\w'-]+){0,3}?\s+(?:n'autorise pas|n'autorise aucun\w*|interdit|does not allow|doesn't allow|"
    r"do not allow|forbids|prohibits|bans|verbiedt|verbieden|staat (?:\w+ )?niet toe|laat (?:\w+ )?niet toe|verbietet|"
    r"erlaubt (?:es )?(?:\w+ )?(?:nicht|keine\w*))")
# what makes "permanent" a change of habits, not a result: "eine dauerhafte Umstellung von Ernährung und Bewegung"
LIFESTYLE = re.compile(phrase("ernahrung", "voeding", "alimentation", "diet", "bewegung", "lichaamsbeweging", "exercise",
                              "activite physique", "hygiene de vie", "levensstijl", "lebensstil", "lifestyle", "habits",
                              "habitudes", "gewoonten", "gewohnheiten"))
# a claim said of pressure to be resisted: "une décision prise sous l'effet … d'une offre limitée est une mauvaise décision"
CRITICIZED = re.compile(phrase(
    "mauvaise decision", "bad decision", "wrong decision", "poor decision", "slechte beslissing", "verkeerde beslissing",
    "schlechte entscheidung", "falsche entscheidung", "sous l'effet", "under the influence", "onder invloed",
    "unter dem einfluss", "sous pression", "under pressure", "onder druk", "unter druck", "financial burden",
    "charge financiere", "financiele last", "finanzielle belastung", "weigh on you"))
# what is "definitive" without being a result: an appointment once confirmed, a diagnosis
BOOKED = re.compile(r"\b(?:rendez[- ]vous|afspraak|appointments?|termine?|diagnos[ei]s?|diagnostic|bookings?|reservations?|reservatie|buchung)\b")
# an insurance contract, whose "guarantee" is its cover
CONTRACT = re.compile(phrase("contrats?", "contracts?", "polis", "polissen", "polic(?:y|ies)", "\\w*vertrag\\w*", "\\w*vertrage"))
# an anaesthetic named beside "no pain": what is felt under it, told step by step
ANAESTHETIC = re.compile(phrase("\\w*anesthe\\w*", "\\w*anaesthe\\w*", "\\w*verdoving\\w*", "verdov\\w*", "\\w*betaubung\\w*", "\\w*anasthe\\w*"))
# a comparison of how long, not a claim of forever: "un résultat qui dure plus longtemps"
LONGER = re.compile(r"\s+(?:plus longtemps|longer|langer|länger|laenger|bien plus longtemps)(?!\w)")
# a denying heading's first sentence that only lists: "## What you will not read here\n\nThat we are the best, …"
THAT_START = re.compile(r"\W*(?:that|dat|que|qu'|dass)\s")
# a topic put first: "Over andere praktijken, hun prijzen of hun werk doen wij geen uitspraken"
TOPIC_FIRST = re.compile(r"\W*(?:over|about|concerning|regarding|sur|au sujet d(?:e|es|u)|a propos d(?:e|es|u)|quant aux?|"
                         r"uber|zu|bezuglich|wat betreft)\s")
# saying, speaking, commenting: what a clinic declines to do about a topic it puts first
SPEAKING = re.compile(phrase("uitspra\\w*", "statements?", "comments?", "comment", "commentaires?", "commenter", "prononc\\w*",
                             "aussage\\w*", "auser\\w*", "ausser\\w*", "spreken", "say", "disons", "zeggen", "sagen", "urteil\\w*",
                             "oordeel\\w*", "jugement\\w*", "judge"))
# the clinic calling back or a doctor on call: a service's speed, not pressure to decide
CALLBACK = re.compile(phrase("call you back", "calls? (?:\\w+ )?back", "belt u (?:\\w+ )?terug", "bellen u (?:\\w+ )?terug",
                             "vous rappel\\w*", "rappelons", "ruft sie (?:\\w+ )?zuruck", "rufen sie (?:\\w+ )?zuruck",
                             "on call", "de garde", "wachtdienst", "van wacht", "bereitschaft\\w*"))
# the premises' standards, which a clinic may well guarantee: hygiene, equipment
PREMISES = re.compile(phrase("hygiene", "equipement\\w*", "equipment", "uitrusting", "ausrustung", "ausstattung"))
# value added tax, a percentage that is no discount: "21 % TVA sur les traitements esthétiques"
VAT = re.compile(phrase("tva", "btw", "vat", "mwst", "mehrwertsteuer", "umsatzsteuer"))
# a first or third person who would not miss something: "we zouden ze ook niet missen" urges nobody
NOT_ADDRESSED = {"nl": {"we", "wij", "ik", "hij", "zij"}, "fr": {"nous", "je", "il", "elle", "ils", "elles", "on"},
                 "en": {"we", "i", "they", "he", "she"}, "de": {"wir", "ich", "er"}}
# "an intervention is possible when …": reimbursement said as a possibility
MAY = re.compile(phrase("possible", "mogelijk", "moglich", "may", "might", "can", "peut", "pourrait", "kan", "kann", "konnte",
                        "parfois", "sometimes", "soms", "manchmal", "eventueel", "eventuell"))
# comparisons of time or size, not of clinics: "an den Lippen eher kürzer als anderswo"
TIME_COMPARATIVE = re.compile(phrase("kurzer", "langer", "fruher", "spater", "schneller", "shorter", "longer", "faster",
                                     "earlier", "korter", "sneller", "vroeger", "plus courte?s?", "plus longue?s?", "plus tot"))
# "looks harmless": an appearance, not a claim
LOOKS = re.compile(phrase("looks?", "seems?", "appears?", "semble\\w*", "parait", "lijkt", "ziet", "sieht", "wirkt", "scheint", "aussehen",
                          "uitzien", "look", "paraitre", "sembler"))
# products sold, not medical acts: "10 % off sun creams in our shop"
PRODUCT = re.compile(phrase("\\w*cremes?", "\\w*creams?", "\\w*screens?", "boutique", "shops?", "winkel", "laden", "produits?", "products?",
                            "producten", "produkte?", "cosmetics?", "cosmetiques?", "cosmetica", "kosmetik\\w*", "skincare",
                            "serums?", "\\w*seren", "gamme"))
# a sum paid ahead and deducted later: "the deposit is deducted from the invoice" is no discount
DEPOSIT = re.compile(phrase("deposits?", "acomptes?", "arrhes", "voorschot\\w*", "waarborg\\w*", "anzahlung\\w*", "kaution"))
# what a sentence leaves out of an offer: "à l'exclusion de tout acte médical"
EXCLUDING = re.compile(phrase("excluding", "except", "not valid on", "a l'exclusion de", "hors", "sauf", "uitgezonderd",
                              "met uitzondering van", "niet geldig (?:op|voor)", "ausgenommen", "ausser", "nicht gultig fur"))
# what makes a lasting claim a lifelong one whatever the months around it
FOREVER_WORDS = re.compile(phrase("for ever", "forever", "for life", "lifelong", "lifetime", "a vie", "pour toujours",
                                  "toute (?:la|votre) vie", "levenslang", "voor altijd", "voor het leven", "lebenslang",
                                  "fur immer", "ewig", "ein leben lang", "une fois pour toutes", "once and for all",
                                  "voor eens en (?:voor )?altijd", "ein fur alle mal"))
# "not charged separately": included in what is paid for
SEPARATELY = re.compile(phrase("separately", "separement", "a part", "apart", "afzonderlijk", "gesondert", "extra",
                               "zusatzlich\\w*", "en plus", "additional\\w*", "supplement\\w*", "aufpreis", "bijkomende?"))
# words that make "no pain" a lesser claim: "pas de douleur vive", "no particular risk"
QUALIFIER = re.compile(
    r"vive|vives|intense|intenses|severe|sharp|major|serious|particular|particuliere?s?|grave|graves|forte?s?|hevige?|"
    r"ernstige?|bijzondere?|starke?n?|besondere?n?|grosse?n?|groot|grote|notable|noteworthy|significant\w*|"
    r"noemenswaardige?|nennenswerte?n?|importante?s?|majeure?s?|real|reelle?s?|echte?|wirkliche?n?")
# a brand named as a brand, to explain the generic name: a warning rather than an error
BRAND_EXPLAINED = re.compile(
    r"brand|merk|marque|marke\w*|markennam\w*|handelsna\w*|nom commercial|noms commerciaux|trade ?names?|®|known as|"
    r"connue? sous|bekend als|bekannt als|kennen sie|connaissez|vous la connaissez|heet ook|also called|aussi appel\w*")
# whether, if, depends: reimbursement or instalments left to the insurer or the case
DEFERRED = re.compile(phrase(
    "conditions dans lesquelles", "conditions under which", "voorwaarden waaronder", "bedingungen,? unter denen",
    "final word", "dernier mot", "laatste woord", "letzte wort", "own rules", "propres regles", "eigen regels", "eigene[nr]? regeln", "qui (?:en )?decide\\w*", "decides?",
    "is decided by", "beslist", "beslissen", "entscheide[nt](?! sich)", "whether", "if (?:your|you|the|a|an)", "ob", "si (?:votre|vous|la|le|les|un|une)", "weten of", "vragen of", "na of",
    "nagaan of", "informeren of", "kijken of", "navragen of", "depend\\w*", "hangt (?:\\w+ ){0,5}af", "hangen (?:\\w+ ){0,5}af",
    "afhankelijk", "hangt (?:\\w+ ){0,5}ab", "abhangig", "richtet sich nach", "follows the rules", "rules of", "regels van",
    "regles de", "regeln der", "eventuel\\w*", "eventueel", "eventuell\\w*", "conditions? (?:de|of|for) (?:remboursement|reimbursement)",
    "reimbursement conditions", "terugbetalingsvoorwaarden", "voorwaarden voor (?:de )?terugbetaling", "erstattungsbedingungen",
))

# words next to "permanent" that make it no result: "our permanent staff", "l'équipe permanente",
# "permanent besetzt" (compliance.py looks at the word before and the word after)
NOT_A_RESULT = re.compile(
    r"fillers?|vullers?|comblement|implants?|produits?|products?|produkte?|reductions?|remises?|korting|rabatt|discounts?|"
    r"reduktion|vermindering|reductie|prix|prijs|preis|prices?|devis|quotes?|offerte|kostenvoranschlag|tarifs?|"
    r"staff(?:ed)?|team|address|residence|resident|position|contract|employees?|members?|exhibition|available|open|"
    r"personnel|equipe|adresse|contrat|poste|exposition|disponible|joignable|ouverte?|"
    r"personeel|adres|medewerkers?|bereikbaar|beschikbaar|bemand|"
    r"personal|mitarbeiter\w*|anschrift|wohnsitz|ausstellung|stelle|besetzt|erreichbar|geoffnet|"
    r"physicians?|doctors?|nurses?|medecins?|infirmiere?s?|artsen|arts|verpleeg\w+|arzt|arztin|krankenpfleger\w*")

# --- the claims ----------------------------------------------------------------------------

SUPERLATIVE = compile_any(
    # the best or most gifted practitioner: "the most gifted lip injector", "de beste chirurg"
    phrase("(?:the )?(?:best|most [\\w-]+|finest|top) (?:\\w+ ){0,2}(?:injectors?|surgeons?|doctors?|dermatologists?|practitioners?|physicians?)",
           "(?:le|la) (?:meilleur\\w*|plus [\\w-]+) (?:\\w+ ){0,2}(?:injecteur\\w*|chirurgien\\w*|medecin|dermatologue|praticien\\w*)",
           "(?:de|onze) (?:beste|meest [\\w-]+|(?!eerste|laatste|volgende|juiste|vaste|gepaste|zelfde)\\w{2,}ste) (?:\\w+ ){0,2}(?:injector|chirurg|arts|dokter|dermatoloog|plastisch chirurg)",
           "(?:der|die|unser[e]?) (?:beste|(?!erste|letzte|nachste|meiste)\\w{2,}ste)[nr]? (?:\\w+ ){0,2}(?:chirurg(?:in|en)?|arzt|arztin|dermatolog(?:e|in)|injektor\\w*)"),
    # a superlative scoped to a place or to what one can get: "les cicatrices les plus discrètes qu'on puisse obtenir"
    phrase("(?:the )?most [\\w-]+[\\w\\s,-]{0,40}?(?:in (?:the|this) country|in belgium|you can get|one can get|money can buy)",
           "(?:le|la|les) plus [\\w-]+[\\w\\s,'-]{0,40}?(?:du pays|de belgique|qu'on puisse|que l'on puisse|que vous puissiez)",
           "(?:de|het) meest [\\w-]+[\\w\\s,'-]{0,40}?(?:van (?:het|dit) land|van belgie|in (?:dit|het) land|die je (?:\\w+ ){0,4}kunt krijgen)",
           "(?:die|der|das|den) \\w+sten?[\\w\\s,-]{0,40}?(?:hierzulande|in belgien|des landes|im land|die man (?:\\w+ ){0,3}bekommen kann)",
           "(?:de|het|onze) \\w{2,}ste \\w+ (?:\\w+ ){0,3}van (?:belgie|vlaanderen|wallonie|brussel|het land)",
           "onbetwiste? (?:de )?(?:referentie|nummer|leider)", "undisputed (?:leader|reference|number)",
           "incontest\\w+ (?:la )?(?:reference|leader|numero)", "unbestritten\\w* (?:die )?(?:referenz|nummer|fuhrend\\w*)",
           "(?:zijn wij|we zijn|sind wir|wir sind|nous sommes|we are) (?:\\w+ ){0,5}(?:de|die|la|the) (?:referentie|referenz|reference)",
           "one of the (?:\\w+ )?(?:best|top|leading|finest)", "(?:l'une?|une?) des (?:\\w+ )?meilleur\\w*",
           "(?:een|een van|één van) de (?:\\w+ )?(?:beste|top)", "(?:einer|eine|eines) der (?:\\w+ )?(?:besten|fuhrenden|top)",
           "(?:the )?highest quality", "(?:de )?(?:aller)?hoogste kwaliteit", "(?:la )?plus haute qualite", "(?:aller)?hochste[rn]? qualitat",
           "allerbeste\\w*", "allerhochste\\w*"),
    # the reference, the first address, an establishment ranked by any superlative
    phrase("(?:clinique|centre|cabinet|institut|adresse|medecin|praticien)s? de reference",
           "la reference (?:en|pour|dans|de la|du|des|incontournable|absolue)", "(?:de|het) referentie(?:s)? (?:voor|in|op het gebied|van)",
           "referentie(?:centrum|kliniek|praktijk)", "die referenz (?:fur|in|im|der|bei)", "referenz(?:zentrum|klinik|praxis)",
           "the (?:reference|benchmark) (?:for|in)", "(?:ihre|die|unsere) erste adresse", "(?:votre|la|notre) premiere adresse",
           "(?!(?:it|that|what|who|he|she|there|here|one)'s)\\w+'s? best", "\\w+s' best", "parmi les (?:\\w+ ){0,2}(?:plus|meilleur\\w*)",
           "among the (?:\\w+ )?(?:best|most|finest|leading(?! causes?| reasons?)|top)", "tot de (?:\\w+ )?(?:beste|meest|top)", "zu den (?:\\w+ )?(?:besten|fuhrenden|erfahrensten)",
           "(?:clinique|centre|cabinet|institut|equipe|praticien|medecin)s? (?:\\w+ )?(?:le|la|les) plus \\w+",
           "(?:clinic|centre|center|practice|team|doctor|specialist|institute)s? (?:with |of )?the most \\w+",
           "the (?!nearest|closest|latest|earliest|longest|shortest|lowest|highest|largest amount)\\w{2,}est (?:clinic|centre|center|practice|team|doctors?|specialists?|care|technology|equipment|lasers?|results?)",
           "(?:de|het|onze) (?!eerste|laatste|beste moment|juiste|vaste|gepaste)\\w{2,}ste (?:kliniek|centrum|praktijk|team|artsen|arts|specialisten|zorg|technologie|toestellen|lasers?|resultaten)",
           "(?:die|der|das|den|dem|unsere?n?) (?!erste|letzte|nachste)\\w{2,}ste[nrs]? (?:klinik|praxis|zentrum|team|arzte|arzt|arztin|spezialisten|technologie|gerate|laser|ergebnisse)"),
    phrase("#1", "no\\.\\s?1", "number one", "nr\\.?\\s?1", "n[°ºo]\\s?1", "№\\s?1", "n[°º]\\s?un", "numero (?:un|uno|1)",
           "nummer (?:een|1|eins)"),
    # en
    phrase("(?<!do\\s)(?<!doing\\s)(?<!try\\s)(?:the|our|your) (?:very )?best(?!-(?:supported|studied|documented|known|researched|tolerated|evidenced))(?! (?:time|times|moment|way|ways|to|thing to do|thing|period|season|day|days|option|options|choice|solution|approach|method|advice|treatment for|protection|prevention|age))",
           "best[\\s-]+(?:clinic|clinics|doctors?|results?|care|practitioners?|specialists?|experts?|treatments?|prices?|quality|team|in (?:brussels|belgium|town|class|the world|the country))",
           "leading(?! to| up| causes?| reasons?)", "world[\\s-]+class", "top[\\s-]+(?:rated|clinic|quality|specialists?|doctors?|results?|experts?|class|notch)",
           "unrivall?ed", "unbeatable", "the only (?:clinic|practice|centre|center) ", "it doesn'?t get (?:any )?\\w+er", "unmatched", "unequall?ed", "unparall?eled", "second to none",
           "most (?:experienced|trusted|advanced|renowned|reputable|modern|innovative|effective|qualified)", "finest"),
    # fr
    phrase("(?:le|la|les|l'|notre|nos|votre|vos|du|des|au|aux) meilleure?s?(?! (?:moment|moments|facon|maniere|moyen|periode|saison|jour|jours|chose a faire|option|options|choix|solution|approche|methode|conseil|indication|protection|prevention|age))",
           "meilleure?s? (?:clinique|cliniques|centre|centres|medecins?|resultats?|soins?|prix|qualite|specialistes?|experts?|equipe|praticiens?)",
           "leader", "leaders", "de renommee (?:mondiale|internationale)", "de classe mondiale", "inegale?s?", "inegalable",
           "sans egal", "incomparables?", "imbattables?", "(?:le|la) seule? (?:clinique|cabinet|centre|institut)", "le plus puissant\\w*", "la reference", "le plus (?:experimente|reconnu|reputee?)",
           "la plus (?:experimentee|reconnue|reputee)",
           "(?:le|la|les) plus (?:performante?s?|modernes?|avancee?s?|innovante?s?|efficaces?|perfectionnee?s?|pointue?s?)"),
    # nl
    phrase("(?:de|het|onze|ons|uw|jouw) (?:allerbeste|beste)(?!(?<=het\\sbeste)\\s*[:;,.])(?! (?:moment|momenten|manier|tijd|tijdstip|periode|seizoen|dag|dagen|optie|opties|keuze|oplossing|aanpak|methode|advies|jaargetijde|leeftijd))",
           "beste (?:kliniek|klinieken|resultaten|resultaat|arts|artsen|zorg|prijs|prijzen|specialisten?|behandelingen|behandeling|kwaliteit|team|van (?:belgie|brussel|vlaanderen))",
           "toonaangevende?", "marktleider", "de enige (?:kliniek|praktijk)", "(?:van )?wereldklasse", "ongeevenaarde?", "onovertroffen", "onverslaanbare?",
           "topkwaliteit", "topkliniek", "topresultaten", "topartsen", "topspecialiste?n?",
           "(?:de|het) meest (?:geavanceerde|moderne|ervaren|innovatieve|doeltreffende|effectieve|gerenommeerde)"),
    # de
    phrase("(?<!geben\\s)(?<!gebe\\s)(?<!tun\\s)(?:der|die|das|den|dem|unsere?|unseren|unserem|ihre?|ihren) (?:allerbeste|beste)[nrs]?(?! (?:\\w*zeit|zeitpunkt|weg|moment|art|option|wahl|losung|methode|vorgehensweise|alter))",
           "besten? (?:klinik|kliniken|ergebnisse|ergebnis|arzt|arzte|arztin|arztinnen|preise?|qualitat|behandlungen|behandlung|team|spezialisten)",
           "beste[nrs]? \\w*(?:arzt|arztin|klinik|praxis|zentrum|team|spezialist\\w*|chirurg\\w*|dermatolog\\w*)",
           "(?:die|der) einzige (?:klinik|praxis)", "\\w+er geht es nicht", "(?:beter|\\w+er) kan het niet",
           "fuhrende?[nrs]?", "marktfuhrer", "weltklasse", "erstklassige?[nrs]?", "unubertroffene?[nrs]?", "unschlagbare?[nrs]?",
           "spitzenklinik", "spitzenqualitat", "spitzenergebnisse", "topqualitat", "top[\\s-]?klinik",
           "modernste[nrs]?", "fortschrittlichste[nrs]?", "innovativste[nrs]?", "erfahrenste[nrs]?", "effektivste[nrs]?",
           "wirksamste[nrs]?"),
)

GUARANTEE = compile_any(
    # assured in a promise of a result: "perfect symmetry assured", "ein natürliches Ergebnis ist Ihnen zugesichert"
    phrase("(?:results?|symmetry|outcome|success|look)s? (?:\\w+ ){0,2}assured", "zugesichert",
           "(?:sichern|sichert) (?:wir )?(?:ihnen )?(?:\\w+ ){0,5}zu"),
    # promised in other words: assured, insured success, a refund if not satisfied
    phrase("(?:resultats?|effets?|effet \\w+|succes|satisfaction|reussite) (?:\\w+ )?assure(?:e|s|es)?", "a tous les coups",
           "(?:resultaat|succes|effect|tevredenheid) (?:\\w+ )?verzekerd", "(?:erfolg|ergebnis) (?:\\w+ )?(?:gesichert|sicher)",
           "(?:we|nous|wij|wir) (?:vous |u |you |ihnen )?(?:assure|assurons|verzekeren|versichern)(?: (?:you|vous|u|ihnen))?,? (?:[\\w,]+ ){0,8}(?:result|resultat|resultaat|ergebnis)\\w*",
           "(?:erfolgs|zufriedenheits|ergebnis|resultaats?|tevredenheids|succes|satisfactie|satisfaction)[\\s-]?garantie",
           "(?:not|pas|niet|nicht|un)[\\s-]?(?:happy|satisfied|satisfaite?s?|contente?s?|tevreden|zufrieden)"
           "(?:\\s+(?:with|met|mit|avec|de|du|van)\\s+(?:\\w+\\s+){0,2}\\w+)?[\\s?!.,]+(?:[\\w'-]+[\\s,]+){0,12}?"
           "(?:refund\\w*|reimburs\\w*|rembours\\w+|rend\\w* (?:\\w+ ){0,3}(?:prix|argent|montant)|terugbeta\\w*|terug|geld terug|erstatt\\w*|zuruck\\w*|money back)"),
    phrase("(?:satisfaction|tevredenheid|zufriedenheit)(?: a| van| zu| von)? 100\\s?%", "(?:honderd|hundred|cent|hundert) (?:procent|percent|pour ?cent|prozent) (?:\\w+ )?(?:tevreden|satisf\\w*|zufrieden\\w*)",
           "guarantee[sd]?", "guaranteeing", "money[\\s-]+back", "100\\s?% (?:\\w+ )?(?:safe|satisf\\w*|results?|natural|effective|success\\w*)",
           "garantie?s?", "garantir", "garantissons", "garantissent", "garantit", "satisfaite?s? ou rembourse\\w*",
           "100\\s?% (?:\\w+ )?(?:sure?s?|satisf\\w*|resultats?|naturel\\w*|effica\\w*|reussi\\w*)",
           "gegarandeerde?", "garanderen", "garandeert", "niet goed,? geld terug", "geld[\\s-]+terug(?:[\\s-]*garantie)?",
           "100\\s?% (?:\\w+ )?(?:veilig\\w*|tevreden\\w*|resultaat|natuurlijke?|effectief\\w*|succes\\w*)",
           "garantiert(?:e|en|er|es)?", "garantieren", "geld[\\s-]+zuruck(?:[\\s-]*garantie)?",
           "100\\s?% (?:\\w+ )?(?:sicher\\w*|zufrieden\\w*|ergebnis\\w*|naturlich\\w*|wirksam\\w*|erfolg\\w*)"),
)

# absolute claims of safety or comfort; "no side effects" already holds its negation
NO_RISK = compile_any(
    phrase("nooit (?:\\w+ )?complicaties", "never (?:any )?complications", "jamais de complications", "nie (?:\\w+ )?komplikationen"),
    # nothing can happen, nobody ever had pain
    phrase("kann (?:\\w+ ){0,2}nichts passieren", "nothing can (?:go wrong|happen)", "rien ne peut (?:arriver|mal tourner)",
           "(?:er )?kan (?:\\w+ ){0,2}niets (?:mis)?(?:gaan|gebeuren)", "noch nie jemand (?:\\w+ ){0,2}schmerzen",
           "nobody has ever (?:\\w+ ){0,2}(?:felt pain|had pain|complained)", "personne n'a jamais (?:eu mal|souffert)",
           "niemand heeft (?:\\w+ ){0,2}ooit pijn"),
    # no pain felt: "vous ne sentirez rien", "u voelt helemaal niets", "Sie spuren nichts"
    phrase("(?:ne )?(?:sentirez|sentez|ressentirez|sentira) (?:\\w+ ){0,8}?(?:rien|aucune douleur)",
           "(?:feel|notice) (?:\\w+ ){0,2}(?:nothing|no pain|a thing)", "won't feel (?:a thing|anything)",
           "(?:voelt|voel|voelen|merkt|merk|merken) (?:\\w+ ){0,8}?(?:niets|helemaal niet|geen pijn)",
           "helemaal niet (?:voelen|merken)", "(?:spuren|spurt|fuhlen|fuhlt|merken) (?:sie )?(?:\\w+ ){0,6}?(?:nichts|keine schmerzen|gar nicht)",
           "nichts (?:spuren|merken|fuhlen)", "strictement rien", "geen enkel risico", "aucun risque", "kein einziges risiko"),
    phrase("painless(?:ly)?", "pain[\\s-]+free", "risk[\\s-]+free", "without (?:any |the slightest |the least )?(?:risks?|pain|side effects?)",
           "no (?:risks?|pain|side effects?|downtime or risks?)", "zero (?:risks?|side effects?|pain)", "free (?:of|from) (?:risks?|side effects?|pain)",
           "(?:completely|totally|perfectly|absolutely|entirely|100\\s?%|hyper|super|ultra) (?:safe|harmless|painless)", "harmless",
           "no danger", "carries no danger", "neither (?:pain|risks?|complications?|bruising) nor", "no after-?effects"),
    phrase("indolores?", "sans (?:aucune? |le moindre |la moindre )?(?:risques?|danger|douleurs?|effets? secondaires?)", "pas de (?:risques?|danger|douleurs?|effets? secondaires?)",
           "aucune? (?:risques?|danger|douleurs?|effets? secondaires?|complications?)", "zero (?:risques?|effets? secondaires?|douleurs?)", "risque zero",
           "(?:totalement|completement|parfaitement|absolument|100\\s?%|hyper|super|ultra) (?:sure?s?|safe|sans danger|inoffensi\\w+|indolores?)",
           "denuee?s? de (?:tout|toute|tous) (?:danger|risques?)", "ni (?:douleurs?|complications?|risques?|bleus|danger|effets? secondaires?)",
           "aucune sequelle", "sans (?:aucune )?sequelles?",
           "inoffensi(?:f|ve|fs|ves)"),
    phrase("pijnlo(?:os|ze)", "pijnvrije?", "zonder (?:enige? |het minste )?(?:pijn|risico'?s?|bijwerkingen|gevaar)",
           "geen (?:pijn|risico'?s?|bijwerkingen|gevaar)", "risicolo(?:os|ze)", "risicovrije?", "(?:nul|zero) (?:risico|bijwerkingen|pijn)",
           "(?:volledig|helemaal|totaal|absoluut|100\\s?%|super|hyper) (?:veilig|onschadelijk|pijnloos|safe)", "onschadelijke?"),
    phrase("schmerzfreie?[nrs]?", "schmerzlose?[nrs]?", "risikofreie?[nrs]?", "risikolose?[nrs]?",
           "ohne (?:jedes |jegliches |jegliche |das geringste |die geringsten )?(?:risiko|risiken|schmerzen|nebenwirkungen|gefahr)", "keinerlei (?:risiken|risiko|schmerzen|nebenwirkungen|gefahr)",
           "keine (?:risiken|schmerzen|nebenwirkungen|gefahr)", "kein risiko", "null (?:risiko|nebenwirkungen|schmerzen)", "nebenwirkungsfreie?[nrs]?",
           "(?:vollig|absolut|ganz|100\\s?%) (?:sicher|unbedenklich|harmlos|schmerzfrei|ungefahrlich|gefahrlos)",
           "weder (?:schmerzen|risiken|komplikationen|nebenwirkungen) noch", "harmlose?[nrs]?", "unbedenklich\\w*"),
)
# pain, risks or side effects put first and denied at the end: "Bijwerkingen zijn er, in
# tegenstelling tot vroeger, eigenlijk geen", "Schmerzen werden Sie ... keine haben"
RISK_TOPIC = re.compile(r"(?:des |de |les |the |die |de )?(?:side effects?|effets? secondaires?|bijwerkingen|nebenwirkungen|"
                        r"pain|douleurs?|pijn|schmerzen|risks?|risques?|risico'?s?|risiken|complications?|complicaties|komplikationen|"
                        r"bruis\w*|bleus|ecchymoses?|hematomes?|blauwe plekken|blutergusse?|blaue flecken|swelling|gonflements?|"
                        r"zwelling\w*|schwellung\w*|scars?|cicatrices?|littekens?|narben?)(?!\w)")
NONE_LEFT = re.compile(r"(?<!\w)(?:none|geen|keine[nrms]?|keinerlei|aucune?s?|n'y en a (?:\w+ ){0,3}(?:pas|plus|guere|point))(?!\w)")
# what says the topic is had or felt, between it and its denial: "there are", "zijn er", "il y en a", "werden Sie"
TOPIC_VERB = re.compile(r"(?<!\w)(?:there (?:are|is)|zijn er|is er|er zijn|er is|il (?:n')?y en a|y en a|gibt es|es gibt|"
                        r"werden sie|haben sie|hat man|you(?:'ll| will)? (?:have|feel)|vous (?:n'en )?(?:aurez|sentirez|ressentirez)|"
                        r"(?:u|je|jij) (?:zult|zal|krijgt|voelt)|(?:zult|zal|zul|krijg|voel) (?:u|je|jij)|sind|zijn|are|sont)(?!\w)")
# the claims among NO_RISK that already say "no": a negation before them does not take them back
# the first or last word of an answer that denies a side effect asked alone ("Bruising? Never.")
NEVER = re.compile(phrase("not", "never", "no", "nope", "none", "non", "pas", "jamais", "aucune?", "nooit", "niet", "nee",
                          "neen", "geen", "nie", "niemals", "nicht", "nein", "no", "keine?"))
# pain asked as a verb: "Does it hurt?", "Ça fait mal ?", "Doet het pijn?", "Tut das weh?"
HURT = re.compile(phrase("hurt", "hurts", "painful", "fait mal", "douloureux", "douloureuse", "doet … pijn", "pijnlijk",
                         "tut … weh", "schmerzhaft").replace("…", "\\w+"))
# what makes such an answer a hedge: "Not always", "Niet lang", "Pas vraiment"
HEDGED_ANSWER = re.compile(phrase("always", "long", "much", "really", "quite", "entirely", "toujours", "longtemps",
                                  "beaucoup", "vraiment", "tout a fait", "altijd", "lang", "veel", "echt", "helemaal",
                                  "immer", "lange", "viel", "wirklich", "ganz"))
CONTRAST_ANSWER = re.compile(phrase("but", "mais", "maar", "aber", "doch", "however", "toutefois", "wel"))
NEGATIVE_CLAIM = re.compile(r"^(?:no|zero|free|without|sans|aucune?|pas|geen|zonder|nul|keine?|keinerlei|ohne)\b")

LASTING = compile_any(
    # for good, for a lifetime, once and for all
    phrase("the rest of (?:your|their|her|his|my) li(?:fe|ves)", "le reste de (?:votre|ta|sa|leur) vie",
           "de rest van (?:uw|je|jouw|hun|haar|zijn) leven", "(?:den )?rest (?:ihres|deines|seines) lebens",
           "for good", "once and for all", "a lifetime", "for a lifetime", "pour de bon", "une (?:bonne )?fois pour toutes",
           "toute (?:la|une) vie", "a tout jamais", "voor eens en (?:voor )?altijd", "een leven lang", "ein leben lang",
           "ein fur alle ?mal", "wunder-\\w+", "wunder(?:lifting|effekt|spritze|creme|waffe)", "wundersame?[nrs]?",
           "(?:ein|kleine[sn]?|echte[sn]?|wahre[sn]?) wunder"),
    phrase("permanent(?:ly)?", "forever", "for life", "lifelong", "lasts? a lifetime", "miracles?", "miraculous",
           "magic(?:al)?", "instant(?:ly)? (?:results?|effects?|lift\\w*)", "overnight results?", "\\d+ years younger",
           "never (?:\\w+ ){0,2}again", "(?:two|three|five|ten|\\d+) years younger"),
    phrase("permanente?s?", "definiti(?:f|ve|fs|ves|vement)", "(?<!n')a vie", "pour toujours", "(?<!n')a jamais", "miracles?",
           "miraculeu(?:x|se|ses)", "magiques?", "resultats? immediats?", "(?:effets?|resultats?) (?:\\w+ ){0,3}instantane\\w*", "instantane\\w* des la sortie", "(?:\\d+|deux|trois|cinq|dix) ans de moins", "rajeuni\\w* de \\d+ ans"),
    phrase("permanente?", "blijvende?", "definitie(?:f|ve)", "levenslange?", "voor altijd", "voorgoed",
           "wondermiddel\\w*", "wonderbehandeling\\w*", "wonderbaarlijke?", "mirakels?", "magische?",
           "(?:\\d+|twee|drie|vijf|tien) jaar jonger", "direct resultaat", "wonder(?:resultaat|resultaten|middel\\w*|effect|creme|spuit)",
           "(?:een|klein|echt|waar) wonder", "onmiddellijk resultaat", "nooit (?:meer|weer)(?! dan)"),
    phrase("permanente?[nrs]?", "dauerhafte?[nrs]?", "fur immer", "lebenslange?[nrs]?", "endgultige?[nrs]?",
           "wundermittel", "wunderbehandlung", "wunder(?:wirkung|ergebnis\\w*|effekt|lifting|spritze|creme)",
           "(?:\\d+|zwei|drei|funf|zehn) jahre junger", "wunderbare?[nrs]?", "magische?[nrs]?", "\\d+ jahre junger",
           "sofortige?n? ergebnisse?", "nie (?:wieder|mehr)(?! als)"),
)

BEFORE_AFTER = compile_any(
    phrase("voor-en-na-?\\w+", "avant-apres-?\\w+", "vorher-nachher-\\w+", "before-and-after[\\s-]\\w+"),
    phrase("before[\\s/&-]+(?:and[\\s-]+)?after (?:photos?|pictures?|images?|results?|gallery)",
           "(?:photos?|pictures?|images?|gallery) (?:of )?before[\\s/&-]+(?:and[\\s-]+)?after", "before/after", "before-after",
           "avant[\\s/-]+(?:et )?apres (?:photos?|images?|resultats?)", "photos? (?:avant[\\s/-]+(?:et )?apres)",
           "avant/apres", "avant-apres",
           "voor[\\s/&-]+(?:en[\\s-]+)?na[\\s-]*(?:foto'?s?|beelden|resultaten)", "foto'?s? (?:van )?voor en na", "voor/na", "voor-na",
           "vorher[\\s/-]+(?:und )?nachher", "vorher/nachher",
           "(?:before|avant|voor|vorher)\\s*/\\s*(?:after|apres|na|nachher)",
           "(?:before and after|avant et apres|voor en na|vorher und nachher)(?=\\s*:)",
           "(?:before|avant|voor|vorher)\\s*(?:&|/|\\+|vs\\.?|versus|–|—|-)\\s*(?:after|apres|na|nachher)(?=\\s*:)"),
)

# before and after as a pair ("avant et trois semaines après", "Voor & na", "BEFORE ➡️ AFTER"): a
# comparison of results when the sentence shows it (see, picture, difference) or counts sessions
BEFORE_AFTER_PAIR = re.compile(phrase(
    "(?:before|avant|voor|vorher|vor)(?!\\w)[\\s\"'«»“”„‘’-]*(?:&|\\+|➡️|➡|→|->|–|—|/|and|et|en|und|vs\\.?|versus)?"
    "[\\s\"'«»“”„‘’-]*(?:[\\w'.]+\\s+){0,3}?(?:after|apres|na|nachher|nach)",
))
# "Before: … . After: …" as two labelled sentences (a picture's caption when it shows or photographs)
BEFORE_AFTER_LABELS = re.compile(r"(?:^|(?<=[\n.!?])\s*|(?<=\*\*))\**(?:avant|before|vorher|voor)\s*\**\s*:[^\n]{0,300}?[.!?;]\s*\**"
                                 r"(?:apres|after|nachher|na)\s*\**\s*:[^\n]{0,300}")
# photos kept for the medical record show nothing to visitors
RECORD = re.compile(phrase("dossier medical", "dossier patient", "medical photo\\w*", "photos? medicales?",
                          "photographies medicales", "medische foto\\w*", "medizinische fotos?", "medizinische aufnahmen", "votre dossier", "medical (?:file|record)s?",
                          "(?:your|the) (?:file|record)", "\\w*dossier (?:medisch|van de patient)", "medisch dossier",
                          "patient(?:en)?dossier", "uw dossier", "\\w*akte"))
SHOWING = re.compile(phrase(
    "see", "view", "look", "compar\\w*", "vergelijk\\w*", "vergleich\\w*", "slider", "curseur", "schuif\\w*",
    "schieberegler", "glisser", "drag", "swipe", "click", "photos?", "pictures?", "pics", "images?", "gallery", "instagram", "difference",
    "highlights", "stories", "below", "check", "photographie\\w*", "fotografeerd", "fotografiert", "photographed", "schau\\w*", "kijk\\w*", "regarde\\w*", "on this page", "photographs?", "shots?", "clich\\w+", "photographies",
    "ci-dessous", "cette page", "dossier illustrant", "opnamen?", "hieronder", "deze pagina", "map", "album",
    "aufnahmen?", "nachstehend", "dieser seite", "fotos?", "transformatie", "transformation",
    "voir", "voyez", "regardez", "cliquez", "galerie", "difference", "zie", "bekijk", "kijk", "klik", "fotos?", "foto's",
    "beelden", "verschil", "sehen", "schauen", "klicken", "bilder?", "unterschied",
))
SESSIONS_AFTER = re.compile(r"\s*(?:\d+|deux|trois|quatre|twee|drie|vier|zwei|drei|two|three|four)\s+(?:\w+[\s-])?"
                            r"(?:sessions?|seances?|sessies?|sitzungen?|behandlungen?|treatments?|traitements?|behandelingen)")
TESTIMONIAL = compile_any(
    # ratings and reviews, what patients say, patients' stories
    r"(?<![\d.,])\d[.,]\d\s?(?:/|sur|op|von|out of|uit|of)\s?5(?![.,]?\d)",
    r"[⭐★]{3,}",
    phrase("\\d+\\+? (?:google[\\s-])?(?:reviews|avis|bewertungen|recensies|beoordelingen|ratings)", "\\d+\\+? google[\\s-]\\w+",
           "google[\\s-]?(?:reviews?|avis|bewertungen|recensies|beoordelingen|rating)", "\\d[.,]?\\d? (?:stars|sterren|sternen?|etoiles)",
           "(?:rated|note|beoordeeld|bewertet|gewaardeerd) (?:\\w+ ){0,2}\\d[.,]\\d",
           "(?:ce que|ce qu') ?(?:nos|les|mes) (?:\\w+ )?(?:patient\\w*|client\\w*) (?:\\w+ )?(?:disent|pensent)",
           "wat (?:onze|de) (?:\\w+ )?(?:patienten|klanten|clienten) (?:over ons )?(?:zeggen|vinden)",
           "(?:das|was) sagen unsere (?:\\w+ )?(?:patient\\w*|kund\\w*)", "what our (?:\\w+ )?(?:patients|clients|customers) (?:say|think)",
           "(?:lees|read|lisez|lesen sie|bekijk|decouvrez|discover|entdecken sie) (?:\\w+ ){0,2}(?:reviews|avis|recensies|ervaringen|bewertungen|erfahrungen|temoignages?|getuigenissen)",
           "patient reviews", "hear (?:it )?from our (?:\\w+ )?(?:clients|patients|customers)",
           "ecoutez (?:nos|ce que disent nos) (?:\\w+ )?(?:patient\\w*|client\\w*)", "hoor wat onze (?:\\w+ )?(?:patienten|klanten)",
           "horen sie, was unsere (?:\\w+ )?(?:patient\\w*|kund\\w*)", "(?:avis|reviews|ervaringen|erfahrungen|bewertungen) (?:van|de|of|von|d') ?(?:nos |onze |our |unserer |unseren )?(?:\\w+ )?(?:patient\\w*|client\\w*|klanten|kund\\w*)",
           "patient(?:en)?verha(?:al|len)", "patientengeschichten?", "patient stor(?:y|ies)"),
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
    # a price beside a former one, an offer of the season, N for the price of N-1, a percentage less
    phrase("(?:beneficie\\w*|profite\\w*|profitez) d(?:e |')(?:\\d+\\s?%|\\d+\\s?€)", "\\d+\\s?% (?:sur|op|auf|on) (?:votre|vos|leur|leurs|uw|je|ihre?n?|your|their) ",
           "(?:krijgen|krijgt|erhalten|erhaltet|get|gets) \\d+\\s?% (?:op|auf|on)"),
    phrase("(?:€\\s?)?\\d+(?:[.,]\\d+)?\\s?(?:€|euros?|eur)?\\s?(?:instead of|au lieu de|in plaats van|i\\.\\s?p\\.\\s?v\\.|statt|anstatt|anstelle von|\\(?was|\\(?au lieu)\\s?(?:€\\s?)?\\d+",
           "(?:au prix de|voor de prijs van|zum preis von|for the price of) " + "(?:\\d+|deux|trois|quatre|cinq|six|dix|twee|drie|vier|vijf|zes|tien|zwei|drei|funf|sechs|zehn|two|three|four|five|six|ten)",
           "(?:you|vous|ge|je|u|sie) (?:\\w+ ){0,2}(?:pay|betaalt|betaal|zahlen|payez) (?:er )?(?:only|maar|nur|que|seulement) " + "(?:\\d+|deux|trois|quatre|cinq|six|dix|twee|drie|vier|vijf|zes|tien|zwei|drei|funf|sechs|zehn|two|three|four|five|six|ten)",
           "(?:n'en )?payez que " + "(?:\\d+|deux|trois|quatre|cinq|six|dix|twee|drie|vier|vijf|zes|tien|zwei|drei|funf|sechs|zehn|two|three|four|five|six|ten)",
           "\\w+(?:korting|rabatt|kortingen|rabatte)",
           "(?:zomer|lente|winter|herfst|kerst|paas|valentijns|voorjaars|najaars|nieuwjaars|jubileum|sommer|fruhlings|fruhjahrs|"
           "herbst|weihnachts|oster|valentins|neujahrs|jubilaums|einfuhrungs|kennenlern|aktions|kortings|promotie)"
           "(?:promos?|deals?|actie|acties|aktion|aktionen|angebot|angebote|aanbieding|aanbiedingen)",
           "(?:spring|summer|autumn|winter|valentine'?s?|christmas|holiday|launch|mother'?s day|black friday) (?:special|deal|offer|price)s?",
           "(?:prix|tarif)s? (?:special|speciaux|d'ami|etudiant|fidelite|promotionnel)\\w*", "(?:student|studenten)(?:price|prijs|tarif|preis|rabatt|korting)",
           "student (?:price|discount|rate)", "remise (?:\\w+ )?(?:de )?\\d+", "(?:reduction|remise|korting|rabatt|discount) (?:de |van |von |of )?(?:\\w+[\\s-]){1,2}(?:pour ?cent|percent|procent|prozent)",
           "(?:\\w+[\\s-])?(?:pour ?cent|percent|procent|prozent) (?:de )?(?:reduction|remise|korting|rabatt|discount|off|less|moins|minder|weniger)",
           "\\d+\\s?% (?:less|moins|minder|weniger|goedkoper|gunstiger|cheaper)",
           "\\d+\\s?% (?:sur|op|auf|on) (?:l'ensemble|tous|toutes|alle[nms]?|all|vos|uw|je|ihre?n?|deine?n?|your|les|de|the)",
           "(?:moins|minus|min) \\d+\\s?%", "[\\w-]+ (?:€|euros?|eur) (?:de )?(?:remise|reduction|korting|rabatt|off|discount)",
           "voordeel(?:pakket|prijs|formule)\\w*", "(?:action|actie|aktion|promo)\\s*:", "schoon prijske", "small price", "kleinen preis", "petit prix"),
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
# the next one free: "la troisième est gratuite", "get the third free", "die 6. umsonst"
NEXT_FREE = re.compile(phrase(
    "(?:(?:the|la|le|de|die|das|een|a) )?(?:\\d+(?:e|de|ste|th|\\.|eme|er|nd|rd|st)|second|third|fourth|fifth|sixth|deuxieme|troisieme|quatrieme|"
    "cinquieme|sixieme|tweede|derde|vierde|vijfde|zesde|zweite|dritte|vierte|funfte|sechste)(?: (?!not|niet|nicht|pas|geen|kein\\w*)\\w+){0,3} "
    "(?:free|gratuite?|gratis|offerte?|cadeau|umsonst|kostenlos|geschenkt|on us)",
))
FREE = compile_any(
    # the next one free, given with another, free of cost in other words
    r"(?<![\d,.])(?:€\s?0|0\s?€|0\s?euros?)(?![\d]|[.,]\d)",
    phrase("(?:is|are) on us", "offered(?=\\s*[.!]?\\s*(?:\\n|$))", "kostenfreie?[nrs]?", "a nos frais", "op onze kosten", "(?:schenken|schenkt) (?:wir |sie )?(?:ihnen|dir|euch)", "kosteloo?s",
           "(?:en|als) cadeau"),
    phrase("(?<!feel\\s)(?<!-)free(?! (?:to|of|from|parking|wifi|wi-fi))", "for free", "free of charge", "complimentary", "on the house",
           "gratuite?s?", "gratuitement", "offerte?s?(?! (?:par|au cabinet|a la clinique|dans|en|sur|chez|ici))", "sans frais", "gratis", "kosteloze?", "kostenlose?[nrs]?",
           "umsonst", "geschenkt", "inbegriffen gratis"),
)
PAYMENT_PLAN = compile_any(
    phrase("(?:interest-free|renteloze?|sans interets?|zinsfreie?n?|zinslose?n?) (?:instal?lments?|afbetaling\\w*|paiements?|ratenzahlung\\w*|raten|credit|krediet)",
           "instal?lments (?:are )?available"),
    phrase("(?:en|in) (?:\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|vingt-quatre|twee|drie|vier|vijf|zes|tien|twaalf|vierentwintig|zwei|drei|vier|funf|sechs|zehn|zwolf|vierundzwanzig|two|three|four|five|six|ten|twelve|twenty-four) (?:mensualites|maandelijkse betalingen|monatsraten|monthly (?:payments|instal?lments))",
           "(?:financer|financieren|finance|finanzieren) (?:\\w+ ){0,4}(?:sur|over|over a period of) (?:\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|vingt-quatre|twee|drie|vier|vijf|zes|tien|twaalf|vierentwintig|zwei|drei|vier|funf|sechs|zehn|zwolf|vierundzwanzig|two|three|four|five|six|ten|twelve|twenty-four) (?:mois|maanden|months|monate)",
           "(?:af|afbetalen|betaalt u \\w+ (?:\\w+ )?af) over (?:\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|vingt-quatre|twee|drie|vier|vijf|zes|tien|twaalf|vierentwintig|zwei|drei|vier|funf|sechs|zehn|zwolf|vierundzwanzig|two|three|four|five|six|ten|twelve|twenty-four) maanden"),
    # a price by the month, a subscription, spreading or postponing the cost
    phrase("(?:€\\s?)?\\d+(?:[.,]\\d+)?\\s?(?:€|euros?|eur)?\\s?(?:/|par|per|pro|a|im|in de|by the|a la)\\s?(?:mois|month|mo|maand|monat)",
           "(?:maand|monats?|monthly|mensuel|maandelijks)[\\s-]?(?:abonnement|abo|membership|subscription|formule)\\w*", "abonnement mensuel",
           "beauty[\\s-]?abo", "(?:monthly )?membership", "pay(?:ment)? in \\d+ (?:[\\w-]+ ){0,2}(?:instal?lments|times|parts)",
           "(?:betaal|betalen|betaalt|payez|payer|paiement|payment|pay|zahlen|zahlung|bezahlen|reglez|regler) (?:\\w+ ){0,4}?in " + "(?:\\d+|deux|trois|quatre|cinq|six|dix|twee|drie|vier|vijf|zes|tien|zwei|drei|funf|sechs|zehn|two|three|four|five|six|ten)" + " (?:keer|fois|times|mal|delen|termijnen|schijven|raten|tranches|instal?lments)",
           "(?:paiement|payer|payez|reglez|regler|payable)s? (?:\\w+ ){0,3}en " + "(?:\\d+|deux|trois|quatre|cinq|six|dix|twee|drie|vier|vijf|zes|tien|zwei|drei|funf|sechs|zehn|two|three|four|five|six|ten)" + " fois",
           "buy now,? pay later", "koop nu,? betaal later", "jetzt kaufen,? spater (?:be)?zahlen", "achetez maintenant,? payez plus tard",
           "pay later", "betaal later", "payez plus tard", "spater (?:be)?zahlen",
           "(?:spread|spreiden|spreid|etaler|etalez|verteilen|verteilen sie) (?:\\w+ ){0,6}(?:over|sur|auf) (?:\\d+|\\w+) (?:months|maanden|mois|monate)",
           "(?:financierings|finanzierungs|financing)[\\s-]?partner\\w*", "partenaires? (?:de )?financement", "zahlungserleichterung\\w*",
           "betalingsfaciliteit\\w*", "payment facilit\\w*", "maandelijkse schijven",
           "(?:pay|betaal|betalen|payez|payer|zahlen sie|zahl) in [2-9](?![\\d,.]|\\s?(?:min|minutes|days|jours|dagen|tagen|weeks))"),
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
    phrase("moet er (?:\\w+ )?snel bij zijn", "wees er snel bij", "wees er vlug bij", "faites vite", "be quick",
           "nog maar (?:\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|vingt-quatre|twee|drie|vier|vijf|zes|tien|twaalf|vierentwintig|zwei|drei|vier|funf|sechs|zehn|zwolf|vierundzwanzig|two|three|four|five|six|ten|twelve|twenty-four) (?:\\w+ ){0,2}vrij"),
    # few places left, an offer that ends, an agenda that fills, no time to lose
    phrase("(?:plus que|il (?:ne )?reste (?:plus )?que|only|just|nog maar|nog slechts|nur noch) (?:" + "(?:\\d+|deux|trois|quatre|cinq|six|dix|twee|drie|vier|vijf|zes|tien|zwei|drei|funf|sechs|zehn|two|three|four|five|six|ten)" + "|quelques|a few|enkele|een paar|wenige|ein paar) "
           "(?:\\w+ )?(?:places?|plaatsen|plekjes?|platze|slots?|spots?|afspraken|rendez-vous|termine|creneaux|disponibilites|appointments?|seances?|sessies?|behandelingen)",
           "(?:nog|noch|encore|still) (?:" + "(?:\\d+|deux|trois|quatre|cinq|six|dix|twee|drie|vier|vijf|zes|tien|zwei|drei|funf|sechs|zehn|two|three|four|five|six|ten)" + "|enkele|een paar|quelques|a few|wenige) (?:\\w+ )?(?:plaatsen|plekjes?|afspraken|platze|termine|places|slots|spots|creneaux) "
           "(?:\\w+ )?(?:vrij|beschikbaar|over|frei|verfugbar|left|available|disponibles?|libres?)",
           "limited availability", "beperkte beschikbaarheid", "disponibilites limitees", "begrenzte verfugbarkeit", "before (?:spaces|places|slots|spots) run out",
           "(?:offre|actie|aanbieding|angebot|aktion|deal|offer|promo\\w*)s? (?:\\w+ ){0,2}(?:valable|geldig|gilt|gultig|valid|loopt) (?:\\w+ ){0,2}(?:jusqu'a|tot|bis|until|seulement|uniquement|only|nur|\\d+\\s?h)",
           "valable (?:\\d+\\s?h|\\d+ heures|\\d+ jours) (?:seulement|uniquement)", "(?:only|nur noch|plus que|nog maar|nog) \\d+ (?:hours?|h|heures|uur|stunden|jours|days|dagen|tage) (?:left|restantes?|to go)?",
           "(?:agenda|calendrier|planning|kalender|terminkalender)s? (?:\\w+ ){0,6}?(?:presque complet|se remplit|loopt (?:snel )?vol|zo goed als volzet|bijna vol|(?:fast |bald )?(?:ausgebucht|voll)|filling up|almost full|nearly full|fills up)",
           "(?:presque|bijna|fast|almost|nearly|zo goed als) (?:complets?|volzet|volgeboekt|ausgebucht|fully booked|full)",
           "ne tardez pas", "wees er snel bij", "snel zijn is de boodschap", "schnell sein lohnt sich", "haast (?:u|je)", "wacht niet te lang", "warten sie nicht zu lange",
           "don't wait too long", "n'attendez pas trop", "avant qu'il ne soit trop tard", "before it'?s too late", "voor het te laat is", "bevor es zu spat ist",
           "(?:apres|danach|daarna|after that|afterwards),? (?:ce sera|c'est|ist es|is het|it's|it will be) (?:trop|zu|te|too) (?:tard|spat|laat|late)",
           "(?:conditions?|offres?|offers?|voorwaarden|konditionen|aanbod|angebot|tarifs?|tarieven|prix|prices?|prijzen|preise)"
           "[^.!?\\n]{0,60}(?:until|jusqu'au?|tot|bis(?: zum)?|apres le|after|na)\\s\\d{1,2}\\.?\\s?(?:jan\\w*|feb\\w*|fev\\w*|mar\\w*|apr\\w*|avr\\w*|ma[iy]\\w*|mei|jui?n\\w*|jul\\w*|juil\\w*|aug\\w*|aou\\w*|sep\\w*|o[ck]t\\w*|nov\\w*|dec\\w*|dez\\w*)",
           "op\\s?=\\s?op", "first come,? first served", "premier arrive,? premier servi", "wie eerst komt", "wer zuerst kommt"),
    phrase("(?:this|ce|cette|deze|dit|diese[nms]?) (?:month|week|weekend|mois|semaine|maand|monat|woche)(?:-ci)? only",
           "only (?:this (?:month|week)|today|until)", "today only", "(?:for a )?limited time (?:only|offer)", "limited (?:offer|places|spots)", "while (?:stocks|supplies) last",
           "last chance", "hurry", "don't miss", "ends (?:soon|tonight|today|sunday)",
           "(?:ce mois-ci|cette semaine|aujourd'hui) (?:seulement|uniquement)", "(?:seulement|uniquement) (?:ce mois|cette semaine|aujourd'hui)",
           "places limitees", "offre limitee", "(?:pour une|a) duree limitee (?:seulement|uniquement)", "offre a duree limitee", "derniere chance", "depechez-vous", "ne manquez pas",
           "jusqu'a epuisement", "jusqu'a minuit",
           "alleen (?:deze (?:maand|week)|vandaag|nu)", "enkel (?:deze (?:maand|week)|vandaag)", "(?:slechts |alleen )?voor (?:een )?beperkte tijd", "beperkte plaatsen",
           "tijdelijke? (?:actie|aanbieding|korting)", "laatste kans", "op is op", "mis (?:het|dit) niet", "tot middernacht",
           "nur (?:noch )?(?:diesen (?:monat|woche)|diese woche|heute|kurz(?! (?:wirksam|haltbar|sichtbar|anhaltend)))", "zeitlich begrenzte?s? angebot", "begrenzte platze", "nur fur kurze zeit",
           "letzte chance", "solange der vorrat reicht", "verpassen sie nicht", "bis mitternacht"),
)

# --- Belgium: comparisons, reimbursement, calls to act ---------------------------------------

COMPARISON = compile_any(
    # unlike others, a matched price, a cheaper or double elsewhere, prices compared
    phrase("(?:where|waar) (?:[\\w']+ )?(?:other|others|andere|anderen)",
           "(?:unlike|contrary to|contrairement (?:a|aux)|in tegenstelling tot|anders (?:als|dan)|im gegensatz zu) (?:[\\w']+ ){0,2}"
           "(?:d')?(?:other|others|autres|andere|anderen|many|most|beaucoup|veel|viele|de nombreux|de nombreuses|la plupart)",
           "(?:unlike|contrairement (?:a|aux)|in tegenstelling tot|anders (?:als|dan) (?:in|bij)|im gegensatz zu) (?:\\w+ )?(?:salons|med spas|instituts?|instituten|schonheitsinstitut\\w*|centres?|centra|clinics|cliniques|klinieken|kliniken)",
           "(?:trouve|found|gevonden|gefunden) (?:\\w+ )?(?:moins cher|cheaper|goedkoper|gunstiger|billiger) (?:ailleurs|elsewhere|elders|anderswo|woanders)",
           "(?:moins cher|cheaper|goedkoper|gunstiger|billiger) (?:ailleurs|elsewhere|elders|anderswo|woanders)",
           "(?:ailleurs|elsewhere|elders|anderswo|woanders) (?:\\w+ )?(?:moins cher|cheaper|goedkoper|gunstiger|billiger)",
           "passen (?:onze|de|je|uw) prijs aan",
           "on s'aligne", "nous (?:nous )?alignons", "we(?:'ll| will)? match (?:the|their|any|that) price", "(?:wij|we) doen (?:het )?(?:aan )?dezelfde prijs",
           "passen (?:unseren|den) preis an", "price match\\w*",
           "(?:ailleurs|elsewhere|elders|anderswo|woanders) (?:\\w+ ){0,3}(?:double|dubbele|doppelte|plus cher|more|meer|mehr)",
           "(?:other|andere|autres) (?:clinics|klinieken|kliniken|centres|centers|cliniques|praktijken|praxen) (?:charge|vragen|demandent|verlangen|nehmen) (?:\\w+ )?(?:double|dubbel|het dubbele|le double|das doppelte|more|meer|mehr)",
           "(?:why|pourquoi|waarom|warum) (?:\\w+ ){0,2}(?:pay more|payer plus|meer betalen|mehr (?:be)?zahlen)",
           "(?:compare|comparez|vergelijk|vergelijken|vergleichen sie|vergleichen) (?:(?!not|never|ni|pas|niet|geen|noch|nicht|weder|kein\\w*)\\w+ ){0,3}"
           "(?:prices|prix|prijzen|preise|tarifs|tarieven)",
           "(?:prix|tarifs) (?:les )?plus bas", "(?:liggen|ligt|zijn) (?:\\w+ ){0,2}(?:onder|lager dan) (?:die van |de prijzen van )?(?:andere|de concurrentie)",
           "als (?!(?:er|een|u|je|jij|ge|we|wij|ze|zij|hij|men|ik) )(?:\\w+ ){0,3}(?:andere[nrms]?|anderswo|die konkurrenz)",  # not Dutch "als er een andere volwassene", "als u een andere huisarts hebt"
           "als (?:jede|jeder|alle|samtliche)[nrs]? \\w*(?:klinik|praxis|zentrum)\\w*", "than any (?:other )?\\w*(?:clinic|practice|centre|center)",
           "dan (?:elke|iedere|alle) \\w*(?:kliniek|praktijk|centrum)\\w*", "que (?:toute|tout|n'importe quel\\w*) (?:autre )?\\w*(?:clinique|cabinet|centre)"),
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
    "reimburs\\w+", "refund\\w*", "covered by", "cover(?:s|ed)? (?:a )?(?:part|share|portion|some|most|all)(?: of)?",
    "pays? (?:a )?(?:part|share|portion|some|most|all)(?: of)?",
    "rembours\\w+", "prises? en charge(?! (?:medicale|globale|personnalisee|adaptee|specialisee|rapide|complete))", "pris en charge", "intervient", "interviennent", "intervention (?:de|du|des|of)",
    "paie (?:une partie|tout)", "terugbeta\\w+", "vergoed\\w*", "betaa?l(?:t|en|d)? (?:[\\w']+ ){0,6}terug", "betaa?l(?:t|en) (?:een |het )?(?:deel|gedeelte)",
    "tussenkomst\\w*", "kom(?:t|en) (?:[\\w']+ ){0,3}tussen", "tegemoetkoming\\w*",
    "\\w*erstatt\\w+", "ubernommen", "ubernimmt", "ubernehmen", "kostenubernahme", "beteiligt sich", "beteiligen sich", "beteiligung",
    "zahlt (?:einen |den )?(?:teil|anteil)", "(?:bezahlt|getragen)", "pays? back", "paid back", "will pay back",
    "covers?", "couvre\\w*", "dekt", "dekken", "deckt", "decken", "bezuschusst", "zuschuss", "subsidi\\w*",
    "l'objet d'une intervention", "gesubsidieerd",
))
INSURER = re.compile(phrase(
    "health insurance", "insurers?", "insurance", "mutual(?:ity|ities)?", "mutuelles?", "mutualites?", "inami", "assurances? maladie",
    "likiv", "assurance soins de sante", "health (?:insurance )?funds?", "assurance obligatoire", "mutuel\\w*",
    "assurance hospitalisation\\w*", "hospital insurance", "\\w*hospitalisatieverzekering", "\\w*zusatzversicherung",
    "complementary insurance", "supplementary \\w+ insurance", "assurance complementaire",
    "mutualit\\w*",
    "securite sociale", "ziekenfonds(?:en)?", "mutualiteit(?:en)?", "riziv", "ziekteverzekering", "zorgverzekeraars?",
    "krankenkassen?", "krankenversicherung(?:en)?", "\\w*versicherung(?:en)?", "mutu", "remgeld", "ticket moderateur",
))
# reimbursement for a medical reason, not an aesthetic one: "reconstruction after cancer is covered"
# reimbursement of a procedure that is not aesthetic at all: "reconstruction after cancer is covered"
NOT_AESTHETIC = re.compile(phrase(
    "cancer", "kanker", "krebs\\w*", "reconstruct\\w*", "reconstructie\\w*", "rekonstruktion\\w*", "wiederherstell\\w*",
    "burns?", "brulures?", "brandwonden?", "verbrennung\\w*", "congenital", "congenitale?s?", "aangeboren", "angeboren\\w*",
    "accidents?", "ongeval\\w*", "unfall\\w*",
    # insurance of the doctors, not of the patient's care: "durch eine Berufshaftpflichtversicherung gedeckt"
    "\\w*haftpflicht\\w*", "liability", "\\w*aansprakelijkheid\\w*", "responsabilite civile", "rc pro\\w*",
))
# how the health insurance bills and pays ordinary medical care: a sentence with these describes the
# system ("you pay only the remgeld", "the patient's share", "hospital insurance covers a hospital stay")
INSURANCE_SYSTEM = re.compile(phrase(
    "verhoogde tegemoetkoming", "intervention majoree", "derdebetalersregeling", "tiers payant",
    "(?:une|an?|een|einen) (?:hospitalisation|ziekenhuisopname|opname in het ziekenhuis|hospital stay|krankenhausaufenthalt)",
    "hospital stays", "sejours a l'hopital", "ziekenhuisopnames", "krankenhausaufenthalte",
    "grains? de beaute suspects?",
    "verdachte moedervlek\\w*", "suspicious moles?", "verdachte[rn]? muttermal\\w*", "besoin de sante", "health need",
    "gesundheitliche[nr]? bedarf\\w*", "medische noodzaak", "compulsory health insurance", "assurance obligatoire soins de sante",
    "gesetzliche kranken\\w*", "verplichte ziekteverzekering", "under the (?:\\w+ )?rules", "selon les regles",
    "volgens de (?:\\w+ )?regels", "nach den regeln", "(?:riziv|inami|likiv)\\W?(?:inami|riziv)?\\W?(?:fee|tarief|tarif|honorar\\w*)",
))
# ordinary care, which insurance covers by law: "for your GP, a specialist or a hospital the fund pays back part"
ORDINARY_CARE = re.compile(phrase(
    "general practitioners?", "gps?", "family doctors?", "medecins? generalistes?", "huisartse?n?", "hausarzte?s?\\w*",
    "necessary care", "soins (?:medicaux )?necessaires", "noodzakelijke zorg", "notwendigen? (?:behandlungen|versorgung)",
    "ordinary medical care", "soins medicaux ordinaires", "soins necessaires", "soins medicaux", "medische zorg", "medical care",
    "medizinische[rn]? versorgung", "gewone medische zorg", "gewohnliche[rn]? medizinische[rn]? versorgung",
    "european health insurance card", "carte europeenne d'assurance maladie", "europese ziekteverzekeringskaart",
    "europaische[rn]? krankenversicherungskarte",
))
# a medical indication of an aesthetic procedure: reimbursement then is possible, never promised
MEDICAL_REASON = re.compile(phrase(
    "medical reasons?", "raisons? medicales?", "medische redenen?", "medizinische[nr]? grunde?n?", "medical indications?",
    "indications? medicales?", "medische indicaties?", "medizinische indikation\\w*", "medically necessary",
    "medicalement (?:justifie|necessaire)\\w*", "medisch noodzakelijk\\w*", "medizinisch notwendig\\w*",
    "medical (?:situations?|cases?|reasons?|indications?|conditions?|grounds)", "(?:field|fields) of vision",
    "champ (?:de vision|visuel)", "gezichtsveld", "gesichtsfeld\\w*", "sichtfeld\\w*",
    "(?:situations?|cas|raisons?|indications?) medica\\w*", "medische (?:situaties?|gevallen|redenen?|indicaties?)",
    "medizinische[nr]? (?:situation\\w*|falle?n?|grunde?n?|indikation\\w*)",
))
CALL_TO_ACT = compile_any(
    # book today, treat yourself, you deserve it, dare the step
    phrase("(?:prenez|take|maak|make|vereinbaren sie|book|boek|boekt|reserveer|reserveert|reservez|buchen sie|plan|fixez) (?:\\w+ ){0,4}?"
           "(?:aujourd'hui|maintenant|vandaag|today|heute|jetzt|sans attendre|meteen|sofort)",
           "(?:aujourd'hui|vandaag|today|heute) (?:nog |encore |still |noch )?(?:\\w+ ){0,3}(?:rendez-vous|afspraak|appointment|termin)",
           "sichern sie sich", "secure your (?:spot|appointment|place|slot)", "reservez votre place",
           "(?:click|cliquez|klik|klicken sie) (?:here|ici|hier) (?:and|et|en|und|to|pour|om) (?:\\w+ ){0,3}(?:book|reserv\\w*|boek\\w*|buch\\w*|prendre)",
           "hier klicken und (?:\\w+ ){0,3}(?:reservieren|buchen)",
           "trakteer (?:jezelf|uzelf|je|u)", "give yourself (?:the gift|a treat)", "offer yourself", "offre-toi", "schenken sie sich", "gonn dir",
           "verwohn dich", "fais-toi plaisir", "cadeautje voor (?:jezelf|uzelf)",
           "vous le (?:valez bien|meritez)", "tu le (?:vaux bien|merites)", "you deserve (?:it|this|the best)", "(?:je|u) verdient (?:het|dit)",
           "sie haben es (?:sich )?verdient", "du hast es (?:dir )?verdient",
           "(?:osez|ose) (?:franchir|sauter|faire) le pas", "sautez le pas", "franchissez le pas", "(?:zet|durf) de stap",
           "wagen sie den schritt", "take the (?:plunge|step|leap)", "(?:why|pourquoi|waarom|warum) (?:nog |noch |encore )?(?:wait|hesitate|attendre|hesiter|wachten|twijfelen|warten|zogern)",
           "ready for (?:your|the|a) (?:new|glow)", "(?:ontdek|discover|decouvrez|entdecken sie) (?:de nieuwe jij|the new you|la nouvelle vous|ihr neues ich)",
           "rufen sie (?:uns )?(?:jetzt|gleich|sofort|noch heute) an", "bel (?:ons )?(?:nu|vandaag|meteen)", "appelez(?:-nous)? (?:des maintenant|maintenant|aujourd'hui|vite)"),
    phrase("book (?:now|today|yours)", "treat yourself", "don't wait", "what are you waiting for", "call (?:us )?(?:now|today)",
           "reservez (?:des maintenant|vite|maintenant|sans attendre)", "n'attendez (?:plus|pas)", "offrez-vous", "faites-vous plaisir", "craquez",
           "boek (?:nu|vandaag|snel)", "wacht niet (?:langer)?", "gun (?:jezelf|uzelf)", "verwen (?:jezelf|uzelf)",
           "pamper yourself", "chouchoutez-vous", "verwohnen sie sich",
           "jetzt (?:buchen|termin (?:buchen|vereinbaren))", "buchen sie (?:jetzt|noch heute)", "gonnen sie sich", "warten sie nicht"),
)

# --- public identifiers: a company's or a practitioner's number, published on purpose -----------

PUBLIC_NUMBER_CUE = re.compile(phrase(
    "btw", "tva", "vat", "kbo", "bce", "ondernemingsnummer", "numero d'entreprise", "n° d'entreprise", "no d'entreprise",
    "entreprises?", "enterprises?", "unternehmen", "ondernemingen", "crossroads bank", "kruispuntbank", "banque-carrefour",
    "enterprise (?:number|no)", "company (?:number|no|registration)", "unternehmensnummer", "mwst\\.?", "ust\\.?[\\s-]?id\\w*",
    "handelsregister\\w*", "rpr", "rpm", "riziv\\w*", "inami\\w*", "likiv\\w*", "registration", "registratie\\w*",
    "enregistrement", "erkenning\\w*", "agrement", "zulassung\\w*", "ordre des medecins", "orde der artsen", "ordnungsnummer",
    "policy", "polis\\w*", "police", "polizze", "versicherungs\\w*", "assurances?", "verzekering\\w*",
))
# a Belgian practitioner's RIZIV/INAMI number has its own shape: public, whatever stands before it
PRACTITIONER_NUMBER = re.compile(r"\d-\d{5}-\d{2}-\d{3}")
# a Belgian company's number is written 0712.345.630 (BE before it or not); phones are not written so
COMPANY_NUMBER = re.compile(r"(?<!\d)[01]\d{3}\.\d{3}\.\d{3}(?!\d)")

# --- Europe: prescription-only medicines by brand ---------------------------------------------

PRESCRIPTION_BRANDS = re.compile(phrase(
    "botox\\w*", "azzalure", "bocouture", "dysport", "vistabel", "xeomin", "letybo", "alluzience", "relfydess", "daxxify",
    "jeuveau", "nuceiva",
))
GENERIC_NAME = {"fr": "toxine botulique", "nl": "botulinetoxine", "en": "botulinum toxin", "de": "Botulinumtoxin"}

# --- the team: a professional title, or a role that is no practitioner's -----------------------

PROFESSIONAL_TITLE = re.compile(phrase(
    "dr\\.?", "doctors?", "docteure?", "dokter", "arts", "artsen", "arzt", "arztin", "physicians?", "surgeons?", "chirurgi\\w*",
    "chirurg\\w*", "dermatolog\\w*", "medecins?", "medical", "medicale?", "nurses?", "infirmi\\w+", "\\w*verpleeg\\w+",
    "\\w*schwester\\w*", "\\w*pflege\\w*", "pharmac\\w+", "apotheker\\w*", "kinesi\\w+", "physiotherap\\w+", "specialists?",
    "specialistes?", "facharzt\\w*", "praticien\\w*", "practitioners?", "estheticien\\w*", "aestheticians?",
    "estheticians?", "schoonheidsspecialist\\w*", "kosmetiker\\w*", "huidtherapeut\\w*", "dermatherap\\w+", "psycholog\\w+",
    "dieti\\w+", "diatolog\\w*", "dentist\\w*", "tandarts\\w*", "zahnarzt\\w*",
))
NOT_A_PRACTITIONER = re.compile(phrase(
    "reception\\w*", "receptionist", "accueil", "receptie", "onthaal", "empfang", "secretar\\w+", "secretaire", "office",
    "\\w*managers?", "\\w*managerin(?:nen)?", "\\w*management", "gerante?", "zaakvoerder", "geschaftsfuhrer\\w*", "coordinat\\w+", "assistante?s?",
    "administrat\\w+", "directeur", "directrice", "directors?", "director", "directie", "leitung", "marketing", "boekhoud\\w*",
    "comptab\\w+", "buchhalt\\w+", "onthaalmedewerker\\w*", "gestionnaires?", "beheerders?", "verwaltung\\w*",
))


# --- claim words typed wrong: one letter off ("guarenteed", "painles", "gegarandeert") -----------

MISSPELT = {
    "claim-guarantee": ["guaranteed", "guarantees", "gegarandeerd", "gegarandeerde", "garantiert", "garantierte",
                        "garantis", "garanties", "garantiert"],
    "claim-no-risk": ["painless", "pijnloos", "pijnloze", "schmerzfrei", "schmerzlos", "indolore", "risicoloos",
                      "risikolos", "risk-free"],
    "claim-permanent": ["permanent", "permanente", "definitief", "definitieve", "definitive", "definitif", "dauerhaft",
                        "levenslang", "lebenslang", "lifelong"],
}
_MISSPELT = {word: rule for rule, words in MISSPELT.items() for word in words}
# words one letter from a claim word that are words of their own
REAL_WORDS = {"permanence", "permanences", "permanentie", "permanenz", "garantie", "garanties", "garantien",
              "painters", "definitie", "definities", "definition", "definitely"}


def _one_letter_off(target: str) -> set[str]:
    """Every word one letter from ``target``: one letter added, dropped, changed, or two swapped."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(target[:i], target[i:]) for i in range(len(target) + 1)]
    return ({a + b[1:] for a, b in splits if b} | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
            | {a + c + b[1:] for a, b in splits if b for c in letters} | {a + c + b for a, b in splits for c in letters}) - {target}


# typos of the claim words, from seven letters on, that are no words of their own
_TYPOS = {typo: rule for target, rule in _MISSPELT.items() for typo in _one_letter_off(target)
          if len(typo) >= 7 and typo not in REAL_WORDS and typo not in _MISSPELT}


def misspelt(word: str) -> str | None:
    """The rule whose claim word ``word`` is a typo of."""
    return _TYPOS.get(word)


# --- concepts: words per language (claimwords/<lang>.yaml), claims as concepts together ----------

WORDS = Path(__file__).parent / "claimwords"

# Which concepts, all in one sentence, in any order and within so many words, make which
# claim. "act" is a medical act (the site's own treatment words too) and "insurer" a
# health insurer: compliance.py supplies both.
CONCEPT_RULES: list[tuple[str, tuple[str, ...], int]] = [
    ("be-comparison", ("comparative", "others"), 10),
    ("be-comparison", ("price_match",), 0),
    ("be-comparison", ("nowhere_else",), 0),
    ("be-comparison", ("unlike", "others"), 8),
    ("claim-superlative", ("none_other", "better"), 14),
    ("claim-superlative", ("establishment", "reference"), 6),
    ("be-call-to-action", ("book", "now"), 7),
    ("be-call-to-action", ("why_wait",), 0),
    ("be-call-to-action", ("entrust", "now"), 8),
    ("be-call-to-action", ("new_you",), 0),
    ("be-payment-plan", ("pay", "several_parts"), 12),
    ("be-payment-plan", ("spread", "cost"), 12),
    ("be-payment-plan", ("spread", "pay"), 3),
    ("promo-urgency", ("offer_valid", "deadline"), 12),
    ("promo-urgency", ("few", "places"), 3),
    ("promo-urgency", ("reserve", "without_delay"), 6),
    ("claim-guarantee", ("unsatisfied", "refund"), 20),
    ("claim-guarantee", ("result", "assured"), 10),
    ("testimonial", ("thanks", "review"), 8),
    ("testimonial", ("thanks", "stars"), 10),
    ("testimonial", ("patient_wrote", "patient"), 12),
    ("promo-free", ("free_gift", "act"), 14),
    ("promo-discount", ("discount_word", "percent"), 8),
    ("promo-discount", ("half",), 0),
    ("promo-discount", ("save", "percent"), 4),
    ("be-reimbursement", ("contributes", "insurer"), 12),
    ("claim-permanent", ("flaw", "disappear", "instantly"), 8),
    ("claim-permanent", ("forever",), 0),
    ("claim-permanent", ("magic",), 0),
    ("claim-permanent", ("flaw", "never_back"), 8),
    ("claim-superlative", ("few_others",), 0),
    ("claim-superlative", ("no_equal",), 0),
    ("claim-guarantee", ("commit", "result"), 10),
    ("claim-guarantee", ("no_result", "no_fee"), 6),
    ("claim-no-risk", ("side_effects", "absent"), 8),
    ("promo-free", ("costs_nothing", "act"), 12),
    ("promo-discount", ("reduced_rate",), 0),
    ("promo-urgency", ("fill_fast",), 0),
    ("be-comparison", ("find", "cheaper_bare", "nowhere_any"), 10),
    ("be-comparison", ("pay", "cheaper_bare", "nowhere_any"), 8),
    ("be-comparison", ("price_word", "others"), 4),
    ("be-call-to-action", ("first_step",), 0),
    ("be-call-to-action", ("tag_friend",), 0),
    ("promo-urgency", ("price_rise", "the_moment"), 14),
    ("promo-urgency", ("price_rise", "few"), 18),
    ("be-comparison", ("half_what",), 0),
    # round compliance-4: certainty of a result, success rates, promises, redoing for free
    ("claim-guarantee", ("every_case", "result"), 8),
    ("claim-guarantee", ("every_case", "disappear"), 10),
    ("claim-guarantee", ("every_case", "visible"), 8),
    ("claim-guarantee", ("assured", "visible"), 8),
    ("claim-guarantee", ("success_rate", "percent"), 8),
    ("claim-guarantee", ("serene", "result"), 10),
    ("claim-guarantee", ("commit", "flaw"), 10),
    ("claim-guarantee", ("commit", "disappear"), 10),
    ("claim-guarantee", ("commit", "younger"), 14),
    ("claim-guarantee", ("assured", "younger"), 14),
    ("claim-guarantee", ("never_fails",), 0),
    ("claim-guarantee", ("redo", "free_gift"), 12),
    ("claim-guarantee", ("redo", "costs_nothing"), 12),
    ("claim-guarantee", ("until_satisfied",), 0),
    ("claim-guarantee", ("assured", "instantly"), 8),
    # pictures of a change: hashtags, left and right, photos of results or of later
    ("before-after", ("ba_tag",), 0),
    ("before-after", ("swipe", "later"), 14),
    ("before-after", ("spot_difference",), 0),
    ("before-after", ("left", "right", "now_day"), 12),
    ("before-after", ("photos", "changed"), 14),
    ("before-after", ("left", "right", "later"), 20),
    ("before-after", ("pre_post", "photos"), 4),
    ("before-after", ("photos", "later"), 16),
    ("before-after", ("photos", "result"), 2),
    # patients' words: reposts, what patients say, satisfaction figures, letters shared
    ("testimonial", ("repost",), 0),
    ("testimonial", ("what_say",), 0),
    ("testimonial", ("share", "satisfied"), 10),
    ("testimonial", ("percent", "satisfied"), 10),
    ("testimonial", ("satisfied", "review"), 8),
    ("testimonial", ("stars", "patient"), 8),
    ("testimonial", ("letter", "share_text"), 10),
    ("testimonial", ("regret_sooner",), 0),
    # soft urgency: countdowns, every month counts, waiting makes it worse, the best time is now
    ("promo-urgency", ("countdown",), 0),
    ("promo-urgency", ("every_month_counts",), 0),
    ("promo-urgency", ("wait_longer", "worse"), 12),
    ("promo-urgency", ("best_moment", "now"), 8),
    # others' prices, the typical clinic, repairing others' work, the cheapest of a region
    ("be-comparison", ("others", "amount"), 8),
    ("be-comparison", ("unlike", "others", "cheaper_bare"), 10),
    ("be-comparison", ("why_pay",), 0),
    ("be-comparison", ("typical_clinic",), 0),
    ("be-comparison", ("others", "repair"), 14),
    ("be-comparison", ("others", "difference"), 10),
    ("be-comparison", ("cheapest", "region"), 10),
    ("claim-no-risk", ("feel_nothing",), 0),
    ("claim-no-risk", ("not_at_all_bad",), 0),
    ("claim-no-risk", ("nothing_wrong",), 0),
    ("claim-no-risk", ("no_question", "side_effects"), 6),
    ("promo-free", ("win", "act"), 10),
    ("promo-free", ("bring_friend", "free_gift"), 12),
    ("promo-discount", ("discount_word", "amount"), 6),
    ("promo-discount", ("instead_of", "amount"), 4),
    ("promo-discount", ("bring_friend", "deal"), 12),
    ("promo-discount", ("half_of", "waived"), 10),
    ("promo-discount", ("loyal", "not_forgotten"), 12),
    ("be-payment-plan", ("credit", "act"), 8),
    ("be-payment-plan", ("credit", "partner"), 10),
    ("be-payment-plan", ("credit", "percent"), 4),
    ("be-payment-plan", ("arrange",), 0),
    ("be-payment-plan", ("arrange_verb", "several_parts"), 6),
    ("be-payment-plan", ("amount", "per_month"), 3),
    ("be-payment-plan", ("budget", "per_month"), 8),
    ("be-reimbursement", ("insurer", "almost_nothing"), 10),
    ("be-reimbursement", ("recover", "insurer"), 14),
    ("be-reimbursement", ("covered", "insurer"), 12),
    ("be-call-to-action", ("dont_let", "flaw", "spoil"), 8),
    ("be-call-to-action", ("time_to", "book"), 8),
    ("claim-superlative", ("most", "region"), 10),
    ("claim-superlative", ("pioneer",), 0),
    ("claim-superlative", ("top_address",), 0),
    ("claim-superlative", ("top_expert",), 0),
    ("claim-superlative", ("as_many",), 0),
    ("claim-superlative", ("none_other", "as_many"), 14),
    ("claim-permanent", ("never_again", "flaw"), 6),
    ("claim-permanent", ("lasting",), 0),
    # round compliance-5: certainty of an improvement, rewards for reviews, labels and links that urge
    ("claim-guarantee", ("certain", "result"), 10),
    ("claim-guarantee", ("certain", "improved"), 10),
    ("claim-guarantee", ("certain", "disappear"), 10),
    ("claim-guarantee", ("certain", "younger"), 10),
    ("claim-guarantee", ("certain", "visible"), 10),
    ("claim-guarantee", ("certain", "flaw"), 10),
    ("claim-guarantee", ("commit", "improved"), 10),
    ("claim-guarantee", ("every_case", "improved"), 8),
    ("claim-guarantee", ("every_case", "younger"), 10),
    ("claim-guarantee", ("assured", "improved"), 8),
    ("claim-guarantee", ("unsatisfied", "redo"), 14),
    ("testimonial", ("review", "reward"), 10),
    ("testimonial", ("their_stories",), 0),
    ("claim-no-risk", ("side_effects", "past"), 6),
    ("claim-permanent", ("flaw", "past"), 6),
    ("claim-no-risk", ("no_chance", "side_effects"), 4),
    ("be-call-to-action", ("click_here", "book"), 8),
    ("be-call-to-action", ("sooner",), 0),
    ("claim-superlative", ("elected",), 0),
    ("promo-discount", ("price_of",), 0),
    ("promo-discount", ("voucher", "amount"), 6),
    ("promo-discount", ("loyalty_card",), 0),
    ("promo-discount", ("save", "amount"), 4),
    ("promo-discount", ("amount", "less_word"), 2),
    ("promo-discount", ("temporarily", "amount"), 4),
    ("promo-free", ("free_act",), 0),
    ("promo-urgency", ("hours_left", "reserve"), 8),
    ("promo-urgency", ("first_n",), 0),
    ("promo-urgency", ("decide_fast",), 0),
    ("promo-urgency", ("now_or_never",), 0),
    ("be-comparison", ("lowest_price",), 0),
    ("be-comparison", ("why", "others", "pay"), 12),
    ("be-payment-plan", ("credit", "approval"), 8),
    ("before-after", ("looked_like", "later"), 16),
    ("before-after", ("same_patient", "later"), 16),
    ("promo-discount", ("fraction", "less_word"), 2),
    ("promo-urgency", ("slots", "going_fast"), 10),
    ("before-after", ("gallery",), 0),
    ("promo-urgency", ("slots", "closes"), 3),
    ("be-call-to-action", ("finally", "book"), 8),
    ("be-call-to-action", ("fill_form", "act"), 14),
    ("be-call-to-action", ("yes_i_want",), 0),
    ("be-call-to-action", ("how_many_more",), 0),
    ("promo-urgency", ("regret_waiting",), 0),
    ("be-comparison", ("price_cheaper", "than_in"), 1),
]
# concepts that make their claim only in this order: "Nebenwirkungen gibt es nicht" (but
# "Einen Eingriff ohne Risiko gibt es nicht: Blutergüsse … sind möglich" says the opposite)
ORDERED = {("side_effects", "absent"), ("amount", "less_word"), ("fraction", "less_word"), ("price_cheaper", "than_in"),
           ("few", "places")}
# a sum of money, for the concepts that need one ("ailleurs on vous facture 400 €")
AMOUNT = re.compile(r"€\s?\d|\d[\d.,]*\s?(?:€|eur\b|euros?\b)|(?<!\w)euros?(?!\w)")


# a French elision is a word of its own ("l'amélioration": l', amélioration)
ELISION = r"(?:qu|[a-z])'(?=\w)"
TOKEN = re.compile(rf"{ELISION}|[\w']+|%")


def tokens(folded: str) -> list[tuple[int, int, str]]:
    """The words of a folded text as the concepts read them: a French elision apart, and
    the first half of an elided compound marked with its hyphen ("Kredit- oder Debitkarte")."""
    return [(m.start(), m.end(), m.group(0) + ("-" if folded.startswith("- ", m.end()) else "")) for m in TOKEN.finditer(folded)]
_GAP = 5  # words "…" may stand for


class Words:
    """The concepts of one language, looked up word by word: each word or phrase of a
    concept is a sequence of tokens (``*`` after a token: any ending; ``…``: up to five
    words), indexed by its first token, so a text is read once for all concepts."""

    def __init__(self, concepts: dict[str, list[str]]) -> None:
        self.exact: dict[str, list[tuple[str, list[Any]]]] = {}
        self.prefix: dict[str, list[tuple[str, str, list[Any]]]] = {}  # by the first 3 letters of the stem
        for name, words in concepts.items():
            for word in words:
                steps: list[Any] = []
                for part_index, part in enumerate(fold(str(word)).split("…")):
                    if part_index:
                        steps.append(None)  # a gap
                    steps += [(t.rstrip("*"), t.endswith("*")) for t in (
                        m.group(0) + ("-" if part.startswith("- ", m.end()) else "")
                        for m in re.finditer(rf"{ELISION}|[\w']+\*?|%", part))]
                first, rest = steps[0], steps[1:]
                if first[1]:
                    self.prefix.setdefault(first[0][:3], []).append((first[0], name, rest))
                else:
                    self.exact.setdefault(first[0], []).append((name, rest))

    def find(self, tokens: list[tuple[int, int, str]]) -> dict[str, list[tuple[int, int]]]:
        """Where each concept stands among the text's tokens (start, end, folded token)."""
        found: dict[str, list[tuple[int, int]]] = {}
        for i, (start, _, token) in enumerate(tokens):
            candidates = [(name, rest) for name, rest in self.exact.get(token, ())]
            candidates += [(name, rest) for stem, name, rest in self.prefix.get(token[:3], ()) if token.startswith(stem)]
            for name, rest in candidates:
                end = _follow(tokens, i + 1, rest)
                if end is not None:
                    found.setdefault(name, []).append((start, tokens[end - 1][1] if end > i + 1 else tokens[i][1]))
        return found


def _follow(tokens: list[tuple[int, int, str]], i: int, steps: list[Any]) -> int | None:
    """The index after the tokens that ``steps`` match from ``i``, or ``None``."""
    if not steps:
        return i
    step, rest = steps[0], steps[1:]
    if step is None:  # a gap: the fewest words that let the rest match
        for skip in range(_GAP + 1):
            end = _follow(tokens, i + skip, rest)
            if end is not None:
                return end
        return None
    if i >= len(tokens):
        return None
    text, any_ending = step
    token = tokens[i][2]
    if token == text or (any_ending and token.startswith(text)):
        return _follow(tokens, i + 1, rest)
    return None


def _load_concepts() -> dict[str, Words]:
    from glowgen.source import read_plain_yaml

    return {file.stem: Words(read_plain_yaml(file) or {}) for file in sorted(WORDS.glob("*.yaml"))}


CONCEPTS = _load_concepts()
