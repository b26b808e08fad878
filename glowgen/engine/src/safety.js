import { KEPT, fold, isStop } from "./analysis.js";
import { distance } from "./scoring.js";
import { SAFETY_WORDS, SHORTHAND } from "./lexicon.js";

// Safety: cues over folded text (lower case, no accents), in fr, nl, en and de.
const cues = (...lists) => new RegExp(`(?<![a-z])(?:${lists.join("|")})`);
const SELF = cues("i(?: have|'ve|ve| got| get| am|'m| feel| noticed| see| had| can't| cannot| can not| cant| bruise| scar| suffer)(?![a-z])|my(?![a-z])",
  "we (?:have|had|got|are|feel)(?![a-z])|we've|our(?:s)?(?![a-z])|nous (?:avons|sommes)|notre(?![a-z])|nos(?![a-z])|wij (?:hebben|zijn)|we (?:hebben|zijn)|onze(?![a-z])|wir (?:haben|sind)|unser(?:e|em|en|er)?(?![a-z])",
  "j'ai|je (?:ne )?(?:suis|sens|vois|voie|remarque|ressens|me sens|fais|marque|souffre|viens d)|(?:que |qu'|si )(?:je |j')|(?:dass|ob) ich |(?:dat|of) ik |(?:that|if) i |mon(?![a-z])|ma(?![a-z])|mes(?![a-z])|m'a(?![a-z])",
  "ik (?:heb|ben|voel|zie|merk|kreeg|had|krijg|lijd)(?![a-z])|mijn(?![a-z])|m'n(?![a-z])|mn(?![a-z])|mij(?![a-z])",
  "ich (?:habe|hab|bin|fuhle|sehe|bemerke|hatte|bekomme|kriege|leide)(?![a-z])|(?:^|[.,;!?] )(?:habe|hab) (?!ich|du|sie|ihr|wir)|mein(?:e|em|en|er)?(?![a-z])|mir(?![a-z])|mich(?![a-z])");
const NEGATION = /(?<![a-z])(?:(?:not|no|aucune?|nothing|non|pas|rien|rien d'|niet|niks|niets|geen|nicht|nichts|nit|kein|keine|never|jamais|nooit|nie|isn't|n'est)(?: [a-z']+)?(?: [a-z']+)? |(?:rien|pas|plus) d')$/;
// skin turning white, grey or blue (not hair, teeth or a web page); fainting, not from fear
const COLOUR = "(?:greyish|grayish|grisatre|grijzig|graulich|blauwig|blaulich|white|whitish|grey|gray|blue|bluish|purple|pale|blanche?|blanchie|grise?|bleue?|bleuatre|violette?|violacee|wit|witte|witter|grijs|grijze|blauw|blauwe|paars|paarse|bleek|weiss|weisse|grau|blau|lila|violett)(?![a-z])";
const SKIN_COLOUR = cues(`(?:turn|turning|turned|going|gone|went|became|becoming|getting|devient|devenue?|vire|wordt|werd|geworden|kleurt|wird|wurde)(?: [a-z']+){0,2} ${COLOUR}`,
  `${COLOUR} (?:et |en |and |und |or |ou |of )?${COLOUR} (?:patch|spot|skin|vlek|plek|huid|tache|peau|fleck|haut)|blanching|blanched|marbree|mottled|${COLOUR} (?:verfarbt|verkleurd|gekleurd)`);
const NOT_SKIN = cues("(?:in|on|sur|dans|op|auf) (?:the |les |de |den |my |mes |mijn |meinen |alle[mn]? )?(?:photos?|pictures?|pics|fotos?|foto's|bildern|camera|kamera|selfies?|videos?|close-?ups?|nahaufnahmen|gros plans?)(?![a-z])|hair|cheveu|haren|haare|teeth|dent|tand|zahn|website|page|(?<!(?:injection|filler|treatment|puncture|needle|botox|laser|booster) )site(?! (?:of|d|de|der|van) )|screen|ecran|scherm|bildschirm|box|doos|boite|schachtel");
const FAINT = cues("fainted|fainting|feel faint|feeling faint|pass(?:ed|ing)? out|unconscious|collapsed|blacked out|evanoui|perdu connaissance|fait un malaise|tombee? dans les pommes",
  "flauwgevallen|flauw (?:gevallen|vallen)|flauwvallen|bewusteloos|buiten bewustzijn|ohnmacht|bewusstlos|kollabiert|zusammengebrochen");
const FEAR = cues("needle|naald|aiguille|nadel|sight of (?:a needle|needles|blood)|vue du sang|bij het zien van|beim anblick|(?:voi[rst]|see|sees|seeing|zie|ziet|zien|sehe|sieht|sehen) (?:du |de |het |een |der |die |das )?(?:sang|blood|bloed|blut|seringue|syringe|spuit|spritze)|(?:bloed|blut|naald|nadel|spuit|spritze) (?:zie|ziet|zien|sehe|sieht|sehen)");
// "I'm going to faint, 14 days to go!!!": a faint to come, with no treatment in the sentence, is excitement
const FAINT_TO_COME = cues("(?:going to|gonna|about to|could|might|will) (?:faint|pass out|collapse)|(?:vais|va|vas) (?:m'|t'|s')?(?:evanouir|tomber dans les pommes|defaillir)|ga (?:bijna )?(?:flauwvallen|van mijn stokje)|val (?:bijna )?flauw van|(?:falle|kippe) (?:gleich|noch) (?:in ohnmacht|um)|werde (?:gleich |noch )?ohnmachtig");
// (its clause names no treatment: up to a full stop or a colon)
const excited = (text) => text.split(/[.!?;:]+(?=\s|$)/).some((clause) => FAINT_TO_COME.test(clause) && !TREATED.test(clause));
// fainting that has just happened, whatever caused it: "il vient de s'évanouir en voyant l'aiguille"
const JUST_FAINTED = cues("(?:vien[st]|venez) de (?:s'|m'|t')?(?:evanoui|effondr|tomber dans les pommes)|just (?:fainted|passed out|collapsed|blacked out)|(?:is|ben) (?:net|zojuist|zonet|daarnet|juist) (?:flauw|bewusteloos|in elkaar)|(?:ist|bin) (?:gerade|eben|soeben) (?:ohnmachtig|umgekippt|zusammengebrochen|kollabiert)");
// a sign told as one's history, not now: "I fainted at the dentist last year", "38,7 la semaine dernière"
const RESOLVED = cues("long gone|gone now|all gone|(?:all )?sorted(?: out)?(?: now)?|fine now|ok(?:ay)? now|regle|opgelost|erledigt|went away|healed|cleared up|resolved|c'est parti|etait parti|disparu|gueri|resorbe|tout va bien|(?<!(?:fett|vet)[- ])weg(?![a-z-])|verschwunden|abgeheilt|verheilt|alles (?:ist )?(?:wieder )?gut|verdwenen|genezen|weggetrokken|(?:is|was|waren) (?:al )?(?:lang )?over|voorbij|alles (?:is )?(?:weer )?goed");
const STILL = cues("still|toujours|encore|nog steeds|nog altijd|immer noch|noch immer|again|opnieuw|wieder(?! gut)|but now|mais maintenant|maar nu|aber jetzt|sindsdien|seitdem|since then|depuis (?:ce moment|lors)");
const PAST = cues("(?:back )?in (?:19|20)\\d\\d(?![0-9])|last (?:year|week|month|summer|winter|spring|autumn|fall|christmas)|l'(?:hiver|ete|automne|printemps) dernier|(?:vorige|afgelopen) (?:winter|herfst|lente|kerst)|(?:letzten|vergangenen) (?:winter|sommer|herbst|fruhling)|years? ago|months? ago|l'an (?:passe|dernier)|l'annee (?:passee|derniere)|la semaine derniere|le mois dernier|il y a (?:des|deux|trois|quelques) (?:ans|mois)|vorig jaar|vorige (?:week|maand|zomer)|jaar geleden|letztes jahr|letzte woche|letzten monat|vor jahren|souvent|vaak|often|oft (?:bei|beim)|at the dentist|chez le dentiste|bij de tandarts|beim zahnarzt");
// words that make a sentence a general question wherever they stand
// "fillers can make you go blind": a sign that befalls "you" in general, whoever says so
const GENERIC_YOU_WORDS = "(?:can|could|may|might|will|would) (?:make|leave|turn|send) you|(?:kan|kunnen) (?:je|jou|u) [a-z]+ maken|(?:je|jou|u) [a-z]+ (?:kan|kunnen) maken|(?:peut|peuvent|pourrait) (?:vous|te|nous) rendre|(?:kann|konnen|konnte) (?:einen|dich|man) [a-z]+ machen";
const GENERIC_YOU = cues(GENERIC_YOU_WORDS);
const GENERAL_ANY = cues(GENERIC_YOU_WORDS, "peut-(?:il|elle|ils|elles) (?:rendre|provoquer|causer|donner|entrainer)|read about|lu (?:sur|que)|gelezen over|gelesen (?:uber|von)|qu'est-ce qu(?:e |'une? )|what is an? |what's an? |wat is een |was ist eine? |comment (?:votre clinique|vous) |how do you (?:prevent|handle|avoid|deal)|hoe (?:voorkomen|vermijden) jullie|wie (?:vermeiden|verhindern|verhuten) sie|risico|risque|risks?(?![a-z])|risiko|risiken|side effects?|bijwerking|nebenwirkung|effets? secondaires?|complication|complicatie|komplikation|(?:blutet|schwillt) man|(?:bloedt|zwelt) men|peu(?:t|x)? rendre|j'?ai lu|i read (?:it|that|on|in)|ik (?:las|heb gelezen)|ich habe gelesen|hab (?:ich )?gelesen|how (?:real|common|likely|often)|is it true|c'est vrai|est-ce vrai|klopt dat|stimmt es|someone (?:said|told)|iemand zei|on m'a dit|man sagt|(?:soin|treatment|behandeling|behandlung)s?(?: [a-z-]+){0,2} (?:contre|for|against|voor|tegen|gegen)|peut rendre|can make you|kan je [a-z]+ worden|kann man [a-z]+ (?:werden|erblinden)|erblinden kann");
// a general question ("can filler cause ...?") names a sign without having it
const GENERAL = /^(?:is|are|does|do|can|could|will|would|kunnen|konnen|peuvent|how|what|which|y a|est-ce|est ce|peut|quel|quels|combien|is er|zijn|heeft|doet|kan|kun|wordt|hoe|wat|welke|gibt|ist|sind|kann|tut|hat|wie|was|welche)(?![a-z]).*(?:cause|provoqu|veroorza|verursach|risk|risque|risico|side effect|effets? secondaire|bijwerking|nebenwirkung|possible|mogelijk|moglich|happen|arriver|gebeuren|passieren|common|frequent|vaak|haufig|rare|machen|fuhren|lead to|leiden tot|entrainer|donner|geven|give|make|maken|rendre|herken|recogni|reconna|erkenn|usually|normally|gewoonlijk|normalement|normalerweise|go down|disappear|weg|pijn|pain|hurt|mal|weh|douloureu|schmerzhaft)/;
// "I'm only asking in general": a question that says it is not about the writer
// a sign named in a hypothetical or professional frame: "in case of an occlusion", "the incidence of anaphylaxis"
const HYPOTHETICAL = cues("hypothet|haftet|haftung|liability|liable|aansprakelijk|responsabilite|au cas ou|en cas d|in case (?:of|there|someone)|in the event of|voor het geval|in geval van|im fall(?:e)? (?:einer|eines|von)|falls (?:es|ein)|what happens if|que se passe-t-il si|wat gebeurt er (?:als|bij)|was passiert(?:,)? wenn|protocol|protocole|protokoll|incidence|how common|how often|hoe vaak|wie oft|wie haufig|(?:anaphyla[a-z]*|emergency|nood|urgence|notfall)[ -]?(?:kit|set|koffer)|noodkit|notfallset");
// a result wished for, not a sign: "I want bigger lips, how fast?", "je veux des lèvres plus grosses"
const WISH = cues("i (?:want|would like)|i'd like|je (?:veux|voudrais)|j'aimerais|ik (?:wil|zou graag)|ich (?:will|mochte|hatte gern)|results?|resultats?|resultaat|ergebnis");
// "nothing medical": the visitor says it is not about their health
const PAIN_DENIED = cues("(?:doesn'?t|don'?t|does not|do not|didn'?t) hurt|doet geen pijn|doet niet veel pijn|tut nicht weh|ne fait pas mal|no pain");
// a present for someone, not a question about her body
const GIFT = cues("cadeaubon|cadeau|gift|present|bon cadeau|gutschein|geschenk|voucher");
const PRICE = cues("duur|duurder|prijs|kost|price|cost|expensive|cher(?![a-z])|prix|teuer|preis");
// another treatment asked for after one's own: "possible", "now", "again"
const STILL_POSSIBLE = /too soon|trop tot|te vroeg|zu fruh|possible|possibilite|bezwaar|objection|einwand|mogelijk|moglich|(?<![a-z])(?:now|nu|jetzt|encore|again|nochmal|opnieuw)(?![a-z])|maintenant/;
const WITH_ME = cues("(?:a cote de|avec|pres de) moi|next to me|with me|beside me|naast (?:mij|me)|bij (?:mij|me)(?: is| zit)|neben mir|bei mir (?:ist|sitzt)");
const LOGISTICS = cues("wachtruimte|wachtzaal|waiting room|salle d'attente|wartezimmer|wartebereich|quiet room|companion|carer|aidante?|mantelzorg|begleitperson|pfleger|comes (?:to [a-z]+ )?with me|vient avec moi|komt mee|sit in|lift|elevator|ascenseur|aufzug|fahrstuhl|parking|parkeer|parkplatz|parkhaus|stairs|trap(?:pen)?(?![a-z])|escalier|treppe|wheelchair|rolstoel|rollstuhl|fauteuil roulant|hours|horaires|openingsuren|offnungszeit|rester avec moi|accompagn|begleit|begeleid|meekomen|mitkommen|bring (?:my|a)|manteau|coat|jas(?![a-z])|mantel|toilet|wc(?![a-z])|check-up|controle|kontrolle|afspraak bij|rendez-vous chez|termin beim|appointment with my");
const NOT_MEDICAL = cues("nothing medical|not medical|non medical|rien de medical|pas medical|niets medisch|niet medisch|nichts medizinisches|nicht medizinisch");
const IN_GENERAL = cues("(?:for|voor|pour|fur) (?:an?|my|our|een|mijn|onze|un|une|mon|ma|notre|einen?|meine?n?|unsere?n?) (?:[a-z]+ )?(?:article|artikel|thesis|these|masterproef|scriptie|memoire|dissertation|blog|podcast|reportage|research|onderzoek|recherche|studie|study|etude|arbeit|abschlussarbeit|bachelorarbeit|masterarbeit|hausarbeit)|support group|groupe de soutien|praatgroep|lotgenotengroep|selbsthilfegruppe|venue information|(?:wil|wilde) het (?:gewoon |alleen )?weten|just want(?:ed)? to know|je veux (?:juste|simplement) savoir|will es (?:nur|einfach) wissen|simple curiosite|pure curiosite|out of curiosity|uit nieuwsgierigheid|reine neugier|nur neugierig|gewoon benieuwd|ik heb (?:nog )?(?:niks|niets) laten doen|(?:gewoon |puur )?uit interesse|ik heb zelf niks|i(?:'ve| have) never had|never had (?:one|it|any) myself|general information|for information|purely|information generale|a titre (?:general|informatif)|algemene informatie|ter informatie|allgemeine information|zur information|rein informativ|de maniere generale|d'une maniere generale|out of (?:interest|curiosity)|just curious|puur uit (?:interesse|nieuwsgierigheid)|par (?:pure )?curiosite|aus (?:reinem )?interesse|aus neugier|asking for (?:a friend|my (?:friend|sister|mum|mom|mother|daughter|colleague))|general questions?|questions? generales?|algemene vra(?:ag|gen)|allgemeine fragen?|je demande pour|ik vraag (?:het )?voor|ich frage fur|in general|generally|just asking|only asking|in general terms|en general|de facon generale|je demande juste|algemeen|in het algemeen|ik vraag het gewoon|allgemein|generell|grundsatzlich|frage nur");
// fever with spreading redness; urgency words
const FEVER = cues("fever|fievre|koorts|fieber");
const REDNESS = cues("red|rouge|rougeur|rood|roodheid|rot|rotung|spread|s'etend|verspreid|breitet");
// "Dringend: wir müssen den Gruppentermin verschieben": urgency about a booking
const RESCHEDULE = cues("(?:need|brauche|besoin d'un|nodig|want|wil|voudrais|mochte)[a-z ]{0,30}(?:[a-z]*termin|afspraak|rendez-vous|rdv|appointment|consultation|consult|beratung)|[a-z]*termin[a-z]* (?:[a-z]+ ){0,4}(?:verschieben|verlegen|absagen|stornieren|umbuchen)|(?:verschieben|verplaatsen|deplacer|reporter|reschedule|postpone|move|annuler|cancel|afzeggen|annuleren) (?:[a-z']+ ){0,3}(?:termin|afspraak|rendez-vous|rdv|appointment|booking|reservation|reservering|boeking|groepsafspraak)");
const URGENT_AS_TOPIC = new RegExp(cues("(?:ik werk|werk ik) (?:op|in) de spoed(?:dienst|afdeling)?|spoeddienst|spoedafdeling|je travaille aux urgences|i work (?:in|at) (?:the )?(?:a&e|er|emergency(?: department| room)?)|ich arbeite (?:in|auf) der notaufnahme|emergency (?:equipment|kit|number|plan|procedure|protocol|exit|contact)s?|(?:in case of|for) (?:an )?emergenc(?:y|ies)|materiel d'urgence|kit d'urgence|numero d'urgence|en cas d'urgence|pour les urgences|nooduitrusting|noodnummer|noodplan|in geval van nood|voor noodgevallen|notfall(?:ausrustung|koffer|nummer|plan|set)|im notfall|fur notfalle").source, "g");
const URGENT = cues("notfal(?![a-z])|urgent|urgence|urgente|emergency|dringend|spoed|noodgeval|notfall|au secours|^help|help ?!|^hilfe|hilfe ?!|sos(?![a-z])");
const NOT_URGENT_TOPIC = cues("garer|stationn|door|deur|porte(?![a-z])|tur(?![a-z])|can't find|cannot find|kan [a-z ]{0,12}niet vinden|trouve pas|finde [a-z ]{0,12}nicht|park(?:e|st)?(?![a-z])|parker|parkpl|parkhaus|exit|sortie|afrit|uitrit|ausfahrt|anfahrt|abfahrt|route|itineraire|directions|how do i get|comment (?:aller|venir)|wegbeschrijving|navigat|gps|motorway|highway|autoroute|snelweg|autobahn|umbrella|parapluie|paraplu|regenschirm|schirm|vergessen|vergeten|oublie|forgot|forgotten|liegen lassen|laten liggen|keys|sleutel|autosleutel|cles|schlussel|(?<!thread |face )lift|wheelchair|rolstoel|rollstuhl|speak|parle|spreekt|sprechen|tram|bus(?![a-z])|train|trein|zug|strassenbahn|metro|combien|slots?|creneau|consult|equipment|materiel|uitrusting|ausrustung|defibrillat|in case|au cas ou|voor het geval|fur den fall|eingang|entrance|entree|ingang|hausnummer|huisnummer|wedding|mariage|je me marie|trouw|hochzeit|heirat|sale|sales|soldes|promo|discount|korting|rabatt|reduction|black friday|% off|package|forfait|pakket|paket|velo|fiets|fahrrad|bike|bicycle|tourne en rond|going (?:round )?in circles|verdwaald|verlaufen|verfahren|voucher|bon cadeau|cadeaubon|gutschein|gift|appointment|rendez[- ]vous|rdv|[a-z]*afspraak|termin|sluit|hoe laat|what time|quelle heure|ferme[zr]?(?![a-z])|fermeture|closing|close(?:d|s)?(?![a-z])|schliess|geschlossen|wann (?:habt|haben|offnet|offnen)|reschedul|annul|cancel|absag|verzet|verplaats|invoice|factu|rechnung|price|prix|prijs|preis|tarif|kost|cost|hours|horaire|uren|openingsuren|offnungszeit|open|parking|parkeer|parken|address|adresse|adres|book|boek|reserv|buch|number|numero|nummer|payment|paiement|betal|zahl");
const BODY = cues("bloo?d|sang|kin(?![a-z])|puist|pimple|pickel|stirn|front(?![a-z])|voorhoofd|forehead|cheek|joue|wang|kinn|chin|menton|face|visage|gezicht|gesicht|lip|levre|lippe|eye|oeil|yeux|oog|ogen|auge|skin|peau|huid|haut|nose|nez|neus|nase|cheek|joue|wang|wange|pain|douleur|mal(?![a-z])|pijn|schmerz|swell|swollen|gonfl|zwel|schwell|geschwollen|bleed|saign|bloed|blut|fever|fievre|koorts|fieber|infect|breath|respir|adem|atem|filler|botox|injection|inject|prik|spritze|reaction|reactie|reaktion|allerg");
const MEDICAL = cues(
  // pregnancy, breastfeeding, medication, conditions
  "blood ?thinner|anticoagul|aspirin|ibuprofen|paracetamol|acetaminophen|dafalgan|perdolan|panadol|tylenol|painkiller|pijnstiller|anti-?douleur|schmerzmittel|schmerztablette|antibiot|antibiotique|antibiotica|antibiotika|isotretino|roaccutan|accutane|medication|medicament|medicijn|medicatie|medikament|bloedverdunn|blutverdunn|cortison|antidepress|chemo",
  "marcumar|marcoumar|sintrom|xarelto|eliquis|plavix|clopidogrel|warfarin|coumadin|pradaxa|lixiana|koortsbla|diabet|suikerziekte|epilep|herpes|cold sore|bouton de fievre|koortslip|lippenblaschen|fieberblase|autoimmun|auto-immun|lupus|keloid|cheloide|hemophil|hemofil|hamophil|bloedstolling|blood disorder|heart condition|hartprobleem|hartkwaal|cardiaque|herzproblem|herzerkrank|hypertension|hoge bloeddruk|bluthochdruck",
  // "which treatment is right for me"
  "(?:right|suitable|best|good|ideal) (?:treatment )?for me|what (?:do|would) you (?:recommend|advise|suggest)|(?:recommend|advise|suggest)(?:ed)? (?:for|to) me|(?:which|what) (?:treatment|one|option) (?:should i|would you|is best|is right|suits)|should i (?:get|do|have|choose|go for|try|take)|am i (?:a )?(?:good |suitable )?candidate",
  "(?:which|what) (?:treatment|one|option) (?:would|will|could) (?:suit|be (?:the )?(?:best|right|good)|work)|suits? me(?![a-z])|(?:would|will|does|could) [a-z]+ suit me|" +
  "(?:quel|quelle) (?:traitement|soin|option) (?:serait|est|sera) (?:le |la )?(?:bon|bonne|meilleur|meilleure|mieux|ideal)|welke behandeling zou (?:[a-z]+ )?(?:passen|goed zijn)|welche behandlung (?:wurde|ware) (?:[a-z]+ )?(?:passen|gut sein)|" +
  "me (?:conseill|recommand|convient|conviendrait)|(?:adapte|convient|ideal) (?:a|pour) (?:moi|ma|mon|mes)|(?:quel|quelle|lequel|laquelle) (?:traitement |soin |option )?(?:choisir|me|pour moi|est le (?:meilleur|mieux) pour)(?![a-z])|suis-je (?:un |une )?(?:bon |bonne )?candidat",
  "raad(?:t)? (?:u|je|jij|jullie) (?:me |mij )?aan|wat (?:raad|raadt|adviseer|adviseert)|(?:welke|wat voor) behandeling (?:past|is (?:het )?(?:best|geschikt)|moet ik|raad|zou)|geschikt voor mij|(?:goed|best|ideaal) voor mij|kom ik in aanmerking",
  "was (?:empfehlen|raten) sie|(?:welche|was fur eine) behandlung (?:passt|ist (?:die )?(?:richtige|beste)|empfehlen|soll ich)|(?:geeignet|richtig|gut|das richtige|das beste) fur mich|bin ich (?:ein |eine )?(?:guter |gute )?kandidat",
  "should i (?:worry|be worried|see a doctor)|dois-je m'inquieter|moet ik me zorgen|muss ich mir sorgen",
  "(?:a )?problem for me|(?:un )?(?:souci|probleme) pour moi|(?:een )?probleem voor mij|(?:ein )?problem fur mich|" +
  "(?:pourrait|peut|pourra)(?:-il|-elle)? m'aider|could (?:it|this|that|botox|a [a-z]+) help me|kan (?:het|dat|dit) (?:mij|me) helpen|(?:konnte|kann) (?:es|das) mir helfen|" +
  "works? (?:[a-z']+ ){0,4}(?:on|for) me(?![a-z])|fonctionne(?:r|rait)? (?:[a-z']+ ){0,4}(?:sur|pour) moi|marche(?:r|rait)? (?:[a-z']+ ){0,4}(?:sur|pour) moi|werkt (?:[a-z']+ ){0,4}(?:bij|voor) mij|wirkt (?:[a-z']+ ){0,4}bei mir");
const PREGNANT = cues("blijde verwachting|anderen umstanden|heureux evenement|expecting a baby|bun in the oven|enseinte|swanger|schwanga(?![a-z])|j?alet|trying for a baby|trying to get pregnant|proberen zwanger|willen zwanger|essayons d'avoir un (?:bebe|enfant)|essaie de tomber enceinte|versuchen schwanger|ssw(?![a-z])|schwangerschaftswoche|in meinem zustand|in mijn toestand|dans mon etat|stille noch|i'?m expecting|donne (?:encore )?le sein|ivf|fiv(?![a-z])|in vitro|pregnan|breastfeed|breast feed|breast milk|trying to conceive|ttc(?![a-z])|enceinte|grossesse|j?allait|lait maternel|zwanger|borstvoeding|moedermelk|kinderwens|schwanger|ich stille|stillt|stillen|stillzeit|muttermilch|kinderwunsch");
const PREGNANT_SELF = cues("(?:ik ben|ich bin|i'm|i am|j'attends) (?:[a-z]+ ){0,2}(?:blijde verwachting|anderen umstanden|heureux evenement|expecting a baby)|(?:je suis?|ik ben|ich bin) (?:[a-z0-9]+ ){0,3}(?:enseinte|swanger|schwanga)(?![a-z])|(?:ich bin )?in der \\d+\\.? ssw|(?:je suis|ik ben|i am|i'm|im|ich bin) (?:[a-z0-9]+ ){0,3}(?:enceinte|zwanger|pregnant|schwanger)|(?:ma|mijn|my|meine) (?:grossesse|zwangerschap|pregnancy|schwangerschaft)|j'?allaite|allaitons|i'm breastfeeding|we(?:'re| are) (?:both )?breastfeeding|ik geef borstvoeding|wij geven borstvoeding|ich stille|wir stillen|" +
  "(?:ich bin|je suis|ik ben|i am|i'm) (?:im |a |in (?:de|het|my) )?\\d+\\.? ?(?:monat|mois|maand|month|woche|semaine|week)");
// one's own treatment named: "sport lendemain de mon botox?", "sauna dag na mijn filler"
const MY_TREATMENT = cues("(?:my|our|her|his|mon|ma|mes|sa|son|ses|notre|nos|mijn|mn|m'n|haar|zijn|onze|mein(?:em|er|en)?|ihr(?:em|er|en)?|sein(?:em|er|en)?|unser(?:em|er|en)?) (?:[a-z]+ )?(?:botox|filler|peel|peeling|laser|microneedling|injections?|injecties?|behandeling|behandlung|traitement|prp|draad|fils|skin ?booster|toxine)");
// a treatment had, and another asked for: "filler l'an dernier, fils tenseurs possible?", "botox 3 wks ago, top up now?"
const HAD_TREATMENT = cues("(?:had|hatte|hab|habe|gehad|eu|fait) (?:[a-z]+ ){0,5}[a-z]* ?(?:lift|filler|botox|peel|peeling|laser|microneedling|prp|booster|injection|fils|draad|profhilo|juvederm|restylane|sculptra|radiesse)",
  "(?:botox|filler|peeling|laser|prp|fils|draad|microneedling)[a-z ,]{0,12}(?:l'an (?:dernier|passe)|vorig jaar|letztes jahr|last year|\\d+ (?:wks?|weeks?|semaines?|weken|wochen|months?|mois|maanden|monate) (?:ago|geleden)|il y a \\d+)");
// bills, payments and e-mails: "is it normal my invoice came twice?", "can I pay after my session?"
const ADMIN = cues("e-?mail|confirmation|bevestiging|bestatigung|invoice|facture|factuur|rechnung|abgebucht|payer|pay(?![a-z])|betalen|bezahlen|bancontact|payment|paiement|betaling|zahlung");
// people in general, not the writer: "for pregnant women", "is it normal that people get bruises"
const GROUP = cues("(?:mums?-to-be|moms?-to-be|expectant mothers|aanstaande moeders|cadeaubon|gift voucher|bon cadeau|gutschein|futures? mamans?|aanstaande mama|werdenden? mutter|schwangeren?|zwangeren?|enceintes|pregnant (?:women|clients|patients|people|ladies)|women|people|patients in general|femmes|les gens|on (?:a|peut|doit)|vrouwen|mensen|men (?:krijgt|kan|mag)|frauen|leute|man (?:bekommt|kann|darf)|diabetics|diabetiques|diabetici|(?:konnen|durfen) diabetiker|diabetikerinnen|epileptics|epileptiques|epileptici|epileptiker(?:innen)?|allergiker(?:innen)?)(?![a-z])");
// a condition of one's own: "my rosacea", "mn acne", "ik draag een pacemaker"
// medicines by the endings of their common names: "Ciprofloxacin", "omeprazole", "bisoprolol"
const MEDICINE = "[a-z]{3,}(?:floxacin|cillin|mycin|cyclin|prazol|statin|olol|pril|sartan|azepam|azolam|oxetin|pramin|tidin|profen|fenac|coxib|gliptin|formin|parin|xaban|gatran|triptan|tretinoin|lukast)(?:e|a|um)?(?![a-z])|(?:predni|cortis|hydrocortis|dexamethas|betamethas)[a-z]*";
const CONDITION = cues(MEDICINE, "(?:skin ?type|type de peau|huidtype|hauttyp|phototype|fototype) (?:[1-6]|i{1,3}|iv|vi?)(?![a-z0-9])|migrain|nierinsuff|insuffisance renale|kidney|niereninsuff|nephrolog|(?<![a-z])ms(?![a-z])|multiple sclerosis|sclerose en plaques|multiple sklerose|hiv|vih|cancer|kanker|krebs|chemo|radiotherap|bestraling|bestrahlung|immunosupp|immuunsupp|afweer|immunsystem|transplant|dialys|eczema|eczeem|ekzem|neurodermitis|atopi|verkuhlt|erkalt|verkouden|rhume|enrhume|griep|grippe|flu(?![a-z])|a cold(?![a-z])|temperatur(?![a-z])|myasthen|guillain|fitzpatrick|phototype|fototype|hauttyp|dunklere haut|peau(?: [a-z]+)? fine|schuppenflechte|psoriasis|psoriase|melasma|melasme|dark skin|darker skin|donkere huid|peau (?:tres |plutot |assez )?(?:foncee|noire|mate)|dunkle haut|dunkler hauttyp|thin skin|dunne huid|peau fine|dunne haut|hashimoto|reuma|rheuma|polyarthrit|arthrit|parese|palsy|paralysie faciale|verlamming|apixaban|rivaroxaban|methotrexa|ass 100|" +
  "(?:ich nehme|i take|ik neem|ik gebruik|je prends) (?:taglich|daily|dagelijks|quotidiennement|every day|tous les jours|elke dag)|(?:twice|two times) (?:a day|daily)|(?:par|per|pro) (?:jour|dag|day|tag|semaine|week|woche)|" +
  "risky for me|risque pour moi|riskant (?:voor mij|fur mich)|fur mich geeignet|willebrand|hemophil|bleeding disorder|trouble de la coagulation|stollingsstoornis|gerinnungsstorung|zona(?![a-z])|gordelroos|gurtelrose|shingles|vagal|" +
  "safe (?:for|on) (?:me|my|skin like mine)|veilig voor mij|sans danger pour moi|fur meinen hauttyp|marcherait (?:bien )?sur moi|(?:je prends|i take|ik neem|ik slik|ich nehme) [a-z' ]{0,30}(?:tous les jours|every day|elke dag|jeden tag|daily)|" +
  "(?:good idea|goed idee|bonne idee|gute idee) (?:for me|voor mij|pour moi|fur mich)|voor mij een goed idee|(?:verstandig|wijs) voor mij|wise for me|raisonnable pour moi|sinnvoll fur mich|unbedenklich|(?:any|a) reason i shouldn't|etwas fur mich|quelque chose pour moi|" +
  "would (?:she|he|i) be (?:fine|ok|okay|alright)|reacted (?:badly|bad)|bad reaction|slecht gereageerd|mal reagi|schlecht reagiert|heftig reagiert|" +
  "testosteron|finasterid|minoxidil|kreatin|creatine|steroid|anabol|hormoontherapie|hormontherapie|hormonotherapie|feux? sauvages?|" +
  "(?:fur mich|bei mir)(?: [a-z]+){0,2} sinnvoll|sinnvoll (?:fur mich|bei mir)|" +
  "euthyrox|levothyrox|asaflow|ozempic|wegovy|c'est pour moi|is (?:it|this|that) for me|is (?:dat|dit) (?:iets )?voor mij|ist das (?:was )?fur mich|diabet|diabeet|metformin|pcos|sopk|thyroid|thyroide|schildklier|schilddruse|bruxism|serre les dents|tandenknarsen|zahneknirschen|grind my teeth|rosacea|rosacee|rosazea|acne|akne|pacemaker|herzschrittmacher|allergic reaction|reaction allergique|allergische reactie|allergische reaktion|too sensitive|trop sensible|te gevoelig|zu empfindlich|iets voor (?:mijn|mn|m'n|me)|ein fall fur|n fall fur");
// a medicine taken regularly: "I take apixaban 5 mg twice daily", "ik slik elke dag Euthyrox"
const TAKE = cues("i take|i'm on|i am on|je prends|je suis sous|ik (?:slik|neem|gebruik)|ich nehme");
const REGULARLY = cues("daily|every (?:day|morning|evening)|each day|twice|once a day|tous les jours|chaque (?:jour|matin|soir)|quotidien|par jour|elke (?:dag|ochtend|avond)|dagelijks|iedere dag|per dag|taglich|jeden (?:tag|morgen|abend)|\\d+ ?mg(?![a-z])|pill|tablet|comprime|pil(?![a-z])|pillen|tabletten");
// what a treatment would do to one's own voice, breathing, smile: "will botox affect my
// voice?", "ça risque de gêner ma voix", "ist das bei mir ein Risiko?"
// (something moving one's filler, not one moving one's appointment: "need to move my botox appointment")
const EFFECT_ON_ME = cues("(?<!(?:i|je|j'|ik|ich|we|wij|wir|nous|you|vous|jullie|u|sie|to|te|zu|om) )(?:move|shift|displace|migrate|deplacer|bouger|migrer|verschuiven|verplaatsen|verrutschen|verschieben|wandern lassen)(?: [a-z]+)? (?:my|mon|mes|ma|mijn|m'n|meine?n?) (?:[a-z]+ )?(?:filler|botox|fils|threads|draadjes|faden|implant)(?! ?(?:appointment|appt|booking|session|slot|afspraak|sessie|rdv|rendez|seance|termin|date))",
  "(?<!(?:ich|wir|sie|zu) )meine?n? (?:lippen)?(?:filler|faden) (?:verschieben|verrutschen|wandern|bewegen)",
  "(?:affect|change|alter|harm|damage|ruin|impair|hurt|weaken|stiffen)s? my(?: [a-z]+)? (?:voice|singing|breathing|speech|smile|range|playing|embouchure|expression|lips|mouth|face|skin|eyes|muscles?)",
  "(?:gener|affecter|abimer|alterer|modifier|changer|toucher|nuire a) (?:a )?(?:ma|mon|mes)(?: [a-z]+)? (?:voix|chant|respiration|elocution|diction|sourire|tessiture|jeu|embouchure|expression|levres|bouche|visage|peau|yeux|muscles?)",
  "(?:mijn|m'n|mn)(?: [a-z]+)? (?:stem|zang|ademhaling|spraak|uitspraak|glimlach|lach|bereik|spel|embouchure|mimiek|lippen|mond|gezicht|huid|ogen|spieren)(?: [a-z]+){0,3} (?:beinvloed|verander|aantast|schaad|beschadig|verpest)",
  "(?:beinvloed|verander|aantast|schaad|beschadig)[a-z]* (?:mijn|m'n|mn)(?: [a-z]+)? (?:stem|zang|ademhaling|spraak|uitspraak|glimlach|lach|bereik|spel|embouchure|mimiek|lippen|mond|gezicht|huid|ogen|spieren)",
  "meine?(?: [a-z]+)? (?:stimme|gesang|atmung|aussprache|lacheln|mimik|lippen|mund|gesicht|haut|augen|muskeln|ansatz|spiel)(?: [a-z]+){0,4} (?:verander|beeintrachtig|beeinfluss|schad|stor)",
  "(?:verander|beeintrachtig|beeinfluss|schad|stor)[a-z]* (?:meine?n?|mir die)(?: [a-z]+)? (?:stimme|gesang|atmung|aussprache|lacheln|mimik|lippen|mund|gesicht|haut|augen|muskeln|ansatz|spiel)",
  "(?:bei|fur) mi(?:r|ch)(?: [a-z]+){0,2} (?:ein )?risiko|risiko (?:bei|fur) mi(?:r|ch)|risques? (?:pour|chez) moi|(?:voor|bij) mij(?: [a-z]+){0,2} (?:een )?risico|risico (?:voor|bij) mij|risky for me|(?:a|any) risks? for me");
// "Ich habe Lippenherpes … Kann ich trotzdem Lippenfiller machen?": asked despite something of one's own
const DESPITE = cues("trotzdem|quand meme|malgre|toch nog|toch een|toch (?:de|het)|still (?:have|get|do|go)|anyway|even though|meme si|ook al|obwohl");
// "am I a good candidate", "how much would my sister need"
const SUITABLE = cues("(?:voor mij|fur mich|pour moi|for me)(?: [a-z0-9]+){0,8} (?:geschikt|geeignet|adaptee?|indiquee?|suitable)|(?:am i|suis-je|je suis|ben ik|bin ich)(?: [^ ]+){0,3} (?:too|trop|te|zu) (?:[^ ]+ )?(?:old|young|vieux|vieille|jeune|oud|jong|alt|jung)(?![a-z])|contre-?indiqu|contra-?indic|kontraindiz|contraindicat|fur mich(?: [a-z]+)? geeignet|(?:bin ich|am i|ben ik|suis-je)(?: [a-z0-9]+){0,12} (?:geeignet|suitable|geschikt|apte)|noch geeignet|iets voor mij|indique pour moi|pour quelqu'un comme moi|right for me|(?:ok|okay|safe) for me(?! to (?:come|arrive|bring|book|pay|park|call|wait|cancel|reschedule|move|visit|drop|pop|stop by|leave|send|ask))|for someone like me|(?:good|goede?|bon(?:ne)?|gute?) (?:candidate|kandidaat|candidat|candidate|kandidatin|kandidat)|geschikt voor (?:mij|me)|suitable for me|adapte (?:a|pour) moi|fur mich (?:geeignet|passend)|(?:geeignet|passend) fur mich");
// "eczeem gezicht peeling geschikt?": whether a treatment suits a condition one names
const SUITS = cues("geschikt|suitable|suit(?:s|ed)?(?![a-z])|adaptee?s?(?![a-z])|convient|geeignet|passend|ok(?:ay)? (?:for|voor|pour|fur)");
const SELF_NEED = cues("(?:would|do|will|should) i need|i(?:'d| would) need|(?:heb|zou) ik (?:[a-z]+ )?nodig|me faudr|il me faut|brauche ich|brauchte ich|bräuchte ich");
const NEED = cues("need|nodig|besoin|necessaire|notig|benotig|faut-il|il me faut|me faudr|il (?:lui|leur) faut|brauch|bräuch|bräucht|brauchte|braucht");
// a dose for oneself: "how many units would I need", "combien d'unités il me faut", "wie viele Milliliter für meine Lippen"
const DOSE = cues("dos(?:is|e|age|ering)(?![a-z])|menge|quantite|quantity|hoeveelheid|amount|produit|product|produkt|d?units?|d?unites?|eenheden|einheiten|syringes?|seringues?|spuit(?:en|jes)?|ml|millilit|milliliter|(?:viele|\\d+|zwei|drei) spritzen|vials?|ampoules?|ampul");
// the writer as a person, not "my sister": "kan dat bij mij?", "is it fine for me?"
const PRONOUNS = "i|me|moi|je|ik|mij|ich|mich|mir";
const PERSONAL = cues(`(?:${PRONOUNS})(?![a-z])|j'`);
const FOR_ME = cues("(?:i|me|moi|my|mes|mon|ma|ik|mij|mijn|mn|m'n|ich|mich|mir|meine?[mnrs]?|il me|je)(?![a-z])");
// one's own history: "I had X last year, can I …?"
const HAD = cues("beneficie|ondergaan|undergone|unterzogen|geplaatst|gezet|laten zetten|laten doen|fait faire|machen lassen|had|hatte|hab|habe|gehad|eu|subi|fait|g fait|gekregen|bekommen|got");
const AGO = cues("(?:weeks?|semaines|weken|wochen) (?:ago|geleden)|il y a (?:\\d+|deux|trois|quatre|cinq|six) semaines|vor (?:\\d+|zwei|drei|vier|funf|sechs) wochen|(?:in |en |im )?20[0-2]\\d(?![0-9])|last (?:month|week|winter|spring|autumn)|le mois dernier|vorige (?:week|winter)|letzte woche|last summer|vorige zomer|l'ete dernier|last year|(?:years?|yrs?|months?) ago|l'an (?:passe|dernier)|l'annee (?:passee|derniere)|lannee passee|il y a|vorig jaar|vorige maand|jaar geleden|geleden|letztes jahr|vor (?:\\d+|zwei|drei|einem|einigen) (?:jahr|monat)|letzten (?:sommer|winter|monat)");
// one's own aftercare: "can I go to the gym the day after my botox", "ab wann darf ich joggen"
const ACTIVITY = cues("raser|shave|shaving|scheren|rasieren|waxing|harsen|bronzer|tanning|plage|beach|strand|hockey|tennis|padel|voetbal|football|fussball|foot(?![a-z])|yoga|pilates|golf|workout|exercis|entrainement|training|wedstrijd|velo|fietsen|radfahren|cycling|zonnebad|sunbath|bain de soleil|sonnenbad|solarium|sunbed|zonnebank|banc solaire|tanning|bronzage|zonnen|wash|shower|douche|dusche|dye(?![a-z])|verven|teinture|farben|haar wassen|haare waschen|sport|reiten|riding|ride a horse|paardrijden|equitation|marathon|triathlon|course a pied|hardlopen|halve marathon|wettkampf|competition|match(?![a-z])|wine|vin(?![a-z])|wijn|wein(?![a-z])|glass|verre|glas(?![a-z])|gym|salle|fitness|sauna|hammam|swim|nager|natation|nage(?![a-z])|piscine|zwem|schwimm|sun|soleil|zon(?![a-z])|sonne|maquill|make[- ]?up|schmink|jogg|run(?![a-z])|courir|lopen|laufen|alcohol|alcool|alkohol|fly|flight|plane|avion|vliegen|vliegtuig|vlucht|fliegen|flug|flugzeug|creme|cream|retinol|crunch|burpee|squat|deadlift|bench ?press|push-?ups?|sit-?ups?|pompes|abdos|musculation|opdrukken|buikspier|krachttraining|krafttraining|liegestutz|kniebeug|bankdruk|hiit|crossfit|spinning|zumba|bleaching|whitening|blanchiment|tandbleken|detartrage|wurzelbehandlung|root canal|zahnarzt|tandarts|dentiste|dentist|embrass|kiss|kuss|zoenen|helmet|casque|helm(?![a-z])|tauch|dive|diving|duik|plong|apnee|apnoe|snorkel|schnorchel|trainier|trainen|surf|jouer|play(?:ing)?(?![a-z])|spelen|spielen|sing|chant|zing|singen|perform|optreden|auftr|concert|konzert|gig(?![a-z])|repetition|rehears|oefenen|uben|trompet|trumpet|saxo|blasen|gartenarbeit|jardin|tuinier|tuinwerk|gardening|boxing|boxen|boxe(?![a-z])|drive|driving|conduire|rouler|autorijden|auto rijden|(?<!paard)rijden|(?<!rad)fahren|autofahren|road trip");
const AFTER = cues("reprendre|resume|hervatten|wieder aufnehmen|attendre|wait(?![a-z])|wachten|warten|la(?:ten|at) (?:zetten|doen|plaatsen|spuiten|inspuiten)|machen lasse|me fai[st] faire|before|avant|vorher|voordien|ervoor|davor|surlendem|lendem|evening of|same day|same evening|le soir (?:meme|de)|dezelfde dag|'s avonds na|am abend (?:nach|des)|am selben tag|after|apres|lendemain|na(?![a-z])|nach|danach|demain|morgen|tomorrow|day after|ab wann|des que");
// "is it painful?": a question about a treatment, not a sign
const PAIN_QUESTION = cues("^no pain|no pain with|pas de douleur|geen pijn bij|keine schmerzen bei|no pain at all|or no pain|geen pijn|keine schmerzen|oder eher nicht|ou pas du tout|zonder pijn|sans douleur|without pain|ohne schmerz|(?:^|[.?!] )(?:is|does|do|est-ce que|est-il|is het|doet|ist|tut)[a-z ,'-]{0,60}(?:painful|hurt|pijnlijk|pijn doen|douloureu|schmerzhaft|weh)|does (?:[a-z]+ ){1,4}hurt|pijnloos|painless|pain[- ]?free|indolore|schmerzfrei|doet (?:[a-z]+ ){1,3}pijn|does [a-z]+ hurt|fait-(?:il|elle) (?:[a-z]+ )?mal|tut (?:[a-z]+ ){1,3}weh|any pain|is (?:it|there) (?:any )?pain|painful\\?|douloureu|fait mal ?\\?|doet (?:het|dat) pijn|pijnlijk|tut (?:es|das) weh|schmerzhaft|none at all|geen pijn");
// "what should I do", "is this normal": medical when about a sign or one's own treatment
const ADVICE = cues("(?:welke|which|quelle|welche) (?:zalf|creme|cream|ointment|pommade|salbe)|(?:fix|correct|sort) (?:it|them)sel(?:f|ves)|ca (?:va )?(?:remonte|revient|partir|part)(?![a-z])|komt (?:dat|het) (?:weer )?goed|" +
  "how it(?:'s| is)? (?:should|supposed to) be|will (?:that|it|this) (?:ease|settle|pass|heal)|(?:go|goes|get|be) back to normal|heal (?:by itself|on its own)|s'arranger|c'est grave|est-ce grave|c'est inquietant|is (?:dat|dit|het) (?:erg|ernstig)|ist (?:das|es) schlimm|so gewollt|(?:vergeht|heilt) (?:das|es)|trekken (?:die|ze|deze) (?:nog )?weg|gaat (?:dat|het|die|dit) (?:nog )?vanzelf (?:over|weg)|wieder normal|weer normaal|redevenir normal|" +
  "what should i (?:put|use|apply|take)|que dois-je (?:mettre|appliquer)|wat moet ik (?:smeren|erop doen|gebruiken)|was soll ich (?:auftragen|drauf ?machen|nehmen)|(?:meant|supposed) to (?:be|look|feel)|should it (?:look|feel|be)|is (?:this|that|it) (?:ok|okay)(?![a-z])|c'est cense|est-ce cense|(?:hoort|hoor) (?:dat|dit|het) (?:zo|erbij)|soll (?:das|es) so|gehort das so|ist das (?:ok|okay)(?![a-z])|(?:ist|is|est) (?:dies|dit|ceci|this)(?: [a-z]+){0,2} normal|als normal|what should i do|is (?:this|that|it) normal|que (?:dois-je|dois je|faire)|est-ce (?:que c'est )?normal|c'est normal|c normal|wat moet ik doen|is (?:dit |dat |da |het )?normaal|was soll ich (?:tun|machen)|ist (?:das|es) (?:bei mir |so |noch )?normal|to be expected|will it (?:wear off|go away|settle)|ca va (?:se calmer|partir|passer)|trekt dat (?:nog )?bij|gaat dat (?:nog )?weg|geht das (?:wieder )?weg");
const SYMPTOM = cues("reaction|blauwe? plek|waar de naald|where the needle|ou l'aiguille|wo die nadel|tyndall|granulom|biofilm|hyperpigment|oedem|odem|edema|migrat|puist|pukkel|pimple|breakout|pickel|stijf|stiff(?![a-z])|steif|(?:rode|rote|roten) (?:vlek|plek|fleck)|jeuk|demang|juck|spannt|trekt|tiraille|bleu (?:apres|sur|depuis)|blauer fleck|bultje|lopsided|schief|knot|(?:hoger|lager) dan de andere|plus que (?:le|la) (?:droit|gauche)|gratt|pique|dik(?:ke|ker)?(?![a-z])|petits? bleus?|dent(?:s|ed)?(?![a-z])|dell|deuk|creux|rash|bruis|swell|swollen|lump|bump|nodule|redness|shifted|migrated|scratch|itch|pain|hurt|sore(?![a-z])|infect|pus(?![a-z])|numb(?!er)|asymmetr|uneven|droop|ptosis|headache|blister|scab|burn|bleed|tingl|irritat|allerg|fever|heavy|droop|warm(?![a-z])|(?:higher|lower) than the other|eczema|dermatitis|psoriasis|rosacea|(?:is|are|still|very|so|bit|nog|erg|heel|altijd|beetje|encore|tres|peu|sehr|noch|etwas) (?:red|rood|rouge|rot|pink|rose|roze|rosa)(?![a-z])",
  "maux? de tete|ont bouge|a bouge|rougeur|bouton|(?:un |des |petits? |legers? )bleus?(?![a-z])|bleus? legers?|hematome|gonfl|enfl|bosse|boule|douleur|lourd|chaud|plus (?:haut|bas)e? que l'autre|eczema|j'ai mal|demang|infect|brulure|brule|paupiere|asymetri|croute|engourdi|fourmill|picot|irrit|saign|allergi|fievre",
  "reactie|[a-z]*pijn|uitslag|blauwe plek|zwaar|hang|schilfer|eczeem|zwelling|gezwollen|opgezwollen|bult|knobbel|roodheid|jeuk|pijn|ontsteking|ontstoken|infectie|brandt|blaar|korst|scheef|verdoofd|tinteling|geirriteerd|bloed|allergi|koorts",
  "reaktion|[a-z]*schmerz|verrutscht|ausschlag|bluterguss|knubbel|neurodermitis|ekzem|schwer|blauer fleck|schwellung|geschwollen|beule|knoten|rotung|juck|schmerz|entzund|infekt|brennt|blase|kruste|hangend|taub|kribbel|gereizt|blut|allergi|fieber");
// aftercare about one's own treatment: "after my botox yesterday", "na mijn peeling"
const OWN_TREATMENT = cues("(?:after|apres|na|nach|post) (?:de |het |dem |der |the |l'|le |la |les |mon |ma |mes |sa |son |ses |mijn |haar |zijn |onze |our |her |his |notre |nos |meinem |ihrem |seinem |unserem )?(?:botox|filler|injection|injectie|peeling|peel|laser|microneedling|prp|skin ?booster|fils|draad)|(?:day|jour|dag|tag) \\d+ (?:after|apres|na|nach)|(?:weeks?|semaines?|weken|wochen|days?|jours|dagen|tage) (?:after|apres|na|nach|later|plus tard|spater)|sindsdien|seitdem|since then|depuis lors", "(?:after|since|from) (?:my|the) [a-z]+ (?:yesterday|today|this morning|last)|(?:lendemain|surlendemain|day after|dag na|tag nach) (?:de |d')?(?:mon|ma|mes|my|mijn|m'n|mn|meine[mnr]?)(?![a-z])|(?:since|depuis|sinds|seit) [a-z]*(?:botox|filler|injection|injectie|peeling|peel|laser|needling|prp|booster|spritze|unterspritzung|fils|draad)|(?:fresh|new|frais|fraiche|nouveau|nouvelle|vers|verse|nieuwe|frisch|frische[mnr]?|neue[mnr]?) (?:[a-z]+ )?[a-z]*(?:botox|filler|injections?|peeling|peel|laser|lippen|levres|lips)|after my|since my|since the|depuis (?:le|la|les|l')|sinds (?:de|het)|seit (?:der|dem|die)|where you injected|injection site|endroit de la piqure|point d'injection|prikplaats|einstichstelle|" +
  "(?:had|got|hatte|gehad|gekregen|bekommen|eu|fait)(?: [a-z']+){0,4} (?:today|vandaag|heute|aujourd'hui|this morning|heute morgen|vanmorgen|ce matin)|(?:today|vandaag|heute|aujourd'hui|this morning|heute morgen|vanmorgen|ce matin)(?: [a-z']+){0,4} (?:had|got|hatte|gehad|gekregen|bekommen|eu|fait)|apres (?:mon|ma|mes)|depuis (?:mon|ma|mes)|na (?:mijn|m'n)|sinds (?:mijn|m'n)|nach (?:meine|meiner|meinem|meinen)|seit (?:meine|meiner|meinem|meinen)|yesterday|gisteren|hier (?:soir|matin)|(?:fait|eu|injecte|traitee?)s? hier|gestern|this morning|ce matin|vanmorgen|vanochtend|heute morgen|(?:days|jours|dagen|tagen) (?:ago|geleden)|il y a \\d+ jours|vor \\d+ tagen");
const TREATED = cues("[a-z]*(?:filler|laser|peeling)|behandlung|profhilo|juvederm|restylane|sculptra|radiesse|dysport|azzalure|bocouture|xeomin|vistabel|filler|botox|peel|laser|needling|microneedling|skin ?booster|prp|inject|prik|spritze|fils|draad|thread|behandel|treatment|traitement|soin|hyaluron|toxin|fadenlift|draadlift|facelift|lifting|epilation|ontharing|haarentfernung|hair removal|fettweg|lipoly|mesothera|dissolv|vetweg|vetoplos|fettabbau");
const MAY_I = cues("muss ich|must i|do i (?:have|need) to|hoef ik|je dois|before i can|avant de pouvoir|voordat ik (?:weer )?(?:mag|kan)|bevor ich (?:wieder )?(?:darf|kann)|kann (?:sie|er)|kan (?:ze|zij|hij)|est-il (?:autorise|permis)|est-ce (?:autorise|permis)|ai-je le droit|is it allowed|is het toegestaan|ist es erlaubt|can we|may we|could we|should we|pouvons-nous|pouvons nous|peut-on|on peut|mogen (?:we|wij)|kunnen (?:we|wij)|mogen mijn|durfen wir|konnen wir|je peu(?:x)?(?![a-z])|can i|may i|should i|could i|am i allowed|meug ik|mag 'k|(?:elle|il) peut|puis-je|puis je|je pourrai|pourrai-je|je pourrais|je peux|est-ce que je peux|dois-je|mag ik|kan ik|moet ik|darf ich|kann ich|soll ich|sollte ich|" +
  "can (?:my|she|he)|may (?:my|she|he)|mag (?:mijn|mn|m'n|ze|hij)|kan (?:mijn|mn|m'n|ze|hij)|darf (?:mein|meine|sie|er)(?![a-z])|kann (?:mein|meine)|peut-(?:elle|il)|(?:fille|fils|mari|femme|mere|pere|soeur|frere|copine|copain) peut");


/* ---------- safety concepts: DESIGN.md's signs as data, matched on folded words ---------- */
// lexicon/<lang>.txt lists each concept on a line, "name: forms", forms separated by
// spaces: a folded word ("breathe"), a stem ("respir*"), a part of a compound ("*schmerz*")
// or words in a row joined by "_" ("short_of_breath"). A message is matched against every
// language's forms: visitors mix them. SIGNS says which concepts together, within a few
// words of one sentence, make a sign; a sign with a "no" just before it ("no trouble
// breathing") is none. "other_words" lists real words that look or sound like a form
// ("road" and "rood", "taches" and "tacheté"): never a misspelling of it.
const SIGNS = [
  [["swallow", "hard"], 5], [["see", "shut"], 3], [["airway", "shut"], 5], [["chest_pain"], 0], [["named_sign"], 0], [["high", "spreading"], 12],
  [["breath", "hard"], 5], [["breathless"], 0], [["gasp", "breath"], 5], [["swell", "airway"], 5], [["swell", "fast"], 6],
  [["see", "sight_problem"], 10], [["sight_lost"], 0], [["colour", "skin_part"], 9], [["pale", "skin_part", "turned"], 6], [["cold", "skin_part"], 5], [["turned", "pale"], 2], [["chest", "ache"], 7],
  [["white", "skin_part", "after_filler"], 6], [["hard", "see", "one_eye"], 6], [["thick", "airway"], 4],
  [["faint"], 0], [["bleed", "heavy"], 12], [["fever", "high"], 4], [["fever", "spreading"], 12], [["pain", "severe"], 12],
];
// the animal a sign is told of, just before it, with no person between: "my cat can't breathe", "onze merrie heeft hoge koorts"
const ANIMAL_WORDS = "(?:cat|dog|horse|mare|pony|rabbit|puppy|kitten|chat|chatte|chien|chienne|cheval|jument|lapin|chiot|kat|poes|hond|paard|merrie|konijn|katze|kater|hund|hundin|pferd|stute|kaninchen|welpe)s?(?![a-z])";
// plants a sign's words are told of: "mes hortensias ont viré au bleu", "de rabarber zwelt op"
const PLANT_WORDS = "(?:plants?|plantes?|planten|pflanzen?|flowers?|fleurs?|bloemen|blumen|trees?|arbres?|bomen|boom|baume?|leaves|feuilles|bladeren|blatter|roses?|rozen|hydrangeas?|hortensias?|hortensia's|lavender|lavandes?|lavendel|rhubarb|rhubarbe|rabarber|rhabarber|courgettes?|zucchini|tomato(?:es)?|tomates?|tomaten?|tomaat|pumpkins?|potirons?|citrouilles?|pompoenen|pompoen|kurbis(?:se)?|cucumbers?|concombres?|komkommers?|gurken?|lawn|gazon|grasmat|rasen|hedges?|haies?|hagen|haag|hecken?|seedlings?|semis|zaailingen|setzlinge|marrows?|apples?|pommes|appels?|apfel)";
const ANIMAL = new RegExp(`(?<![a-z])(?:${ANIMAL_WORDS}|${PLANT_WORDS}(?![a-z]))`);
const OWNED_ANIMAL = new RegExp(`(?<![a-z])(?:my|our|his|her|the|these|those|mon|ma|mes|notre|nos|son|sa|ses|le|la|les|ces|mijn|onze|ons|zijn|haar|de|het|deze|meine?|unsere?|seine?|ihre?|die|der|diese) (?:${ANIMAL_WORDS}|${PLANT_WORDS}(?![a-z]))(?: [a-z']+){0,2}$`);
// an animal of one's own told of for a practical question: "Mon chien saigne, je dois annuler mon rendez-vous"
const ANIMAL_TOLD = new RegExp(`(?<![a-z])(?:my|our|these|mon|ma|mes|notre|nos|ces|mijn|onze|ons|de|deze|meine[mnr]?|unsere[mnr]?|diese) (?:${ANIMAL_WORDS}|${PLANT_WORDS}(?![a-z]))`);
const OWN_BODY = cues("(?:my|mon|ma|mes|mijn|mn|mein(?:e|em|en|er)?) (?:[a-z]+ )?(?:lip|levre|lippe|face|visage|gezicht|gesicht|skin|peau|huid|haut|eye|oeil|oog|auge|nose|nez|neus|nase|cheek|joue|wang|wange|chin|menton|kin|kinn|forehead|front|voorhoofd|stirn|mouth|bouche|mond|mund|throat|gorge|keel|hals|arm|bras|hand|main|leg|jambe|been|bein)");
const PERSON = new RegExp(`(?<![a-z])(?:${PRONOUNS}|j|wife|husband|son|daughter|femme|mari|fils|fille|vrouw|man|zoon|dochter|frau|mann|sohn|tochter|friend|amie?|vriendin|freundin)(?![a-z])`);
// a "no" just before a sign's words takes it back: "no trouble breathing", "keine Atemnot"
// "never … like this" says how bad, not that it is absent
const FAINT_THING = /^(?:brown|red|pink|white|grey|gray|blue|purple|yellow|dark|mark|marks|line|lines|scar|trace|spot|spots|shadow|hint|smell|outline|tinge|patch|ring|rings|glow|bruise|stain|lijn|lijntje|vlek|vlekje|streep|streepje|litteken|schaduw|spoor|zweem|linie|fleck|narbe|spur|schatten|streifen|schimmer|trace|tache|marque|ombre|ligne|cicatrice|rougeur)$/;
// screwing up one's eyes against the sun is no eye swollen shut
const SQUINT = cues("squint|squeez|screw(?:ing)? up|knijp|pliss|kneif|blinzel|cligne");
// "j'ai fait une réaction à la lidocaïne", "I once had a reaction to …"
const REACTED = cues("(?:j'ai (?:deja )?(?:fait|eu)|i(?:'ve| have)? (?:once )?(?:had|got)|ik (?:had|heb)(?: ooit| al)?|ich (?:hatte|habe)(?: mal| schon)?)(?: une| a| an| een| eine)?(?: [a-z]+)? (?:reaction|reactie|reaktion)");
const RELATIVE = "(?:sister|brother|mother|mum|mom|father|dad|aunt|uncle|grandmother|grandma|grandfather|grandpa|wife|husband|partner|daughter|son|friend|cousin|niece|nephew|" +
  "soeur|frere|mere|maman|pere|papa|tante|oncle|grand-mere|grand-pere|femme|mari|fille|fils|amie?|cousine?|neveu|" +
  "zus|zuster|broer|moeder|mama|vader|oom|oma|opa|vrouw|man|dochter|zoon|vriendin|vriend|neef|nicht|" +
  "schwester|bruder|mutter|vater|onkel|frau|mann|tochter|sohn|freundin|freund)";
const RELAYED = cues(`(?:my|mijn|ma|mon|mein|meine|onze|our|notre|unser|unsere) ${RELATIVE} (?:fragt|asks|vraagt|demande|wants to know|wil weten|mochte wissen|veut savoir|wonders)`,
  `(?:for|voor|pour|fur) (?:my|mijn|ma|mon|meine[nmr]?|meinen) ${RELATIVE}(?![a-z])`);
const THIRD_PERSON = cues("(?:for|voor|pour|fur|bei) (?:her|him|haar|hem|sie|ihn|ihr|elle|lui)(?![a-z])|(?:ob|if|whether|of|si) (?:she|he|sie|er|ze|hij|elle|il)(?![a-z])",
  "(?:she|he|sie|er|ze|hij|elle|il)(?:'s| is| has| had| takes| ist| hat| nimmt| heeft| neemt| est| a| prend| allaite| stillt| breastfeeds)(?![a-z])|who(?:'s| is) (?:breastfeeding|pregnant)");
// a sign told in the same clause as a price is a reaction to it: "die prijzen zijn om flauw te vallen",
// "der Preis war zum Umfallen", "le montant m'a donné une crise cardiaque"
const PRICE_WORD = /(?<![a-z])(?:prijs|prijzen|prijslijst|price|prices|pricing|prix|tarifs?|tarieven|preis|preise|preisliste|montant|bedrag|betrag|rekening|facture|rechnung|bill)(?![a-z])/;
const priceClause = (text, at) => {
  const from = Math.max(...[",", ".", "?", "!", ":", ";"].map((mark) => text.lastIndexOf(mark, at)));
  const ends = text.slice(at).search(/[,.?!:;]/);
  const clause = text.slice(from + 1, ends < 0 ? text.length : at + ends);
  return PRICE_WORD.test(clause) && !TREATED.test(clause);
};
// "j'ai failli tomber dans les pommes en voyant le prix": the price, not a sign
const PRICE_SHOCK = cues("(?:bei|at|a|bij|with|avec|aux|van|met) (?:euren|ihren|den|diesen|deinen|your|those|these|the|ces|vos|tes|les|jullie|die|deze|uw|de) (?:preisen|prices|prix|prijzen|tarifs|tarieven)",
  "(?:voyant|vu|saw|seeing|see|zag|zie|zien|sah|sehe|gesehen|read|lu|las|lees|lese|gelesen|heard|entendu|hoorde|horte)(?: [a-z']+){0,2} (?:prix|tarifs?|facture|devis|price|prices|bill|quote|prijs|prijzen|rekening|factuur|offerte|preis|preise|rechnung|kostenvoranschlag)",
  "(?:prijs|prijzen|rekening|factuur|offerte|preis|preise|rechnung)(?: [a-z]+){0,4} (?:zag|zie|zien|sah|sehe|gesehen|las|lees|gelesen)");
// "I nearly had a heart attack when they scored": what almost happened did not
const ALMOST_BEFORE = /(?:almost|nearly|failli|bijna|haast|fast|beinahe)(?: [a-z']+){0,4} $/;
const ALMOST_PAST = /(?:ed|viel|vielen|gevallen|failli|evanouie?|kippt|geworden)(?![a-z])/;
const ALMOST = new Set("almost nearly failli faillir bijna haast fast beinahe".split(" "));
const SIGN_NEGATION = new Set("no none without geen zonder keine kein keinen ohne aucun aucune sans".split(" "));

// a word spelt by ear matches a long form at one edit: "brethe", "closin", "umgekipt",
// "strugling"; short words never (a "blond" is not "blind")
const near = (w, core) => core.length >= 7 && w[0] === core[0] && distance(w, core, 1) <= 1 && !OTHER_WORDS.has(w);
const nearStart = (w, core) => core.length >= 7 && w.length >= core.length && w[0] === core[0] && !OTHER_WORDS.has(w) &&
  [core.length - 1, core.length, core.length + 1].some((n) => distance(w.slice(0, n), core, 1) <= 1);
// a short word spelt by ear matches by its sound: "pane" is "pain", "throte" "throat",
// "lugt" "lucht": the same letters once the spellings of one sound are made one (a long
// vowel written two ways, a silent e, "ch" and "g", "ck" and "k", "dt" and "t")
const SOUNDS = new Map();
const sound = (w) => {
  if (!SOUNDS.has(w)) {
    SOUNDS.set(w, w.replace(/ij/g, "ei").replace(/y/g, "i").replace(/ph/g, "f").replace(/ck|q/g, "k").replace(/(?<=.)ch/g, "g")
      .replace(/dt$/, "t").replace(/(?<![aeiou])([aeiou])([^aeiou]{1,2})e$/, "$1$1$2").replace(/([^aeiou])\1+/g, "$1")
      .replace(/aa|ai|ae/g, "A").replace(/oo|oa/g, "O").replace(/ee|ea/g, "E"));
  }
  return SOUNDS.get(w);
};
// (never a word a language knows: "ways" is no "waas", "road" no
// "rood"; the lexicons' "other_words" are such words)
const sounds = (w, core) => core.length >= 4 && w.length >= 4 && w[0] === core[0] && sound(w) === sound(core) &&
  !OTHER_WORDS.has(w) && !isStop(w);
const compileForm = (form) => form.replace(/'/g, "_").split("_").filter(Boolean).map((part) => {
  const head = part.startsWith("*");
  const tail = part.endsWith("*");
  const core = part.replace(/^\*|\*$/g, "");
  if (head && tail) return (w) => w.includes(core);
  if (tail) return (w) => w.startsWith(core) || nearStart(w, core);
  if (head) return (w) => w.endsWith(core);
  return (w) => w === core || near(w, core) || sounds(w, core);
});
const OTHER_WORDS = new Set(SAFETY_WORDS.other_words.split(/\s+/).filter(Boolean));
const SAFETY_CONCEPTS = Object.fromEntries(Object.entries(SAFETY_WORDS).filter(([name]) => name !== "other_words").map(([name, forms]) =>
  [name, forms.split(/\s+/).filter(Boolean).map((form) => compileForm(fold(form)))]));

// every form by its first word's test, and what each word can begin (memoised: a long
// message repeats its words)
const FORMS = Object.entries(SAFETY_CONCEPTS).flatMap(([name, forms]) => forms.map((form) => [name, form]));
const BEGINS = new Map();
const begins = (w) => {
  if (!BEGINS.has(w)) BEGINS.set(w, FORMS.filter(([, form]) => form[0](w)));
  return BEGINS.get(w);
};

/** Where each concept's forms stand among the words: name -> [first, last] word indexes. */
function conceptPlaces(ws) {
  const places = {};
  ws.forEach((w, i) => {
    for (const [name, form] of begins(w)) {
      if (i + form.length <= ws.length && form.every((test, k) => !k || test(ws[i + k]))) {
        (places[name] = places[name] || []).push([i, i + form.length - 1]);
      }
    }
  });
  return places;
}

// "the whole crowd was breathless": a crowd's sign is a figure of speech, nobody's own
const CROWD = /(?:crowd|audience|public|publiek|publikum|zuschauer|spectators|spectateurs|toeschouwers|stadium|stade|stadion|zaal|salle|saal|everyone|everybody|iedereen|tout le monde|jeder)(?: [a-z']+){0,3}$/;
// German "man", Dutch "men" as the sign's subject are anyone: "im Gewächshaus bekommt man
// kaum Luft", "eine Beule, die man auf Nahaufnahmen sieht"
const ANYONE = /(?<![a-z])(?:(?:bekommt|kriegt|kann|konnte|hat|sieht|fuhlt|wird|muss|ist|die|den|das|was|wo) man|man (?:bekommt|kriegt|kann|konnte|hat|sieht|fuhlt|wird|muss)|(?:krijgt|kan|heeft|ziet|voelt|wordt|moet) men|men (?:krijgt|kan|heeft|ziet|voelt|wordt|moet))(?![a-z])/;
// the sign's words are told of an animal or a plant just before them, with no person between
function toldOfThing(folded, at) {
  const animal = OWNED_ANIMAL.exec(folded.slice(Math.max(0, at - 60), at).trim());
  return Boolean(animal) && !PERSON.test(animal[0].slice(animal[0].search(ANIMAL) + 1));
}

/** The first concept of a sign of DESIGN.md's safety policy stated in one sentence, not
 *  taken back by a "no" and accepted by `holds(concept, sentence, words around it)`
 *  ("breath", "faint", …), or null. `folded` is the question as `safety` reads it: folded,
 *  its whitespace collapsed to single spaces. */
function statesSign(folded, holds) {
  const sentences = folded.split(/[.?;]+(?=\s|$)/);
  // a sign told in fragments: "ma lèvre du haut. elle est blanche." reads as one sentence
  // too; two or three short statements, never a question (its frame is its own)
  const asked = (folded.match(/[.?;]+(?=\s|$)/g) || []).map((end) => end.includes("?"));
  const short = (k) => sentences[k].trim().split(" ").length <= 12 && !asked[k];
  const pieces = [...sentences];
  for (let k = 1; k < sentences.length; k++) {
    if (!short(k - 1) || !short(k)) continue;
    pieces.push(`${sentences[k - 1]} ${sentences[k]}`);
    if (k > 1 && short(k - 2)) pieces.push(`${sentences[k - 2]} ${sentences[k - 1]} ${sentences[k]}`);
  }
  for (const sentence of pieces) {
    const tokens = [...sentence.matchAll(/[a-z0-9]+/g)];
    const ws = tokens.map((m) => m[0]);
    const found = conceptPlaces(ws);
    // a bruise or a cold sore is no sign: its words are taken out of every concept
    // "wit met blauwe vlekken", "white with blue blotches": blue patches on white skin are
    // mottling, no bruise
    const whiteAt = [...(found.white || []), ...(found.pale || [])];
    if (found.bruise) found.bruise = found.bruise.filter(([b]) => !whiteAt.some(([, e]) => e < b && b - e <= 3));
    if (found.bruise && found.bruise.length) {
      for (const name of Object.keys(found)) {
        if (name !== "bruise") found[name] = found[name].filter(([a]) => !found.bruise.some(([b, e]) => b <= a && a <= e));
      }
    }
    // "a faint brown mark", "a faint line": faint says how pale a thing is, nobody fainted
    if (found.faint) found.faint = found.faint.filter(([a, e]) => a !== e || !FAINT_THING.test(ws[a + 1] || "") ||
      !/^(?:faint|flauwe?)$/.test(ws[a]));
    const placesOf = (name) => found[name] || [];
    for (const [concepts, reach] of SIGNS) {
      const lists = concepts.map(placesOf);
      if (lists.some((list) => !list.length)) continue;
      for (const [start, end] of lists[0]) {
        const chosen = [[start, end], ...lists.slice(1).map((list) => list.reduce((best, p) =>
          Math.abs(p[0] - start) < Math.abs(best[0] - start) ? p : best))];
        const low = Math.min(...chosen.map((p) => p[0]));
        const high = Math.max(...chosen.map((p) => p[1]));
        const own = chosen.reduce((n, p) => n + p[1] - p[0] + 1, 0);
        if (concepts.length > 1 && chosen.some((p, k) => k && p[0] === start && p[1] === end)) continue;
        if (high - low + 1 - own > reach) continue;
        const before = ws.slice(Math.max(0, low - 3), low);
        const negated = before.findIndex((w) => SIGN_NEGATION.has(w));
        if ((negated >= 0 && !/^(?:grund|raison|reden|reason)$/.test(before[negated + 1] || ws[low] || "")) ||
            (before.includes("pas") && before.includes("de"))) continue;
        // "fainted at the dentist years ago" is history; the words around a sign say so
        const last = tokens[Math.min(tokens.length - 1, high + 8)];
        const lead = ws.slice(Math.max(0, low - 6), low).join(" ");
        // "ik viel bijna flauw", "I almost fainted": a faint that almost happened did not ("ik val
        // bijna flauw" is one now, "bijna geen lucht" a sign)
        if ((concepts[0] === "faint" && before.some((w) => ALMOST.has(w)) && ALMOST_PAST.test(ws.slice(Math.max(0, low - 3), high + 1).join(" ")) && !TREATED.test(sentence)) ||
            priceClause(sentence, tokens[low].index)) continue;
        if (toldOfThing(lead, lead.length) || CROWD.test(lead) || ANYONE.test(ws.slice(Math.max(0, low - 4), high + 1).join(" "))) continue;
        if (holds(concepts[0], sentence.trim(), sentence.slice(tokens[Math.max(0, low - 8)].index, last.index + last[0].length))) return concepts[0];
      }
    }
  }
  return null;
}

/** `emergency`, `medical` or null for a (redacted) question (DESIGN.md, Safety policy). */
export function safety(text) {
  // like intent and search, safety reads the first KEPT characters (ask cuts there too); a
  // line of its own is a sentence of its own ("Symptoms:\n- lip white\n- since 14:00")
  // (an emoji ends a clause as a full stop would: "… du mariage 😭 bon, au moins les soins")
  const t = fold(String(text).slice(0, KEPT).replace(/[’‘]/g, "'").replace(/\s*\p{Extended_Pictographic}[\p{Extended_Pictographic}\u200d\ufe0f\s]*/gu, ". ")).replace(/\s*\n\s*/g, ". ").replace(/\s+/g, " ").trim()
    // "everywhereee", "heeeelp": a letter held three times or more is one letter
    // (a consonant three times inside a word is a German or Dutch compound: "Fitnessstudio")
    .replace(/([aeiouy])\1{2,}/g, "$1").replace(/([a-z])\1{3,}/g, "$1").replace(/([a-z])\1{2}(?![a-z])/g, "$1").replace(/(?<![a-z0-9'])[a-z0-9]+(?![a-z0-9'])/g, (w) => SHORTHAND.get(w) || w);
  // a pattern found in `within` (t, or t with some words blanked) and not negated in t
  const has = (pattern, within = t) => {
    const m = pattern.exec(within);
    return Boolean(m) && !NEGATION.test(t.slice(Math.max(0, m.index - 24), m.index));
  };
  const own = SELF.test(t);
  // "I'm asking for my sister, she is next to me and …": someone with the writer is no general question
  // a relative's own question relayed ("my brother asks whether he may …", "asking for my
  // sister who's breastfeeding, is it OK for her?") is a question about a body, not in general
  const relayed = RELAYED.test(t) && THIRD_PERSON.test(t);
  const askedInGeneral = IN_GENERAL.test(t) && (t.includes("?") || /(?:whether|if|si|of|ob) /.test(t)) && !WITH_ME.test(t) && !relayed;
  const colourAt = SKIN_COLOUR.exec(t);
  const faintAt = FAINT.exec(t);
  const sign = (has(SKIN_COLOUR) && !NOT_SKIN.test(t) && !toldOfThing(t, colourAt.index) && !PAST.test(t.slice(Math.max(0, colourAt.index - 60), colourAt.index + 80))) || (has(FAINT) && !FEAR.test(t) && !PAST.test(t) && !PRICE_SHOCK.test(t) && !excited(t) &&
    !(ALMOST_BEFORE.test(t.slice(0, faintAt.index)) && ALMOST_PAST.test(t.slice(faintAt.index, faintAt.index + 24)) && !TREATED.test(t))) ||
    (FEVER.test(t) && REDNESS.test(t));
  if (sign && (own || !GENERAL.test(t)) && !askedInGeneral) return "emergency";
  // a sign as concepts: whether it is one's own is read in its sentence ("can filler make you
  // blind? I read it on insta" asks in general, whatever "I read" says)
  const generalSentence = (sentence) => GENERAL.test(sentence) || GENERAL_ANY.test(sentence);
  const stated = !askedInGeneral && statesSign(t, (concept, sentence, around) =>
    (!["colour", "pale", "turned", "white"].includes(concept) || !NOT_SKIN.test(around)) &&
    (concept !== "pain" || !PAIN_DENIED.test(around)) && (concept !== "swell" || !WISH.test(sentence)) && (concept !== "faint" || ((!FEAR.test(t) || JUST_FAINTED.test(t)) && !excited(sentence))) && !PRICE_SHOCK.test(sentence) && (concept !== "see" || !SQUINT.test(around)) &&
    !PAST.test(around) && !HYPOTHETICAL.test(sentence) && !GENERIC_YOU.test(around) && (SELF.test(sentence) || !generalSentence(sentence)));
  if (stated) return "emergency";
  // "emergency equipment", "in case of emergency": urgency named as a topic, not felt
  if (has(URGENT, t.replace(URGENT_AS_TOPIC, (topic) => " ".repeat(topic.length))) && !NOT_MEDICAL.test(t) && (((BODY.test(t) || TREATED.test(t)) && SYMPTOM.test(t)) || !(NOT_URGENT_TOPIC.test(t) || GIFT.test(t) || RESCHEDULE.test(t)))) return "emergency";
  if (NOT_MEDICAL.test(t)) return null;
  // "I had a reaction to a peel years ago, long gone now. Do you sell vouchers?": a past
  // complication said to be over asks nothing about one's body, unless the rest does
  const over = (sentence) => RESOLVED.test(sentence) && (PAST.test(sentence) || AGO.test(sentence)) && !STILL.test(sentence) &&
    !sentence.includes("?") && !MAY_I.test(sentence) && !SUITABLE.test(sentence);
  const rest = t.split(/(?<=[.!?;])\s+/).filter((sentence) => !over(sentence)).join(" ");
  if (rest !== t && !MAY_I.test(rest) && !SUITABLE.test(rest) && !ADVICE.test(rest) && !(STILL_POSSIBLE.test(rest) && !PRICE.test(rest))) return rest ? safety(rest) : null;
  if (ANIMAL_TOLD.test(t) && !OWN_BODY.test(t) && !PREGNANT.test(t) &&
      (NOT_URGENT_TOPIC.test(t) || PRICE.test(t) || GIFT.test(t) || /(?:bring|mitbring|meebreng|meeneem|amener|emmener|how much|wie ?viel|hoeveel)/.test(t))) return null;
  const general = askedInGeneral;
  const mine = own || relayed;
  const mayI = MAY_I.test(t) || relayed;
  const forMe = FOR_ME.test(t) || relayed;
  const group = (GROUP.test(t) && !mine) || general;
  // "my sister-in-law is pregnant, do you sell vouchers?" is a gift, not her body
  if (PREGNANT.test(t) && (PREGNANT_SELF.test(t) || (!group && !GROUP.test(t) && !GIFT.test(t) && (TREATED.test(t) || mayI || BODY.test(t) || PERSONAL.test(t) || t.split(" ").length <= 8)))) return "medical";
  const admin = ADMIN.test(t);
  // "is there a lift? with my rheumatism stairs are hard": a condition told for a practical question
  const practical = LOGISTICS.test(t) && !TREATED.test(t);
  // the medical families as concepts (lexicon): a condition of one's own ("ik ben net bevallen",
  // "I bruise easily"), a state after one's own treatment ("flaking since the peel")
  const words = t.match(/[a-z0-9]+/g) || [];
  const medicalWords = conceptPlaces(words);
  const named = (concept) => (medicalWords[concept] || []).some(([start]) => !words.slice(Math.max(0, start - 2), start).some((w) => SIGN_NEGATION.has(w)) &&
    !words.slice(Math.max(0, start - 5), start).some((w) => ALMOST.has(w)));
  const condition = CONDITION.test(t) || REACTED.test(t) || named("condition");
  // "j'ai failli faire une crise cardiaque quand Charleroi a égalisé"
  const medicalNamed = MEDICAL.exec(t);
  const medical = Boolean(medicalNamed) && !ALMOST_BEFORE.test(t.slice(Math.max(0, medicalNamed.index - 40), medicalNamed.index)) && !priceClause(t, medicalNamed.index);
  if ((medical && !practical && !group) || (ADVICE.test(t) && !group && !admin && !PRICE.test(t) && (SYMPTOM.test(t) || OWN_TREATMENT.test(t) || BODY.test(t) || (AGO.test(t) && TREATED.test(t))))) return "medical";
  if ((mine || mayI || TAKE.test(t) || /(?:pour|voor|fur|for) (?:moi|mij|mich|me)(?![a-z])/.test(t)) && condition && !GIFT.test(t) && !admin && !group && !practical) return "medical";
  if (TAKE.test(t) && REGULARLY.test(t) && !group) return "medical";
  if (SUITABLE.test(t) && forMe && !group) return "medical";
  if (mayI && own && DESPITE.test(t) && TREATED.test(t) && (BODY.test(t) || SYMPTOM.test(t) || condition) && !group && !admin && !PRICE.test(t)) return "medical";
  // (said of oneself, whatever the frame: "is filler a risk for me?")
  if (EFFECT_ON_ME.test(t) && TREATED.test(t) && !admin) return "medical";
  // how much product one person needs; how many sessions people usually need is information
  if (NEED.test(t) && forMe && /combien|how (?:many|much)|hoeveel|wie ?viel/.test(t) && !admin && !group &&
      (SELF_NEED.test(t) || !/session|seance|sessie|sitzung|behandelingen|treatments|usually|generally|normalement|generalement|meestal|gewoonlijk|normaal|normalerweise|meistens|gewohnlich/.test(t))) return "medical";
  // "what is actually in the vial? be straight with me" asks what it is, not how much for me
  if (DOSE.test(t) && forMe && (/combien|how many|how much|hoeveel|wie ?vie?l|wiviel|quanto/.test(t) || NEED.test(t) ||
      (t.includes("?") && (words.length <= 10 || /(?:pour|voor|fur|for|bei|chez) (?:moi|mij|mich|me|mir)(?![a-z])|angemessen|appropriate|approprie|aangewezen|richtige?|juiste|juste|bonne?|goede|right (?:one|amount)/.test(t))))) return "medical";
  if (SUITS.test(t) && condition && !group && !admin) return "medical";
  if (HAD.test(t) && AGO.test(t) && (mayI || STILL_POSSIBLE.test(t))) return "medical";
  if ((mayI || MY_TREATMENT.test(t)) && ACTIVITY.test(t) && (AFTER.test(t) || OWN_TREATMENT.test(t)) && (TREATED.test(t) || OWN_TREATMENT.test(t) || MY_TREATMENT.test(t))) return "medical";
  // aftercare asked without a person, as a search: "sport lendemain botox?", "sauna after filler"
  if (ACTIVITY.test(t) && AFTER.test(t) && TREATED.test(t) && t.split(" ").length <= 6 && !group && !admin && !PRICE.test(t)) return "medical";
  if (HAD_TREATMENT.test(t) && !group && (mayI || STILL_POSSIBLE.test(t))) return "medical";
  // history as fields: "Last year: thread lift / Now: skin booster / ok for me?"
  if (AGO.test(t) && TREATED.test(t) && STILL_POSSIBLE.test(t) && (mayI || /(?:bij|voor) mij|for me|pour moi|chez moi|bei mir|fur mich/.test(t)) && !group) return "medical";
  if (AGO.test(t) && TREATED.test(t) && STILL_POSSIBLE.test(t) && words.length <= 7 && !group && !admin && !PRICE.test(t)) return "medical";
  // "ist das bei mir noch normal?", "normal for me?"
  if (/(?:bei mir|chez moi|bij mij|for me|pour moi)(?: [a-z]+){0,2} (?:normal|normaal)|(?:normal|normaal)(?: [a-z]+){0,2} (?:bei mir|chez moi|bij mij|for me|pour moi)/.test(t) && !group) return "medical";
  // "mein Tattoo schält sich, darf ich schon in die Sauna?": an activity asked for one's own healing skin
  if (mayI && mine && ACTIVITY.test(t) && named("after_effect") && !group && !admin) return "medical";
  if (/normaa?l(?: of (?:nie|niet))?\s*\??$|normal\s*\??$/.test(t) && (SYMPTOM.test(t) || OWN_TREATMENT.test(t))) return "medical";
  const treated = OWN_TREATMENT.test(t);
  if (treated && named("after_effect") && (t.includes("?") || ADVICE.test(t)) && !group && !admin && !PRICE.test(t)) return "medical";
  // several questions in one message: the one about the after-effect is read on its own
  // ("… vervelt mijn huid nog, is dat normaal? Verder: prijs van een tweede sessie?")
  if (treated && named("after_effect") && !group && t.split(/(?<=[.?!;:])\s+/).some((sentence) =>
    (sentence.includes("?") || ADVICE.test(sentence)) && !ADMIN.test(sentence) && !PRICE.test(sentence) &&
    conceptPlaces(sentence.match(/[a-z0-9]+/g) || []).after_effect)) return "medical";
  if ((mine || treated) && SYMPTOM.test(t) && !group && !(PAIN_QUESTION.test(t) && !OWN_TREATMENT.test(t))) return "medical";
  if ((mine || mayI) && treated && TREATED.test(t) && mayI && !admin) return "medical";
  // "zwelling en jeuk rond de prikjes van de PRP, moet ik iets smeren?"
  if (mayI && SYMPTOM.test(t) && TREATED.test(t) && !group && !admin && !PAIN_QUESTION.test(t) && !GENERAL_ANY.test(t)) return "medical";
  if (mine && (FAINT.test(t) || named("faint")) && FEAR.test(t)) return "medical";
  return null;
}
