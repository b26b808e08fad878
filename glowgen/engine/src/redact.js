import wordNames from "../lexicon/first-names-also-words.txt";
import firstNames from "../lexicon/first-names.txt";
import { isStop } from "./analysis.js";
import { commonWord } from "./intent.js";
import { SIGN_WORDS } from "./lexicon.js";
import { distance } from "./scoring.js";

/* ---------- guardrails: personal data out, then emergencies and medical questions ---------- */

// One character for one: look-alikes (full-width digits and letters, other spaces,
// dashes, apostrophes) become ASCII and letters lose case and accents, so the patterns
// below see what a reader sees while positions stay those of the visitor's text.
const LOOK = { "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2010": "-", "\u2011": "-", "\u2012": "-",
  "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u3002": ".", "\uff61": ".", "\ufe6b": "@" };
function shadow(text) {
  let out = "";
  for (const c of text.split("")) {
    const code = c.charCodeAt(0);
    if (code < 128) {
      out += code > 64 && code < 91 ? String.fromCharCode(code + 32) : c;
      continue;
    }
    let s = LOOK[c] || c.normalize("NFKC").toLowerCase();
    if (s.length !== 1) s = c;
    s = s.normalize("NFD")[0];
    out += /\s/.test(s) ? " " : s;
  }
  return out;
}

const digitsOf = (text) => text.replace(/\D/g, "");
const word = (list) => new RegExp(`(?<![a-z])(?:${list})(?![a-z])`);

function luhn(digits) {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = +digits[digits.length - 1 - i];
    if (i % 2) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** A Belgian national register or BIS number: a birth date (BIS: month + 20 or 40) and
 *  a check of 97 - number mod 97, with a 2 in front for those born from 2000. */
function nationalNumber(digits) {
  const month = +digits.slice(2, 4) % 20;
  const base = +digits.slice(0, 9);
  const check = +digits.slice(9);
  return month <= 12 && +digits.slice(4, 6) <= 31 && +digits.slice(2, 4) < 53 &&
    (97 - (base % 97) === check || 97 - ((2e9 + base) % 97) === check);
}

/** How many characters of an IBAN candidate (letters and digits only) make a valid
 *  IBAN: the longest that passes mod 97, or 0. */
function ibanLength(chars) {
  const value = (c) => (c < "a" ? c : String(c.charCodeAt(0) - 87));
  const tail = chars.slice(0, 4).map(value).join("");
  let mod = 0;
  let best = 0;
  for (let i = 4; i < chars.length; i++) {
    for (const d of value(chars[i])) mod = (mod * 10 + +d) % 97;
    if (i >= 14) {
      let m = mod;
      for (const d of tail) m = (m * 10 + +d) % 97;
      if (m === 1) best = i + 1;
    }
  }
  return best;
}

// Bounded repetitions everywhere: every pattern does a fixed amount of work at each
// position, so a long paste costs time in proportion to its length.
const IBAN = /(?<![a-z0-9])[a-z]{2}\d{2}(?:(?:[ -]|\n ?)?[a-z0-9]){10,32}/g;
const EW = "[a-z0-9_%+-]{1,64}";
const DOTS = "(?:\\.| \\. | (?:dot|punt|point|punkt|stip) | ?[(\\[{<] ?(?:dot|punt|point|punkt|\\.) ?[)\\]}>] ?)";
const ATS = "(?: ?@ ?| (?:at|arobase|apenstaartje|apestaartje|aapje|klammeraffe) | ?[(\\[{<] ?(?:at|@|arobase) ?[)\\]}>] ?)";
const EMAIL = new RegExp(`(?<![a-z0-9_%+.-])${EW}(?:${DOTS}${EW}){0,8}${ATS}${EW}(?:${DOTS}${EW}){1,4}`, "g");
const TLD = /(?<![a-z])(?:be|nl|fr|de|lu|uk|es|it|ch|at|eu|us|ca|pl|pt|ie|se|dk|no|fi|cz|io|co|me|tv|ma|tr|ro|com|net|org|info|biz|email|online|site|brussels|vlaanderen|gent|paris|berlin)$/;
// number words of the four languages, compounds too ("vijfennegentig", "quatre-vingt", "siebenundsiebzig")
const NUMBER_PART = "zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|" +
  "un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|cents?|" +
  "nul|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|" +
  "null|eins|ein|zwei|drei|funf|sechs|sieben|neun|zehn|zwolf|zwanzig|dreissig|vierzig|funfzig|sechzig|siebzig|achtzig|neunzig|hundert";
const NUMBER_WORD = new RegExp(`^(?:(?:${NUMBER_PART})(?:en|und|et)?)+$`);
const SPOKEN_NUMBER = new RegExp(`(?<![a-z])(?:(?:${NUMBER_PART})(?:en|und|et|-)?)+(?:[\\s-]+(?:(?:${NUMBER_PART})(?:en|und|et|-)?)+|[\\s-]+(?:et|and|en|und)(?=[\\s-]+[a-z])){3,30}(?![a-z])`, "g");
const ID_CUE = /(?<![a-z])(?:assurance maladie|carte soleil|health (?:card|insurance)(?: number)?|ziekenfonds(?:nummer)?|krankenversicherungsnummer|medicare(?: number)?|ahv(?:-nummer)?|sozialversicherungsnummer|social security(?: number)?|ssn|member(?:ship)? (?:number|no)|numero d'affilie|n° d'affilie|affiliation|lidnummer|lidnr|aansluitingsnummer|mitgliedsnummer|versichertennummer|versicherungsnummer|dni|nie|nif|bsn|passport(?: number)?|paspoort(?:nummer)?|passeport|reisepass(?:nummer)?|(?:personal)?ausweis(?:nummer|-nr\.?|nr\.?)?|f(?:u|ue)hrerschein(?:nummer)?|driv(?:ing|er'?s) licen[cs]e(?: number)?|rijbewijs(?:nummer)?|permis de conduire|(?:identity|id) card(?: number)?|identiteitskaart(?:nummer)?|carte d'identite|patient(?:en)? ?(?:number|nummer)|dossiernummer|numero de dossier|identificatienummer|id number|id-nummer|nmc pin|pin|riziv(?:-nummer)?|inami|big(?:-nummer| number)|gphc(?: number)?|(?:carte|kaart|karte|card)(?: de)? (?:fidelite|client)|loyalty(?: card)?(?: number)?|klantenkaart|klante?nummer|getrouwheidskaart|kundenkarte|kundennummer|treuekarte|bonuskarte|customer (?:number|no|id)|numero (?:de )?client|(?:crew|staff|employee|personnel|mitarbeiter|personal|member|membership|licen[cs]e|lizenz|licentie|brevet|certification|certificate|diver|pilot|instructor)[ -]?(?:id|number|no|nr|n°|nummer|numero)|numero (?:de )?(?:personnel|licence|membre|brevet|certification)|(?:licence|license|lizenz|licentie|brevet|membership|lidmaatschap)|n°|student(?:en)? ?(?:card|kaart|ausweis)|carte (?:d')?etudiant|studentenkaart|studentenausweis|matrikel(?:nummer)?|prescription|ordonnance(?: electronique)?|voorschrift|rezept(?:nummer)?|recip-?e|numero (?:de )?(?:patient|prescription|l'ordonnance(?: electronique)?)|patient (?:no|nr|id)|booking ref(?:erence)?|(?:schade)?dossier|claim|sinistre|schaden(?:nummer|fall)?|polis(?:nummer)?|policy|police|polizze|contract|contrat|vertrag(?:snummer)?|personeelsnummer|werknemersnummer|personalnummer|mitarbeiternummer|matricule|numero d'employe)(?:(?: [a-z']{1,40}){1,6}? ?(?:(?:is|est|ist|was|war|etait)(?![a-z])|:))?(?: (?:is|est|ist|nr|no|n°|number|nummer|numero)(?![a-z]))*[ :.#,]*([a-z0-9](?:[a-z0-9./-]| (?=[a-z]{0,4}\d)){4,24})/g;
const SPACED_BIRTH = /(?:born|birth|dob|naissance|nee? le|geboren|geboorte(?:datum)?|geburtsdatum|geb\.?)[^0-9]{0,12}\d{1,2} \d{1,2} (?:19|20)\d{2}(?!\d)/g;
const NUMBER = /(\+ ?)?\d(?:[ .\/()-]{0,3}\d){0,40}/g;
const PHONE_CUE = /(?:tel|phone|gsm|mobile|portable|fixe|festnetz|vaste lijn|vast nummer|landline|nummer|numero|number|bel|call|appel|anruf|handy|whatsapp|sms)/;
// "bestelbonnummer 4500 2291", "order number": a number of an order or an invoice is no phone
const ORDER_CUE = /(?:order|bestel|commande|factu|invoice|rechnung|referen|ticket|tracking|colis|pakket|sendung|(?<![a-z])po(?=[ .#:-]))[a-z]*(?:[ -]?(?:nr|no|n°|number|nummer|numero|reference))?(?: (?:is|est|ist))?[ :#.-]*$/;
// a company's VAT or enterprise number names a sole trader: an identifier, not a phone
const COMPANY_CUE = /(?:(?:^|[^a-z])be ?|(?:btw|tva|vat|ust|ondernemingsnummer|numero d'entreprise|entreprise|enterprise|kbo|bce)(?![a-z])[^a-z0-9]{0,4}(?:[a-z.'-]+[^a-z0-9]{0,4}){0,3})$/;
const MONTH = "(?:jan(?:uary|vier|uari|uar)?|janner|jaenner|feb(?:ruary|ruari|ruar)?|feber|fev(?:rier)?|mar(?:ch|s|z)?|maart|apr(?:il)?|avr(?:il)?|mai|may|mei|jun[ei]?|juin|jul[iy]?|juil(?:let)?|aug(?:ust|ustus)?|aout|sep(?:t|tember|tembre)?|o[ck]t(?:ober|obre)?|nov(?:ember|embre)?|de[cz](?:ember|embre)?)(?![a-z])";
// the months written out, in the four languages: "am 18. März Geburtstag" names no one
const MONTH_WORD = word("januari|january|janvier|januar|janner|februari|february|fevrier|februar|maart|march|mars|marz|april|avril|mei|may|mai|juni|june|juin|juli|july|juillet|augustus|august|aout|september|septembre|oktober|october|octobre|november|novembre|december|decembre|dezember");
const DATE = new RegExp("(?<!\\d)(?:(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4}|\\d{2})|(\\d{4})-(\\d{1,2})-(\\d{1,2})|" +
  `(\\d{1,2})(?:\\.|er|e|st|nd|rd|th)? (?:of )?${MONTH}\\.?(?: (\\d{4}))?|${MONTH}\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4}))(?!\\d)`, "g");
// a date read aloud: "twenty first of january 1988", "quinze mars mille neuf cent quatre vingt
// quatre", "der zweite august 1991"
const DAY_WORD = `(?:(?:twenty|thirty)[ -]?)?(?:first|second|third|(?:four|fif|six|seven|eigh|nin)th)|(?:ten|eleven|twelf|(?:thir|four|fif|six|seven|eigh|nine)teen)th|twentieth|thirtieth|premier|(?:${NUMBER_PART})(?:(?:en|und|-| et |-et-)(?:${NUMBER_PART}))?(?:ste|sten|ster|de|te|ten|ter|th)?`;
const YEAR_WORDS = `(?:(?:${NUMBER_PART}|mille|mil|duizend|tausend|thousand)(?:en|und|et|-)?)+(?:[ -](?:(?:${NUMBER_PART}|mille|mil|duizend|tausend|thousand)(?:en|und|et|-)?)+){0,7}`;
const SPOKEN_DATE = new RegExp(`(?<![a-z])(?:${DAY_WORD}) (?:of |de |van )?${MONTH}(?: (\\d{4}|${YEAR_WORDS})(?![a-z0-9]))?`, "g");
const BIRTH = /(?<![a-z])(?:born|birth|dob|naissance|nee? le|nee? en|geboren|geboorte|verjaardag|anniversaire|geburt|geb\.)/;
const STREET_END = "straat|laan|lei|steenweg|weg|plein|dreef|kaai|markt|baan|singel|gracht|dijk|vest|hof|steeg|boulevard|ring|erf|pad|kade|strasse|straße|str\\.|gasse|allee|platz|damm|ufer";
const STREET = new RegExp(`(?<![a-z])(?:(?:[a-z'-]{2,30} )?[a-z'-]{2,30}(?:${STREET_END})|(?:[a-z'-]{2,30} )?(?:markt|plein|kaai|dreef|steenweg|platz|allee|gasse|strasse|straße|str\\.)) \\d{1,4}(?: ?[a-z](?![a-z]))?(?:(?: bus| box| bte| boite|\\/) ?\\d{1,4})?`, "g");
const FR_PARTICLE = /^(?:de|la|le|les|du|des|d'[a-z'-]*|l'[a-z'-]*|aux?|sur|en|et|van|der|den|het|ter|ten|saint|sainte|st|ste)$/;
const RUE = "rue|avenue|av\\.|boulevard|bd|chaussee|place|chemin|allee|quai|impasse|square|route|dreve|clos|rempart|galerie|parvis|sentier|hameau|lieu-dit|lieudit";
// a place with no street: "au lieu-dit Fraire", "Hof ter Donk 3", "Hoeve De Linde 2"
const PLACE_NAMED = /(?<![a-z])(?:lieu-dit|lieudit|hameau (?:de|du|des|d')) ?[a-z'-]{2,25}|(?<![a-z])(?:hof|hoeve|gehucht)(?: ter| te| van| de| het)? [a-z'-]{2,25} \d{1,4}(?![\d:])/g;
const STREET_WORD = new RegExp(`^(?:${RUE}|gallery|galerij|street|road|straat|strasse|laan|plein|markt|platz|park|parking|station)$`);
const STREET_FR = new RegExp(`(?<![a-z])(?:${RUE})(?: [a-z'-]{1,25}){1,5},? \\d{1,4}(?![\\d:]|h\\d)(?: ?(?:bis|ter|[a-z])(?![a-z]))?(?:(?: bte| boite| bus|\\/) ?\\d{1,4})?|(?<!\\d|\\d[hu:.])\\d{1,4}(?: ?(?:bis|ter|[a-z])(?![a-z]))?,? (?:${RUE})(?![a-z])(?: [a-z'-]{1,25}){1,4}`, "g");
const STREET_EN = /(?<![\d:.])\d{1,5},? (?:[a-z'-]{2,25} ){1,3}(?:street|st|road|rd|avenue|ave|lane|drive|boulevard|blvd|way|close|court|square|place|terrace|crescent|gardens|grove|forge|spur|mews|row|hill|park|view|walk|cliff|haven|trace|ranch|brook|bridge|height|ridge|manor|meadow|orchard|village|valley|spring|field|estate|green|glen|crest|cove|creek|circle|hollow|knoll|lodge|loop|parkway|trail|well|port|mount|bypass|oval|alley|causeway|crossing|dale|expressway|ferry|ford|forest|freeway|gateway|harbou?r|highway|inlet|island|junction|lake|landing|motorway|mountain|overpass|pike|plaza|river|shore|stream|summit|tunnel|turnpike|viaduct|ville|vista|gate|wharf|yard|canyon|cape|camp|fort|neck|isle|branch|burg|corner|crossroad|curve|divide|loaf|radial|rapid|shoal|throughway|trafficway|stravenue|passage|path|pine|plain|point|light|key|union|common|fall|lock|station|center|centre|flat|fork|mall|ramp|track|wall|mission|course|extension|underpass|skyway|prairie|run|pass|land|rest|via|club|mill|dam)s?(?![a-z])/g;
// Dutch and British postcodes: "8418 OV Jirnsum", "KW6N 2TE", "S1 1TS"
const NA_POSTCODE = /(?<![a-z0-9])(?:[a-z]\d[a-z] \d[a-z]\d|[a-z]{2} \d{5}(?:-\d{4})?)(?![a-z0-9])/g;
const FOREIGN_POSTCODE = /(?<![a-z0-9])(?:[1-9]\d{3} ?[a-z]{2}(?: [a-z][a-z'-]{2,24})?|[a-z]{1,2}\d[a-z\d]? \d[a-z]{2})(?![a-z0-9])/g;
const POSTCODE = /(?<![\d.,€$-])(?:(?:b|l|d|f|nl)-)?(?:[1-9]\d{3,4}|0[1-9]\d{3}) (?:(?:de|den|la|le|les|sint|saint|st|bad) )?'?[a-z][a-z'-]{2,24}/g;
const NOT_CITY = word("close|near|far|enough|from|dicht|loin|pres|nah|weit|euros?|eur|ml|mg|cc|units?|unites?|eenheden|einheiten|jours|dagen|days|tage|mois|maanden|months|monate|ans|jaar|jaren|years|jahre|min|minutes|minuten|heures|uur|hours|stunden|sessions?|seances?|sessies?|calories|kcal|joules|shots|points|punten|and|et|en|und|or|ou|of|oder|" +
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag") ;
const NAME_CUE = /(?<![a-z])(?:((?:nom de scene|nom d'artiste|stage name|artiestennaam|kunstlername|buhnenname|legal name|real name|nom (?:a l'etat civil|legal|officiel)|vrai nom|wettelijke naam|echte naam|officiele naam|burgerlicher name|richtiger name|echter name)(?:'s| is| est| c'est| ist)? ?:?|(?:signe|signed|getekend|gezeichnet|unterzeichnet|handtekening|unterschrift) ?:|my name is|my name's|name's|t\.n\.v\.|tnv|my details|mijn naam is|mijn gegevens|ik heet|mes coordonnees|je m'appelle|je m appelle|mon nom est|mon nom c'est|ich heiße|ich heisse|mein name ist|meine daten|meine kontaktdaten|name ?:|naam ?:|nom de famille ?:|nom ?:?|(?:first|last|family|sur) ?name ?:?|prenoms? ?:?|voorna(?:am|men) ?:?|forenames? ?(?:\(s\))? ?:?|given names? ?:?|achternaam ?:?|familienaam ?:?|vornamen? ?:?|nachname ?:?|vatersname ?:?|patronym(?:e|ic)? ?:?|middle name ?:?|familienname ?:?|(?:her|his|their) name is|son nom (?:est|c'est)|(?:haar|zijn) naam is|(?:ihr|sein) name ist|heisst|heißt|name on (?:the )?card|account holder|inhaber(?:in)?|card ?holder|karteninhaber(?:in)?|kaarthouder|naam op de kaart|nom sur la carte|titulaire de la carte|au nom d(?=')|kontoinhaber(?:in)?|rekeninghouder|titulaire|(?:from|van|von|de) ?:|to the attention of|a l'attention de|ter attentie van|zu handen (?:von )?|(?:my|her|his|mijn|haar|zijn|mes|ses|meine|ihre|seine) (?:details|gegevens|coordonnees|daten) (?:are|zijn|sont|sind) ?:?|versicherte|je me presente ?:?|au nom de|a l'ordre de|op naam van|ten name van|on name of|in the names? of|the name on (?:it|the card|the account) is|name on (?:it|the card) is|name auf (?:der )?karte ist|kontoinhaber(?:in)? ist|(?:the )?account holder is|titulaire(?: du compte)? est|rekeninghouder is|genaamd|heet|(?:my|mijn|mon|meinen) (?:name|naam|nom|namen) (?:as|als|comme))|(my name|mijn naam|mon nom|mein name|fruher|formerly|anciennement|vroeger|ehemals|noem me(?: maar| gewoon)?|nenn mich|nennen sie mich|i'm|i am|it's|it is|(?:la |de |die |the |my host |ma |mijn |meine )?(?:famille|familie|family|fam\.|gastfamilie|gastgezin|famille d'accueil)|chez les|attn|attention|t\.a\.v\.|tav|(?:reserve|book|booking|boek|boeken|reserveer|buche|buchen|reserviere)[a-z]* (?:pour|for|voor|fur)|ik ben|'k zen|k zen|'k ben|je suis|jsuis|j'suis|chui|ich bin|c'est|hier is|dit is|this is|hier ist|hier spricht|ici|moi c'est|ask for|(?:mama|moeder|vader|papa|maman|mere|pere|mutter|vater|mother|father|mum|mom) (?:van|de|von|of|d(?='))|(?:my|mijn|ma|mon|mein|meine) (?:mother|father|brother|sister)-in-law|ma belle-(?:soeur|mere|fille)|mon beau-(?:frere|pere|fils)|mijn (?:schoonmoeder|schoonvader|schoonzus|schoonbroer)|(?:meinem|meiner|meines) (?:mann|sohn|vater|bruder|freund|partner|schwiegersohn|frau|tochter|mutter|schwester|freundin)|vraag (?:dan )?(?:gerust )?naar|demandez|frag(?:en sie|t)? nach|(?:my|our) (?:husband|wife|son|daughter|mother|mum|mom|father|dad|sister|brother|partner|girlfriend|boyfriend|friend|son-in-law|daughter-in-law|grandson|granddaughter)(?: is)?|(?:mon|notre) (?:mari|fils|pere|frere|copain|pote|epoux|gendre|ami|petit-fils)(?: est)?|mon (?:epouse|amie|ex)(?: est)?|(?:groetjes|groeten|groet|greetings|love|cheers|bisous|bises|salutations|gru(?:ß|ss)e|grusse|liebe gru(?:ß|ss)e) (?:van|from|de|von)|(?:ma|notre) (?:femme|fille|mere|maman|soeur|copine|pote|epouse|belle-fille|amie|petite-fille)(?: est)?|(?:mijn|mn|m'n|onze) (?:man|vrouw|zoon|dochter|moeder|mama|vader|papa|zus|zuster|broer|vriendin|vriend|echtgenoot|echtgenote|partner|schoonzoon|schoondochter|kleinzoon|kleindochter)(?: is)?|(?:mein|unser) (?:mann|sohn|vater|bruder|freund|partner|ehemann|schwiegersohn|enkel)(?: ist)?|(?:meine|unsere) (?:frau|tochter|mutter|mama|schwester|freundin|ehefrau|schwiegertochter|enkelin)(?: ist)?)|(groetjes|groeten|groet|tot (?:dan|straks|snel|ziens|morgen|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|a (?:bientot|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi)|bis (?:bald|dann|morgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag)|see you (?:soon|then|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday)|xoxo|xx|liefs|kusjes|kisses|mvg|met vriendelijke groeten?|vriendelijke groeten?|cordialement|bien a vous|bisous|bises|cheers|merci d'avance|bonne (?:journee|soiree)|(?:nog )?een fijne dag|fijne dag|have a (?:nice|good) day|schonen tag|regards|kind regards|best regards|best wishes|mfg|mit freundlichen gru(?:ß|ss)en|liebe gru(?:ß|ss)e|viele gru(?:ß|ss)e|gru(?:ß|ss)e?|salutations)|(merci|bedankt|dank u|dank je|thanks|thank you|danke|lg))(?![a-z])\s?(?:[,!.:]{1,3}|(?:comma|virgule|komma|colon|deux points|dubbele punt|doppelpunkt)(?![a-z]))?\s?['’]?/g;
// first names of Belgium and its neighbours (lexicon/first-names.txt, from Faker): each line
// is how many letters it shares with the line before, then the rest
const FIRST_NAMES = new Set();
firstNames.split("\n").reduce((previous, line) => {
  const name = previous.slice(0, +line[0]) + line.slice(1);
  if (line) FIRST_NAMES.add(name);
  return name;
}, "");
// "Jean-Pierre", "Paul-Gerhard": every part a first name
const isFirstName = (folded) => (folded.includes("-") ? folded.split("-").every(isFirstName)
  : FIRST_NAMES.has(folded) && !isStop(folded));
const hasFirstName = (folded) => folded.split(" ").some(isFirstName);
// first names that are also everyday words ("max", "rose", "ward"): a name only in context
const WORD_NAMES = new Set(wordNames.split("\n"));
// names that are also verbs are verbs after a person: "my mum said most clinics …", "my husband will come"
const VERB_NAMES = /^(?:said|will|may|hope|mark|come|kick|harm|edit)$/;
// who a name without a cue belongs to: a relative, a patient, a colleague ...
const RELATIVE_WORDS = new Set(("compagnon compagne conjoint conjointe partenaire partner sœur belle-sœur soeur belle-soeur dochter zoon zus broer oma opa moeder vader vrouw man " +
  "vriendin vriend maatje verloofde collega patient patiente klant klante daughter son sister sis brother bro grandma " +
  "grandmother grandpa grandfather mum mom mother father wife husband girlfriend boyfriend gf bf fiance fiancee friend " +
  "mate colleague client cliente fille fils frere grand-mere grand-pere mamie papy mere pere femme mari copine copain " +
  "ami amie collegue tochter sohn schwester bruder mutter vater frau mann freundin freund verlobte kollegin kollege " +
  "patientin klientin kundin mama papa maman mami mutti mantelzorger carer caregiver worker aidant aidante " +
  "pfleger pflegerin betreuer betreuerin begeleider begeleidster neighbour neighbor buurman buurvrouw buurmeisje buurjongen voisin voisine " +
  "nachbar nachbarin bandmate teammate flatmate roommate huisgenoot coloc mitbewohner mitbewohnerin buddy kumpel pote " +
  "huurder verhuurder huurster locataire proprietaire mieter mieterin vermieter vermieterin tenant landlord landlady " +
  "stammkunde stammkundin dad daddy mummy mommy bride groom bruid bruidegom braut brautigam verlobter verlobte fiance fiancee " +
  "bridesmaid bridesmaids honneur bruidsmeisje bruidsmeisjes brautjungfer brautjungfern getuige getuigen temoin temoins trauzeuge trauzeugin " +
  "kids children kinderen kindjes enfants kinder pair aupair au-pair gastmutter gastvater gastmoeder gastvader host accueil " +
  "aunt auntie uncle cousin cousine niece nephew tante oncle neveu niece nicht neffe oom").split(" "));
// ... or a caller: "met", "hier", "moi", "jsuis", "its"
const CALLER_WORDS = new Set(("moi met hier name naam nom namens ene jsuis jsui kben cest schreibt schreibe spricht is its " +
  "rappeler rappelez appeler appelez bellen bel call ring anrufen " +
  "it's im i'm bin ben zen c c'est ce cé suis appelle jmappelle heisst heißt heet ist").split(" "));
const HERE_AFTER = /^,? (?:here|hier|ici|speaking|aan de lijn|am apparat|a l'appareil)(?![a-z])/;
const TITLE_WORDS = "madame|mevrouw|mrs|mr|ms|miss|monsieur|meneer|frau|herr|herrn|mme|mlle|colonel|dokter|dr|doctor|docteur|doktor";
const TITLE = word(TITLE_WORDS);
const TITLES = new Set(TITLE_WORDS.split("|"));
// punctuation read aloud by a dictating phone
const SPOKEN_END = /(?<![a-z])(?:new line|nouvelle ligne|a la ligne|nieuwe regel|neue zeile|comma|virgule|komma|full stop|period|point|punt|punkt)$/;
const SPOKEN_MARK = /^(?:comma|virgule|komma|colon|period|point|punt|punkt|new|nouvelle|nieuwe|neue|dubbele|deux)$/;
const PARTICLE = word("van|de|den|der|da|di|du|le|la|von|vom|zu|ten|ter|del|dos");
// the words of a form's fields for a first name and a surname
const CONTACT_LABEL = /(?<![a-z])(?:tel|telephone|telefoon|telefon|gsm|mob|mobile|mobiel|handy|phone|fax|e-?mail|mail|courriel|iban)$/;
const FIRST_NAME_FIELD = "prenoms?|voorna(?:am|men)|vornamen?|first ?names?|forenames?(?:\\(s\\))?|given names?";
const SURNAME_FIELD = "achternaam|nachname|familienname|surname|last ?name";
const NAME_FIELD = new RegExp(`^(?:nom|name|naam|familienaam|${FIRST_NAME_FIELD}|${SURNAME_FIELD})$`);
const NAME_FIELD_COLON = new RegExp(`(?:${FIRST_NAME_FIELD}|${SURNAME_FIELD}) ?:$`);
// inside a surname only, never a name's first word ("I'm Ben"): "Yassine Ben Ali", "Karim El Idrissi"
const INNER_PARTICLE = word("el|al|ben|bin|ibn|ait|abu|abou|op");
// the cue between a name and the personal data it stands next to
const DATA_CUE = /^[\s,;(]*(?:geboren(?: am| op)?|geb\.?|born(?: on)?|nee? le|dob|rijksregisternummer|registre national|national (?:register )?number|niss|inss)\s*:?\s*/;
const NOT_NAME = word("immo|immobilien|immobilier|immobiliere|vastgoed|makelaardij|agency|agence|gmbh|bvba|srl|sprl|ltd|llc|holding|non-binaire|non-binary|nonbinary|non-binair|nicht-binar|nichtbinar|vlaming|vlaamse|waal|waalse|brusselaar|bruxellois|bruxelloise|flamande?|wallonne?|trans|deaf|blind|disabled|autistic|sourde?|aveugle|malentendante?|doof|slechthorend|slechtziend|taub|gehorlos|blinde?|quelqu'un|quelqu|iemand|jemand|someone|somebody|anyone|distinguees?|respectueusement|cordialement|faithfully|sincerely|truly|yours|hochachtungsvoll|voornaam|achternaam|familienaam|naam|prenom|nom|vorname|nachname|familienname|surname|firstname|lastname|belgian|belge|belg|belgisch|dutch|nederlands|nederlander|nederlandse|french|francais|francaise|frans|franse|german|duits|duitse|allemand|allemande|deutsch|deutsche|deutscher|english|anglais|anglaise|engels|englisch|british|luxembourgeois|luxembourgeoise|new|nieuw|nouveau|nouvelle|neu|interested|pregnant|curious|allergic|the|not|mr|mrs|ms|mevrouw|meneer|madame|monsieur|herr|frau|dr|doctor|docteur|dokter|lg|mfg|mvg|xx|xoxo|vielen|dank|danke|herzliche?|freundliche|beste|liebe|viele|schonen|guten|tag|abend|wochenende|hallo|bonjour|merci|thanks|dear|hello|hi");

/**
 * Personal data out of a visitor's text: each piece becomes `[type]`, and `redactions`
 * lists the types found, in the order they first appear.
 * @param {string} text
 * @param {{keep?: string[], year?: number, isTerm?: (word: string) => boolean, isPublic?: (word: string) => boolean}} [options]
 *   keep: the clinic's own phone numbers, e-mail addresses and address, never removed;
 *   year: this year (adult birth years are counted from it); isTerm: words of the
 *   clinic's content, which a cue like "I'm" does not make into a name; isPublic: words of the
 *   team's names, public content that is never redacted.
 * @returns {{text: string, redactions: string[], spans: Array<{start: number, end: number, type: string}>}}
 *   spans: where each piece was in `text` (glowgen check points at it)
 */
export function redact(text, options) {
  const opts = options || {};
  const low = shadow(text);
  const year = opts.year || new Date().getFullYear();
  const keep = (opts.keep || []).filter(Boolean).map(shadow);
  const keptDigits = keep.map((k) => digitsOf(k).slice(-8)).filter((d) => d.length === 8);
  const keptText = keep.map((k) => k.replace(/[^a-z0-9@]/g, ""));
  const isTerm = opts.isTerm || (() => false);
  const isPublic = opts.isPublic || (() => false);
  const spans = [];
  // the clinic's own address in another language or order: "Louizalaan 231", "231 avenue
  // Louise", "1050 Brussel" (its numbers, and its postcode or a word's first letters)
  const keptParts = keep.map((k) => ({ numbers: k.match(/\d+/g) || [], words: k.match(/[a-z]{4,}/g) || [] }));
  const clinicAddress = (found) => {
    const numbers = found.match(/\d+/g) || [];
    const stems = (found.match(/[a-z]{4,}/g) || []).map((w) => w.slice(0, 4));
    return numbers.length > 0 && keptParts.some((k) => numbers.every((n) => k.numbers.includes(n)) &&
      (numbers.some((n) => n.length === 4) || stems.some((stem) => k.words.some((w) => w.startsWith(stem)))));
  };
  // a span of `ends` stops one to three characters before `at` ("Kerkstraat 4, 8420 …")
  const justAfter = (ends, at) => ends.has(at - 1) || ends.has(at - 2) || ends.has(at - 3);
  const add = (start, end, type) => {
    const piece = low.slice(start, end).replace(/[^a-z0-9@]/g, "");
    if ((type === "email" || type === "address") && keptText.some((k) => k.includes(piece))) return;
    // (a postcode right after a visitor's street is theirs, whatever it is)
    if (type === "address" && !justAfter(addressEnds, start) && clinicAddress(low.slice(start, end))) return;
    // overlaps are merged once at the end (the first pattern's type wins): linear time
    spans.push({ start, end, type, order: spans.length });
    if (type === "address") addressEnds.add(end);
    if (type === "name") nameEnds.add(end);
  };
  const addressEnds = new Set();
  const nameEnds = new Set();
  // where the message's last character that is neither punctuation nor personal data is
  const lastSolid = () => {
    const covered = new Uint8Array(text.length + 1);
    for (const span of spans) covered.fill(1, span.start, span.end);
    let i = text.length - 1;
    for (;;) {
      while (i >= 0 && (covered[i] || /[\s.,!()\-:;]/.test(text[i]) || /\p{Extended_Pictographic}|[\ud800-\udfff]/u.test(text[i]))) i--;
      // punctuation read aloud is no word: "… rosie bradley new line 0485 …"
      // and a contact's label is none before its data: "Beau Brouwer\nTel. 06-…"
      let next = i + 1;
      while (next < text.length && /[\s.:]/.test(text[next])) next++;
      const spoken = SPOKEN_END.exec(low.slice(Math.max(0, i - 15), i + 1)) ||
        (covered[next] ? CONTACT_LABEL.exec(low.slice(Math.max(0, i - 12), i + 1)) : null);
      if (!spoken) return i;
      i -= spoken[0].length;
    }
  };
  const each = (pattern, found) => { for (const m of low.matchAll(pattern)) found(m, m.index, m.index + m[0].length); };
  // "mail me at jan.peeters@…": a match that is no address is tried again one further
  EMAIL.lastIndex = 0;
  for (let m; (m = EMAIL.exec(low));) {
    // an address spelled in words ("jan at telenet dot be") ends on a domain, not on any word
    // ("redness occurs at some point during the course")
    // "insta @lumiere.glow" is a handle: an "@" set apart needs a real domain too
    const spelled = / @|@ /.test(m[0]) || /(?:^|[ (\[{<])(?:at|arobase|apenstaartje|apestaartje|aapje|klammeraffe|dot|punt|point|punkt|stip)(?:[ )\]}>]|$)/.test(m[0]);
    if (/(?:\.|dot|punt|point|punkt|stip)[)\]}> ]*[a-z]{2,12}$/.test(m[0]) && (!spelled || TLD.test(m[0]))) add(m.index, m.index + m[0].length, "email");
    else EMAIL.lastIndex = m.index + 1;
  }
  each(IBAN, (m, start) => {
    const chars = [];
    const ends = [];
    for (let i = 0; i < m[0].length; i++) if (/[a-z0-9]/.test(m[0][i])) { chars.push(m[0][i]); ends.push(i + 1); }
    const length = ibanLength(chars);
    if (length) add(start, start + ends[length - 1], "iban");
  });
  each(NUMBER, (m, start, end) => {
    const digits = digitsOf(m[0]);
    const n = digits.length;
    if (keptDigits.includes(digits.slice(-8)) && n < 14) return;
    let type = null;
    if (n === 11 && !m[1] && nationalNumber(digits)) type = "national_id";
    else if ((m[1] || /^00[1-9]/.test(digits)) && n >= 8 && n <= 17) type = "phone";
    else if (n >= 13 && n <= 19 && luhn(digits)) type = "card";
    else if (n === 10 && /^[01]/.test(digits) && COMPANY_CUE.test(low.slice(Math.max(0, start - 30), start))) type = "id_number";
    else if ((/^0[1-9]/.test(digits) && n >= 9 && n <= 11) || (n === 9 && digits[0] === "4")) type = "phone";
    // "Our PO number is 4500078213", "factuur 2025000123": an order's or an invoice's number
    // names no one (a payment's reference for a refund may: "référence 0003549809")
    else if (n >= 9 && !ORDER_CUE.test(low.slice(Math.max(0, start - 24), start).replace(/referen[a-z]*/g, "#"))) type = "id_number";
    else if (n >= 6 && PHONE_CUE.test(low.slice(Math.max(0, start - 30), start)) && !ORDER_CUE.test(low.slice(Math.max(0, start - 24), start))) type = "phone";
    if (type) add(start, end, type);
  });
  each(DATE, (m, start, end) => {
    const y = m[3] || m[4] || m[8] || m[10];
    let full = y ? +y : 0;
    if (y && y.length === 2) full = +y > year % 100 ? 1900 + full : 2000 + full;
    const day = m[1] || m[6] || m[7] || m[9];
    const cue = BIRTH.test(low.slice(Math.max(0, start - 40), start));
    if (cue || (day && full && full <= year - 18 && full >= year - 120)) add(start, end, "date_of_birth");
  });
  each(SPOKEN_DATE, (m, start, end) => {
    const cue = BIRTH.test(low.slice(Math.max(0, start - 40), start));
    const adult = m[1] && (/^\d/.test(m[1]) ? +m[1] <= year - 18 && +m[1] >= year - 120 : /^(?:nineteen|negentien|neunzehn|mille neuf|dix-neuf|dix neuf|tausendneun)/.test(m[1]));
    if (cue || adult) add(start, end, "date_of_birth");
  });
  // a date of birth dictated with spaces: "date de naissance 27 01 1985"
  each(SPACED_BIRTH, (m, start, end) => add(start + m[0].search(/\d/), end, "date_of_birth"));
  // an identifier of letters and digits after its cue: "my DNI is 41939071C", "lidnummer AB-1234567"
  // (a passport's or an identity card's number may have more letters than digits: "C4J7RT92K")
  // and a second one joined to it: "membership 0493812 and 0493813"
  each(ID_CUE, (m, start, end) => {
    const value = m[1].replace(/^(?:is|ist|est|was|war|nr|no|number|nummer|numero) (?=\S*\d)/, "");
    // "commande n° 1029384756" numbers an order
    if (m[0].startsWith("n°") && ORDER_CUE.test(low.slice(Math.max(0, start - 24), end - value.length))) return;
    const digits = (value.match(/\d/g) || []).length;
    if (digits >= 5 || (digits >= 3 && value.length >= 6 && /[a-z]/.test(value) && !/\s/.test(value))) {
      add(end - value.length, end, "id_number");
      const second = /^ ?(?:and|en|et|und|&|\/|,) ?([a-z0-9][a-z0-9./-]{4,24})(?![a-z0-9])/.exec(low.slice(end, end + 40));
      if (second && (second[1].match(/\d/g) || []).length >= 5) add(end + second[0].length - second[1].length, end + second[0].length, "id_number");
    }
  });
  // a phone number spoken as words: "zero four seven five …", "nul vier zeven vier vijfennegentig …"
  each(SPOKEN_NUMBER, (m, start, end) => {
    const count = m[0].split(/[\s-]+/).filter((w) => NUMBER_WORD.test(w) && !/^(?:et|and|en|und)$/.test(w)).length;
    // "entre deux cent cinquante et quatre cent cinquante euros" is a price
    if (/^ ?(?:euros?|eur|€)/.test(low.slice(end, end + 6))) return;
    if (count >= 6 || (count >= 4 && PHONE_CUE.test(low.slice(Math.max(0, start - 30), start)))) add(start, end, "phone");
  });
  // a message written in capitals ("IK BEN ZWANGER!!") says nothing by its capitals
  const upper = (text.match(/\p{Lu}/gu) || []).length;
  const shout = upper >= 8 && upper > 0.7 * (text.match(/\p{L}/gu) || []).length;
  const capital = (at) => !shout && /\p{Lu}/u.test(text[at]);
  // words that also mean something else name a street only with a capital:
  // "Place Flagey 7", "12 Abbey Close", not "place pour 2" or "2 sessions all the way"
  const ambiguous = (found) => (/(?:way|close|court|square|place|st|rd|grove|gardens|bridge|green|port|mount|loop|trail|springs?|fields?|wells?|village|valley|lodge|circle|crest|ridge|manor|orchard|meadows?|hollow|glen|cove|creek|knoll|estates?|camp|branch|corners?|curve|passage|path|pines?|plains?|points?|lights?|keys?|unions?|commons?|falls?|locks?|station|cent(?:er|re)s?|flats?|forks?|mall|ramp|track|wall|mission|course|extensions?|divide|isle|neck|cape|fort|loaf|gate|runs?|pass|lands?|rests?|via|clubs?|mills?|dams?)$/.test(found)
    ? /^\d+,? /.exec(found) : /^(?:\d\S*,? )?(?:place|route|square|clos|chemin|galerie|sentier|parvis) /.exec(found));
  each(PLACE_NAMED, (m, start, end) => { if (capital(start) || capital(end - m[0].split(" ").pop().length)) add(start, end, "address"); });
  for (const pattern of [STREET, STREET_FR, STREET_EN]) {
    each(pattern, (m, start, end) => {
      const lead = /^([a-z'-]+) /.exec(m[0]);
      if (lead && isStop(lead[1])) start += lead[0].length;
      const named = ambiguous(m[0]);
      // "Avenue Louise Parkplätze für 3 Autos": a street's name holds no small word but its own particles
      if (pattern === STREET_FR && /^[a-z.]+ /.test(m[0]) && m[0].split(/[ ,]+/).slice(1, -1).some((w) => isStop(w) && !FR_PARTICLE.test(w))) return;
      // "94 tot aan Avenue", "1080, c'est loin de Avenue": a number and small words are no
      // street; "Avenue Louise … 18:00" ends on a time
      // (a small word with a capital is a name: "215 Ben Oval")
      const between = /^\d+,? ((?:[a-z'-]+ )+)/.exec(low.slice(start, end));
      if (pattern === STREET_EN && between) {
        let at = start + between[0].length - between[1].length;
        for (const w of between[1].trim().split(" ")) {
          if (isStop(w) && !capital(at)) return;
          at += w.length + 1;
        }
      }
      if (/^(?::\d|h\d|u\d)/.test(low.slice(end, end + 2))) return;
      // in lower case too when it reads as an address: a cue before it, a postcode after it
      const addressed = /(?:adres|address|wohn|woon|habite|domicile|chez moi|bei mir|at my)/.test(low.slice(Math.max(0, start - 40), start)) ||
        /^,? (?:[a-z]+-)?\d{4,5} [a-z]/.test(low.slice(end, end + 12));
      // a "-ring" is named after a person or a word ("Mariaring 12", "Binnenring 3"); English
      // and Dutch words end so too ("Spring 2026", "comparing 3", "aflevering 4", German
      // "Sparring 3"): without a known name before "ring", only a capital inside a sentence
      // makes it a street, and not on a verb's "-ing" ("compa-ring", "spar-ring", "tape-ring")
      const ring = pattern === STREET && /([a-z'-]+)ring \d/.exec(m[0]);
      if (ring && !addressed && !isFirstName(ring[1]) && !WORD_NAMES.has(ring[1]) && !(ring[1].length > 3 && commonWord(ring[1]))) {
        const at = end - m[0].length + m[0].indexOf(ring[0]);
        if (!capital(at) || ring[1].length < 3 || /[aeiouyr]$/.test(ring[1]) || commonWord(ring[1] + "ring") || /(?:^|[.!?]\s*)$/.test(text.slice(0, at))) return;
      }
      if (!named || addressed || /\p{Lu}/u.test(text.slice(start + named[0].length, end))) {
        add(start, end, "address");
        // the town after "in": "Kerkstraat 12 in Haaltert", "aus der Lindenallee 3 in Stuttgart"
        const town = /^ in (\p{Lu}[\p{L}'-]{2,24})/u.exec(text.slice(end, end + 30));
        const townLow = town ? low.slice(end + 4, end + 4 + town[1].length) : "";
        if (town && !isStop(townLow) && !isTerm(townLow)) add(end + 4, end + 4 + town[1].length, "address");
      }
    });
  }
  // Canadian postal codes, and a US state with its ZIP code after a comma: "J2C 8L8", ", SC 29138"
  each(NA_POSTCODE, (m, start, end) => {
    if (/^[a-z]\d/.test(m[0]) || (/^, \p{Lu}{2} /u.test(text.slice(start - 2, start + 3)))) add(start, end, "address");
  });
  each(FOREIGN_POSTCODE, (m, start, end) => {
    // a British postcode's town follows it in lower case too: "B3W 9HZ new joanna in case …"
    if (/^[a-z]{1,2}\d/.test(m[0]) && /\d[a-z]{2}$/.test(m[0])) {
      const town = /^(?: [a-z][a-z'-]{1,24}){1,2}/.exec(low.slice(end, end + 40));
      const kept = town ? town[0].split(" ").slice(1) : [];
      while (kept.length && commonWord(kept[kept.length - 1])) kept.pop();
      if (kept.length && !isStop(kept[0])) end += kept.join(" ").length + 1;
    }
    // a British postcode is letters and digits, a Dutch one four digits and two capitals
    // (in lower case too right after a street: "Dorpsstraat 4, 5563 mx doorn")
    const afterStreet = justAfter(addressEnds, start);
    // two small letters after four digits are a word ("1050 te Brussel", "2 pm") unless in capitals
    const word = /^\d{4} ?(?:en|et|of|ou|de|la|le|in|op|te|to|am|pm|ml|mg|uu|jr|st|nd|rd|th)(?![a-z])/.test(m[0]) &&
      !/^\d{4} ?\p{Lu}{2}/u.test(text.slice(start, end));
    if (word) return;
    if (/^[1-9]\d{3} ?[a-z]{2}/.test(m[0]) ? afterStreet || /^\d{4} ?\p{Lu}{2}/u.test(text.slice(start, end)) : /\d/.test(m[0].slice(0, 3))) add(start, end, "address");
  });
  each(POSTCODE, (m, start, end) => {
    const city = m[0].slice(m[0].indexOf(" ") + 1);
    const afterStreet = justAfter(addressEnds, start) ||
      /(?:adres|address|wohn|woon|habite|domicile)/.test(low.slice(Math.max(0, start - 30), start)) || /^[a-z]+-/.test(m[0]);
    // "Liegt die Klinik in 1050 oder in 1000 Brüssel?": a postcode and town after "in", "à",
    // "near" is a place asked about, unless someone lives, stays or comes from there or
    // something is sent there
    const place = !afterStreet && !justAfter(addressEnds, start - 3) && !justAfter(addressEnds, start - 2) &&
      /(?:^|[\s(])(?:in|a|te|en|near|bij|nabij|nahe|bei|pres de|vers|richting|naar|nach|to)\s$/.test(low.slice(Math.max(0, start - 12), start)) &&
      !/(?<![a-z])(?:(?:woon|wohn|habit|domicil|resid|liv|leb|verblijf|logeer|sejour|stay|zit|verhui|mov|demenag|umz|zieh|envo|send|sent|stuur|schick|post|livr|deliver|lever|factur|invoice|rechnung|courrier|mail)[a-z]*|(?:ik|ich|we|wij|wir) (?:ben|bin|zijn|sind)|(?:je|j') ?suis|nous sommes|on est|i am|i'm|we are|we're|from|uit|aus|de|d'ici)\s/.test(low.slice(Math.max(0, start - 60), start));
    // (its first word: "Ville-en-Hesbaye" is a town, whatever "en" is)
    if ((capital(end - city.length) || afterStreet) && !place && !NOT_CITY.test(city.split(/[ -]/)[0]) && (!isTerm(city) || afterStreet)) add(start, end, "address");
  });
  let solid = lastSolid();
  const letterAfter = (i) => text[i] === " " && /\p{L}/u.test(text[i + 1] || "");
  each(NAME_CUE, (m, start, end) => {
    // "my name is" takes the next words whatever their case; "I'm", a greeting or thanks
    // only words with a capital; words of the clinic's content are never a name here
    const strong = Boolean(m[1]);
    // "le prénom d'usage", "mein gewählter Vorname": the word for a name inside a sentence is no form's field
    const before = /([a-z'-]+)\s*$/.exec(low.slice(Math.max(0, start - 30), start));
    if (strong && !/(?::|deux points|colon|dubbele punt|doppelpunkt)\s*$/.test(m[0]) && NAME_FIELD.test(m[1]) &&
        before && (isStop(before[1].replace(/^[a-z]+'/, "")) || commonWord(before[1]) || /(?:e|er|es|en)$/.test(before[1]) && !FIRST_NAMES.has(before[1]))) return;
    const names = [];
    const nameWord = /\p{L}[\p{L}'’-]*/uy;
    let at = end;
    while (names.length < 4) {
      nameWord.lastIndex = at;
      const w = nameWord.exec(text);
      if (!w) break;
      const folded = low.slice(at, at + w[0].length);
      // a surname may be a word of the clinic's content too ("Kate Brown", brown spots)
      if (!names.length && TITLE.test(folded) && text[at + w[0].length] === " ") { at += w[0].length + 1; continue; }
      // an initial: "t.n.v. J. van Oudewater", "name on card: M. Leclercq"
      if (strong && w[0].length === 1 && capital(at) && text.slice(at + 1, at + 3) === ". ") { names.push(at + 1); at += 3; continue; }
      if (strong && !names.length && w[0].length === 1 && capital(at) && /^ \p{Lu}/u.test(text.slice(at + 1, at + 3))) { names.push(at + 1); at += 2; continue; }
      if (SPOKEN_MARK.test(folded)) break;
      const common = NOT_NAME.test(folded) || NOT_CITY.test(folded) || (!names.length && isTerm(folded));
      const stop = isStop(folded);
      // "Van den Broeck", "da Silva": a particle inside a name
      const particle = (names.length || strong || /(?:famil|fam\.|chez les)/.test(m[2] || "")) && PARTICLE.test(folded) && letterAfter(at + w[0].length);
      // German nouns have capitals: "Ich bin Rentnerin" names no one, "ich bin Sabine" does
      // "IK BEN ZWANGER!!": a cue and a word both in capitals are shouted, not a name's capital
      const shouted = /\p{Lu}{2}/u.test(text.slice(start, end)) && text.slice(start, end) === text.slice(start, end).toUpperCase() &&
        w[0] === w[0].toUpperCase() && w[0].length > 1;
      // "groetjes van ivan vercruysse", not "greetings from Antwerp": a first name must open it
      if (m[2] && !names.length && /(?:van|from|de|von)$/.test(m[2]) && /^(?:groet|greet|love|chee|bis|salu|gru|liebe)/.test(m[2]) && !isFirstName(folded)) break;
      const german = m[2] && /^(?:ich bin|hier ist|hier spricht)$/.test(m[2]) && !names.length && !FIRST_NAMES.has(folded);
      // "vraag naar margriet", "ask for daisy": whom to ask for is a person, a flower's name or not
      const askedFor = m[2] && /^(?:vraag|ask|demandez|frag)/.test(m[2]) && !names.length && WORD_NAMES.has(folded);
      // "hey it's jason from the agency": "it's" names the writer only where a call opens
      if (m[2] && /^it(?:'s| is)$/.test(m[2]) && !names.length && (!/^(?:(?:hey|hi|hello|hiya|morning)[ ,!]*)?$/.test(low.slice(0, start)) || !isFirstName(folded))) break;
      const described = m[2] && !names.length && !isFirstName(folded) &&
        /^ (?:with|about|by|in|on|to|for|of|naar|over|met|van|voor|de|par|pour|sur|mit|uber|fur|von|auf)(?![a-z])/.test(low.slice(at + w[0].length, at + w[0].length + 8));
      // "nom Pires, prénom …": a field without its colon takes a name with a capital
      // (or in lower case after a first name's field: "prénom nathalie nom willems")
      const bare = strong && m[1] === "nom" && !names.length && !capital(at) && !/(?:prenom|first ?name)/.test(low.slice(0, start));
      // on the phone, at the start: "salut, ici gelu popescu, …", "hallo, hier ist sabır seven, …"
      const opening = m[2] && /^(?:ici|hier ist|hier is|hier spricht)$/.test(m[2]) && names.length < 2 && !common && !stop &&
        /^(?:(?:salut|bonjour|bonsoir|hallo|hello|hi|hey|dag|goeiedag|goedemiddag|guten tag|moin)[ ,!]*)?$/.test(low.slice(0, start)) &&
        /^(?: [\p{L}'-]+)? ?[,.!(]/u.test(text.slice(at + w[0].length));
      const field = strong && !names.length && NAME_FIELD_COLON.test(m[1]) && !isTerm(folded);
      // "mijn naam is Lot Haring": after a cue that says a name follows, a first name or a
      // surname with its capital is one even when it is also a word
      const taken = !bare && (particle || opening || field || askedFor || (strong ? !common && (!stop || (capital(at) && !shouted && (names.length > 0 || FIRST_NAMES.has(folded) || /^ \p{Lu}\p{Ll}/u.test(text.slice(at + w[0].length, at + w[0].length + 3)))))
        : !common && ((capital(at) && !shouted && !german && !described && (!stop || names.length > 0 || !m[2] || FIRST_NAMES.has(folded))) || ((m[3] || m[4]) && (!stop || at + w[0].length > solid)) ||
          (names.length ? hasFirstName(low.slice(end, names[0])) && !stop : isFirstName(folded)))));
      if (!taken) break;
      names.push(at + w[0].length);
      at += w[0].length;
      if (text[at] !== " ") break;
      at += 1;
    }
    if (!names.length) return;
    const last = names[names.length - 1];
    // "C'est Sophie Martin qui fait le laser ?": the team's names are public
    if (low.slice(end, last).split(/[\s.]+/).filter(Boolean).every((w) => isPublic(w) || PARTICLE.test(w))) return;
    // a signature or thanks ends the message ("groetjes, An", "Merci, Sophie !"), or
    // only other personal data follows it; a thanks in lower case takes two words or more
    // (or only a remark in brackets follows it: "Groetjes, Sabine (achternaam doet er niet toe) PS …")
    if ((m[3] || m[4]) && last <= solid && !/^(?: ?\(|[.,]? ?p\.? ?s\.?(?![a-z]))/i.test(text.slice(last))) return;
    if (m[4] && !capital(end) && names.length < 2 && !hasFirstName(low.slice(end, last))) return;
    add(end, last, "name");
  });
  // a full name closing the message or next to other personal data, without a cue:
  // "…, rappelez-moi svp, Noah Jacobs", "? Marie Dubois, 0475 16 30 51"
  solid = lastSolid();
  const starts = new Set(spans.map((span) => span.start));
  // a name follows a number or a date, not an address ("Avenue Louise" is no one)
  const ends = new Set(spans.filter((span) => span.type !== "address").map((span) => span.end));
  // (across the cue that names it: "Janko Bien, geboren am …", "Frans Van Goethem, rijksregisternummer …")
  const nextData = (end) => {
    let next = end;
    while (next < end + 4 && /[\s,;(<\/|\u2013\u2014-]/.test(text[next] || "")) next++;
    const cue = DATA_CUE.exec(low.slice(end, end + 40));
    return starts.has(next) || Boolean(cue && starts.has(end + cue[0].length));
  };
  // words of the clinic or the language are no names (memoised: a long paste repeats its words)
  const languageWords = new Map();
  const languageWord = (p) => {
    if (!languageWords.has(p)) languageWords.set(p, NOT_NAME.test(p) || NOT_CITY.test(p) || commonWord(p));
    return languageWords.get(p);
  };
  const known = (p) => isTerm(p) || languageWord(p);
  // a first name alone after the last sentence signs the message: "… till Sunday. Jess"
  // (after an emoji too, with a kiss after it: "… quote there. Janice x", "… 😅 Nancy"; after a
  // comma closing a request, a name the list does not know: "Please update my file, Thabo")
  const signed = /(?:^|[.!?]\s+|\p{Extended_Pictographic}\s*|(,) )(\p{Lu}[\p{Ll}'’-]+)(?: x{1,3})?[\s.!]*$/u.exec(text);
  if (signed && !shout) {
    const at = signed.index + signed[0].indexOf(signed[2], signed[1] ? 1 : 0);
    const first = low.slice(at, at + signed[2].length);
    const request = signed[1] && /(?:please|pls|svp|s'il vous plait|aub|alstublieft|bitte|merci|thanks|thank you|danke|bedankt|dank)/.test(low.slice(0, at)) &&
      !isTerm(first) && !NOT_CITY.test(first) && !MONTH_WORD.test(first);
    if (at > 0 && ((isFirstName(first) && !WORD_NAMES.has(first)) || request) && !known(first) && !isPublic(first)) add(at, at + signed[2].length, "name");
  }
  for (const m of shout ? [] : text.matchAll(/(?<=(?:^|[,?.!:;(])\s?)\p{Lu}[\p{L}'’-]+(?: (?:van|de|den|der|da|le|la|von))?(?: \p{Lu}[\p{L}'’-]+){1,2}/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    const parts = low.slice(start, end).split(" ");
    // the team's own names are public ("Claire Dubois"), a visitor's "Marie Dubois" is not
    // "Clinique Lumière Bewertungen": the clinic's or a team member's name and a noun
    // a first name and a surname alone after the last sentence sign the message ("… the
    // 14th. Ben Williams"), even when the first name is also a word
    const signing = parts.length === 2 && (FIRST_NAMES.has(parts[0]) || WORD_NAMES.has(parts[0])) && /[.!?]\s+$/.test(text.slice(0, start)) && !text.slice(end).replace(/[\s.!]/g, "");
    const worded = parts.some((p, k) => (known(p) || MONTH_WORD.test(p) || SIGN_WORDS.has(p)) && !PARTICLE.test(p) && !(signing && k === 0));
    // "…, Dittmar Bien, d.bien@…": right before other personal data, a first name (or a first
    // word that is no word) takes the capitalised words after it, words or not
    const beforeData = nextData(end) && !parts.some(isTerm) &&
      (isFirstName(parts[0]) || (!known(parts[0]) && !MONTH_WORD.test(parts[0]) && !SIGN_WORDS.has(parts[0])));
    if ((worded && !beforeData) || parts.every(isPublic) || parts.filter(isPublic).length >= 2) continue;
    // "Notfall Lippe", "Entfernung von Aachen": a whole message of capitalised words is a question, unless a first name opens it
    if (!text.slice(0, start).trim() && !text.slice(end).replace(/[\s.!?]/g, "") && !isFirstName(parts[0])) continue;
    if (nextData(end) || end > solid || (HERE_AFTER.test(low.slice(end, end + 16)) && isFirstName(parts[0]))) add(start, end, "name");
  }
  // a first name the lexicon knows with a surname after it ("Lesley King asked me",
  // "dochter britt coppens", "liam holt here"), or a title and a name ("Mme Mariette Cuypers")
  // the words, as [start, end) pairs (a long paste has many: no object per word)
  const bounds = [];
  const letters = /\p{L}[\p{L}'’-]*/gu;
  for (let m; (m = letters.exec(text));) bounds.push(m.index, m.index + m[0].length);
  const tokens = {
    length: bounds.length / 2,
    at(k) {
      if (k < 0 || k >= bounds.length / 2) return undefined;
      const start = bounds[2 * k];
      const end = bounds[2 * k + 1];
      return { start, end, low: low.slice(start, end), cap: !shout && text[start] !== text[start].toLowerCase() };
    },
  };
  // the word before token i, when only spaces, commas or a colon stand between: "dochter britt"
  const wordBefore = (i) => (i && /^(?:[ ,:]+| ?[\u2013\u2014-] ?| \(|\): )$/.test(text.slice(tokens.at(i - 1).end, tokens.at(i).start)) ?
    tokens.at(i - 1).low.slice(tokens.at(i - 1).low.lastIndexOf("'") + 1) : "");
  const personBefore = (i) => {
    const before = wordBefore(i).replace(/(?:-in-law)?-to-be$/, "");
    return RELATIVE_WORDS.has(before) || CALLER_WORDS.has(before) || (i > 0 && CALLER_WORDS.has(tokens.at(i - 1).low)) ||
      // the next in a list of people: "bridesmaids Charline, Mélanie et Marine"
      (i > 0 && text.slice(tokens.at(i - 1).end, tokens.at(i).start) === ", " && nameEnds.has(tokens.at(i - 1).end)) ||
      // "le compagnon de Carine"; "ich bin die betty baum", "c'est la marie"
      (i > 1 && /^(?:de|d|van|von|of)$/.test(before) && (RELATIVE_WORDS.has(wordBefore(i - 1)) || /^(?:part|behalf|auftrag|namen|nom)$/.test(wordBefore(i - 1)))) ||
      (i > 1 && /^(?:die|der|de|la|le|het)$/.test(before) && CALLER_WORDS.has(wordBefore(i - 1))) ||
      // "mijn vriendin en ik (sofie peeters)", "my wife and I (Tom Price)"
      (i > 0 && text.slice(tokens.at(i - 1).end, tokens.at(i).start) === " (" && /^(?:ik|i|me|moi|ich|mij|mich)$/.test(tokens.at(i - 1).low));
  };
  const hereAfter = (end) => HERE_AFTER.test(low.slice(end, end + 16));
  for (let i = 0; i < tokens.length; i++) {
    // most words are no name: look at their letters before making anything of them
    const firstLow = low.slice(bounds[2 * i], bounds[2 * i + 1]);
    // "I am using Lena's phone": a first name with a capital and its possessive is someone's
    // (not a feast's or a saint's: "Valentine's Day", "some Valentine's promo", "St Patrick's")
    const owner = /['’]s$/.test(firstLow) && firstLow.slice(0, -2);
    const after = tokens.at(i + 1);
    if (owner && isFirstName(owner) && !/^(?:valentine?|patrick|nichol?as|george|andrew|stephen|martin)$/.test(owner) &&
        text[bounds[2 * i]] !== owner[0] && !isPublic(owner) && after && text.slice(bounds[2 * i + 1], after.start) === " " && !after.cap &&
        !/^(?:day|dag|jour|tag|eve|night)$/.test(after.low) && !(i && /^(?:st|saint|sint|sankt|san)$/.test(tokens.at(i - 1).low))) {
      add(bounds[2 * i], bounds[2 * i + 1] - 2, "name");
      continue;
    }
    // ("Immo" is a first name, and the word for an estate agency: "Immo Horizon")
    const firstName = isFirstName(firstLow) && !NOT_NAME.test(firstLow);
    const wordName = !firstName && WORD_NAMES.has(firstLow);
    if (!firstName && !wordName && !TITLES.has(firstLow) && firstLow !== "m" && text[bounds[2 * i]] === firstLow[0]) continue;
    const first = tokens.at(i);
    const next = tokens.at(i + 1);
    // "Mme", "Herr", and the French "M." before a capital
    const titled = !firstName && !wordName && ((TITLES.has(first.low) && !(first.low.length > 1 && text.slice(first.start, first.end) === first.low.toUpperCase())) || (first.low === "m" && first.cap && text[first.end] === "."));
    let initial = false;
    if (!firstName && !wordName && !titled) {
      if (!first.cap || !next) continue;
      // "R. Colson", "G. Wuyts", "J. van Oudewater": an initial and a surname; "ik ben haar
      // mama Huban Yaman": a name the list does not know, with capitals, after a relative
      initial = first.low.length === 1 && /^\. $/.test(text.slice(first.end, next.start));
      const afterParticle = tokens.at(i + 2);
      const surname = initial && PARTICLE.test(next.low) && afterParticle && text.slice(next.end, afterParticle.start) === " " ? afterParticle : next;
      if (!surname.cap) continue;
      // (German nouns have capitals: "mein Verlobter Balthasar")
      const cued = !initial && text.slice(first.end, next.start) === " " && RELATIVE_WORDS.has(wordBefore(i)) &&
        (!tokens.at(i - 1).cap || (i > 1 && /^(?:mein|meine|meinem|meinen|meiner|unser|unsere|unserem|ihr|ihre|ihrem|sein|seine|seinem)$/.test(tokens.at(i - 2).low))) && !known(first.low);
      if ((!initial && !cued) || known(surname.low)) continue;
    }
    // "Avenue Louise Parkplätze": a first name after a street's word names the street
    if (i && STREET_WORD.test(tokens.at(i - 1).low) && text.slice(tokens.at(i - 1).end, first.start) === " ") continue;
    // "the Arnold Classic", "the Elizabeth Line": "the" before a first name and a capitalised word names a thing
    // ("I am the Anna Peeters you called" is someone)
    if (i && firstName && tokens.at(i - 1).low === "the" && text.slice(tokens.at(i - 1).end, first.start) === " " && first.cap && next && next.cap &&
        !(i > 1 && /^(?:am|is|was|are|m|s)$/.test(tokens.at(i - 2).low))) {
      while (i + 1 < tokens.length && tokens.at(i + 1).cap && text.slice(tokens.at(i).end, tokens.at(i + 1).start) === " ") i++;
      continue;
    }
    // "Sophie Martin Nederlands": the team's surname is no one's first name
    if (i && isPublic(first.low) && isPublic(tokens.at(i - 1).low) && text.slice(tokens.at(i - 1).end, first.start) === " ") continue;
    // the surname: words right after, with a capital when the first name has one (or the
    // title), not words of the clinic or the language; particles inside ("hugo de clercq")
    let personal = null;
    let last = titled ? null : first;
    let j = i + 1;
    for (; j < tokens.length && j <= i + 4; j++) {
      const t = tokens.at(j);
      if (!/^\.? $/.test(text.slice(tokens.at(j - 1).end, t.start))) break;
      if ((PARTICLE.test(t.low) || (INNER_PARTICLE.test(t.low) && t.cap)) && j + 1 < tokens.length && text.slice(t.end, tokens.at(j + 1).start) === " ") continue;
      if (last && last !== first && isPublic(last.low) && (titled || isPublic(first.low)) && !isPublic(t.low)) break;
      // a title takes a surname in lower case too ("meneer christiaens"); right after a first
      // name with capitals, a surname may be a word of the clinic's content ("Georgina Brown")
      const surnameTerm = j === i + 1 && !titled && first.cap && t.cap && isTerm(t.low) && !languageWord(t.low);
      if (t.low.length === 1 && j === i + 1 && firstName && first.cap && t.cap && text[t.end] === ".") {
        last = t;
        j++;
        break;
      }
      if (t.low.length < 2 || ((first.cap || (titled && /^(?:frau|herr|miss|colonel|dokter)$/.test(first.low))) && !t.cap && !(personal ??= personBefore(i))) ||
        (!first.cap && !titled && t.cap) ||
        (known(t.low) && !surnameTerm && !(t.cap && j > i + 1 && PARTICLE.test(tokens.at(j - 1).low))) ||
        // "the Louise Galerie car park": a street's word is no surname
        STREET_WORD.test(t.low) ||
        // "mr de pijn is niet te houden": "mr" was "maar", a sign's word is no surname in lower case
        (titled && !t.cap && SIGN_WORDS.has(t.low))) break;
      last = t;
    }
    const from = titled ? tokens.at(i + 1) : first;
    if (!last || !from || last.end <= from.start) continue;
    // "le docteur clair Dubois": a title before a team member's surname is the team, however spelt
    if (titled && Array.from({ length: Math.min(j + 1, tokens.length) - i - 1 }, (_, k) => tokens.at(i + 1 + k)).some((t) => isPublic(t.low))) continue;
    const pair = last !== first;
    // the clinic's own team is public: "Dr Claire Dubois", "bij Sophie Martin"
    if (isPublic(from.low) && Array.from({ length: j - (titled ? i + 1 : i) }, (_, k) => tokens.at((titled ? i + 1 : i) + k)).every((t) => isPublic(t.low) || PARTICLE.test(t.low))) continue;
    // a message that opens with a first name and one more word before its comma: "paola killer, geb. …"
    if (i === 0 && firstName && next && text.slice(first.end, next.start) === " " && /^[,:]/.test(text.slice(next.end)) &&
        !commonWord(next.low) && !isTerm(next.low) && !isPublic(next.low)) {
      add(first.start, next.end, "name");
      continue;
    }
    // "GILSON Cindy", "rdv pour PEETERS Anne": a surname in capitals before the first name, as forms write it
    const before = i && firstName && first.cap ? tokens.at(i - 1) : null;
    if (before && before.low.length >= 3 && text.slice(before.end, first.start) === " " &&
        text.slice(before.start, before.end) === text.slice(before.start, before.end).toUpperCase() && !known(before.low) && !isPublic(before.low)) {
      add(before.start, last.end, "name");
      i = j - 1;
      continue;
    }
    let cue = null;
    const cued = () => (cue ??= personBefore(titled ? i + 1 : i) && !(VERB_NAMES.test(first.low) && !first.cap));
    // a name alone closing the message is a signature: after punctuation, not "Avenue Louise"
    // ("… a buddy of mine said she's awesome": a word-name in lower case signs nothing)
    const leadIn = text.slice(Math.max(0, from.start - 2), from.start);
    const signed = last.end > solid && ((pair && !(wordName && !first.cap)) || /(?:^|[,.!?;:\n\u2013\u2014-]) ?$/.test(leadIn));
    const context = () => cued() || justAfter(ends, from.start) ||
      nextData(last.end) || signed || hereAfter(last.end);
    // with capitals a name and a surname are a name anywhere; in lower case, or a first
    // name alone, only where a person is meant; a first name alone in lower case with a
    // caller's cue and data or "here" after it: "c lea 0475…"
    // (or a comma after it when a caller names themself: "it's clifford, I called earlier")
    // ("hey sara here 👋": a first name opening the message before "here")
    const alone = () => (firstName && last.end > solid && spans.length && /[\u2013\u2014-] ?$/.test(leadIn)) ||
      (firstName && i <= 1 && hereAfter(last.end)) ||
      cued() && (nextData(last.end) || hereAfter(last.end) ||
      (/^[,.]/.test(text.slice(last.end)) && i > 0 && CALLER_WORDS.has(tokens.at(i - 1).low) && firstName));
    // ("mijn verloofde jens": after a relative, a first name in lower case that is no word)
    if ((titled || (first.cap && pair && !initial && !wordName)) || (context() && (pair || first.cap || alone())) ||
        (firstName && !wordName && !pair && !known(first.low) && cued())) add(from.start, last.end, "name");
    i = j - 1;
  }
  // two people joined by "and": "marie et fernando collignon", "Claudette et [name]", "Lee and [name]"
  const named = (t) => spans.some((span) => span.type === "name" && span.start <= t.start && t.end <= span.end);
  const person = (t) => !isPublic(t.low) && !/^i'/.test(t.low) && (isFirstName(t.low) || (t.cap && (!known(t.low) || FIRST_NAMES.has(t.low))));
  for (let k = 0; k + 1 < tokens.length; k++) {
    const a = tokens.at(k);
    let at = k + 1;
    let c = tokens.at(at);
    if (text.slice(a.end, c.start) !== " & ") {
      if (text.slice(a.end, c.start) !== " " || !/^(?:and|et|en|und)$/.test(c.low) || at + 1 >= tokens.length ||
          text.slice(c.end, tokens.at(at + 1).start) !== " ") continue;
      c = tokens.at(++at);
    }
    if (isPublic(a.low) || isPublic(c.low)) continue;
    const both = isFirstName(a.low) && isFirstName(c.low);
    if (both || (named(a) && person(c))) {
      // and the second one's surname: "fernando collignon", "björn rust"
      const surname = tokens.at(at + 1);
      const withSurname = surname && text.slice(c.end, surname.start) === " " && !known(surname.low) && !isFirstName(surname.low);
      add(c.start, withSurname ? surname.end : c.end, "name");
    }
    if (both || (named(c) && person(a))) add(a.start, a.end, "name");
  }
  // "(Blum, Heide)", "Naam: Peeters, An": a surname before its first name and a comma
  for (const span of spans.filter((span) => span.type === "name")) {
    const before = /(?:^|[(:;]\s*)(\p{Lu}[\p{Ll}'’-]+), $/u.exec(text.slice(Math.max(0, span.start - 30), span.start));
    const surname = before && low.slice(span.start - before[1].length - 2, span.start - 2);
    if (surname && isFirstName(low.slice(span.start, span.end)) && !known(surname) && !isPublic(surname)) add(span.start - before[1].length - 2, span.start - 2, "name");
  }
  // "au pair with the Peeters family"
  for (const m of text.matchAll(/(?<![\p{L}])the (\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?) family(?![\p{L}])/gu)) {
    const surname = low.slice(m.index + 4, m.index + 4 + m[1].length);
    if (!surname.split(" ").some((w) => known(w) || isPublic(w))) add(m.index + 4, m.index + 4 + m[1].length, "name");
  }
  // … and in brackets, as a form or a bank writes it: "(Keller, Anna)"
  for (const m of text.matchAll(/\((\p{Lu}[\p{Ll}'’-]+), (\p{Lu}[\p{Ll}'’-]+)\)/gu)) {
    const surname = low.slice(m.index + 1, m.index + 1 + m[1].length);
    const first = low.slice(m.index + 3 + m[1].length, m.index + m[0].length - 1);
    if (isFirstName(first) && !known(surname) && !(isPublic(surname) && isPublic(first))) add(m.index + 1, m.index + m[0].length - 1, "name");
  }
  // a name corrected or repeated: "Martha — sorry, Marta", "Hettner (nicht Hetner)", "Meersman Anouk":
  // a word that spells a redacted name again, or nearly, is that name too
  // (the first 64 different name words, by their first letter, and the names as merged
  // intervals read in order: a long paste of names stays linear)
  const intervals = [];
  for (const span of spans.filter((span) => span.type === "name").sort((a, b) => a.start - b.start)) {
    const top = intervals[intervals.length - 1];
    if (top && span.start <= top[1]) top[1] = Math.max(top[1], span.end);
    else intervals.push([span.start, span.end]);
  }
  const inName = () => {
    let at = 0;
    return (t) => {
      while (at < intervals.length && intervals[at][1] < t.end) at++;
      return at < intervals.length && intervals[at][0] <= t.start;
    };
  };
  const nameWords = new Map();
  let nameCount = 0;
  const keepName = (w) => {
    const list = nameWords.get(w[0]) || [];
    if (nameCount < 64 && !list.includes(w)) { list.push(w); nameWords.set(w[0], list); nameCount++; }
  };
  const namedNow = inName();
  const namedNext = inName();
  for (let k = 0; intervals.length && k < tokens.length && nameCount < 64; k++) {
    const t = tokens.at(k);
    const next = tokens.at(k + 1);
    if (!namedNow(t)) continue;
    if (t.low.length >= 3 && !PARTICLE.test(t.low)) keepName(t.low);
    if (next && namedNext(next) && text.slice(t.end, next.start) === " ") keepName(t.low + next.low);
  }
  const echoes = (w) => {
    const limit = w.length >= 7 ? 2 : 1;
    // (a short name only spelt again exactly: "Mia … Mia")
    return (w.length >= 4 ? (nameWords.get(w[0]) || []).some((n) => distance(w, n, limit) <= limit) : w.length === 3 && (nameWords.get(w[0]) || []).includes(w)) &&
      !known(w) && !isPublic(w);
  };
  const wasNamed = inName();
  const nextNamed = inName();
  for (let k = 0; nameCount && k < tokens.length; k++) {
    const t = tokens.at(k);
    if (wasNamed(t)) continue;
    const next = tokens.at(k + 1);
    if (next && !nextNamed(next) && text.slice(t.end, next.start) === " " && PARTICLE.test(t.low) && echoes(t.low + next.low)) {
      add(t.start, next.end, "name");
      k++;
    } else if (echoes(t.low)) {
      // and a surname the first mention lacked: "it's daisy here (daisy rogers)"
      const surname = next && !nextNamed(next) && text.slice(t.end, next.start) === " " && next.low.length >= 3 && !known(next.low) &&
        !isPublic(next.low) && !PARTICLE.test(next.low) && !HERE_AFTER.test(low.slice(t.end, next.end));
      add(t.start, surname ? next.end : t.end, "name");
    }
  }
  spans.sort((a, b) => a.start - b.start || a.order - b.order);
  const merged = [];
  for (const span of spans) {
    const top = merged[merged.length - 1];
    if (top && span.start < top.end) {
      if (span.order < top.order) Object.assign(top, { type: span.type, order: span.order });
      top.end = Math.max(top.end, span.end);
    } else merged.push({ ...span });
  }
  let out = "";
  let from = 0;
  const types = [];
  for (const span of merged) {
    out += text.slice(from, span.start) + `[${span.type}]`;
    from = span.end;
    if (!types.includes(span.type)) types.push(span.type);
  }
  return { text: out + text.slice(from), redactions: types, spans: merged.map(({ start, end, type }) => ({ start, end, type })) };
}
