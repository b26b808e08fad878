/* glowgen engine: answers a clinic visitor's question from a prebuilt index, in the page.
 *
 * Plain JavaScript, no DOM, no I/O, no dependencies: the same file runs in the browser
 * and, through embedded V8, in `glowgen ask` and the tests. It defines one global,
 * `GlowEngine`:
 *
 *   const engine = GlowEngine.createEngine(indexData);   // one language's index
 *   engine.ask("Combien coûte le botox ?", {now: "2026-11-23T10:00:00+01:00"});
 *
 * `ask` is pure given `now`. Its pipeline: normalise -> redact -> safety -> intent ->
 * search -> answer; the answer object is the one described in DESIGN.md ("The engine's
 * answer"). `redact` and `safety` are exported too (glowgen check reuses `redact`).
 *
 * The analysis (fold, words, stop words, stemming) mirrors glowgen/analysis.py and the
 * scoring mirrors Whoosh's BM25F; tests hold both to that.
 */

/**
 * The index of one language (docs/index-format.md, format 1).
 * @typedef {Object} GlowIndex
 * @property {number} format          1
 * @property {string} lang            "fr"
 * @property {Object} site            name, address, phone, phone_link, email, booking_url, pages, ...
 * @property {{week: number[][][], closures: Array, holidays_closed: boolean, holidays: string[][],
 *             offsets: number[][], days: string[], weekdays: string[], months: string[]}} hours
 * @property {Object<string, string>} strings   the assistant's wording, with {placeholders}
 * @property {Array<{ref: string, kind: string, url: string, title: string, category?: string,
 *             summary?: string, body?: string, price?: string, duration?: string, downtime?: string}>} docs
 * @property {{fields: string[], boosts: number[], B: number, K1: number, count: number,
 *             totals: number[], lengths: number[], terms: Object<string, string>, derived: string[]}} search
 * @property {Array<[Object<string, string>, number[]]>} glossary   [patterns by language, documents]
 */
/**
 * The answer to a question (DESIGN.md, "The engine's answer").
 * @typedef {Object} GlowAnswer
 * @property {string} text            the question as the engine kept it (redacted)
 * @property {string} lang            the answer's language
 * @property {string[]} redactions    types of personal data removed, in order
 * @property {string} intent          emergency, medical, hours, location, contact, booking, price,
 *                                    treatment, faq, team, greeting, thanks or fallback
 * @property {?string} ref            the content item the answer comes from
 * @property {?boolean} open_now      for hours: open at `now` in the clinic's time zone
 * @property {string} answer          the answer's text
 * @property {string[]} alternatives  other content items that may help
 * @property {?string} followup       the rest of a question with several parts
 */
(function (root) {
  "use strict";

  const FORMAT = 1;
  const LANGUAGES = ["fr", "nl", "en", "de"];
  // how much of a question is answered: a long paste is cut to this after redaction
  const KEPT = 2000;

  /* ---------- analysis (mirrors glowgen/analysis.py) ---------- */

  const SPECIAL = { "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ł": "l", "ı": "i" };

  /** "Épilation" -> "epilation": compatibility form, lower case, no accents; letters
   *  without a decomposition spelt out (ß -> ss), other non-ASCII characters spaces. */
  function fold(text) {
    return String(text).normalize("NFKC").toLowerCase().replace(/[ßæœøđðþłı]/g, (c) => SPECIAL[c])
      .normalize("NFD").replace(/\p{M}/gu, "").replace(/[^\x00-\x7f]/gu, " ");
  }

  /** The folded words of a text: runs of a-z and 0-9. */
  function words(text) {
    return fold(text).match(/[a-z0-9]+/g) || [];
  }

  const STOP = {
    fr: "a au aux avec ce ces cet cette c ca cela ceci d dans de des du elle elles en et eux il ils j je l la le les leur leurs lui m ma mais me meme mes moi mon n ne nos notre nous on ou par pas pour qu que quel quelle quels quelles qui s sa se ses son sur t ta te tes toi ton tu un une vos votre vous y est sont suis es etes sommes ai as avez avons ont etre avoir fait faire peut peux pouvez puis quand comment combien pourquoi quoi si tres plus aussi bien svp merci oui non ici apres avant pendant chez vers sans sous entre depuis tout tous toute toutes autre autres dois doit faut beaucoup vraiment exactement precisement juste faites proposez offrez pratiquez prenez acceptez accepte acceptent generalement besoin normalement habituellement gens",
    nl: "de het een en van in op te ik je jij u uw we wij jullie ze zij hij is zijn ben bent was waren wordt worden werd kan kunnen kun kunt mag moet moeten wil wilt willen zou zal heb hebt heeft hebben dat die dit deze er met voor aan bij om naar uit als of maar ook niet geen wat wie waar wanneer hoe hoeveel welke welk mijn me mij ons onze hun zo dan nog al wel even graag eens mn t s m hier ja nee aub na tijdens sinds zonder onder over moet kun doe doet doen deed gaat gaan ga komt komen laat laten krijg krijgt iets tegen blijft blijven precies eigenlijk echt vanaf bieden biedt maken neem neemt aanvaarden meestal nodig gewoonlijk normaal mensen algemeen",
    en: "a an the and or of to in on at for with by from is are was were be been being do does did have has had i me my you your we our us they them their it its this that these those what which who whom how when where why can could would should will shall may might must there here about any some please much many get got im s t d ll ve re m not no so if then than too very just also yes after before during since without under into over there their lot exactly actually really doing offer offers provide make whats usually need needed people generally normally typically",
    de: "der die das den dem des ein eine einen einem einer eines und oder aber ich du er sie es wir ihr mich mir dich dir uns euch ihnen mein meine dein ihre unser ist sind bin bist seid war waren wird werden kann konnen kannst muss mussen soll will mochte habe hast hat haben in im an am auf aus bei mit nach von vom zu zum zur fur uber unter vor nicht kein keine was wer wie wo wann welche welcher ja nein auch noch schon so dann man bitte viel nach wahrend seit ohne ob gibt genau eigentlich wirklich echt etwas gegen machen macht bieten bietet nehmen nimmt akzeptieren normalerweise meistens brauche braucht notig leute ublicherweise",
  };
  for (const lang of LANGUAGES) STOP[lang] = new Set(STOP[lang].split(" "));

  const DOUBLE_END = /(bb|dd|ff|gg|kk|ll|mm|nn|pp|rr|ss|tt)$/;
  const ends = (word, ...tails) => tails.some((tail) => word.endsWith(tail));

  /** Light stemming: plurals and common inflections to one form (see analysis.py). */
  function stem(word, lang) {
    if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
    let w = word;
    if (lang === "en") {
      if (w.endsWith("ies") && !ends(w, "eies", "aies") && w.length > 4) w = w.slice(0, -3) + "y";
      else if (w.endsWith("es") && !ends(w, "aes", "ees", "oes")) w = w.slice(0, -1);
      else if (w.endsWith("s") && !ends(w, "us", "ss", "is")) w = w.slice(0, -1);
      if (w.endsWith("ing") && w.length >= 6) {
        w = w.slice(0, -3);
        if (DOUBLE_END.test(w)) w = w.slice(0, -1);
      } else if (w.endsWith("ed") && w.length >= 5) w = w.slice(0, -2);
      return w;
    }
    if (lang === "fr") {
      if (w.endsWith("aux") && w.length > 5) w = w.slice(0, -3) + "al";
      else if (ends(w, "s", "x")) w = w.slice(0, -1);
      if (w.endsWith("er") && w.length >= 6) w = w.slice(0, -2);
      else if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1);
      return w;
    }
    if (lang === "nl") {
      if (w.endsWith("en") && w.length >= 5) {
        w = w.slice(0, -2);
        if (DOUBLE_END.test(w)) w = w.slice(0, -1);
        else if (w.endsWith("z")) w = w.slice(0, -1) + "s";
        else if (w.endsWith("v")) w = w.slice(0, -1) + "f";
      } else if (ends(w, "els", "ers", "ems", "ens", "jes") || (w.endsWith("s") && "aeiouy".includes(w[w.length - 2]))) {
        w = w.slice(0, -1);
      }
      return w;
    }
    if (lang === "de") {
      if (w.endsWith("ern") && w.length > 6) return w.slice(0, -3);
      if (ends(w, "em", "en", "er", "es") && w.length > 5) return w.slice(0, -2);
      if (ends(w, "e", "n") && w.length > 4) return w.slice(0, -1);
      if (w.endsWith("s") && w.length > 4 && "aouy".includes(w[w.length - 2])) return w.slice(0, -1);
    }
    return w;
  }

  /** The index terms of a text in a language: words, minus stop words, stemmed. */
  function analyze(text, lang) {
    const stops = STOP[lang];
    return words(text).filter((w) => !stops.has(w)).map((w) => stem(w, lang));
  }

  /** `analyze` of a list of words, keeping the position of the word each term comes from. */
  function analyzeAt(ws, lang) {
    const stops = STOP[lang];
    const out = [];
    ws.forEach((w, at) => { if (!stops.has(w)) out.push({ term: stem(w, lang), at }); });
    return out;
  }

  /* ---------- scoring (mirrors whoosh.scoring.bm25 and Whoosh's idf) ---------- */

  function bm25(idf, tf, fl, avgfl, B, K1) {
    return idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl)));
  }

  /** Edit distance with transpositions, or `limit + 1` once it is certain to exceed `limit`. */
  function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    const n = b.length;
    // three rows, reused: this runs for every word of the vocabulary a misspelling may be
    let before = new Uint8Array(n + 1);
    let previous = Uint8Array.from({ length: n + 1 }, (_, j) => Math.min(j, 255));
    let row = new Uint8Array(n + 1);
    for (let i = 1; i <= a.length; i++) {
      row[0] = Math.min(i, 255);
      let best = row[0];
      for (let j = 1; j <= n; j++) {
        let value = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1);
        row[j] = Math.min(value, 255);
        if (value < best) best = value;
      }
      if (best > limit) return limit + 1;
      [before, previous, row] = [previous, row, before];
    }
    return previous[n];
  }

  // how many different unknown words of one question are looked up for misspellings
  const GUESSED_WORDS = 12;

  /** How many typos a word of this length may hold: 1 from 4 letters, 2 from 8. */
  const typos = (word) => (word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0);

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

  const WEEKDAYS = {
    0: ["monday", "mon", "lundi", "maandag", "montag"],
    1: ["tuesday", "tue", "tues", "mardi", "dinsdag", "dienstag"],
    2: ["wednesday", "wed", "mercredi", "woensdag", "mittwoch"],
    3: ["thursday", "thu", "thurs", "jeudi", "donderdag", "donnerstag"],
    4: ["friday", "fri", "vendredi", "vrijdag", "freitag"],
    5: ["saturday", "sat", "samedi", "zaterdag", "samstag", "sonnabend"],
    6: ["sunday", "sun", "dimanche", "zondag", "sonntag"],
  };
  const RELATIVE = {
    0: ["today", "aujourd", "aujourdhui", "vandaag", "heute", "tonight", "vanavond", "now", "maintenant", "nu", "jetzt"],
    1: ["tomorrow", "demain", "morgen"],
  };
  // month names by their first letters, in the four languages ("dec", "décembre", "Dezember")
  const MONTHS = ["jan", "feb fev", "mar maa", "apr avr", "mai may mei", "jun juin", "jul juil", "aug aou", "sep",
    "oct okt", "nov", "dec dez"].map((m) => m.split(" "));
  const HOLIDAY_WORDS = [
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
  const commonWord = (word) => LANGUAGES.some((lang) => STOP[lang].has(word) || LANGUAGE_SETS[lang].has(word));

  /** Cue hits of a question's words: {intent: {score, at, words}}; `at` is the first word
   *  matched, `words` the positions of the words that matched. `known(word)` tells
   *  words the index knows, which are not taken for misspelt cues. */
  function cueHits(ws, known) {
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
  function detectLanguage(text) {
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
  function clearLanguage(text) {
    const { lang, confidence } = detectLanguage(text);
    const ws = words(String(text).slice(0, KEPT));
    const distinctive = ws.length >= 2 || (confidence === 1 && LANGUAGE_SETS[lang] && ws.some((w) => LANGUAGE_SETS[lang].has(w)));
    return lang && confidence >= 0.34 && distinctive ? lang : null;
  }

  /** The language to answer in (DESIGN.md): the question's when it is clearly written in
   *  a language of the site; the site's default when clearly in another language; else
   *  the page's, else the default. */
  function chooseLanguage(text, siteLanguages, pageLanguage) {
    const lang = clearLanguage(text);
    if (lang) return siteLanguages.includes(lang) ? lang : siteLanguages[0];
    if (pageLanguage && siteLanguages.includes(pageLanguage)) return pageLanguage;
    return siteLanguages[0];
  }

  /* ---------- time: the clinic's local time, whatever the visitor's ---------- */

  /** `now` as epoch milliseconds, and whether it was written without an offset (then it is
   *  the clinic's local time, corrected by the caller). */
  function toMillis(now) {
    if (now === undefined || now === null) return { ms: Date.now(), local: false };
    const text = typeof now === "string" ? now.trim() : null;
    const local = text !== null && /^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?)?$/.test(text);
    const ms = now instanceof Date ? now.getTime() : typeof now === "number" ? now
      : Date.parse(local ? (text.length === 10 ? text + "T00:00:00Z" : text + "Z") : String(now));
    if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) {
      throw new TypeError("now must be a date, epoch milliseconds or an ISO 8601 time");
    }
    return { ms, local };
  }

  const pad = (n) => String(n).padStart(2, "0");
  const clock = (minutes) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  const isoDay = (date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

  function createClock(hours) {
    const offsets = hours.offsets;
    const offsetAt = (ms) => {
      let offset = offsets.length ? offsets[0][1] : 0;
      for (const [start, value] of offsets) if (start <= ms) offset = value;
      return offset;
    };
    const holidays = new Map(hours.holidays);
    /** The clinic's calendar day and minute for an instant. */
    const local = (ms) => {
      const date = new Date(ms + offsetAt(ms) * 60000);
      return { date, day: isoDay(date), weekday: (date.getUTCDay() + 6) % 7, minute: date.getUTCHours() * 60 + date.getUTCMinutes() };
    };
    /** A day's opening ranges and why: closure note, public holiday or the weekly hours. */
    const schedule = (date) => {
      const day = isoDay(date);
      let closure = null;
      for (const c of hours.closures) if (c[0] <= day && day <= c[1]) closure = c;
      if (closure) return { ranges: closure[2], note: closure[3], kind: closure[2].length ? "special" : "closure" };
      if (hours.holidays_closed && holidays.has(day)) return { ranges: [], note: holidays.get(day), kind: "holiday" };
      return { ranges: hours.week[(date.getUTCDay() + 6) % 7], note: "", kind: "week" };
    };
    const addDays = (date, days) => new Date(date.getTime() + days * 86400000);
    /** Open now? And the next opening or closing: {open, until, next: {offset, minute}}. */
    const status = (ms) => {
      const here = local(ms);
      const today = schedule(here.date).ranges;
      for (const [start, end] of today) {
        if (start <= here.minute && here.minute < end) {
          // open until the last of the ranges that follow without a gap, past midnight too
          let days = 0;
          let until = end;
          for (let more = true; more && days < 14;) {
            more = false;
            const ranges = schedule(addDays(here.date, days)).ranges;
            for (const [a, b] of ranges) if (a === until && b > until) { until = b; more = true; }
            if (until === 1440) {
              const next = schedule(addDays(here.date, days + 1)).ranges;
              if (next.length && next[0][0] === 0) { days += 1; until = 0; more = true; }
            }
          }
          return { open: true, until, untilDays: days };
        }
      }
      for (let days = 0; days < 400; days++) {
        const ranges = schedule(addDays(here.date, days)).ranges;
        for (const [start] of ranges) {
          if (days > 0 || start > here.minute) return { open: false, next: { days, minute: start, date: addDays(here.date, days) } };
        }
      }
      return { open: false, next: null };
    };
    /** An instant from `toMillis`: a time written without offset is the clinic's. */
    const instant = ({ ms, local: isLocal }) => (isLocal ? ms - offsetAt(ms - offsetAt(ms) * 60000) * 60000 : ms);
    return { local, schedule, status, addDays, instant };
  }

  /* ---------- the engine ---------- */

  function createEngine(data) {
    if (!data || data.format !== FORMAT) {
      const found = data && data.format !== undefined ? `format ${data.format}` : "no format number";
      throw new Error(`glowgen: the index has ${found}, the engine reads format ${FORMAT}; ` +
        "they come from different builds: rebuild the site (glowgen build) and reload the page");
    }
    const lang = data.lang;
    const S = data.strings;
    const site = data.site;
    const KINDS = { treatments: "treatment", faq: "faq", team: "team", pages: "page" };
    const docs = data.docs.map((doc) => ({ kind: KINDS[doc.ref.split("/")[0]], ...doc }));
    // the clinic's own contact details stay; words of its treatments are not names or cities
    const keep = [site.phone, site.whatsapp, site.email, site.address];
    const treatmentWords = new Set(words([...docs.filter((d) => d.kind === "treatment").map((d) => `${d.title} ${d.category || ""}`),
      ...(data.glossary || []).flatMap(([patterns]) => Object.values(patterns))].join(" ").replace(/\|/g, " ")));
    const isTerm = (word) => treatmentWords.has(word);
    const search = data.search;
    const F = search.fields.length;
    const avgfl = search.totals.map((total) => total / (search.count || 1) || 1);
    const parsed = new Map();
    const time = createClock(data.hours);
    const glossary = (data.glossary || []).map(([patterns, named]) => ({
      patterns: Object.entries(patterns).flatMap(([code, texts]) => texts.split("|").map((text) =>
        ({ code, terms: analyze(text, code), joined: words(text).join("") }))),
      named,
    }));
    // Postings of the fields whose text the cards hold are made here, by the same analysis.
    const derivedPostings = new Map();
    const fieldIndex = Object.fromEntries(search.fields.map((f, i) => [f, i]));
    docs.forEach((doc, number) => {
      for (const field of search.derived || []) {
        if (!doc[field]) continue;
        const counts = new Map();
        for (const term of analyze(doc[field], lang)) counts.set(term, (counts.get(term) || 0) + 1);
        for (const [term, tf] of counts) {
          if (!derivedPostings.has(term)) derivedPostings.set(term, []);
          derivedPostings.get(term).push([number, fieldIndex[field], tf]);
        }
      }
    });
    const exported = new Map(Object.entries(search.terms));
    const known = (term) => exported.has(term) || derivedPostings.has(term);
    const vocabulary = [...new Set([...exported.keys(), ...derivedPostings.keys()])].sort();
    const teamWords = docs.map((doc, i) => (doc.kind === "team" ? { i, words: words(doc.title).filter((w) => w.length > 2 && w !== "dr") } : null)).filter(Boolean);
    const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, key) => (values[key] === undefined ? "" : values[key]));
    // a sentence of the wording, only when all its values are known; sentences joined
    const say = (key, values) => (Object.values(values).every(Boolean) ? fill(S[key], values) : "");
    const join = (...parts) => parts.filter(Boolean).join(" ");

    function postings(term) {
      if (!parsed.has(term)) {
        const list = (derivedPostings.get(term) || []).slice();
        const text = exported.get(term);
        if (text) {
          for (const m of text.matchAll(/(\d+)([A-Z])([a-z]*)/g)) {
            let tf = m[3] ? 0 : 1;
            for (const c of m[3]) tf = tf * 26 + c.charCodeAt(0) - 97;
            list.push([Number(m[1]), m[2].charCodeAt(0) - 65, tf]);
          }
        }
        parsed.set(term, list.sort((a, b) => a[0] - b[0] || a[1] - b[1]));
      }
      return parsed.get(term);
    }

    /** Whoosh-equal BM25F of each document for terms: [[doc, score]], best first.
     *  `terms` may map a term to a factor (expansions count less than the visitor's words). */
    function rank(terms) {
      const factors = terms instanceof Map ? terms : new Map([...new Set(terms)].map((t) => [t, 1]));
      const scores = new Map();
      for (const [term, factor] of factors) {
        const list = postings(term);
        const frequency = new Array(F).fill(0);
        for (const [, field] of list) frequency[field]++;
        for (const [doc, field, tf] of list) {
          const idf = Math.log(search.count / (frequency[field] + 1)) + 1;
          const score = bm25(idf, tf * search.boosts[field], search.lengths[doc * F + field], avgfl[field], search.B, search.K1);
          scores.set(doc, (scores.get(doc) || 0) + score * factor);
        }
      }
      return [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    }

    // How specific a term is: Whoosh's idf over any field (an unknown word counts as rare).
    const docFrequency = (term) => new Set(postings(term).map(([doc]) => doc)).size;
    const specificity = (term) => Math.log(search.count / (docFrequency(term) + 1)) + 1;
    const RARE = Math.log(search.count || 1) + 1;

    /** The visitor's words as weighted index terms. Each term remembers the positions of
     *  the words it comes from: exact terms, typos, the last word's prefix (while typing),
     *  the forms of the other languages, and glossary concepts (for all the words of the
     *  phrase they matched). Each word position has a weight: how specific it is. */
    function queryTerms(ws, typing) {
      const terms = new Map(); // term -> {factor, from: Set of positions}
      const put = (term, factor, positions, credit) => {
        const entry = terms.get(term) || { factor: 0, credit: 0, from: new Set() };
        entry.factor = Math.max(entry.factor, factor);
        entry.credit = Math.max(entry.credit, credit === undefined ? (factor >= 0.9 ? 1 : 0.5) : credit);
        for (const p of positions) entry.from.add(p);
        terms.set(term, entry);
      };
      const weight = new Map(); // position -> specificity
      const credit = new Map(); // position -> 1 when known, 0.5 when guessed
      const give = (at, value) => credit.set(at, Math.max(credit.get(at) || 0, value));
      const analysed = Object.fromEntries(LANGUAGES.map((code) => [code, analyzeAt(ws, code)]));
      // which words count: the question's own language when clear, else the language
      // whose analysis the index knows best
      let best = clearLanguage(ws.join(" ")) || lang;
      let bestKnown = analysed[best].filter(({ term }) => known(term)).length;
      for (const code of LANGUAGES) {
        const count = analysed[code].filter(({ term }) => known(term)).length - analysed[code].length * 0.01;
        if (count > bestKnown) { best = code; bestKnown = count; }
      }
      for (const { term, at } of analysed[best]) {
        if (term.length > 2 || known(term)) weight.set(at, known(term) ? specificity(term) : RARE);
      }
      // misspellings are guessed for the first words a question does not know, each once:
      // a question has a few, and a long paste must not cost a search of the vocabulary per word
      const guessed = new Map();
      for (const code of LANGUAGES) {
        const own = analysed[code];
        own.forEach(({ term, at }, i) => {
          if (known(term)) { put(term, code === lang ? 1 : 0.9, [at]); give(at, 1); return; }
          if (code !== lang) return;
          const limit = typos(term);
          const word = ws[at];
          const key = `${term} ${word}`;
          if (limit && !guessed.has(key) && guessed.size < GUESSED_WORDS) {
            const found = [];
            guessed.set(key, found);
            for (const candidate of vocabulary) {
              if (term.length <= 5 && candidate[0] !== term[0]) continue;
              let d = distance(term, candidate, limit);
              if (d > limit) {
                // a stem has lost its ending: compare the typed word's beginning with it too
                // ("microneedlign" and the stem "microneedl"), within the stem's own limit
                const own = typos(candidate);
                const n = candidate.length;
                const start = n >= 6 && word.length > n && word.length - n <= 5
                  ? Math.min(...[n - 1, n, n + 1].map((k) => distance(word.slice(0, k), candidate, own))) : own + 1;
                if (start > own) continue;
                d = start;
              }
              found.push([candidate, d <= 1 ? 0.7 : 0.5]);
            }
          }
          for (const [candidate, factor] of guessed.get(key) || []) { put(candidate, factor, [at]); give(at, 0.5); }
          if (typing && i === own.length - 1 && term.length >= 3) {
            for (const candidate of vocabulary) {
              if (candidate.startsWith(term) && candidate !== term) { put(candidate, 0.8, [at]); give(at, 0.5); }
            }
          }
        });
      }
      // a glossary pattern matches from a word with its first letter: positions by first letter
      const byLetter = (list) => {
        const starts = new Map();
        list.forEach((w, i) => (starts.get(w[0]) || starts.set(w[0], []).get(w[0])).push(i));
        return (letter) => starts.get(letter) || [];
      };
      const wordsFrom = byLetter(ws);
      const termsFrom = Object.fromEntries(LANGUAGES.map((code) => [code, byLetter(analysed[code].map(({ term }) => term))]));
      const concepts = [];
      glossary.forEach((concept, c) => {
        for (const { code, terms: pattern, joined } of concept.patterns) {
          if (!pattern.length) continue;
          let covered = null;
          if (joined.length >= 5) {
            const at = wordsFrom(joined[0]).find((i) => ws[i] === joined || (ws[i].length >= 8 && distance(ws[i], joined, typos(joined)) <= typos(joined)));
            if (at !== undefined) covered = [at];
          }
          const q = analysed[code];
          for (const i of termsFrom[code](pattern[0][0])) {
            if (covered || i + pattern.length > q.length) break;
            if (pattern.every((p, k) => q[i + k].term === p || (p.length >= 5 && p[0] === q[i + k].term[0] && distance(q[i + k].term, p, 1) <= 1))) {
              covered = pattern.map((_, k) => q[i + k].at);
            }
          }
          if (covered) {
            concepts.push({ named: concept.named, covered });
            for (const at of covered) { give(at, 1); if (!weight.has(at)) weight.set(at, RARE); }
            break;
          }
        }
      });
      return { terms, weight, credit, concepts };
    }

    /** The best documents for some words: BM25F (as Whoosh) times each document's
     *  coverage, the specificity-weighted share of the words it matches. So "vampire
     *  facial" prefers the page with both words, and a page that matches one common word
     *  of the question is no confident answer. */
    function find(ws, typing) {
      const query = queryTerms(ws, typing);
      const total = [...query.weight.values()].reduce((a, b) => a + b, 0);
      const scores = new Map();
      const matched = new Map(); // doc -> Map(position -> credit)
      const credit = (doc, from, value) => {
        if (!matched.has(doc)) matched.set(doc, new Map());
        const got = matched.get(doc);
        for (const at of from) got.set(at, Math.max(got.get(at) || 0, value));
      };
      for (const [term, { factor, credit: value, from }] of query.terms) {
        for (const [doc, score] of rank(new Map([[term, factor]]))) {
          scores.set(doc, (scores.get(doc) || 0) + score);
          credit(doc, from, value);
        }
      }
      // A glossary concept counts for the documents it names as a rare word of their title would.
      for (const { named, covered } of query.concepts) {
        const idf = Math.log(search.count / (named.length + 1)) + 1;
        for (const doc of named) {
          const score = 0.6 * bm25(idf, search.boosts[0], search.lengths[doc * F], avgfl[0], search.B, search.K1);
          scores.set(doc, (scores.get(doc) || 0) + score);
          credit(doc, covered, 1);
        }
      }
      const coverage = (doc) => {
        if (!total) return 0;
        let sum = 0;
        for (const [at, c] of matched.get(doc) || []) sum += c * (query.weight.get(at) || 0);
        return sum / total;
      };
      const ranked = [...scores].map(([doc, score]) => [doc, score * coverage(doc), coverage(doc)])
        .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      // The answer covers at least half of the question: among the first documents, the
      // best that does ("botox or hyaluronic acid?" has no page about both).
      const answer = ranked.slice(0, 3).findIndex((r) => r[2] >= 0.5);
      if (answer > 0) ranked.unshift(...ranked.splice(answer, 1));
      const confident = ranked.length > 0 && ranked[0][2] >= 0.5;
      return { ranked, confident, query };
    }

    /* --- dates and days in a question --- */

    function whenAsked(ws, now) {
      const here = time.local(now);
      // an explicit date wins over a weekday: "monday 28 december" is about 28 December
      for (let i = 0; i < ws.length; i++) {
        const day = Number(ws[i]);
        let month = -1;
        if (/^\d{1,2}$/.test(ws[i]) && day >= 1 && day <= 31) {
          const next = ws[i + 1] || "";
          const previous = ws[i - 1] || "";
          const isMonth = (w) => (names) => w.length >= 3 && names.some((n) => w.startsWith(n));
          month = MONTHS.findIndex(isMonth(next));
          if (month < 0) month = MONTHS.findIndex(isMonth(previous));
          if (month < 0 && /^\d{1,2}$/.test(next) && Number(next) >= 1 && Number(next) <= 12) month = Number(next) - 1;
        }
        if (month >= 0) return { date: nextDate(here.date, month, day) };
      }
      const joined = ws.join(" ");
      for (const [names, month, day] of HOLIDAY_WORDS) {
        if (names.some((n) => ` ${joined} `.includes(` ${n} `))) return { date: nextDate(here.date, month - 1, day) };
      }
      for (const [offset, list] of Object.entries(RELATIVE)) {
        if (ws.some((w) => list.includes(w))) return { date: time.addDays(here.date, Number(offset)), relative: Number(offset) };
      }
      for (const [index, list] of Object.entries(WEEKDAYS)) {
        if (ws.some((w) => list.includes(w))) {
          const ahead = (Number(index) - here.weekday + 7) % 7;
          return { date: time.addDays(here.date, ahead), weekday: Number(index) };
        }
      }
      return null;
    }

    function nextDate(from, month, day) {
      let date = new Date(Date.UTC(from.getUTCFullYear(), month, day));
      if (date.getTime() < from.getTime() - 86400000 / 2) date = new Date(Date.UTC(from.getUTCFullYear() + 1, month, day));
      return date;
    }

    /* --- answers --- */

    const rangesText = (ranges) => ranges.map(([a, b]) => `${clock(a)}–${clock(b)}`).join(", ");
    const dayName = (date) => data.hours.days[(date.getUTCDay() + 6) % 7];
    const dayInText = (date) => (data.hours.weekdays || data.hours.days)[(date.getUTCDay() + 6) % 7];
    const dateText = (date) => `${dayInText(date)} ${date.getUTCDate()} ${data.hours.months[date.getUTCMonth()]}`;

    function hoursAnswer(ws, now) {
      const state = time.status(now);
      const parts = [];
      if (state.open) parts.push(fill(S.open_closes, { time: (state.untilDays === 1 ? S.tomorrow + " " : "") + clock(state.until) }));
      else if (state.next) {
        const day = state.next.days === 0 ? S.today : state.next.days === 1 ? S.tomorrow : dayInText(state.next.date);
        parts.push(fill(S.closed_opens, { day, time: clock(state.next.minute) }));
      } else parts.push(S.closed_long);
      const asked = whenAsked(ws, now);
      if (asked && !(asked.relative === 0)) {
        const info = time.schedule(asked.date);
        const special = info.kind !== "week";
        if (asked.weekday !== undefined && !special) {
          const day = dayInText(asked.date);
          parts.push(info.ranges.length ? fill(S.day_open, { day, hours: rangesText(info.ranges) }) : fill(S.day_closed, { day }));
        } else {
          const hours = rangesText(info.ranges);
          if (asked.relative === 1) parts.push(info.ranges.length ? fill(S.tomorrow_open, { hours }) : S.tomorrow_closed);
          else {
            const date = dateText(asked.date);
            parts.push(info.ranges.length ? fill(S.date_open, { date, hours }) : fill(S.date_closed, { date }));
          }
          if (info.note) parts.push(`(${info.kind === "holiday" ? fill(S.holiday, { name: info.note }) : info.note})`);
        }
      } else {
        const week = data.hours.days.map((name, i) => `${name} ${data.hours.week[i].length ? rangesText(data.hours.week[i]) : S.closed.toLowerCase()}`);
        parts.push(fill(S.week, { week: week.join("; ") }));
        const today = time.local(now);
        for (let d = 0; d <= 14; d++) {
          const date = time.addDays(today.date, d);
          const info = time.schedule(date);
          if (info.kind !== "week" && info.kind !== "holiday" || (info.kind === "holiday" && data.hours.week[(date.getUTCDay() + 6) % 7].length)) {
            const text = info.ranges.length ? rangesText(info.ranges) : S.closed.toLowerCase();
            const note = info.kind === "holiday" ? fill(S.holiday, { name: info.note }) : info.note;
            parts.push(fill(S.exception, { dates: dateText(date), text: note ? `${text} (${note})` : text }));
            break;
          }
        }
      }
      return { answer: parts.join(" "), open_now: state.open };
    }

    function treatmentAnswer(doc, withPrice) {
      if (withPrice) return fill(S.price, { title: doc.title, price: doc.price || "" });
      return join(fill(S.treatment, { title: doc.title, summary: doc.summary || "" }).trim(),
        say("treatment_facts", { price: doc.price, duration: doc.duration || "–" }),
        say("treatment_downtime", { downtime: doc.downtime }));
    }

    function priceList(filter) {
      const chosen = docs.filter((doc) => doc.kind === "treatment" && filter(doc));
      const list = chosen.slice(0, 8).map((doc) => `${doc.title} ${doc.price}`).join("; ");
      return chosen.length > 8 ? `${list}; … (${site.pages.prices})` : list;
    }

    function docAnswer(doc) {
      if (doc.kind === "treatment") return treatmentAnswer(doc, false);
      if (doc.kind === "faq") return doc.body || doc.title;
      if (doc.kind === "team") {
        return join(fill(S.team_person, { name: doc.title, role: doc.category || "" }), say("team_languages", { languages: doc.summary }));
      }
      return [doc.title, doc.summary].filter(Boolean).join(": ") + (doc.url ? " " + fill(S.more, { url: "/" + doc.url }) : "");
    }

    const contactText = () => join(say("contact", { phone: site.phone }), say("contact_email", { email: site.email }),
      say("contact_whatsapp", { whatsapp: site.whatsapp }));

    /** Split "how much is botox and are you open saturday?" into its questions. */
    function splitQuestion(text) {
      const pieces = text.split(/\?+\s+(?=\S)|;\s*|\s+(?:and|et|en|und|also|aussi|ook|auch)\s+(?=(?:are|is|do|can|what|where|when|how|it|est|etes|êtes|vous|quand|où|ou|quel|ça|ca|c'est|zijn|kan|wat|waar|wanneer|hoe|hoeveel|het|tot|jusqu|until|bis|sind|wo|wann|wie|was|es)\b)/i);
      return pieces.map((p) => p.trim()).filter(Boolean);
    }

    // After "combien", "hoeveel" or "how much", these words ask how long or how many, not the price.
    const NOT_PRICE = ("temps seance session fois jour semaine mois heure minute an annee tijd sessie keer dag week " +
      "maand uur jaar behandeling lang long many times sitzung tag woche monat stunde jahr oft").split(" ");
    const COUNTING = new Set(["combien", "hoeveel", "much", "viel", "wieviel"]);

    /** The intent the cue words point to. `alone`: the question holds nothing but cue words,
     *  so a weak cue ("map", "tomorrow?") is enough. */
    function intentOf(hits, ws, alone) {
      const price = hits.price;
      if (price && [...price.words].every((i) => COUNTING.has(ws[i]) || ws[i] === "how" || ws[i] === "wie") &&
          [...price.words].some((i) => ws.slice(i + 1, i + 4).some((w) => NOT_PRICE.some((n) => w.startsWith(n))))) delete hits.price;
      let best = null;
      for (const intent of ["price", "booking", "hours", "contact", "location", "team"]) {
        const hit = hits[intent];
        if (!hit || hit.score < (alone ? 1 : 2)) continue;
        if (!best || hit.score > best.score || (hit.score === best.score && hit.at < best.at)) best = { intent, ...hit };
      }
      return best ? best.intent : null;
    }

    /** Does a document carry this term in its title or aliases (the first two fields)? */
    const named = (doc, term) => postings(term).some(([d, field]) => d === doc && field <= 1);

    /** What a question asks: its intent from cue words, and the documents its other words find. */
    function understand(text, now, typing) {
      const ws = words(text);
      const hits = cueHits(ws, (w) => known(stem(w, lang)));
      const allCues = new Set(Object.values(hits).flatMap((hit) => [...hit.words]));
      let intent = intentOf(hits, ws, analyze(ws.filter((_, i) => !allCues.has(i)).join(" "), lang).length === 0);
      // The search leaves out the words that said the intent (and words about an aspect
      // of a treatment); other cue words stay: "carte" in "carte bancaire" is no map.
      const said = new Set([...(intent ? hits[intent].words : []), ...(hits.aspect ? hits.aspect.words : []),
        ...["greeting", "thanks"].flatMap((k) => (hits[k] ? [...hits[k].words] : []))]);
      const rest = ws.filter((_, i) => !said.has(i));
      const found = find(rest, typing);
      const person = teamWords.find((t) => t.words.some((w) => ws.includes(w)));
      const top = found.ranked[0] ? docs[found.ranked[0][0]] : null;
      const asked = whenAsked(ws, now);
      const only = (kind) => hits[kind] && !intent && !found.confident;
      if (only("thanks")) return { intent: "thanks" };
      if (only("greeting")) return { intent: "greeting" };
      if (!intent && person) intent = "team";
      if (!intent && hits.hours && asked) intent = "hours";
      // The clinic's own FAQ for this very question wins: the question and the FAQ's
      // question have the same words (each holds at least 3/4 of the other's).
      const terms = new Set(analyze(ws.join(" "), lang));
      const faq = terms.size >= 1 && docs.findIndex((d) => {
        if (d.kind !== "faq") return false;
        const own = new Set(analyze(d.title, lang));
        const shared = [...terms].filter((t) => own.has(t)).length;
        return shared >= 0.75 * terms.size && shared >= 0.75 * own.size;
      });
      if (faq !== false && faq >= 0 && intent !== "price") {
        return { intent: null, hits, found: { ranked: [[faq, 1, 1]], confident: true, query: found.query }, top: docs[faq], person, ws, asked };
      }
      // A rare word of the question in an FAQ's own question or aliases wins over a
      // general intent: "what should I bring to my appointment" is not a booking.
      if (["booking", "contact", "location", "hours"].includes(intent) && top && top.kind === "faq" && found.confident) {
        const index = found.ranked[0][0];
        const pinned = [...found.query.terms].some(([term, t]) => t.factor >= 0.9 && docFrequency(term) <= Math.max(2, search.count / 8) && named(index, term));
        if (pinned) intent = null;
      }
      return { intent, hits, found, top, person, ws, asked };
    }

    function answerFor(text, now, typing, intent) {
      const u = understand(text, now, typing);
      if (intent) u.intent = intent; // a quick reply says what it asks for
      const result = { intent: u.intent, ref: null, open_now: null, answer: "", alternatives: [] };
      const ranked = u.found ? u.found.ranked : [];
      const confident = Boolean(u.found && u.found.confident);
      const related = confident ? ranked.slice(0, 4).map(([i]) => docs[i].ref) : [];
      const first = (kind) => ranked.map(([i]) => docs[i]).find((doc) => doc.kind === kind);
      switch (u.intent) {
        case "greeting":
          result.answer = site.greeting || S.greeting;
          return result;
        case "thanks":
          result.answer = S.thanks;
          return result;
        case "hours": {
          const h = hoursAnswer(u.ws, now);
          Object.assign(result, { answer: h.answer, open_now: h.open_now });
          break;
        }
        case "location":
          result.answer = join(say("location", { address: site.address }), say("directions", { directions: site.directions }),
            say("map", { url: site.maps_url }));
          break;
        case "contact":
          result.answer = contactText();
          break;
        case "booking":
          result.answer = site.booking_url ? fill(S.booking, { url: site.booking_url, phone: site.phone }) : fill(S.booking_phone, { phone: site.phone });
          break;
        case "price": {
          const treatment = first("treatment");
          const cover = treatment ? ranked.find(([i]) => docs[i] === treatment)[2] : 0;
          if (treatment && cover >= 0.34) {
            result.ref = treatment.ref;
            result.answer = treatmentAnswer(treatment, true);
          } else {
            const categories = [...new Set(docs.filter((d) => d.kind === "treatment" && d.category).map((d) => d.category))];
            const named = categories.find((c) => analyze(c, lang).some((t) => u.found.query.terms.has(t)));
            result.answer = named
              ? fill(S.price_category, { category: named, list: priceList((d) => d.category === named) })
              : fill(S.price_list, { list: priceList(() => true) });
          }
          break;
        }
        case "team": {
          // the person the question points at: by name, or clearly best by role or language
          const team = rank(analyze(u.ws.join(" "), lang)).filter(([i]) => docs[i].kind === "team");
          const clear = team.length && (team.length === 1 || team[0][1] > team[1][1] * 1.2) ? docs[team[0][0]] : null;
          const people = docs.filter((d) => d.kind === "team");
          if (!people.length) {
            result.intent = "fallback";
            result.answer = `${S.fallback} ${fill(S.ask_us, { phone: site.phone })}`;
            return result;
          }
          const person = u.person ? docs[u.person.i] : people.length === 1 ? people[0] : clear;
          if (person) {
            result.ref = person.ref;
            result.answer = docAnswer(person);
          } else {
            result.answer = fill(S.team, { list: docs.filter((d) => d.kind === "team").map((d) => fill(S.team_person, { name: d.title, role: d.category || "" }).replace(/\.$/, "")).join("; ") });
          }
          break;
        }
        default: {
          if (u.top && confident) {
            result.intent = u.top.kind === "treatment" ? "treatment" : u.top.kind === "team" ? "team" : "faq";
            result.ref = u.top.ref;
            result.answer = docAnswer(u.top);
          } else {
            result.intent = "fallback";
            const suggestions = ranked.slice(0, 3).map(([i]) => docs[i]);
            const parts = [S.fallback];
            if (suggestions.length) parts.push(fill(S.suggestions, { list: suggestions.map((d) => d.title).join("; ") }));
            parts.push(fill(S.ask_us, { phone: site.phone }));
            result.answer = parts.join(" ");
            result.alternatives = suggestions.map((d) => d.ref);
            return result;
          }
        }
      }
      result.alternatives = related.filter((ref) => ref !== result.ref).slice(0, 3);
      return result;
    }

    /** Answer a visitor's question (DESIGN.md, "The engine's answer"). */
    function ask(text, options) {
      const opts = options || {};
      const millis = toMillis(opts.now);
      const now = time.instant(millis);
      // personal data out first, over the whole text; only then is a long paste cut
      const redacted = redact(normalise(text), { keep, isTerm, year: new Date(millis.ms).getUTCFullYear() });
      const question = redacted.text.replace(/\s+/g, " ").slice(0, KEPT);
      const base = { text: question, lang, redactions: redacted.redactions, intent: "fallback", ref: null, open_now: null, answer: "", alternatives: [] };
      const danger = safety(question);
      if (danger === "emergency") return Object.assign(base, { intent: danger, answer: fill(S.emergency, { number: site.emergency, phone: site.phone }) });
      if (danger) {
        return Object.assign(base, { intent: danger, answer: site.booking_url
          ? fill(S.medical, { phone: site.phone, url: site.booking_url }) : fill(S.medical_phone, { phone: site.phone }) });
      }
      // "my email is [email], how much is botox?": the question is the rest
      const asked = question.replace(/(?:[^\s.,;:!?]+ ){0,4}\[[a-z_]+\][.,;:!?]?/g, " ").trim() || question;
      const parts = splitQuestion(asked);
      const first = answerFor(parts[0] || "", now, Boolean(opts.typing), opts.intent);
      Object.assign(base, first);
      base.followup = null;
      if (parts.length > 1) {
        const rest = parts.slice(1).join(" ");
        const second = understand(rest, now, false);
        if (second.intent && second.intent !== first.intent) {
          base.followup = rest;
          base.answer += " " + fill(S.followup, { question: rest.endsWith("?") ? rest : rest + "?" });
        }
      }
      return base;
    }

    return { lang, data, ask, rank, find, site, docs, status: (now) => time.status(time.instant(toMillis(now))) };
  }

  /** Drop invisible characters and collapse spaces (line breaks stay, for redaction to
   *  see where a signature or a name ends); keep the visitor's text otherwise. */
  function normalise(text) {
    return String(text == null ? "" : text).normalize("NFC")
      .replace(/[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]/g, "")
      .replace(/[^\S\n]+/g, " ").replace(/ ?\n\s*/g, "\n").trim();
  }

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
  const isStop = (word) => LANGUAGES.some((lang) => STOP[lang].has(word));
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
  const IBAN = /(?<![a-z0-9])[a-z]{2}\d{2}(?:[ -]?[a-z0-9]){10,32}/g;
  const EW = "[a-z0-9_%+-]{1,64}";
  const DOTS = "(?:\\.| \\. | (?:dot|punt|point|punkt|stip) | ?[(\\[{<] ?(?:dot|punt|point|punkt|\\.) ?[)\\]}>] ?)";
  const ATS = "(?: ?@ ?| (?:at|arobase|apenstaartje|apestaartje|aapje|klammeraffe) | ?[(\\[{<] ?(?:at|@|arobase) ?[)\\]}>] ?)";
  const EMAIL = new RegExp(`(?<![a-z0-9_%+.-])${EW}(?:${DOTS}${EW}){0,4}${ATS}${EW}(?:${DOTS}${EW}){1,4}`, "g");
  const TLD = /(?<![a-z])(?:be|nl|fr|de|lu|uk|es|it|ch|at|eu|us|ca|pl|pt|ie|se|dk|no|fi|cz|io|co|me|tv|ma|tr|ro|com|net|org|info|biz|email|online|site|brussels|vlaanderen|gent|paris|berlin)$/;
  // number words of the four languages, compounds too ("vijfennegentig", "quatre-vingt", "siebenundsiebzig")
  const NUMBER_PART = "zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|" +
    "un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|cents?|" +
    "nul|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|" +
    "null|eins|ein|zwei|drei|funf|sechs|sieben|neun|zehn|zwolf|zwanzig|dreissig|vierzig|funfzig|sechzig|siebzig|achtzig|neunzig|hundert";
  const NUMBER_WORD = new RegExp(`^(?:(?:${NUMBER_PART})(?:en|und|et)?)+$`);
  const SPOKEN_NUMBER = new RegExp(`(?<![a-z])(?:(?:${NUMBER_PART})(?:en|und|et|-)?)+(?:[\\s-]+(?:(?:${NUMBER_PART})(?:en|und|et|-)?)+|[\\s-]+(?:et|and|en|und)(?=[\\s-]+[a-z])){3,30}(?![a-z])`, "g");
  const ID_CUE = /(?<![a-z])(?:member(?:ship)? (?:number|no)|numero d'affilie|n° d'affilie|affiliation|lidnummer|lidnr|aansluitingsnummer|mitgliedsnummer|versichertennummer|versicherungsnummer|dni|nie|nif|bsn|passport(?: number)?|paspoort(?:nummer)?|passeport|reisepass(?:nummer)?|patient(?:en)? ?(?:number|nummer)|dossiernummer|numero de dossier|identificatienummer|id number|id-nummer)(?: (?:is|est|ist|nr|no|number|nummer|numero))*[ :.#]*([a-z0-9][a-z0-9./-]{4,20})/g;
  const SPACED_BIRTH = /(?:born|birth|dob|naissance|nee? le|geboren|geboorte(?:datum)?|geburtsdatum|geb\.?)[^0-9]{0,12}\d{1,2} \d{1,2} (?:19|20)\d{2}(?!\d)/g;
  const NUMBER = /(\+ ?)?\d(?:[ .\/()-]{0,3}\d){0,40}/g;
  const PHONE_CUE = /(?:tel|phone|gsm|mobile|portable|nummer|numero|number|bel|call|appel|anruf|handy|whatsapp|sms)/;
  const MONTH = "(?:jan(?:uary|vier|uari|uar)?|feb(?:ruary|ruari|ruar)?|fev(?:rier)?|mar(?:ch|s|z)?|maart|apr(?:il)?|avr(?:il)?|mai|may|mei|jun[ei]?|juin|jul[iy]?|juil(?:let)?|aug(?:ust|ustus)?|aout|sep(?:t|tember|tembre)?|o[ck]t(?:ober|obre)?|nov(?:ember|embre)?|de[cz](?:ember|embre)?)(?![a-z])";
  const DATE = new RegExp("(?<!\\d)(?:(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4}|\\d{2})|(\\d{4})-(\\d{1,2})-(\\d{1,2})|" +
    `(\\d{1,2})(?:\\.|er|e|st|nd|rd|th)? (?:of )?${MONTH}\\.?(?: (\\d{4}))?|${MONTH}\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4}))(?!\\d)`, "g");
  const BIRTH = /(?<![a-z])(?:born|birth|dob|naissance|nee? le|nee? en|geboren|geboorte|verjaardag|anniversaire|geburt|geb\.)/;
  const STREET_END = "straat|laan|lei|steenweg|weg|plein|dreef|kaai|markt|baan|singel|gracht|dijk|vest|hof|steeg|boulevard|ring|erf|pad|kade|strasse|straße|str\\.|gasse|allee|platz|damm|ufer";
  const STREET = new RegExp(`(?<![a-z])(?:(?:[a-z'-]{2,30} )?[a-z'-]{2,30}(?:${STREET_END})|(?:[a-z'-]{2,30} )?(?:markt|plein|kaai|dreef|steenweg|platz|allee|gasse|strasse|straße|str\\.)) \\d{1,4}(?: ?[a-z](?![a-z]))?(?:(?: bus| box| bte| boite|\\/) ?\\d{1,4})?`, "g");
  const RUE = "rue|avenue|av\\.|boulevard|bd|chaussee|place|chemin|allee|quai|impasse|square|route|dreve|clos|rempart|galerie|parvis|sentier";
  const STREET_FR = new RegExp(`(?<![a-z])(?:${RUE})(?: [a-z'-]{1,25}){1,5},? \\d{1,4}(?: ?(?:bis|ter|[a-z])(?![a-z]))?(?:(?: bte| boite| bus|\\/) ?\\d{1,4})?|(?<![\\d])\\d{1,4}(?: ?(?:bis|ter|[a-z])(?![a-z]))?,? (?:${RUE})(?![a-z])(?: [a-z'-]{1,25}){1,4}`, "g");
  const STREET_EN = /(?<!\d)\d{1,5},? (?:[a-z'-]{2,25} ){1,3}(?:street|st|road|rd|avenue|ave|lane|drive|boulevard|blvd|way|close|court|square|place|terrace|crescent|gardens|grove|forge|spur|mews|row|hill|park|view|walk)(?![a-z])/g;
  // Dutch and British postcodes: "8418 OV Jirnsum", "KW6N 2TE", "S1 1TS"
  const FOREIGN_POSTCODE = /(?<![a-z0-9])(?:[1-9]\d{3} ?(?!(?:en|et|of|ou|de|la|le|in|op|te|to|am|pm|ml|mg|uu|jr|st|nd|rd|th)(?![a-z]))[a-z]{2}(?: [a-z][a-z'-]{2,24})?|[a-z]{1,2}\d[a-z\d]? \d[a-z]{2})(?![a-z0-9])/g;
  const POSTCODE = /(?<![\d.,€$-])(?:(?:b|l|d|f|nl)-)?[1-9]\d{3,4} [a-z][a-z'-]{2,24}/g;
  const NOT_CITY = word("euros?|eur|ml|mg|cc|units?|unites?|eenheden|einheiten|jours|dagen|days|tage|mois|maanden|months|monate|ans|jaar|jaren|years|jahre|min|minutes|minuten|heures|uur|hours|stunden|sessions?|seances?|sessies?|calories|kcal|joules|shots|points|punten|and|et|en|und|or|ou|of|oder|" +
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag") ;
  const NAME_CUE = /(?<![a-z])(?:(my name is|my name's|my details|mijn naam is|mijn gegevens|ik heet|mes coordonnees|je m'appelle|je m appelle|mon nom est|mon nom c'est|ich heiße|ich heisse|mein name ist|meine daten|meine kontaktdaten|name ?:|naam ?:|nom ?:|(?:first|last|family|sur) ?name ?:?|prenom ?:?|voornaam ?:?|achternaam ?:?|familienaam ?:?|vorname ?:?|nachname ?:?|familienname ?:?|(?:her|his|their) name is|son nom (?:est|c'est)|(?:haar|zijn) naam is|(?:ihr|sein) name ist|heisst|heisst|name on (?:the )?card|account holder|au nom d'|kontoinhaber(?:in)?|rekeninghouder|titulaire|(?:from|van|von|de) ?:|to the attention of|a l'attention de|ter attentie van|zu handen (?:von )?|(?:my|her|his|mijn|haar|zijn|mes|ses|meine|ihre|seine) (?:details|gegevens|coordonnees|daten) (?:are|zijn|sont|sind) ?:?|versicherte|je me presente ?:?|au nom de|a l'ordre de|op naam van|ten name van|on name of|in the name of|the name on (?:it|the card|the account) is|name on (?:it|the card) is|name auf (?:der )?karte ist|kontoinhaber(?:in)? ist|(?:the )?account holder is|titulaire(?: du compte)? est|rekeninghouder is|genaamd|heet)|(i'm|i am|ik ben|'k zen|k zen|'k ben|je suis|ich bin|c'est|hier is|dit is|this is|hier ist|hier spricht|ici|moi c'est|ask for|(?:mama|moeder|vader|papa|maman|mere|pere|mutter|vater|mother|father|mum|mom) (?:van|de|von|of)|(?:my|mijn|ma|mon|mein|meine) (?:mother|father|brother|sister)-in-law|ma belle-(?:soeur|mere|fille)|mon beau-(?:frere|pere|fils)|mijn (?:schoonmoeder|schoonvader|schoonzus|schoonbroer)|(?:meinem|meiner|meines) (?:mann|sohn|vater|bruder|freund|partner|schwiegersohn|frau|tochter|mutter|schwester|freundin)|vraag (?:dan )?(?:gerust )?naar|demandez|fragen sie nach|(?:my|our) (?:husband|wife|son|daughter|mother|mum|mom|father|dad|sister|brother|partner|girlfriend|boyfriend|friend|son-in-law|daughter-in-law|grandson|granddaughter)(?: is)?|(?:mon|notre) (?:mari|fils|pere|frere|copain|pote|epoux|gendre|ami|petit-fils)(?: est)?|(?:ma|notre) (?:femme|fille|mere|maman|soeur|copine|pote|epouse|belle-fille|amie|petite-fille)(?: est)?|(?:mijn|mn|m'n|onze) (?:man|vrouw|zoon|dochter|moeder|mama|vader|papa|zus|zuster|broer|vriendin|vriend|echtgenoot|echtgenote|partner|schoonzoon|schoondochter|kleinzoon|kleindochter)(?: is)?|(?:mein|unser) (?:mann|sohn|vater|bruder|freund|partner|ehemann|schwiegersohn|enkel)(?: ist)?|(?:meine|unsere) (?:frau|tochter|mutter|mama|schwester|freundin|ehefrau|schwiegertochter|enkelin)(?: ist)?)|(groetjes|groeten|groet|mvg|met vriendelijke groeten?|vriendelijke groeten?|cordialement|bien a vous|bisous|bises|cheers|merci d'avance|bonne (?:journee|soiree)|(?:nog )?een fijne dag|fijne dag|have a (?:nice|good) day|schonen tag|regards|kind regards|best regards|best wishes|mfg|mit freundlichen gru(?:ß|ss)en|liebe gru(?:ß|ss)e|viele gru(?:ß|ss)e|gru(?:ß|ss)e?|salutations)|(merci|bedankt|dank u|dank je|thanks|thank you|danke|lg))(?![a-z])\s?[,!.:]?\s?/g;
  // common first names in Belgium, for "ik ben els" written in lower case
  const FIRST_NAME = word("marie|sophie|sofie|julie|laura|sarah|sara|emma|lisa|anna|ann|anne|els|ilse|inge|katrien|kathleen|lien|lore|nele|eva|elke|femke|hanne|lotte|lies|leen|charlotte|camille|chloe|lea|manon|pauline|ines|nathalie|isabelle|valerie|caroline|catherine|christine|veronique|sandrine|aurelie|melanie|stephanie|celine|amelie|jessica|olivia|elise|louise|alice|clara|fien|marieke|evelien|annelies|griet|hilde|kristel|nancy|sabine|martine|linda|sandra|jolien|ellen|tine|karen|sanne|yasmina|fatima|amina|nadia|" +
    "amy|hannah|emily|grace|lucy|kate|evi|jack|james|oliver|harry|george|william|kristof|gert|bert|filip|johan|jef|dries|wouter|maarten|bram|lander|sven|jurgen|erik|jan|tom|bart|koen|peter|pieter|wim|geert|kris|dirk|luc|marc|stijn|steven|thomas|jeroen|joris|ruben|lucas|louis|arthur|noah|liam|jules|hugo|nicolas|julien|antoine|pierre|olivier|philippe|laurent|david|michel|alain|jean|francois|mohamed|ahmed|youssef|hans|stefan|michael|daniel|kevin|jonas|robbe|wout|seppe|lars|jens|alexander|maxime|simon|mathias|hendrik|frank|patrick|eric|yves");
  const TITLE = word("madame|mevrouw|mrs|mr|ms|miss|monsieur|meneer|frau|herr|mme|mlle|colonel|dokter");
  const PARTICLE = word("van|de|den|der|da|di|du|le|la|von|vom|zu|ten|ter|del|dos");
  const NOT_NAME = word("voornaam|achternaam|familienaam|naam|prenom|nom|vorname|nachname|familienname|surname|firstname|lastname|belgian|belge|belg|belgisch|dutch|nederlander|nederlandse|french|francais|francaise|frans|franse|german|duits|duitse|allemand|allemande|deutsch|deutsche|deutscher|english|anglais|anglaise|engels|englisch|british|luxembourgeois|luxembourgeoise|new|nieuw|nouveau|nouvelle|neu|interested|pregnant|curious|allergic|the|not|mr|mrs|ms|mevrouw|meneer|madame|monsieur|herr|frau|dr|doctor|docteur|dokter|lg|mfg|mvg|xx|xoxo|vielen|dank|danke|herzliche?|freundliche|beste|liebe|viele|schonen|guten|tag|abend|wochenende|hallo|bonjour|merci|thanks|dear|hello|hi");

  /**
   * Personal data out of a visitor's text: each piece becomes `[type]`, and `redactions`
   * lists the types found, in the order they first appear.
   * @param {string} text
   * @param {{keep?: string[], year?: number, isTerm?: (word: string) => boolean}} [options]
   *   keep: the clinic's own phone numbers, e-mail addresses and address, never removed;
   *   year: this year (adult birth years are counted from it); isTerm: words of the
   *   clinic's content, which a cue like "I'm" does not make into a name.
   * @returns {{text: string, redactions: string[], spans: Array<{start: number, end: number, type: string}>}}
   *   spans: where each piece was in `text` (glowgen check points at it)
   */
  function redact(text, options) {
    const opts = options || {};
    const low = shadow(text);
    const year = opts.year || new Date().getFullYear();
    const keep = (opts.keep || []).filter(Boolean).map(shadow);
    const keptDigits = keep.map((k) => digitsOf(k).slice(-8)).filter((d) => d.length === 8);
    const keptText = keep.map((k) => k.replace(/[^a-z0-9@]/g, ""));
    const isTerm = opts.isTerm || (() => false);
    const spans = [];
    const add = (start, end, type) => {
      const piece = low.slice(start, end).replace(/[^a-z0-9@]/g, "");
      if ((type === "email" || type === "address") && keptText.some((k) => k.includes(piece))) return;
      // overlaps are merged once at the end (the first pattern's type wins): linear time
      spans.push({ start, end, type, order: spans.length });
      if (type === "address") addressEnds.add(end);
    };
    const addressEnds = new Set();
    // where the message's last character that is neither punctuation nor personal data is
    const lastSolid = () => {
      const covered = new Uint8Array(text.length + 1);
      for (const span of spans) covered.fill(1, span.start, span.end);
      let i = text.length - 1;
      while (i >= 0 && (covered[i] || /[\s.,!()\-:;]/.test(text[i]) || /\p{Extended_Pictographic}|[\udc00-\udfff]/u.test(text[i]))) i--;
      return i;
    };
    const each = (pattern, found) => { for (const m of low.matchAll(pattern)) found(m, m.index, m.index + m[0].length); };
    // "mail me at jan.peeters@…": a match that is no address is tried again one further
    EMAIL.lastIndex = 0;
    for (let m; (m = EMAIL.exec(low));) {
      // an address spelled in words ("jan at telenet dot be") ends on a domain, not on any word
      // ("redness occurs at some point during the course")
      const spelled = /(?:^|[ (\[{<])(?:at|arobase|apenstaartje|apestaartje|aapje|klammeraffe|dot|punt|point|punkt|stip)(?:[ )\]}>]|$)/.test(m[0]);
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
      else if ((/^0[1-9]/.test(digits) && n >= 9 && n <= 11) || (n === 9 && digits[0] === "4")) type = "phone";
      else if (n >= 9) type = "id_number";
      else if (n >= 6 && PHONE_CUE.test(low.slice(Math.max(0, start - 30), start))) type = "phone";
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
    // a date of birth dictated with spaces: "date de naissance 27 01 1985"
    each(SPACED_BIRTH, (m, start, end) => add(start + m[0].search(/\d/), end, "date_of_birth"));
    // an identifier of letters and digits after its cue: "my DNI is 41939071C", "lidnummer AB-1234567"
    each(ID_CUE, (m, start, end) => { if ((m[1].match(/\d/g) || []).length >= 5) add(end - m[1].length, end, "id_number"); });
    // a phone number spoken as words: "zero four seven five …", "nul vier zeven vier vijfennegentig …"
    each(SPOKEN_NUMBER, (m, start, end) => {
      const count = m[0].split(/[\s-]+/).filter((w) => NUMBER_WORD.test(w) && !/^(?:et|and|en|und)$/.test(w)).length;
      if (count >= 6 || (count >= 4 && PHONE_CUE.test(low.slice(Math.max(0, start - 30), start)))) add(start, end, "phone");
    });
    const capital = (at) => /\p{Lu}/u.test(text[at]);
    // words that also mean something else name a street only with a capital:
    // "Place Flagey 7", "12 Abbey Close", not "place pour 2" or "2 sessions all the way"
    const ambiguous = (found) => (/(?:way|close|court|square|place|st|rd|grove|gardens)$/.test(found)
      ? /^\d+,? /.exec(found) : /^(?:\d\S*,? )?(?:place|route|square|clos|chemin|galerie|sentier|parvis) /.exec(found));
    for (const pattern of [STREET, STREET_FR, STREET_EN]) {
      each(pattern, (m, start, end) => {
        const lead = /^([a-z'-]+) /.exec(m[0]);
        if (lead && isStop(lead[1])) start += lead[0].length;
        const named = ambiguous(m[0]);
        // in lower case too when it reads as an address: a cue before it, a postcode after it
        const addressed = /(?:adres|address|wohn|woon|habite|domicile|chez moi|bei mir|at my)/.test(low.slice(Math.max(0, start - 40), start)) ||
          /^,? (?:[a-z]+-)?\d{4,5} [a-z]/.test(low.slice(end, end + 12));
        if (!named || addressed || /\p{Lu}/u.test(text.slice(start + named[0].length, end))) add(start, end, "address");
      });
    }
    each(FOREIGN_POSTCODE, (m, start, end) => {
      // a British postcode is letters and digits, a Dutch one four digits and two capitals
      if (/^[1-9]\d{3} ?[a-z]{2}/.test(m[0]) ? /^\d{4} ?\p{Lu}{2}/u.test(text.slice(start, end)) : /\d/.test(m[0].slice(0, 3))) add(start, end, "address");
    });
    each(POSTCODE, (m, start, end) => {
      const city = m[0].slice(m[0].indexOf(" ") + 1);
      const afterStreet = [1, 2, 3].some((gap) => addressEnds.has(start - gap)) ||
        /(?:adres|address|wohn|woon|habite|domicile)/.test(low.slice(Math.max(0, start - 30), start)) || /^[a-z]+-/.test(m[0]);
      if ((capital(end - city.length) || afterStreet) && !NOT_CITY.test(city) && !isTerm(city)) add(start, end, "address");
    });
    let solid = lastSolid();
    const letterAfter = (i) => text[i] === " " && /\p{L}/u.test(text[i + 1] || "");
    each(NAME_CUE, (m, start, end) => {
      // "my name is" takes the next words whatever their case; "I'm", a greeting or thanks
      // only words with a capital; words of the clinic's content are never a name here
      const strong = Boolean(m[1]);
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
        const common = NOT_NAME.test(folded) || NOT_CITY.test(folded) || (!names.length && isTerm(folded));
        const stop = isStop(folded);
        // "Van den Broeck", "da Silva": a particle inside a name
        const particle = names.length && PARTICLE.test(folded) && letterAfter(at + w[0].length);
        const taken = particle || (strong ? !common && (!stop || !names.length)
          : !common && ((capital(at) && (!stop || names.length > 0 || !m[2])) || ((m[3] || m[4]) && (!stop || at + w[0].length > solid)) ||
            (names.length ? FIRST_NAME.test(low.slice(end, names[0])) && !stop : FIRST_NAME.test(folded))));
        if (!taken) break;
        names.push(at + w[0].length);
        at += w[0].length;
        if (text[at] !== " ") break;
        at += 1;
      }
      if (!names.length) return;
      const last = names[names.length - 1];
      // a signature or thanks ends the message ("groetjes, An", "Merci, Sophie !"), or
      // only other personal data follows it; a thanks in lower case takes two words or more
      if ((m[3] || m[4]) && last <= solid) return;
      if (m[4] && !capital(end) && names.length < 2 && !FIRST_NAME.test(low.slice(end, last))) return;
      add(end, last, "name");
    });
    // a full name closing the message or next to other personal data, without a cue:
    // "…, rappelez-moi svp, Noah Jacobs", "? Marie Dubois, 0475 16 30 51"
    solid = lastSolid();
    const starts = new Set(spans.map((span) => span.start));
    for (const m of text.matchAll(/(?<=(?:^|[,?.!:;(])\s?)\p{Lu}[\p{L}'’-]+(?: (?:van|de|den|der|da|le|la|von))?(?: \p{Lu}[\p{L}'’-]+){1,2}/gu)) {
      const start = m.index;
      const end = start + m[0].length;
      const parts = low.slice(start, end).split(" ");
      if (parts.some((p) => isTerm(p) || NOT_NAME.test(p) || NOT_CITY.test(p) || isStop(p))) continue;
      let next = end;
      while (next < end + 4 && /[\s,;(]/.test(text[next] || "")) next++;
      if (starts.has(next) || end > solid) add(start, end, "name");
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

  // Safety: cues over folded text (lower case, no accents), in fr, nl, en and de.
  const cues = (...lists) => new RegExp(`(?<![a-z])(?:${lists.join("|")})`);
  const SELF = cues("i(?: have|'ve|ve| got| am|'m| feel| noticed| see| had| can't| cannot| can not| cant)(?![a-z])|my(?![a-z])",
    "j'ai|je (?:suis|sens|vois|remarque|ressens|me sens)|mon(?![a-z])|ma(?![a-z])|mes(?![a-z])|m'a(?![a-z])",
    "ik (?:heb|ben|voel|zie|merk|kreeg|had)(?![a-z])|mijn(?![a-z])|m'n(?![a-z])|mn(?![a-z])|mij(?![a-z])",
    "ich (?:habe|hab|bin|fuhle|sehe|bemerke|hatte)(?![a-z])|mein(?:e|em|en|er)?(?![a-z])|mir(?![a-z])|mich(?![a-z])");
  const NEGATION = /(?<![a-z])(?:not|no|nothing|non|pas|rien|rien d'|niet|niks|niets|geen|nicht|nichts|nit|kein|keine|never|jamais|nooit|nie|isn't|n'est)(?: [a-z']+)?(?: [a-z']+)? $/;
  const EMERGENCY = cues(
    // breathing
    "(?:can ?not|can't|cant|unable to|struggling to|trouble|difficult(?:y)?|hard to|barely) breath",
    "short(?:ness)? of breath|(?:n'arrive|arrive) (?:pas|plus) a respirer|(?:ne )?peux (?:pas|plus) respirer|(?:du mal|difficultes?|peine) a respirer|respire (?:mal|difficilement|plus)|etouffe|suffoque",
    "(?:niet|ni|nauwelijks|moeilijk|slecht|bijna niet)(?: [a-z]+){0,2} ademen|geen lucht|moeilijk ademen|ademnood|benauwd|kortademig",
    "(?:kann|konnte) (?:nicht|kaum|schwer) (?:mehr )?atmen|keine luft|atemnot|atme schwer|schwer atmen|ersticke",
    // throat or tongue swelling; the face swelling fast
    "(?:throat|tongue|gorge|langue|keel|tong|hals|rachen|zunge)(?: [a-z']+){0,3} (?:swell|swollen|closing|gonfl|enfl|zwel|gezwollen|opgezwollen|dik|schwill|geschwollen)",
    "(?:swell|swollen|gonfl|enfl|zwel|gezwollen|schwell|geschwollen|schwill)[a-z]*(?: [a-z']+){0,4} (?:throat|tongue|gorge|langue|keel|tong|hals|rachen|zunge)",
    "(?:swell|swelling|gonfle|enfle|zwelt|schwillt)[a-z]* (?:up )?(?:a lot|so much|badly|fast|quickly|rapidly|beaucoup|enormement|vite|de plus en plus|erg|heel erg|enorm|snel|steeds meer|stark|schnell|immer mehr)",
    // vision
    "blurr(?:y|ed) (?:vision|sight)|(?:vision|sight|eyesight|zicht|vue|sicht)(?: [a-z']+){0,2} (?:blurr|wazig|floue?|trouble|verschwommen|double|dubbel|doppelt)|(?:vision|sight|eyesight) (?:is )?(?:blurr|loss|lost|problem|chang|gone|worse)|(?:can't|cannot|can not|cant) see (?:anything|properly|clearly|well|out of)|double vision|seeing double|lost (?:my )?(?:sight|vision)|(?:go|going|went|gone) blind",
    "vision (?:floue|trouble|double)|vue (?:floue|trouble|baisse)|vois (?:flou|trouble|double|plus rien|plus)|ne vois plus|perdu la vue|troubles? de la (?:vue|vision)",
    "wazig|zie (?:dubbel|niets|niks)(?: meer)?|zicht (?:is )?(?:wazig|weg|slecht)|dubbel zien",
    "verschwommen|sehe (?:doppelt|nichts|kaum)|doppelt sehen|sehstorung|sehverlust",
    // chest pain
    "chest (?:pain|hurts|tight)|pain in (?:my|the) chest|tight(?:ness in)? (?:my |the )?chest",
    "douleurs? (?:a la |dans la )?(?:poitrine|thoracique)|mal (?:a|dans) la poitrine|oppression thoracique",
    "pijn (?:op|in) (?:de|mijn|m'n) borst|borstpijn|druk op (?:de|mijn) borst",
    "brustschmerz|schmerzen in der brust|druck auf der brust",
    // heavy bleeding
    "bleed(?:s|ing)? (?:a lot|heavily|badly|profusely|nonstop|non stop|without stopping)|(?:won't|wont|doesn't|does not|can't|cannot) stop bleeding|heavy bleeding|keeps bleeding",
    "saign(?:e|ent|ement)s? (?:beaucoup|enormement|abondant|abondamment|fort|sans arret|encore et encore)|(?:bleed|saign|bloed|blut)[a-z]*(?: [a-z']+){0,5} (?:won't stop|wont stop|doesn't stop|not stop|s'arrete pas|arrete pas|stopt niet|houdt niet op|hort nicht auf)|blijft (?:maar )?bloeden|(?:arrete|arrive) pas de saigner|hemorragie",
    "bloed(?:t|en)? (?:hevig|veel|erg|enorm|heel erg|nog steeds)|blijft bloeden|hevige bloeding|(?:stopt|houdt) niet (?:op )?met bloeden",
    "blut(?:e|et|ung)? (?:stark|viel|sehr|ohne ende)|starke blutung|hort nicht auf zu bluten",
    // high fever
    "high fever|(?:3[89]|4[0-2])(?:[.,]\\d)? (?:de |of |graden |grad |degrees )?(?:fievre|fever|koorts|fieber)|(?:fever|fievre|koorts|fieber)(?: [a-z']+){0,3} (?:3[89]|4[0-2])|(?:forte|grosse) fievre|fievre (?:forte|elevee)|hoge koorts|hohes fieber",
    // severe pain
    "(?:severe|unbearable|extreme|excruciating|terrible|horrible|intense|awful) pain|(?:pain|douleur|pijn|schmerz)[a-z]*(?: [a-z']+){0,4} (?:unbearable|severe|extreme|excruciating|insupportable|atroce|ondraaglijk|unertraglich)|(?:douleur|douleurs|mal) (?:intense|insupportable|atroce|terrible|horrible|enorme)|tres tres mal|un mal de chien",
    "(?:ondraaglijke|hevige|vreselijke|verschrikkelijke|extreme|enorme|helse|erge) pijn|(?:heel|zo|erg) veel pijn",
    "(?:starke|unertragliche|extreme|heftige|furchtbare|schreckliche|hollische) schmerzen");
  // skin turning white, grey or blue (not hair, teeth or a web page); fainting, not from fear
  const COLOUR = "(?:white|whitish|grey|gray|blue|bluish|purple|pale|blanche?|blanchie|grise?|bleue?|bleuatre|violette?|violacee|wit|witte|witter|grijs|grijze|blauw|blauwe|paars|paarse|bleek|weiss|weisse|grau|blau|lila|violett)(?![a-z])";
  const SKIN_COLOUR = cues(`(?:turn|turning|turned|going|gone|went|became|becoming|getting|devient|devenue?|vire|wordt|werd|geworden|kleurt|wird|wurde)(?: [a-z']+){0,2} ${COLOUR}`,
    `${COLOUR} (?:et |en |and |und |or |ou |of )?${COLOUR} (?:patch|spot|skin|vlek|plek|huid|tache|peau|fleck|haut)|blanching|blanched|marbree|mottled|${COLOUR} (?:verfarbt|verkleurd|gekleurd)`);
  const NOT_SKIN = cues("hair|cheveu|haren|haare|teeth|dent|tand|zahn|website|page|site|screen|ecran|scherm|bildschirm|box|doos|boite|schachtel");
  const FAINT = cues("fainted|fainting|feel faint|feeling faint|pass(?:ed|ing)? out|unconscious|collapsed|blacked out|evanoui|perdu connaissance|fait un malaise|tombee? dans les pommes",
    "flauwgevallen|flauw (?:gevallen|vallen)|flauwvallen|bewusteloos|buiten bewustzijn|ohnmacht|bewusstlos|kollabiert|zusammengebrochen");
  const FEAR = cues("needle|naald|aiguille|nadel|sight of (?:a needle|needles|blood)|vue du sang|bij het zien van|beim anblick");
  // a sign told as one's history, not now: "I fainted at the dentist last year", "38,7 la semaine dernière"
  const PAST = cues("last (?:year|week|month|summer)|years? ago|months? ago|l'an (?:passe|dernier)|l'annee (?:passee|derniere)|la semaine derniere|le mois dernier|il y a (?:des|deux|trois|quelques) (?:ans|mois)|vorig jaar|vorige (?:week|maand|zomer)|jaar geleden|letztes jahr|letzte woche|letzten monat|vor jahren|souvent|vaak|often|oft (?:bei|beim)|at the dentist|chez le dentiste|bij de tandarts|beim zahnarzt");
  // words that make a sentence a general question wherever they stand
  const GENERAL_ANY = cues("how (?:real|common|likely|often)|is it true|c'est vrai|est-ce vrai|klopt dat|stimmt es|someone (?:said|told)|iemand zei|on m'a dit|man sagt|(?:soin|treatment|behandeling|behandlung)s?(?: [a-z-]+){0,2} (?:contre|for|against|voor|tegen|gegen)|peut rendre|can make you|kan je [a-z]+ worden|kann man [a-z]+ (?:werden|erblinden)|erblinden kann");
  // a general question ("can filler cause ...?") names a sign without having it
  const GENERAL = /^(?:is|are|does|do|can|could|will|would|kunnen|konnen|peuvent|how|what|which|y a|est-ce|est ce|peut|quel|quels|combien|is er|zijn|heeft|doet|kan|kun|wordt|hoe|wat|welke|gibt|ist|sind|kann|tut|hat|wie|was|welche)(?![a-z]).*(?:cause|provoqu|veroorza|verursach|risk|risque|risico|side effect|effets? secondaire|bijwerking|nebenwirkung|possible|mogelijk|moglich|happen|arriver|gebeuren|passieren|common|frequent|vaak|haufig|rare|machen|fuhren|lead to|leiden tot|entrainer|donner|geven|give|make|maken|rendre|herken|recogni|reconna|erkenn|usually|normally|gewoonlijk|normalement|normalerweise|go down|disappear|weg|pijn|pain|hurt|mal|weh|douloureu|schmerzhaft)/;
  // "I'm only asking in general": a question that says it is not about the writer
  const IN_GENERAL = cues("de maniere generale|d'une maniere generale|out of (?:interest|curiosity)|just curious|puur uit (?:interesse|nieuwsgierigheid)|par (?:pure )?curiosite|aus (?:reinem )?interesse|aus neugier|asking for (?:a|my)|general question|question generale|algemene vraag|allgemeine frage|je demande pour|ik vraag (?:het )?voor|ich frage fur|in general|generally|just asking|only asking|in general terms|en general|de facon generale|je demande juste|algemeen|in het algemeen|ik vraag het gewoon|allgemein|generell|grundsatzlich|frage nur");
  // fever with spreading redness; urgency words
  const FEVER = cues("fever|fievre|koorts|fieber");
  const REDNESS = cues("red|rouge|rougeur|rood|roodheid|rot|rotung|spread|s'etend|verspreid|breitet");
  const URGENT = cues("urgent|urgence|urgente|emergency|dringend|spoed|noodgeval|notfall|au secours|^help|help ?!|^hilfe|hilfe ?!|sos(?![a-z])");
  const NOT_URGENT_TOPIC = cues("park(?![a-z])|parker|parkpl|umbrella|parapluie|paraplu|regenschirm|keys|sleutel|autosleutel|cles|schlussel|lift|wheelchair|rolstoel|rollstuhl|speak|parle|spreekt|sprechen|tram|bus(?![a-z])|train|trein|zug|strassenbahn|metro|combien|slots?|creneau|consult|equipment|materiel|uitrusting|ausrustung|defibrillat|in case|au cas ou|voor het geval|fur den fall|eingang|entrance|entree|ingang|hausnummer|huisnummer|wedding|mariage|je me marie|trouw|hochzeit|heirat|voucher|bon cadeau|cadeaubon|gutschein|gift|appointment|rendez[- ]vous|rdv|afspraak|termin|reschedul|annul|cancel|absag|verzet|verplaats|invoice|factu|rechnung|price|prix|prijs|preis|tarif|kost|cost|hours|horaire|uren|openingsuren|offnungszeit|open|parking|parkeer|parken|address|adresse|adres|book|boek|reserv|buch|number|numero|nummer|payment|paiement|betal|zahl");
  const BODY = cues("face|visage|gezicht|gesicht|lip|levre|lippe|eye|oeil|yeux|oog|ogen|auge|skin|peau|huid|haut|nose|nez|neus|nase|cheek|joue|wang|wange|pain|douleur|mal(?![a-z])|pijn|schmerz|swell|swollen|gonfl|zwel|schwell|geschwollen|bleed|saign|bloed|blut|fever|fievre|koorts|fieber|infect|breath|respir|adem|atem|filler|botox|injection|inject|prik|spritze|reaction|reactie|reaktion|allerg");
  const MEDICAL = cues(
    // pregnancy, breastfeeding, medication, conditions
    "blood ?thinner|anticoagul|aspirin|ibuprofen|antibiotic|antibiotique|antibiotica|antibiotika|isotretino|roaccutan|accutane|medication|medicament|medicijn|medicatie|medikament|bloedverdunn|blutverdunn|cortison|antidepress|chemo",
    "marcumar|marcoumar|sintrom|xarelto|eliquis|plavix|clopidogrel|warfarin|coumadin|pradaxa|lixiana|koortsbla|diabet|suikerziekte|epilep|herpes|cold sore|bouton de fievre|koortslip|lippenblaschen|fieberblase|autoimmun|auto-immun|lupus|keloid|cheloide|hemophil|hemofil|hamophil|bloedstolling|blood disorder|heart condition|hartprobleem|hartkwaal|cardiaque|herzproblem|herzerkrank|hypertension|hoge bloeddruk|bluthochdruck",
    // "which treatment is right for me"
    "(?:right|suitable|best|good|ideal) (?:treatment )?for me|what (?:do|would) you (?:recommend|advise|suggest)|(?:recommend|advise|suggest)(?:ed)? (?:for|to) me|(?:which|what) (?:treatment|one|option) (?:should i|would you|is best|is right|suits)|should i (?:get|do|have|choose|go for|try|take)|am i (?:a )?(?:good |suitable )?candidate",
    "me (?:conseill|recommand|convient|conviendrait)|(?:adapte|convient|ideal) (?:a|pour) (?:moi|ma|mon|mes)|(?:quel|quelle|lequel|laquelle) (?:traitement |soin |option )?(?:choisir|me|pour moi|est le (?:meilleur|mieux) pour)|suis-je (?:un |une )?(?:bon |bonne )?candidat",
    "raad(?:t)? (?:u|je|jij|jullie) (?:me |mij )?aan|wat (?:raad|raadt|adviseer|adviseert)|(?:welke|wat voor) behandeling (?:past|is (?:het )?(?:best|geschikt)|moet ik|raad|zou)|geschikt voor mij|(?:goed|best|ideaal) voor mij|kom ik in aanmerking",
    "was (?:empfehlen|raten) sie|(?:welche|was fur eine) behandlung (?:passt|ist (?:die )?(?:richtige|beste)|empfehlen|soll ich)|(?:geeignet|richtig|gut|das richtige|das beste) fur mich|bin ich (?:ein |eine )?(?:guter |gute )?kandidat",
    "should i (?:worry|be worried|see a doctor)|dois-je m'inquieter|moet ik me zorgen|muss ich mir sorgen",
    "(?:a )?problem for me|(?:un )?(?:souci|probleme) pour moi|(?:een )?probleem voor mij|(?:ein )?problem fur mich|" +
    "(?:pourrait|peut|pourra)(?:-il|-elle)? m'aider|could (?:it|this|that|botox|a [a-z]+) help me|kan (?:het|dat|dit) (?:mij|me) helpen|(?:konnte|kann) (?:es|das) mir helfen|" +
    "works? (?:on|for) me|fonctionne(?:r|rait)? (?:sur|pour) moi|marche(?:r|rait)? (?:sur|pour) moi|werkt (?:het |dat )?(?:bij|voor) mij|wirkt (?:das |es )?bei mir");
  const PREGNANT = cues("stille noch|i'?m expecting|donne (?:encore )?le sein|ivf|fiv(?![a-z])|in vitro|pregnan|breastfeed|breast feed|breast milk|trying to conceive|ttc(?![a-z])|enceinte|grossesse|j?allait|lait maternel|zwanger|borstvoeding|moedermelk|kinderwens|schwanger|ich stille|stillt|stillen|stillzeit|muttermilch|kinderwunsch");
  const PREGNANT_SELF = cues("(?:je suis|ik ben|i am|i'm|im|ich bin) (?:[a-z]+ )?(?:enceinte|zwanger|pregnant|schwanger)|(?:ma|mijn|my|meine) (?:grossesse|zwangerschap|pregnancy|schwangerschaft)|j'?allaite|i'm breastfeeding|ik geef borstvoeding|ich stille");
  // one's own treatment named: "sport lendemain de mon botox?", "sauna dag na mijn filler"
  const MY_TREATMENT = cues("(?:my|mon|ma|mes|mijn|mn|m'n|mein(?:em|er|en)?) (?:[a-z]+ )?(?:botox|filler|peel|peeling|laser|microneedling|injections?|injecties?|behandeling|behandlung|traitement|prp|draad|fils|skin ?booster|toxine)");
  // a treatment had, and another asked for: "filler l'an dernier, fils tenseurs possible?", "botox 3 wks ago, top up now?"
  const HAD_TREATMENT = cues("(?:had|hatte|hab|habe|gehad|eu|fait) (?:a |an |my |mijn |un |une |des |du |de |eine? |ein )?[a-z]* ?(?:lift|filler|botox|peel|peeling|laser|microneedling|prp|booster|injection|fils|draad)",
    "(?:botox|filler|peeling|laser|prp|fils|draad|microneedling)[a-z ,]{0,12}(?:l'an (?:dernier|passe)|vorig jaar|letztes jahr|last year|\\d+ (?:wks?|weeks?|semaines?|weken|wochen|months?|mois|maanden|monate) (?:ago|geleden)|il y a \\d+)");
  // bills, payments and e-mails: "is it normal my invoice came twice?", "can I pay after my session?"
  const ADMIN = cues("e-?mail|confirmation|bevestiging|bestatigung|invoice|facture|factuur|rechnung|abgebucht|payer|pay(?![a-z])|betalen|bezahlen|bancontact|payment|paiement|betaling|zahlung");
  // people in general, not the writer: "for pregnant women", "is it normal that people get bruises"
  const GROUP = cues("futures? mamans?|aanstaande mama|werdende mutter|schwangere|zwangere|enceintes|pregnant (?:women|clients|patients|people|ladies)|women|people|patients in general|femmes|les gens|on (?:a|peut|doit)|vrouwen|mensen|men (?:krijgt|kan|mag)|frauen|leute|man (?:bekommt|kann|darf)");
  // a condition of one's own: "my rosacea", "mn acne", "ik draag een pacemaker"
  const CONDITION = cues("hashimoto|reuma|rheuma|polyarthrit|arthrit|parese|palsy|paralysie faciale|verlamming|apixaban|rivaroxaban|methotrexa|ass 100|" +
    "(?:ich nehme|i take|ik neem|ik gebruik|je prends) (?:taglich|daily|dagelijks|quotidiennement|every day|tous les jours|elke dag)|(?:twice|two times) (?:a day|daily)|(?:par|per|pro) (?:jour|dag|day|tag|semaine|week|woche)|" +
    "risky for me|risque pour moi|riskant (?:voor mij|fur mich)|fur mich geeignet|willebrand|hemophil|bleeding disorder|trouble de la coagulation|stollingsstoornis|gerinnungsstorung|zona(?![a-z])|gordelroos|gurtelrose|shingles|vagal|" +
    "safe (?:for|on) (?:me|my|skin like mine)|veilig voor mij|sans danger pour moi|fur meinen hauttyp|marcherait (?:bien )?sur moi|(?:je prends|i take|ik neem|ik slik|ich nehme) [a-z' ]{0,30}(?:tous les jours|every day|elke dag|jeden tag|daily)|" +
    "euthyrox|levothyrox|asaflow|ozempic|wegovy|c'est pour moi|is (?:it|this|that) for me|is (?:dat|dit) (?:iets )?voor mij|ist das (?:was )?fur mich|diabet|diabeet|metformin|pcos|sopk|thyroid|thyroide|schildklier|schilddruse|bruxism|serre les dents|tandenknarsen|zahneknirschen|grind my teeth|rosacea|rosacee|rosazea|acne|akne|pacemaker|herzschrittmacher|allergic reaction|reaction allergique|allergische reactie|allergische reaktion|too sensitive|trop sensible|te gevoelig|zu empfindlich|iets voor (?:mijn|mn|m'n|me)|ein fall fur|n fall fur");
  // a dose for oneself: "how many units would I need", "combien d'unités il me faut", "wie viele Milliliter für meine Lippen"
  const DOSE = cues("produit|product|produkt|d?units?|d?unites?|eenheden|einheiten|syringes?|seringues?|spuit(?:en|jes)?|spritzen|ml|millilit|milliliter|vials?|ampoules?|ampul");
  const FOR_ME = cues("i|me|moi|my|mes|mon|ma|ik|mij|mijn|mn|m'n|ich|mich|mir|meine?[mnrs]?|il me|je");
  // one's own history: "I had X last year, can I …?"
  const HAD = cues("laten zetten|laten doen|fait faire|machen lassen|had|hatte|hab|habe|gehad|eu|subi|fait|g fait|gekregen|bekommen|got");
  const AGO = cues("last summer|vorige zomer|l'ete dernier|last year|years? ago|months? ago|l'an (?:passe|dernier)|l'annee (?:passee|derniere)|lannee passee|il y a|vorig jaar|vorige maand|jaar geleden|geleden|letztes jahr|vor (?:\\d+|zwei|drei|einem|einigen) (?:jahr|monat)|letzten (?:sommer|winter)");
  // one's own aftercare: "can I go to the gym the day after my botox", "ab wann darf ich joggen"
  const ACTIVITY = cues("sport|wine|vin(?![a-z])|wijn|wein(?![a-z])|glass|verre|glas(?![a-z])|gym|salle|fitness|sauna|hammam|swim|nager|piscine|zwem|schwimm|sun|soleil|zon(?![a-z])|sonne|maquill|make-?up|schmink|jogg|run(?![a-z])|courir|lopen|laufen|alcohol|alcool|alkohol|fly|avion|vliegen|fliegen|creme|cream|retinol");
  const AFTER = cues("after|apres|lendemain|na(?![a-z])|nach|danach|demain|morgen|tomorrow|day after|ab wann|des que");
  // "is it painful?": a question about a treatment, not a sign
  const PAIN_QUESTION = cues("pijnloos|painless|indolore|schmerzfrei|doet [a-z]+ pijn|does [a-z]+ hurt|fait-(?:il|elle) mal|tut [a-z]+ weh|any pain|is (?:it|there) (?:any )?pain|painful\\?|douloureu|fait mal ?\\?|doet (?:het|dat) pijn|pijnlijk|tut (?:es|das) weh|schmerzhaft|none at all|geen pijn");
  // "what should I do", "is this normal": medical when about a sign or one's own treatment
  const ADVICE = cues("what should i do|is (?:this|that|it) normal|que (?:dois-je|dois je|faire)|est-ce (?:que c'est )?normal|c'est normal|c normal|wat moet ik doen|is (?:dit|dat|da|het )?normaal|was soll ich (?:tun|machen)|ist (?:das|es) (?:bei mir |so |noch )?normal|to be expected|will it (?:wear off|go away|settle)|ca va (?:se calmer|partir|passer)|trekt dat (?:nog )?bij|gaat dat (?:nog )?weg|geht das (?:wieder )?weg");
  const SYMPTOM = cues("bleu (?:apres|sur|depuis)|blauer fleck|bultje|lopsided|schief|knot|(?:hoger|lager) dan de andere|plus que (?:le|la) (?:droit|gauche)|gratt|pique|dik(?:ke|ker)?(?![a-z])|petits? bleus?|dent(?:s|ed)?(?![a-z])|dell|deuk|creux|rash|bruis|swell|swollen|lump|bump|nodule|redness|itch|pain|hurt|sore(?![a-z])|infect|pus(?![a-z])|numb|asymmetr|uneven|droop|ptosis|headache|blister|scab|burn|bleed|tingl|irritat|allerg|fever|heavy|dropp|warm(?![a-z])|(?:higher|lower) than the other|eczema|dermatitis|psoriasis|rosacea|(?:is|are|still|very|so|bit|nog|erg|heel|altijd|beetje|encore|tres|peu|sehr|noch|etwas) (?:red|rood|rouge|rot)(?![a-z])",
    "rougeur|bouton|(?:un |des )bleus?(?![a-z])|hematome|gonfl|enfl|bosse|boule|douleur|lourd|chaud|plus (?:haut|bas)e? que l'autre|eczema|j'ai mal|demang|infect|brulure|brule|paupiere|asymetri|croute|engourdi|fourmill|picot|irrit|saign|allergi|fievre",
    "uitslag|blauwe plek|zwaar|hang|schilfer|eczeem|zwelling|gezwollen|opgezwollen|bult|knobbel|roodheid|jeuk|pijn|ontsteking|ontstoken|infectie|brandt|blaar|korst|scheef|verdoofd|tinteling|geirriteerd|bloed|allergi|koorts",
    "ausschlag|bluterguss|knubbel|neurodermitis|ekzem|schwer|blauer fleck|schwellung|geschwollen|beule|knoten|rotung|juck|schmerz|entzund|infekt|brennt|blase|kruste|hangend|taub|kribbel|gereizt|blut|allergi|fieber");
  // aftercare about one's own treatment: "after my botox yesterday", "na mijn peeling"
  const OWN_TREATMENT = cues("(?:after|apres|na|nach|post) (?:de |het |dem |der |the |l'|mon |ma |mijn |meinem )?(?:botox|filler|injection|injectie|peeling|peel|laser|microneedling|prp|skin ?booster|fils|draad)|(?:day|jour|dag|tag) \\d+ (?:after|apres|na|nach)|(?:weeks?|semaines?|weken|wochen|days?|jours|dagen|tage) (?:after|apres|na|nach)", "(?:after|since|from) (?:my|the) [a-z]+ (?:yesterday|today|this morning|last)|after my|since my|since the|depuis (?:le|la|les|l')|sinds (?:de|het)|seit (?:der|dem|die)|where you injected|injection site|endroit de la piqure|point d'injection|prikplaats|einstichstelle|" +
    "(?:had|got|hatte|gehad|gekregen|bekommen|eu|fait)(?: [a-z']+){0,4} (?:today|vandaag|heute|aujourd'hui|this morning|heute morgen|vanmorgen|ce matin)|(?:today|vandaag|heute|aujourd'hui|this morning|heute morgen|vanmorgen|ce matin)(?: [a-z']+){0,4} (?:had|got|hatte|gehad|gekregen|bekommen|eu|fait)|apres (?:mon|ma|mes)|depuis (?:mon|ma|mes)|na (?:mijn|m'n)|sinds (?:mijn|m'n)|nach (?:meine|meiner|meinem|meinen)|seit (?:meine|meiner|meinem|meinen)|yesterday|gisteren|hier (?:soir|matin)|(?:fait|eu|injecte|traitee?)s? hier|gestern|this morning|ce matin|vanmorgen|vanochtend|heute morgen|(?:days|jours|dagen|tagen) (?:ago|geleden)|il y a \\d+ jours|vor \\d+ tagen");
  const TREATED = cues("filler|botox|peel|laser|needling|inject|prik|spritze|fils|draad|thread|behandel|treatment|traitement|soin|hyaluron|toxin");
  const MAY_I = cues("can i|may i|should i|could i|am i allowed|meug ik|mag 'k|(?:elle|il) peut|puis-je|puis je|je pourrai|pourrai-je|je pourrais|je peux|est-ce que je peux|dois-je|mag ik|kan ik|moet ik|darf ich|kann ich|soll ich|sollte ich|" +
    "can (?:my|she|he)|may (?:my|she|he)|mag (?:mijn|mn|m'n|ze|hij)|kan (?:mijn|mn|m'n|ze|hij)|darf (?:mein|meine|sie|er)(?![a-z])|kann (?:mein|meine)|peut-(?:elle|il)|(?:fille|fils|mari|femme|mere|pere|soeur|frere|copine|copain) peut");


  /* ---------- safety concepts: DESIGN.md's signs as data, matched on folded words ---------- */
  // Each concept lists, per language, forms separated by spaces: a folded word ("breathe"),
  // a stem ("respir*"), a part of a compound ("*schmerz*") or words in a row joined by "_"
  // ("short_of_breath"). A message is matched against every language's forms: visitors mix
  // them. SIGNS says which concepts together, within a few words of one sentence, make a
  // sign; a sign with a "no" just before it ("no trouble breathing") is none.
  const SAFETY_WORDS = {
    breath: {
      en: "breath* air", fr: "respir* souffl* air", nl: "adem* *adem asem lucht", de: "atem* atme atmen atmet *atmung luft" },
    hard: {
      en: "can't cannot cant unable trouble troubl* difficult* hard hardly barely problem* struggl* heavy heavily not no_more worse",
      fr: "pas plus pu mal difficil* difficult* peine probleme* problem* arrive_pu arrive_plus jarrive du_mal lourd*",
      nl: "niet nie ni moeilijk* moeite slecht* probleem* problemen nauwelijks zwaar zwaarder amper",
      de: "nicht nit kaum schwer* schlecht* problem* muhe mühe schwierig*" },
    breathless: {
      en: "short_of_breath out_of_breath breathless choking choke* suffocat* gasping gasp* can't_get_air",
      fr: "essouffl* etouff* suffoqu* suffoc* asphyxi* manque_d'air manque_d_air",
      nl: "ademnood kortademig* benauwd* stik* naar_adem_happen hap*_naar_adem snak*_naar_adem ademtekort",
      de: "atemnot kurzatmig* erstick* ringe_nach_luft ringt_nach_luft luftnot luft_weg keine_luft" },
    swell: {
      en: "swell* swollen puff* puffing blowing_up ballooning balloon* bigger huge enormous", fr: "gonfl* enfl* oedem* grossi*", nl: "zwel* *zwelling gezwollen opgezwollen dik dikke dikker opzwel* groter",
      de: "schwell* *schwellung geschwollen angeschwollen schwillt dick dicker grosser riesig*" },
    airway: {
      en: "throat tongue airway*", fr: "gorge langue", nl: "keel tong", de: "hals rachen zunge kehle" },
    fast: {
      en: "fast quick* rapid* crazy minute minutes suddenly", fr: "vite rapid* minutes soudain* d'un_coup a_vue_d'oeil", nl: "snel* razendsnel minuten plots* ineens",
      de: "schnell* rasch minuten plotzlich" },
    see: {
      en: "see seeing sight vision eyesight eye eyes", fr: "vois voit voie voir vue vision oeil yeux", nl: "zie ziet zien zicht oog ogen",
      de: "sehe seh sieht sehen sicht auge augen" },
    sight_problem: {
      en: "blur* double dark black darkness shadow* nothing gone lost loss half spots fog* misty frosted",
      fr: "flou* trouble double noir* sombre rien perdu* moitie taches plus_bien brouillard voile", nl: "wazig* waas dubbel zwart* donker* niks niets weg half halve vlekken niet_meer_goed",
      de: "verschwommen* doppelt doppelbild* schwarz* dunkel* nix nichts weg halb flecken schleier nebel*" },
    sight_lost: {
      en: "blind blindness vision_loss loss_of_vision lost_my_sight", fr: "aveugle perte_de_vue perte_de_la_vue plus_rien_voir",
      nl: "blind blindheid zicht_kwijt *zichtverlies", de: "blind erblind* sehverlust sehstorung*" },
    colour: {
      en: "grey gray greyish blue bluish purple purplish violet blotchy mottled marbled dusky",
      fr: "gris grise bleu bleue bleut* bleuatre violet violette violac* marbr* tachet*",
      nl: "grijs grijze grauw blauw blauwe blauwig* blauwgrijs grijsblauw paars paarse gemarmerd gevlekt",
      de: "grau graue blau blaue blaulich* bläulich* lila violett marmoriert fleckig" },
    pale: {
      en: "white whitish pale dark darker black blackish", fr: "blanc blanche blanch* pale fonce* noir* noirat*",
      nl: "wit witte witter bleek donker* zwart*", de: "weiss weisse weiß weiße blass dunkel* schwarz*" },
    turned: {
      en: "gone went turned turning turn becoming became getting colour discolou*", fr: "devenu* devient vire* decolor*",
      nl: "wordt werd geworden kleurt verkleurd* uitgeslagen", de: "wird wurde geworden verfarbt* verfaerbt*" },
    cold: { en: "cold ice_cold icy", fr: "froid* glace*", nl: "koud* ijskoud*", de: "kalt* eiskalt*" },
    skin_part: {
      en: "skin lip lips *lip nose tip cheek chin forehead face area spot patch", fr: "peau levre levres nez joue menton front pommette visage zone endroit",
      nl: "huid lip lippen *lip neus neustip neuspunt wang kin voorhoofd gezicht oog zone plek", de: "haut *lippe lippe lippen nase nasenspitze wange kinn stirn gesicht stelle" },
    chest: { en: "chest", fr: "poitrine thorax thoracique", nl: "borst *borst*", de: "brust *brust*" },
    ache: { en: "pain pains hurt* ache* pressure tight* stabbing heaviness squeez* crush*", fr: "douleur* mal oppress* serr* pique*", nl: "pijn* druk knelt steek* steken", de: "schmerz* *schmerz* druck eng stechen stich* stiche" },
    faint: {
      en: "faint fainted fainting passed_out pass_out passing_out past_out unconscious collapsed blacked_out blacking_out",
      fr: "evanoui* malaise perdu_connaissance tomb*_dans_les_pommes tourne_de_l'oeil",
      nl: "flauw flauwgevallen flauwvallen bewusteloos buiten_westen onwel van_haar_sokken van_heur_sokke van_zijn_stokje reageert_niet reageert_bijna_niet reageert_bijna_nie",
      de: "ohnmacht* ohnmachtig* bewusstlos umgekippt umjekippt zusammengebrochen kollabiert reagiert_nicht reagiert_kaum" },
    bleed: { en: "bleed* blood_everywhere full_of_blood covered_in_blood blood_is blood_keeps blood_won't blood_wont blood_doesn't blood_running blood_coming", fr: "saign* sang", nl: "bloed bloedt bloeden bloeding *bloeding", de: "blut blute blutet bluten blutung *blutung" },
    heavy: {
      en: "lot heavily heavy badly pouring gushing won't_stop wont_stop not_stop doesn't_stop keeps towel* soaked full nonstop",
      fr: "beaucoup enormement abondam* arrete arret* serviette* ouf plein couler continue flots trempe*", nl: "hevig* veel erg hard door stopt stoppen ophoudt houdt blijft handdoek* doorweekt vol",
      de: "stark* viel sehr aufhoren hort weiter handtuch* kissen voll durchgeblutet" },
    fever: { en: "fever temperature thermometer burning_up chills", fr: "fievre temperature frissons", nl: "koorts temperatuur gloeit rillingen", de: "fieber temperatur gluht gluhend schuttelfrost" },
    high: { en: "high 38* 39* 40* 41*", fr: "forte elevee 38* 39* 40* 41*", nl: "hoge hoog 38* 39* 40* 41*", de: "hohe hohes hoch 38* 39* 40* 41*" },
    spreading: { en: "spread* red redness moving", fr: "etend* rouge* rougeur*", nl: "verspreid* rood rode roodheid trekt", de: "ausbreit* breitet rot rote rotung wandert" },
    pain: { en: "pain pains hurt* ache*", fr: "douleur* mal", nl: "pijn*", de: "schmerz* *schmerz* weh" },
    severe: {
      en: "severe unbearable extreme excruciating terrible horrible intense awful crying worst killing_me",
      fr: "insupport* insuport* atroce* intense* terrible* horrible* pleure* insoutenable intenable de_fou",
      nl: "ondraaglijk* hevig* vreselijk* verschrikkelijk* helse niet_te_houden niet_uit_te_houden huil* verga",
      de: "unertraglich* nicht_auszuhalten kaum_noch_aus heftig* furchtbar* schrecklich* hollisch* weine* extrem*" },
  };
  Object.assign(SAFETY_WORDS, {
    swallow: { en: "swallow*", fr: "avaler aval*", nl: "slikken", de: "schluck*" },
    // a bruise is no colour sign: "un petit bleu", "een blauwe plek", "ein blauer Fleck"
    bruise: { en: "bruise* blue_mark cold_sore cold_sores", fr: "un_bleu des_bleus petit_bleu petits_bleus gros_bleu le_bleu bouton_de_fievre boutons_de_fievre", nl: "blauwe_plek blauwe_plekken blauwe_plekjes koortslip koortsblaas*",
      de: "blauer_fleck blaue_flecken blauen_fleck blauen_flecken fieberblase* lippenblaschen" },
    shut: { en: "shut closing closed tight tightening", fr: "ferme* fermant serre*", nl: "dicht toe dichtgeknepen", de: "zu geschlossen eng zugeschnurt" },
    // a sign named by its medical name, or blood everywhere
    named_sign: {
      en: "vascular_occlusion occlusion capillary_refill anaphyla* anaphylactic blood_everywhere covered_in_blood full_of_blood",
      fr: "occlusion_vasculaire occlusion recoloration_capillaire anaphyla* sang_partout du_sang_partout pleine_de_sang",
      nl: "vasculaire_occlusie occlusie anafyla* bloed_overal overal_bloed onder_het_bloed",
      de: "gefassverschluss gefaessverschluss okklusion anaphyla* uberall_blut alles_voller_blut voller_blut" },
  });
  const SIGNS = [
    [["swallow", "hard"], 5], [["see", "shut"], 3], [["airway", "shut"], 3], [["named_sign"], 0], [["high", "spreading"], 12],
    [["breath", "hard"], 5], [["breathless"], 0], [["swell", "airway"], 5], [["swell", "fast"], 6],
    [["see", "sight_problem"], 10], [["sight_lost"], 0], [["colour", "skin_part"], 6], [["pale", "skin_part", "turned"], 6], [["cold", "skin_part"], 5], [["turned", "pale"], 2], [["chest", "ache"], 4],
    [["faint"], 0], [["bleed", "heavy"], 8], [["fever", "high"], 4], [["fever", "spreading"], 12], [["pain", "severe"], 8],
  ];
  // a "no" just before a sign's words takes it back: "no trouble breathing", "keine Atemnot"
  // "never … like this" says how bad, not that it is absent
  const SIGN_NEGATION = new Set("no none without geen zonder keine kein keinen ohne aucun aucune sans".split(" "));

  const compileForm = (form) => form.replace(/'/g, "_").split("_").filter(Boolean).map((part) => {
    const head = part.startsWith("*");
    const tail = part.endsWith("*");
    const core = part.replace(/^\*|\*$/g, "");
    if (head && tail) return (w) => w.includes(core);
    if (tail) return (w) => w.startsWith(core);
    if (head) return (w) => w.endsWith(core);
    return (w) => w === core;
  });
  const SAFETY_CONCEPTS = Object.fromEntries(Object.entries(SAFETY_WORDS).map(([name, byLang]) =>
    [name, Object.values(byLang).join(" ").split(/\s+/).filter(Boolean).map((form) => compileForm(fold(form)))]));

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

  /** The first concept of a sign of DESIGN.md's safety policy stated in one sentence and
   *  not taken back by a "no" ("breath", "faint", …), or null. `folded` is the question as
   *  `safety` reads it: folded, its whitespace collapsed to single spaces. */
  function statesSign(folded) {
    for (const sentence of folded.split(/[.?;]+(?=\s|$)/)) {
      const ws = sentence.match(/[a-z0-9]+/g) || [];
      const found = conceptPlaces(ws);
      // a bruise or a cold sore is no sign: its words are taken out of every concept
      if (found.bruise) {
        for (const name of Object.keys(found)) {
          if (name !== "bruise") found[name] = found[name].filter(([a]) => !found.bruise.some(([b, e]) => b <= a && a <= e));
        }
      }
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
          return { concept: concepts[0], sentence: sentence.trim() };
        }
      }
    }
    return null;
  }

  /** `emergency`, `medical` or null for a (redacted) question (DESIGN.md, Safety policy). */
  function safety(text) {
    // like intent and search, safety reads the first KEPT characters (ask cuts there too)
    const t = fold(String(text).slice(0, KEPT).replace(/[’‘]/g, "'")).replace(/\s+/g, " ").trim();
    const has = (pattern) => {
      const m = pattern.exec(t);
      return Boolean(m) && !NEGATION.test(t.slice(Math.max(0, m.index - 24), m.index));
    };
    const own = SELF.test(t);
    const askedInGeneral = IN_GENERAL.test(t) && (t.includes("?") || /(?:whether|if|si|of|ob) /.test(t));
    const sign = has(EMERGENCY) || (has(SKIN_COLOUR) && !NOT_SKIN.test(t)) || (has(FAINT) && !FEAR.test(t) && !PAST.test(t)) ||
      (FEVER.test(t) && REDNESS.test(t));
    if (sign && (own || !GENERAL.test(t)) && !askedInGeneral) return "emergency";
    // a sign as concepts: whether it is one's own is read in its sentence ("can filler make you
    // blind? I read it on insta" asks in general, whatever "I read" says)
    const stated = statesSign(t);
    const generalSentence = (sentence) => GENERAL.test(sentence) || GENERAL_ANY.test(sentence);
    if (stated && (!["colour", "pale", "turned"].includes(stated.concept) || !NOT_SKIN.test(t)) &&
        (stated.concept !== "faint" || !FEAR.test(t)) && !PAST.test(stated.sentence) &&
        (SELF.test(stated.sentence) || !generalSentence(stated.sentence)) && !askedInGeneral) return "emergency";
    if (has(URGENT) && ((BODY.test(t) && SYMPTOM.test(t)) || !NOT_URGENT_TOPIC.test(t))) return "emergency";
    const general = askedInGeneral;
    const group = (GROUP.test(t) && !own) || general;
    if (PREGNANT.test(t) && (!group || PREGNANT_SELF.test(t))) return "medical";
    const admin = ADMIN.test(t);
    if (MEDICAL.test(t) || (ADVICE.test(t) && !group && !admin && (SYMPTOM.test(t) || OWN_TREATMENT.test(t) || BODY.test(t)))) return "medical";
    if ((own || MAY_I.test(t) || /(?:pour|voor|fur|for) (?:moi|mij|mich|me)(?![a-z])/.test(t)) && CONDITION.test(t) && !admin && !group) return "medical";
    if (DOSE.test(t) && FOR_ME.test(t) && /\?|combien|how many|hoeveel|wie ?viel|quanto/.test(t)) return "medical";
    if (HAD.test(t) && AGO.test(t) && (MAY_I.test(t) || /possible|mogelijk|moglich|(?<![a-z])(?:now|nu|jetzt|encore|again|nochmal|opnieuw)(?![a-z])|maintenant/.test(t))) return "medical";
    if ((MAY_I.test(t) || MY_TREATMENT.test(t)) && ACTIVITY.test(t) && (AFTER.test(t) || OWN_TREATMENT.test(t))) return "medical";
    if (HAD_TREATMENT.test(t) && !group && (MAY_I.test(t) || /possible|mogelijk|moglich|(?<![a-z])(?:now|nu|jetzt|encore|again|nochmal|opnieuw)(?![a-z])|maintenant/.test(t))) return "medical";
    if (/normaa?l(?: of (?:nie|niet))?\s*\??$|normal\s*\??$/.test(t) && (SYMPTOM.test(t) || OWN_TREATMENT.test(t))) return "medical";
    const treated = OWN_TREATMENT.test(t);
    if ((own || treated) && SYMPTOM.test(t) && !group && !(PAIN_QUESTION.test(t) && !OWN_TREATMENT.test(t))) return "medical";
    if ((own || MAY_I.test(t)) && treated && TREATED.test(t) && MAY_I.test(t) && !admin) return "medical";
    if (own && FAINT.test(t) && FEAR.test(t)) return "medical";
    return null;
  }

  root.GlowEngine = Object.freeze({
    version: "0.1.0",
    FORMAT,
    LANGUAGES,
    createEngine,
    analyze,
    fold,
    words,
    stem,
    bm25,
    detectLanguage,
    clearLanguage,
    chooseLanguage,
    redact,
    safety,
  });
})(typeof globalThis !== "undefined" ? globalThis : this);
