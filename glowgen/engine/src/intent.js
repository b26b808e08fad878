import { KEPT, LANGUAGES, STOP, isStop, words } from "./analysis.js";
import { GUESSED_WORDS, distance } from "./scoring.js";

/* ---------- what visitors' words mean (every language at once) ---------- */

// Words that show what a question is about. "x*" also matches longer words starting
// with x; "~x" is a weak cue; "a b" is two words in a row.
const CUES = {
  hours: [
    "open", "opens", "opening", "what time", "quelle heure", "a quelle heure", "hoe laat", "wie spat", "uhr", "heure", "openingsuren", "openingsuur", "openingstijden", "openingstijd", "hours", "uren", "uur",
    "ouvert*", "ouvre*", "horaire*", "heures", "ferme", "fermes", "fermee", "fermees", "fermez", "fermeture*",
    "closed", "close", "closes", "closing", "gesloten", "sluit*", "dicht", "geopend", "offen", "geoffnet", "offnungszeit*",
    "geschlossen", "schliess*", "gerade auf", "grad auf", "jetzt auf", "noch auf", "heute auf", "morgen auf", "schon auf", "~quand", "~when", "~wanneer", "~wann", "~now", "~maintenant", "~nu", "~jetzt",
    "~today", "~aujourd", "~vandaag", "~heute", "~moment", "~time", "~day", "~days", "~jour", "~jours", "~dag", "~tag", "~morning", "~matin", "~ochtend", "~vormittag", "~nachmittag", "~afternoon", "~apres-midi", "~namiddag", "~tonight", "~ce soir", "~vanavond", "~heute abend",
    "~weekend", "~week-end", "~holiday", "~holidays", "~ferie", "~feries", "~feestdag*", "~feiertag*", "~vacances", "~vakantie",
    "~christmas", "~noel", "~kerst*", "~weihnacht*", "~easter", "~paques", "~pasen", "~ostern", "~lunch", "~midi",
    "~middag", "~mittag*", "~evening", "~soir", "~avond", "~abend*", "~late", "~tard", "~laat", "~spat",
  ],
  location: [
    "where", "ou se", "ou est", "ou etes", "ou vous", "ou sont", "ou trouve*", "waar", "wo", "address", "adresse",
    "adres", "parking", "park", "parkeren", "parkeer*", "garer", "stationner", "parken", "parkplatz*", "parkhaus",
    "route", "itineraire", "directions", "bereikbaar*", "anfahrt", "anreise", "metro", "tram", "bus", "train",
    "trein", "gare", "station", "bahnhof", "u-bahn", "~map", "~carte", "~plan", "~kaart", "~karte", "located",
    "situe*", "gelegen", "liegt", "get there", "venir", "vervoer", "openbaar vervoer", "transport", "transports",
    "public transport", "transports en commun", "strassenbahn", "tramway", "~acces", "~access", "bereikbaarheid",
    "geraak*", "komme", "kommen", "locatie", "location", "localisation", "trouver", "vinden", "finden",
  ],
  contact: [
    "telefoon", "telephone", "telephon*", "telef*", "appel*", "contact*", "kontakt*", "erreich*", "phone", "tel", "call", "bellen", "bel",
    "anrufen", "number", "numero", "nummer", "email", "mail", "e-mail", "courriel", "mailadres", "whatsapp",
    "sms", "adresse mail", "adresse e-mail", "email address", "e-mail address", "mail address", "e-mailadres",
    "reach", "joindre", "bereiken",
  ],
  booking: [
    "appointment", "afspraak", "termin", "appointment*", "reserv*", "afspra*", "termin*", "book*", "schedule", "rendez-vous", "rendez vous", "rdv",
    "prendre rendez", "boeken", "inschrijven", "buchen", "vereinbaren", "online boeken", "book online", "~online",
    "~en ligne",
  ],
  price: [
    "price", "prijs", "preis", "tarif", "pric*", "cost*", "charge*", "euro*", "tari*", "cout*", "prij*", "kost*", "preis*", "how much", "expensive",
    "cheap", "rate", "rates", "fee", "fees", "eur", "prix", "combien", "cher", "chere", "hoeveel", "duur",
    "wie viel", "wieviel", "teuer", "payant*", "gratuit*", "betalend", "gratis", "kostenlos", "kostenpflicht*",
    "free of charge",
  ],
  team: [
    "medecin*", "arzt*", "doctor*", "dr", "docteur", "arts", "artsen", "dokter", "nurse", "infirmier*",
    "verpleeg*", "krankenschwester", "pfleger*", "team", "equipe", "staff", "personnel", "personeel",
    "praticien*", "~who", "~qui", "~wie", "who does", "who performs", "qui fait", "qui pratique", "qui realise",
    "wie doet", "wie voert", "wer macht", "wer fuhrt", "dermatolog*", "specialist*", "spezialist*",
  ],
  greeting: [
    "hello", "hi", "hey", "hiya", "good morning", "good afternoon", "good evening", "bonjour", "bonsoir", "salut",
    "coucou", "hallo", "goedemorgen", "goedemiddag", "goedenavond", "goeiedag", "dag", "hoi", "guten tag",
    "guten morgen", "guten abend", "servus", "moin", "gruss gott", "gruezi",
  ],
  thanks: [
    "thanks", "thank", "thx", "ty", "cheers", "merci", "dank", "bedankt", "dankjewel", "dankuwel", "danke", "vielen dank",
    "top merci", "super merci", "merci beaucoup", "thanks a lot", "thank you", "heel erg bedankt", "danke schon",
  ],
  // words that ask about an aspect of a treatment rather than an intent of their own
  aspect: [
    "downtime", "recover*", "eviction sociale", "eviction*", "herstel*", "ausfallzeit", "risk*", "risque*", "risico*", "risiko*",
    "side effects", "effets secondaires", "bijwerking*", "nebenwirkung*", "aftercare", "nazorg", "nachsorge",
    "soins apres", "result*", "ergebnis*", "how long", "combien de temps", "hoelang", "hoe lang", "wie lange",
    "sessions", "seances", "sessies", "sitzungen", "last", "lasts", "dure", "durent", "duurt", "halt", "pain*",
    "hurt*", "douleur*", "douloureu*", "pijn*", "schmerz*", "pique*", "picote", "brule*", "prik*", "sticht",
    "brennt", "sting*", "burn*", "happens", "se passe", "gebeurt", "passiert", "how does it work", "work*",
    "werk*", "wirk*", "fonctionne", "funktioniert", "marche", "altern*", "tell*", "explain*", "expliqu*", "info*",
    "renseignement*", "uitleg", "vertel*", "erzahl*", "erklar*", "diff*", "verschil*", "unterschied*", "versus",
    "vs", "compar*", "vergelijk*", "vergleich*", "what is", "c est quoi", "qu est ce", "wat is", "was ist",
  ],
};

// Which cue words say which language, for choosing the answer's language.
const LANGUAGE_WORDS = {
  fr: "coute prix ouvert ouverte ouverts horaires rendez bonjour adresse garer aujourd demain lundi mardi mercredi jeudi vendredi samedi dimanche cher tarif tarifs",
  nl: "kost prijs prijzen open geopend afspraak bedankt dankjewel hallo goedemorgen morgen vandaag maandag dinsdag woensdag donderdag vrijdag zaterdag zondag parkeren adres behandeling",
  en: "opening hours gift voucher hi hey please open price prices cost book appointment hello thanks today tomorrow monday tuesday wednesday thursday friday saturday sunday address treatment sell take want like",
  de: "kostet preis preise geoffnet offnungszeiten termin buchen hallo danke heute morgen montag dienstag mittwoch donnerstag freitag samstag sonntag parken adresse behandlung",
};

export const WEEKDAYS = {
  0: ["monday", "mon", "lundi", "maandag", "montag"],
  1: ["tuesday", "tue", "tues", "mardi", "dinsdag", "dienstag"],
  2: ["wednesday", "wed", "mercredi", "woensdag", "mittwoch"],
  3: ["thursday", "thu", "thurs", "jeudi", "donderdag", "donnerstag"],
  4: ["friday", "fri", "vendredi", "vrijdag", "freitag"],
  5: ["saturday", "sat", "samedi", "zaterdag", "samstag", "sonnabend"],
  6: ["sunday", "sun", "dimanche", "zondag", "sonntag"],
};
export const RELATIVE = {
  0: ["today", "aujourd", "aujourdhui", "vandaag", "heute", "tonight", "vanavond", "now", "maintenant", "nu", "jetzt"],
  1: ["tomorrow", "demain", "morgen"],
};
// month names by their first letters, in the four languages ("dec", "décembre", "Dezember")
export const MONTHS = ["jan", "feb fev", "mar maa", "apr avr", "mai may mei", "jun juin", "jul juil", "aug aou", "sep",
  "oct okt", "nov", "dec dez"].map((m) => m.split(" "));
export const HOLIDAY_WORDS = [
  [["christmas", "noel", "kerstmis", "kerst", "kerstdag", "weihnachten", "weihnacht"], 12, 25],
  [["new year", "nouvel an", "jour de l an", "nieuwjaar", "neujahr"], 1, 1],
];

/** A cue list as lookup tables: single words, prefixes and word pairs, with weights. */
function compileCues(list) {
  const compiled = { exact: new Map(), prefixes: [], pairs: [] };
  for (let cue of list) {
    const weight = cue.startsWith("~") ? 1 : 2;
    if (weight === 1) cue = cue.slice(1);
    const parts = words(cue);
    if (cue.endsWith("*")) compiled.prefixes.push([parts[0], weight]);
    else if (parts.length > 1) compiled.pairs.push([parts, weight]);
    else compiled.exact.set(parts[0], weight);
  }
  return compiled;
}
const COMPILED = Object.fromEntries(Object.entries(CUES).map(([intent, list]) => [intent, compileCues(list)]));
const LANGUAGE_SETS = Object.fromEntries(LANGUAGES.map((lang) => [lang, new Set(LANGUAGE_WORDS[lang].split(" "))]));

/** A word any of the four languages knows as a common word (no typo guessing on those). */
export const commonWord = (word) => isStop(word) || LANGUAGES.some((lang) => LANGUAGE_SETS[lang].has(word));

/** Cue hits of a question's words: {intent: {score, at, words}}; `at` is the first word
 *  matched, `words` the positions of the words that matched. `known(word)` tells
 *  words the index knows, which are not taken for misspelt cues. */
export function cueHits(ws, known) {
  const hits = {};
  const add = (intent, weight, at, count) => {
    const hit = hits[intent] || (hits[intent] = { score: 0, at: Infinity, words: new Set() });
    hit.score += weight;
    hit.at = Math.min(hit.at, at);
    for (let k = 0; k < count; k++) hit.words.add(at + k);
  };
  // misspelt cues are guessed for a question's first unknown words only (a long paste)
  let guesses = GUESSED_WORDS;
  const guessable = ws.map((w) => w.length >= 4 && !commonWord(w) && !(known && known(w)) && guesses-- > 0);
  // "oeffnungszeiten" is how German visitors without umlauts write "Öffnungszeiten"
  const forms = ws.map((w, i) => {
    const plain = w.replace(/ae/g, "a").replace(/oe/g, "o").replace(/ue/g, "u");
    return plain !== w && guessable[i] ? [w, plain] : [w];
  });
  // words of a greeting or thanks phrase ("good morning", "guten Tag") say nothing else
  const claimed = new Set();
  for (const intent of ["greeting", "thanks"]) {
    ws.forEach((_, i) => {
      for (const [pair] of COMPILED[intent].pairs) {
        if (pair.every((p, k) => ws[i + k] === p)) pair.forEach((_, k) => claimed.add(i + k));
      }
    });
  }
  for (const [intent, cues] of Object.entries(COMPILED)) {
    ws.forEach((word, i) => {
      if (claimed.has(i) && intent !== "greeting" && intent !== "thanks") return;
      let weight;
      for (const form of forms[i]) {
        weight = cues.exact.get(form);
        if (weight === undefined) {
          for (const [prefix, w] of cues.prefixes) if (form.startsWith(prefix)) { weight = w; break; }
        }
        if (weight !== undefined) break;
      }
      if (weight === undefined && guessable[i]) {
        // a misspelt strong cue: same first letter, one edit ("prjs" for "prijs")
        for (const [cue, w] of cues.exact) {
          if (w === 2 && cue.length >= 5 && cue[0] === word[0] && distance(word, cue, 1) <= 1) { weight = w; break; }
        }
      }
      if (weight !== undefined) add(intent, weight, i, 1);
      for (const [pair, w] of cues.pairs) {
        if (pair.every((p, k) => ws[i + k] === p)) add(intent, w + 1, i, pair.length);
      }
    });
  }
  return hits;
}

/** The question's language among fr, nl, en and de, with how sure that is (0 to 1),
 *  from its first KEPT characters (what `ask` answers). */
export function detectLanguage(text) {
  const raw = String(text).slice(0, KEPT).toLowerCase();
  const ws = words(raw);
  const scores = { fr: 0, nl: 0, en: 0, de: 0 };
  for (const word of ws) {
    for (const lang of LANGUAGES) {
      if (LANGUAGE_SETS[lang].has(word)) scores[lang] += 2;
      else if (STOP[lang].has(word)) scores[lang] += 1;
    }
  }
  if (/[éèêàçùœ]|qu'|\bl'|\bd'/.test(raw)) scores.fr += 2;
  if (/ij|\b(het|een)\b/.test(raw)) scores.nl += 1;
  if (/[äöüß]/.test(raw)) scores.de += 2;
  const ranked = LANGUAGES.slice().sort((a, b) => scores[b] - scores[a]);
  const [best, second] = ranked;
  if (scores[best] === 0) return { lang: null, confidence: 0 };
  return { lang: best, confidence: (scores[best] - scores[second]) / scores[best] };
}

/** The question's language when the text says it clearly, else null. Hosts that get no
 *  answer for a question whose language is unclear try the site's other languages. */
export function clearLanguage(text) {
  const { lang, confidence } = detectLanguage(text);
  const ws = words(String(text).slice(0, KEPT));
  const distinctive = ws.length >= 2 || (confidence === 1 && LANGUAGE_SETS[lang] && ws.some((w) => LANGUAGE_SETS[lang].has(w)));
  return lang && confidence >= 0.34 && distinctive ? lang : null;
}

/** The language to answer in (DESIGN.md): the question's when it is clearly written in
 *  a language of the site; the site's default when clearly in another language; else
 *  the page's, else the default. */
export function chooseLanguage(text, siteLanguages, pageLanguage) {
  const lang = clearLanguage(text);
  if (lang) return siteLanguages.includes(lang) ? lang : siteLanguages[0];
  if (pageLanguage && siteLanguages.includes(pageLanguage)) return pageLanguage;
  return siteLanguages[0];
}
