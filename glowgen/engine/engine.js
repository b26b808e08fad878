/* glowgen engine, joined by scripts/minify-js from glowgen/engine/src/ and lexicon/ (sources sha256:de1d44f0b04804e5):
 * edit those and run the script again, not this file. */
(() => {
  // glowgen/engine/src/analysis.js
  var LANGUAGES = ["fr", "nl", "en", "de"];
  var KEPT = 2e3;
  var SPECIAL = { "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ł": "l", "ı": "i" };
  function fold(text) {
    return String(text).normalize("NFKC").toLowerCase().replace(/[ßæœøđðþłı]/g, (c) => SPECIAL[c]).normalize("NFD").replace(/\p{M}/gu, "").replace(/[^\x00-\x7f]/gu, " ");
  }
  function words(text) {
    return fold(text).match(/[a-z0-9]+/g) || [];
  }
  var STOP = {
    fr: "a au aux avec ce ces cet cette c ca cela ceci d dans de des du elle elles en et eux il ils j je l la le les leur leurs lui m ma mais me meme mes moi mon n ne nos notre nous on ou par pas pour qu que quel quelle quels quelles qui s sa se ses son sur t ta te tes toi ton tu un une vos votre vous y est sont suis es etes sommes ai as avez avons ont etre avoir fait faire peut peux pouvez puis quand comment combien pourquoi quoi si tres plus aussi bien svp merci oui non ici apres avant pendant chez vers sans sous entre depuis tout tous toute toutes autre autres dois doit faut beaucoup vraiment exactement precisement juste faites proposez offrez pratiquez prenez acceptez accepte acceptent generalement besoin normalement habituellement gens",
    nl: "de het een en van in op te ik je jij u uw we wij jullie ze zij hij is zijn ben bent was waren wordt worden werd kan kunnen kun kunt mag moet moeten wil wilt willen zou zal heb hebt heeft hebben dat die dit deze er met voor aan bij om naar uit als of maar ook niet geen wat wie waar wanneer hoe hoeveel welke welk mijn me mij ons onze hun zo dan nog al wel even graag eens mn t s m hier ja nee aub na tijdens sinds zonder onder over moet kun doe doet doen deed gaat gaan ga komt komen laat laten krijg krijgt iets tegen blijft blijven precies eigenlijk echt vanaf bieden biedt maken neem neemt aanvaarden meestal nodig gewoonlijk normaal mensen algemeen",
    en: "a an the and or of to in on at for with by from is are was were be been being do does did have has had i me my you your we our us they them their it its this that these those what which who whom how when where why can could would should will shall may might must there here about any some please much many get got im s t d ll ve re m not no so if then than too very just also yes after before during since without under into over there their lot exactly actually really doing offer offers provide make whats usually need needed people generally normally typically",
    de: "der die das den dem des ein eine einen einem einer eines und oder aber ich du er sie es wir ihr mich mir dich dir uns euch ihnen mein meine dein ihre unser ist sind bin bist seid war waren wird werden kann konnen kannst muss mussen soll will mochte habe hast hat haben in im an am auf aus bei mit nach von vom zu zum zur fur uber unter vor nicht kein keine was wer wie wo wann welche welcher ja nein auch noch schon so dann man bitte viel nach wahrend seit ohne ob gibt genau eigentlich wirklich echt etwas gegen machen macht bieten bietet nehmen nimmt akzeptieren normalerweise meistens brauche braucht notig leute ublicherweise"
  };
  for (const lang of LANGUAGES) STOP[lang] = new Set(STOP[lang].split(" "));
  var isStop = (word2) => LANGUAGES.some((lang) => STOP[lang].has(word2));
  var DOUBLE_END = /(bb|dd|ff|gg|kk|ll|mm|nn|pp|rr|ss|tt)$/;
  var ends = (word2, ...tails) => tails.some((tail) => word2.endsWith(tail));
  function stem(word2, lang) {
    if (word2.length <= 3 || !/^[a-z]+$/.test(word2)) return word2;
    let w = word2;
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
      } else if (ends(w, "els", "ers", "ems", "ens", "jes") || w.endsWith("s") && "aeiouy".includes(w[w.length - 2])) {
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
  function analyze(text, lang) {
    const stops = STOP[lang];
    return words(text).filter((w) => !stops.has(w)).map((w) => stem(w, lang));
  }
  function analyzeAt(ws, lang) {
    const stops = STOP[lang];
    const out = [];
    ws.forEach((w, at) => {
      if (!stops.has(w)) out.push({ term: stem(w, lang), at });
    });
    return out;
  }

  // glowgen/engine/src/clock.js
  function toMillis(now) {
    if (now === void 0 || now === null) return { ms: Date.now(), local: false };
    const text = typeof now === "string" ? now.trim() : null;
    const local = text !== null && /^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?)?$/.test(text);
    const ms = now instanceof Date ? now.getTime() : typeof now === "number" ? now : Date.parse(local ? text.length === 10 ? text + "T00:00:00Z" : text + "Z" : String(now));
    if (!Number.isFinite(ms) || Math.abs(ms) > 864e13) {
      throw new TypeError("now must be a date, epoch milliseconds or an ISO 8601 time");
    }
    return { ms, local };
  }
  var pad = (n) => String(n).padStart(2, "0");
  var clock = (minutes) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  var isoDay = (date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  function createClock(hours) {
    const offsets = hours.offsets;
    const offsetAt = (ms) => {
      let offset = offsets.length ? offsets[0][1] : 0;
      for (const [start, value] of offsets) if (start <= ms) offset = value;
      return offset;
    };
    const holidays = new Map(hours.holidays);
    const local = (ms) => {
      const date = new Date(ms + offsetAt(ms) * 6e4);
      return { date, day: isoDay(date), weekday: (date.getUTCDay() + 6) % 7, minute: date.getUTCHours() * 60 + date.getUTCMinutes() };
    };
    const schedule = (date) => {
      const day = isoDay(date);
      let closure = null;
      for (const c of hours.closures) if (c[0] <= day && day <= c[1]) closure = c;
      if (closure) return { ranges: closure[2], note: closure[3], kind: closure[2].length ? "special" : "closure" };
      if (hours.holidays_closed && holidays.has(day)) return { ranges: [], note: holidays.get(day), kind: "holiday" };
      return { ranges: hours.week[(date.getUTCDay() + 6) % 7], note: "", kind: "week" };
    };
    const addDays = (date, days) => new Date(date.getTime() + days * 864e5);
    const status = (ms) => {
      const here = local(ms);
      const today = schedule(here.date).ranges;
      for (const [start, end] of today) {
        if (start <= here.minute && here.minute < end) {
          let days = 0;
          let until = end;
          for (let more = true; more && days < 14; ) {
            more = false;
            const ranges = schedule(addDays(here.date, days)).ranges;
            for (const [a, b] of ranges) if (a === until && b > until) {
              until = b;
              more = true;
            }
            if (until === 1440) {
              const next = schedule(addDays(here.date, days + 1)).ranges;
              if (next.length && next[0][0] === 0) {
                days += 1;
                until = 0;
                more = true;
              }
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
    const instant = ({ ms, local: isLocal }) => isLocal ? ms - offsetAt(ms - offsetAt(ms) * 6e4) * 6e4 : ms;
    return { local, schedule, status, addDays, instant };
  }

  // glowgen/engine/src/scoring.js
  function bm25(idf, tf, fl, avgfl, B, K1) {
    return idf * (tf * (K1 + 1) / (tf + K1 * (1 - B + B * fl / avgfl)));
  }
  function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    const n = b.length;
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
  var GUESSED_WORDS = 12;
  var typos = (word2) => word2.length >= 8 ? 2 : word2.length >= 4 ? 1 : 0;

  // glowgen/engine/src/intent.js
  var CUES = {
    hours: [
      "open",
      "opens",
      "opening",
      "what time",
      "quelle heure",
      "a quelle heure",
      "hoe laat",
      "wie spat",
      "uhr",
      "heure",
      "openingsuren",
      "openingsuur",
      "openingstijden",
      "openingstijd",
      "hours",
      "uren",
      "uur",
      "ouvert*",
      "ouvre*",
      "horaire*",
      "heures",
      "ferme",
      "fermes",
      "fermee",
      "fermees",
      "fermez",
      "fermeture*",
      "closed",
      "close",
      "closes",
      "closing",
      "gesloten",
      "sluit*",
      "dicht",
      "geopend",
      "offen",
      "geoffnet",
      "offnungszeit*",
      "geschlossen",
      "schliess*",
      "gerade auf",
      "grad auf",
      "jetzt auf",
      "noch auf",
      "heute auf",
      "morgen auf",
      "schon auf",
      "~quand",
      "~when",
      "~wanneer",
      "~wann",
      "~now",
      "~maintenant",
      "~nu",
      "~jetzt",
      "~today",
      "~aujourd",
      "~vandaag",
      "~heute",
      "~moment",
      "~time",
      "~day",
      "~days",
      "~jour",
      "~jours",
      "~dag",
      "~tag",
      "~morning",
      "~matin",
      "~ochtend",
      "~vormittag",
      "~nachmittag",
      "~afternoon",
      "~apres-midi",
      "~namiddag",
      "~tonight",
      "~ce soir",
      "~vanavond",
      "~heute abend",
      "~weekend",
      "~week-end",
      "~holiday",
      "~holidays",
      "~ferie",
      "~feries",
      "~feestdag*",
      "~feiertag*",
      "~vacances",
      "~vakantie",
      "~christmas",
      "~noel",
      "~kerst*",
      "~weihnacht*",
      "~easter",
      "~paques",
      "~pasen",
      "~ostern",
      "~lunch",
      "~midi",
      "~middag",
      "~mittag*",
      "~evening",
      "~soir",
      "~avond",
      "~abend*",
      "~late",
      "~tard",
      "~laat",
      "~spat"
    ],
    location: [
      "where",
      "ou se",
      "ou est",
      "ou etes",
      "ou vous",
      "ou sont",
      "ou trouve*",
      "waar",
      "wo",
      "address",
      "adresse",
      "adres",
      "parking",
      "park",
      "parkeren",
      "parkeer*",
      "garer",
      "stationner",
      "parken",
      "parkplatz*",
      "parkhaus",
      "route",
      "itineraire",
      "directions",
      "bereikbaar*",
      "anfahrt",
      "anreise",
      "metro",
      "tram",
      "bus",
      "train",
      "trein",
      "gare",
      "station",
      "bahnhof",
      "u-bahn",
      "~map",
      "~carte",
      "~plan",
      "~kaart",
      "~karte",
      "located",
      "situe*",
      "gelegen",
      "liegt",
      "get there",
      "venir",
      "vervoer",
      "openbaar vervoer",
      "transport",
      "transports",
      "public transport",
      "transports en commun",
      "strassenbahn",
      "tramway",
      "~acces",
      "~access",
      "bereikbaarheid",
      "geraak*",
      "komme",
      "kommen",
      "locatie",
      "location",
      "localisation",
      "trouver",
      "vinden",
      "finden"
    ],
    contact: [
      "telefoon",
      "telephone",
      "telephon*",
      "telef*",
      "appel*",
      "contact*",
      "kontakt*",
      "erreich*",
      "phone",
      "tel",
      "call",
      "bellen",
      "bel",
      "anrufen",
      "number",
      "numero",
      "nummer",
      "email",
      "mail",
      "e-mail",
      "courriel",
      "mailadres",
      "whatsapp",
      "sms",
      "adresse mail",
      "adresse e-mail",
      "email address",
      "e-mail address",
      "mail address",
      "e-mailadres",
      "reach",
      "joindre",
      "bereiken"
    ],
    booking: [
      "appointment",
      "afspraak",
      "termin",
      "appointment*",
      "reserv*",
      "afspra*",
      "termin*",
      "book*",
      "schedule",
      "rendez-vous",
      "rendez vous",
      "rdv",
      "prendre rendez",
      "boeken",
      "inschrijven",
      "buchen",
      "vereinbaren",
      "online boeken",
      "book online",
      "~online",
      "~en ligne"
    ],
    price: [
      "price",
      "prijs",
      "preis",
      "tarif",
      "pric*",
      "cost*",
      "charge*",
      "euro*",
      "tari*",
      "cout*",
      "prij*",
      "kost*",
      "preis*",
      "how much",
      "expensive",
      "cheap",
      "rate",
      "rates",
      "fee",
      "fees",
      "eur",
      "prix",
      "combien",
      "cher",
      "chere",
      "hoeveel",
      "duur",
      "wie viel",
      "wieviel",
      "teuer",
      "payant*",
      "gratuit*",
      "betalend",
      "gratis",
      "kostenlos",
      "kostenpflicht*",
      "free of charge"
    ],
    team: [
      "medecin*",
      "arzt*",
      "doctor*",
      "dr",
      "docteur",
      "arts",
      "artsen",
      "dokter",
      "nurse",
      "infirmier*",
      "verpleeg*",
      "krankenschwester",
      "pfleger*",
      "team",
      "equipe",
      "staff",
      "personnel",
      "personeel",
      "praticien*",
      "~who",
      "~qui",
      "~wie",
      "who does",
      "who performs",
      "qui fait",
      "qui pratique",
      "qui realise",
      "wie doet",
      "wie voert",
      "wer macht",
      "wer fuhrt",
      "dermatolog*",
      "specialist*",
      "spezialist*"
    ],
    greeting: [
      "hello",
      "hi",
      "hey",
      "hiya",
      "good morning",
      "good afternoon",
      "good evening",
      "bonjour",
      "bonsoir",
      "salut",
      "coucou",
      "hallo",
      "goedemorgen",
      "goedemiddag",
      "goedenavond",
      "goeiedag",
      "dag",
      "hoi",
      "guten tag",
      "guten morgen",
      "guten abend",
      "servus",
      "moin",
      "gruss gott",
      "gruezi"
    ],
    thanks: [
      "thanks",
      "thank",
      "thx",
      "ty",
      "cheers",
      "merci",
      "dank",
      "bedankt",
      "dankjewel",
      "dankuwel",
      "danke",
      "vielen dank",
      "top merci",
      "super merci",
      "merci beaucoup",
      "thanks a lot",
      "thank you",
      "heel erg bedankt",
      "danke schon"
    ],
    // words that ask about an aspect of a treatment rather than an intent of their own
    aspect: [
      "downtime",
      "recover*",
      "eviction sociale",
      "eviction*",
      "herstel*",
      "ausfallzeit",
      "risk*",
      "risque*",
      "risico*",
      "risiko*",
      "side effects",
      "effets secondaires",
      "bijwerking*",
      "nebenwirkung*",
      "aftercare",
      "nazorg",
      "nachsorge",
      "soins apres",
      "result*",
      "ergebnis*",
      "how long",
      "combien de temps",
      "hoelang",
      "hoe lang",
      "wie lange",
      "sessions",
      "seances",
      "sessies",
      "sitzungen",
      "last",
      "lasts",
      "dure",
      "durent",
      "duurt",
      "halt",
      "pain*",
      "hurt*",
      "douleur*",
      "douloureu*",
      "pijn*",
      "schmerz*",
      "pique*",
      "picote",
      "brule*",
      "prik*",
      "sticht",
      "brennt",
      "sting*",
      "burn*",
      "happens",
      "se passe",
      "gebeurt",
      "passiert",
      "how does it work",
      "work*",
      "werk*",
      "wirk*",
      "fonctionne",
      "funktioniert",
      "marche",
      "altern*",
      "tell*",
      "explain*",
      "expliqu*",
      "info*",
      "renseignement*",
      "uitleg",
      "vertel*",
      "erzahl*",
      "erklar*",
      "diff*",
      "verschil*",
      "unterschied*",
      "versus",
      "vs",
      "compar*",
      "vergelijk*",
      "vergleich*",
      "what is",
      "c est quoi",
      "qu est ce",
      "wat is",
      "was ist"
    ]
  };
  var LANGUAGE_WORDS = {
    fr: "coute prix ouvert ouverte ouverts horaires rendez bonjour adresse garer aujourd demain lundi mardi mercredi jeudi vendredi samedi dimanche cher tarif tarifs",
    nl: "kost prijs prijzen open geopend afspraak bedankt dankjewel hallo goedemorgen morgen vandaag maandag dinsdag woensdag donderdag vrijdag zaterdag zondag parkeren adres behandeling",
    en: "opening hours gift voucher hi hey please open price prices cost book appointment hello thanks today tomorrow monday tuesday wednesday thursday friday saturday sunday address treatment sell take want like",
    de: "kostet preis preise geoffnet offnungszeiten termin buchen hallo danke heute morgen montag dienstag mittwoch donnerstag freitag samstag sonntag parken adresse behandlung"
  };
  var WEEKDAYS = {
    0: ["monday", "mon", "lundi", "maandag", "montag"],
    1: ["tuesday", "tue", "tues", "mardi", "dinsdag", "dienstag"],
    2: ["wednesday", "wed", "mercredi", "woensdag", "mittwoch"],
    3: ["thursday", "thu", "thurs", "jeudi", "donderdag", "donnerstag"],
    4: ["friday", "fri", "vendredi", "vrijdag", "freitag"],
    5: ["saturday", "sat", "samedi", "zaterdag", "samstag", "sonnabend"],
    6: ["sunday", "sun", "dimanche", "zondag", "sonntag"]
  };
  var RELATIVE = {
    0: ["today", "aujourd", "aujourdhui", "vandaag", "heute", "tonight", "vanavond", "now", "maintenant", "nu", "jetzt"],
    1: ["tomorrow", "demain", "morgen"]
  };
  var MONTHS = [
    "jan",
    "feb fev",
    "mar maa",
    "apr avr",
    "mai may mei",
    "jun juin",
    "jul juil",
    "aug aou",
    "sep",
    "oct okt",
    "nov",
    "dec dez"
  ].map((m) => m.split(" "));
  var HOLIDAY_WORDS = [
    [["christmas", "noel", "kerstmis", "kerst", "kerstdag", "weihnachten", "weihnacht"], 12, 25],
    [["new year", "nouvel an", "jour de l an", "nieuwjaar", "neujahr"], 1, 1]
  ];
  function compileCues(list) {
    const compiled = { exact: /* @__PURE__ */ new Map(), prefixes: [], pairs: [] };
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
  var COMPILED = Object.fromEntries(Object.entries(CUES).map(([intent, list]) => [intent, compileCues(list)]));
  var LANGUAGE_SETS = Object.fromEntries(LANGUAGES.map((lang) => [lang, new Set(LANGUAGE_WORDS[lang].split(" "))]));
  var commonWord = (word2) => isStop(word2) || LANGUAGES.some((lang) => LANGUAGE_SETS[lang].has(word2));
  function cueHits(ws, known) {
    const hits = {};
    const add = (intent, weight, at, count) => {
      const hit = hits[intent] || (hits[intent] = { score: 0, at: Infinity, words: /* @__PURE__ */ new Set() });
      hit.score += weight;
      hit.at = Math.min(hit.at, at);
      for (let k = 0; k < count; k++) hit.words.add(at + k);
    };
    let guesses = GUESSED_WORDS;
    const guessable = ws.map((w) => w.length >= 4 && !commonWord(w) && !(known && known(w)) && guesses-- > 0);
    const forms = ws.map((w, i) => {
      const plain = w.replace(/ae/g, "a").replace(/oe/g, "o").replace(/ue/g, "u");
      return plain !== w && guessable[i] ? [w, plain] : [w];
    });
    const claimed = /* @__PURE__ */ new Set();
    for (const intent of ["greeting", "thanks"]) {
      ws.forEach((_, i) => {
        for (const [pair] of COMPILED[intent].pairs) {
          if (pair.every((p, k) => ws[i + k] === p)) pair.forEach((_2, k) => claimed.add(i + k));
        }
      });
    }
    for (const [intent, cues2] of Object.entries(COMPILED)) {
      ws.forEach((word2, i) => {
        if (claimed.has(i) && intent !== "greeting" && intent !== "thanks") return;
        let weight;
        for (const form of forms[i]) {
          weight = cues2.exact.get(form);
          if (weight === void 0) {
            for (const [prefix, w] of cues2.prefixes) if (form.startsWith(prefix)) {
              weight = w;
              break;
            }
          }
          if (weight !== void 0) break;
        }
        if (weight === void 0 && guessable[i]) {
          for (const [cue, w] of cues2.exact) {
            if (w === 2 && cue.length >= 5 && cue[0] === word2[0] && distance(word2, cue, 1) <= 1) {
              weight = w;
              break;
            }
          }
        }
        if (weight !== void 0) add(intent, weight, i, 1);
        for (const [pair, w] of cues2.pairs) {
          if (pair.every((p, k) => ws[i + k] === p)) add(intent, w + 1, i, pair.length);
        }
      });
    }
    return hits;
  }
  function detectLanguage(text) {
    const raw = String(text).slice(0, KEPT).toLowerCase();
    const ws = words(raw);
    const scores = { fr: 0, nl: 0, en: 0, de: 0 };
    for (const word2 of ws) {
      for (const lang of LANGUAGES) {
        if (LANGUAGE_SETS[lang].has(word2)) scores[lang] += 2;
        else if (STOP[lang].has(word2)) scores[lang] += 1;
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
  function clearLanguage(text) {
    const { lang, confidence } = detectLanguage(text);
    const ws = words(String(text).slice(0, KEPT));
    const distinctive = ws.length >= 2 || confidence === 1 && LANGUAGE_SETS[lang] && ws.some((w) => LANGUAGE_SETS[lang].has(w));
    return lang && confidence >= 0.34 && distinctive ? lang : null;
  }
  function chooseLanguage(text, siteLanguages, pageLanguage) {
    const lang = clearLanguage(text);
    if (lang) return siteLanguages.includes(lang) ? lang : siteLanguages[0];
    if (pageLanguage && siteLanguages.includes(pageLanguage)) return pageLanguage;
    return siteLanguages[0];
  }

  // glowgen/engine/lexicon/first-names-also-words.txt
  var first_names_also_words_default = "aime\namber\nange\naugust\nbas\nbeau\ncas\nchelsea\ncome\nconstant\ndaisy\ndawn\ndemi\nedit\nelse\nfleur\nfloor\nfrance\ngeorgia\ngerman\ngrace\nguy\nharm\nholly\nira\niris\nivy\njob\njoke\njolie\njordan\njoy\njune\nkick\nklare\nlien\nlies\nlieve\nline\nloan\nmarine\nmark\nmax\nmercedes\nmorgan\nroman\nrosa\nrose\nsaid\nties\ntill\nurban\nvictoire\nvirginia\nward\nwolf\n";

  // glowgen/engine/lexicon/first-names.txt
  var first_names_default = "0aaliyah\n2ron\n1bbas\n3ie\n2delkader\n5lah\n3ul\n5lah\n2el\n2igail\n2raham\n4m\n1chiel\n4lle\n4m\n1da\n3lbert\n3m\n2elaide\n4bert\n4e\n4gunde\n4heid\n4inde\n6e\n2il\n3na\n2olf\n5ine\n2riaan\n5n\n6a\n6e\n6o\n4en\n6ne\n1enne\n1gata\n4ha\n5e\n2nes\n3ieszka\n1hmad\n3ed\n4t\n1icha\n2den\n2mee\n1lain\n3n\n2ban\n3ert\n6e\n6ine\n6o\n3in\n5a\n3recht\n2do\n2eksandar\n8er\n8r\n9a\n5ej\n3na\n3ssandro\n5ia\n6o\n3x\n4a\n5nder\n7ra\n8e\n8ia\n9e\n8os\n4ei\n5j\n4ia\n5s\n2f\n3ons\n6o\n3red\n6o\n2i\n3ce\n4ia\n4ja\n3da\n3na\n4e\n3son\n4son\n3x\n3zee\n2la\n4n\n2ma\n3ut\n5h\n2ois\n5ia\n3ys\n2phonse\n2win\n5a\n5e\n2yssa\n1malia\n5e\n3nda\n5ine\n3ury\n2bre\n2elia\n5e\n2in\n4a\n4e\n3r\n4a\n2y\n1na\n3elle\n3is\n3s\n4tasia\n8e\n8os\n3tol\n6i\n7j\n2dre\n5a\n6s\n5e\n5i\n5j\n5s\n5w\n5y\n4zej\n3y\n2eta\n4t\n5e\n2gela\n5e\n5ica\n6ka\n6na\n6que\n5o\n2ica\n3ka\n3ssa\n3ta\n2ja\n2ka\n3e\n2n\n3a\n4bel\n7le\n4liese\n4maria\n3e\n4dore\n4gret\n8e\n4katrin\n5e\n4leen\n6ne\n5i\n6e\n7s\n8e\n6se\n5ore\n4marie\n5ie\n6jn\n4rose\n4tt\n6e\n3i\n4ck\n4e\n4ka\n4ta\n3y\n2ouk\n2selm\n3gar\n2te\n3hony\n3je\n3o\n4ine\n7tte\n4n\n5ella\n5ia\n6e\n7tta\n6n\n7a\n7o\n6o\n7s\n6us\n5y\n4on\n1polline\n5onia\n3stolos\n1riane\n3bert\n3e\n3f\n2lette\n2mand\n3in\n2naud\n6e\n3d\n4t\n3e\n3fried\n3im\n3o\n4ld\n3ulf\n2on\n2thur\n3ur\n2zu\n1shleigh\n5y\n2sia\n2ta\n3rid\n1thanasios\n2tila\n1ude\n3rey\n2gusta\n6e\n6in\n2relia\n6e\n7n\n3ore\n1xel\n4le\n1ya\n2den\n2lin\n2man\n3eric\n2nur\n2oub\n2se\n4l\n2ten\n1ziz\n2ra\n0babett\n6e\n2ldur\n3thasar\n2ptist\n7e\n2rbara\n4el\n3ry\n3t\n4holomaus\n2sile\n3tiaan\n6n\n5en\n2udouin\n2yram\n1eata\n4e\n4rice\n6js\n6x\n2kir\n2la\n3inda\n2n\n3edicte\n6kt\n3ita\n3jamin\n3no\n4y\n3oit\n3te\n4he\n2rat\n3end\n5gere\n5ice\n3it\n3nadette\n5rd\n4d\n5t\n4fried\n4hard\n8ine\n4t\n4ward\n3t\n4a\n4ha\n5e\n5old\n4old\n4ram\n6nd\n2th\n4an\n6y\n3ina\n3ti\n5na\n4y\n2verley\n1ianca\n4ka\n2bi\n2eke\n2lal\n3ly\n2rger\n4id\n5t\n6t\n7a\n3te\n4he\n1jorn\n1lanka\n1oaz\n2b\n2do\n2gdan\n2ris\n2zena\n1radley\n3him\n3m\n3ndon\n4ka\n5o\n2echt\n3nda\n4t\n3tt\n2ian\n3ce\n3ek\n4uc\n3gitta\n7e\n3t\n4a\n4t\n5a\n2uce\n3nhild\n8e\n4i\n4o\n2yan\n1urckhard\n3ghard\n3kard\n4hard\n8t\n0cacilia\n6e\n2llum\n3ogero\n2meron\n3illa\n6e\n2nan\n2pucine\n2ren\n3in\n5a\n5e\n3l\n4a\n4ijn\n4o\n5s\n4y\n3mela\n6o\n5n\n4ine\n3ol\n5a\n5e\n5ien\n6n\n7a\n7e\n5yn\n3sten\n2sper\n3sandra\n2terina\n3harina\n4erine\n4leen\n4rin\n4y\n3o\n3rin\n1ecile\n5ia\n2dric\n2lal\n3estin\n8e\n3ia\n4na\n5e\n2mal\n3il\n2ngiz\n3ta\n2tin\n2ylin\n1hantal\n3rlene\n6s\n5ie\n6ne\n5otte\n5y\n2eryl\n2iara\n2loe\n2ris\n5ta\n6el\n8le\n6iaan\n8n\n9a\n9e\n9ne\n7n\n8a\n8e\n6l\n6of\n7ph\n9e\n9er\n7s\n1illi\n4y\n2ndy\n1laas\n3ire\n3ra\n4e\n4issa\n7e\n3ude\n6tte\n5ia\n6ne\n6o\n6us\n5y\n4s\n2emence\n6s\n6t\n7ine\n2ifford\n3ve\n2oe\n1olette\n3in\n5e\n3lin\n2ncetta\n3nor\n4y\n3or\n3rad\n3stance\n7tin\n7ze\n2ra\n4lie\n6ne\n3d\n4ula\n3entin\n3ina\n5e\n5na\n6e\n3nelia\n7s\n7us\n2sima\n5o\n1raig\n2istina\n1urt\n1ynthia\n2riel\n4l\n5le\n1zeslaw\n0daan\n2gmar\n3obert\n2jana\n2le\n2maris\n3ian\n4en\n2n\n3a\n3i\n4ca\n4el\n6a\n6e\n6le\n4lo\n4que\n3ny\n3uta\n3y\n2phne\n2ria\n4o\n4us\n6z\n3ko\n3ren\n2ve\n3id\n3y\n1ean\n2bbie\n4y\n3orah\n3ra\n2clan\n2lia\n3phine\n2nis\n5e\n3nis\n4y\n2rek\n2siree\n2tlef\n5v\n2wi\n2x\n1iana\n4e\n2dier\n2ederik\n4rich\n3go\n3rk\n3ter\n4hard\n5elm\n6r\n4lind\n8e\n4mar\n4rich\n2mitri\n7os\n2na\n3o\n2on\n2rk\n2tmar\n3tmar\n1ogan\n2lores\n2menico\n3inic\n6k\n6que\n2nald\n4ta\n3na\n3ovan\n2ra\n3een\n3ian\n4en\n4na\n5e\n4s\n4t\n3le\n3ota\n5he\n7a\n7e\n6y\n3te\n4he\n2uglas\n1ragan\n4ica\n4o\n2ies\n1uncan\n3ja\n2rsun\n2san\n2uk\n1ylan\n5o\n0eberhard\n8t\n1ckard\n5t\n3ehard\n3hard\n7t\n6t\n2rin\n1dda\n3y\n2elbert\n4gard\n4traud\n8t\n6ud\n3n\n2gar\n5d\n2ith\n5a\n2mond\n3und\n2ouard\n2uard\n2ward\n3in\n1gbert\n2gert\n2on\n1hrenfried\n5traud\n3hard\n1ileen\n2tel\n1katerina\n2kehard\n7t\n2rem\n1laine\n2ea\n4nor\n3na\n4i\n4ore\n3onora\n7e\n2fi\n4e\n3riede\n2iane\n4s\n3e\n4n\n3f\n3n\n4a\n4e\n3ot\n5t\n3sa\n5bet\n8h\n4e\n3za\n5beth\n4e\n2ke\n2la\n3en\n3i\n4e\n4nor\n4ot\n6t\n3y\n2ma\n4r\n2odie\n3ise\n2s\n3a\n3beth\n2vira\n2wira\n2za\n3bieta\n1manuel\n2eline\n4yne\n2iel\n3l\n4e\n4ia\n5e\n6n\n5o\n4y\n3n\n4e\n3r\n2ma\n4nuel\n8le\n3erich\n3i\n3y\n2y\n1ngelbert\n3in\n2no\n2rico\n2ver\n2zo\n1rcan\n2dal\n3mute\n3ogan\n2hard\n6t\n2ic\n4a\n4h\n3k\n4a\n2kan\n2na\n3est\n6ine\n3st\n2ol\n2wan\n3in\n1sila\n2mee\n2teban\n4lle\n4r\n3her\n1than\n2ienne\n2ta\n1ugen\n5e\n5ia\n6e\n1va\n3maria\n3n\n4gelia\n7os\n2e\n3lien\n5n\n6e\n4yn\n6e\n2i\n3e\n2y\n1wa\n3ld\n1zio\n0faas\n2bian\n4en\n6ne\n4o\n3rice\n5zio\n2dime\n2lk\n4o\n2nny\n2rah\n3id\n3uk\n2tih\n5a\n4ma\n3ma\n2y\n3e\n1ebe\n2dde\n3or\n2licia\n6tas\n4ne\n4x\n4zitas\n2m\n3ke\n2nna\n4e\n2rdi\n5nand\n3enc\n3nand\n7e\n7o\n3re\n1ien\n4e\n2lip\n5po\n4z\n2nn\n2ona\n1lavie\n5o\n2oortje\n3r\n4a\n4e\n5nce\n6t\n7ine\n4ian\n7e\n5ne\n5s\n1olker\n6t\n1ran\n4ca\n5es\n7ca\n8o\n5ine\n6s\n7co\n8us\n5k\n5o\n6is\n8e\n4jo\n4k\n5a\n5y\n4s\n4z\n5iska\n3uke\n2ed\n4dy\n4eric\n8k\n7k\n8e\n7que\n4i\n4o\n4y\n3ia\n3ya\n2ida\n4olin\n3eda\n5bert\n5emann\n6r\n7icke\n8ke\n5helm\n6ilde\n6old\n5l\n6inde\n5o\n5rich\n3thjof\n4z\n0gabi\n4n\n3or\n3riel\n7a\n7e\n7la\n8e\n3y\n2el\n4le\n3tan\n6o\n2il\n2lina\n2reth\n3ry\n3y\n2ston\n2uthier\n2vin\n1ebhard\n2ert\n2mma\n2nevieve\n3oveva\n2offrey\n6oy\n3rg\n5e\n6s\n6tte\n5ina\n7e\n6os\n2rald\n6ine\n4rd\n6a\n6us\n3d\n4a\n4i\n3eon\n3fried\n3hard\n7t\n6t\n4ild\n3lind\n7e\n3main\n7e\n3not\n3o\n4ld\n5f\n3rit\n4y\n3t\n4a\n4i\n4raud\n8e\n7t\n5ud\n7e\n3win\n2sa\n3che\n3ine\n2za\n1hislain\n8e\n1iacomo\n3nni\n2el\n3sela\n2js\n2lbert\n7e\n3da\n3les\n4ian\n2na\n3ette\n3o\n2orgio\n3vanna\n7i\n2sa\n3bert\n3ela\n5e\n3linde\n2tta\n4e\n2ulia\n6no\n3seppa\n7e\n7ina\n1ladys\n2en\n4n\n2oria\n1odelieva\n8e\n2nul\n2ran\n3dana\n4on\n2ttfried\n4hard\n5ilf\n5old\n4lieb\n5ob\n3z\n1raeme\n3ham\n3zia\n5ella\n4yna\n2eet\n3goire\n5r\n6y\n3ta\n4chen\n4e\n5l\n4l\n2iet\n3t\n2zegorz\n1udrun\n3ula\n2enter\n5her\n2ido\n3llaume\n3seppe\n2lay\n3sen\n3ten\n2nar\n3da\n4el\n4i\n4olf\n4ula\n3hild\n3nar\n3ter\n4her\n4ram\n2st\n4aaf\n5v\n6e\n4i\n2us\n4je\n1wenaelle\n4doline\n0hadrien\n2gen\n2iley\n2jo\n2kan\n2lil\n4na\n2mza\n2nife\n3na\n5h\n4chen\n4e\n5lore\n5s\n4i\n4o\n4s\n4y\n3s\n4georg\n4joachim\n6rg\n5urgen\n4peter\n2rald\n3dy\n3old\n3ri\n5et\n4o\n4y\n3tmut\n7h\n4wig\n2san\n3san\n4o\n2tice\n2yley\n2zel\n1eather\n2ctor\n2dda\n3i\n3wig\n3y\n2ide\n5linde\n6ore\n5marie\n5rose\n4i\n4run\n3ke\n4o\n3mo\n3ner\n4fried\n4i\n4o\n4rich\n4z\n2leen\n4n\n5a\n5e\n3fried\n3ga\n4e\n3la\n4mut\n7h\n3ma\n5r\n4trud\n4ut\n6h\n3oise\n2ndrik\n3k\n3ner\n4i\n5ng\n4y\n3ri\n5cus\n5ette\n5k\n6e\n4y\n5k\n2rbert\n3ibert\n3linde\n3ma\n5n\n6n\n4ine\n3rmann\n3ta\n4ha\n3ve\n3wig\n1icham\n2dde\n2lary\n3da\n4burg\n4e\n5gard\n8t\n6und\n9e\n3ma\n5r\n3traud\n5ud\n2nrich\n1olger\n3lie\n3m\n2nore\n2rst\n3tense\n2ward\n1ubert\n6ine\n6us\n2gh\n3o\n3ues\n5tte\n2lda\n3ya\n2seyin\n0iain\n2n\n1brahim\n1da\n1gnace\n4tz\n4z\n2or\n1ldiko\n2han\n2ias\n3ja\n2ja\n2ka\n2ona\n4ka\n2se\n2yas\n1mane\n2elda\n2ke\n2mo\n2ran\n3e\n1na\n3ya\n2dy\n2e\n3s\n2ga\n3bert\n3e\n4borg\n5urg\n4lore\n4traud\n8t\n3mar\n3o\n4lf\n3rid\n5ed\n2ka\n3en\n2na\n2sa\n1oannis\n1rena\n4e\n2ina\n2ma\n3ela\n4ngard\n3gard\n3hild\n3i\n4ngard\n3traud\n7t\n5ud\n1sa\n3ac\n3bel\n6l\n7a\n7e\n3line\n2e\n2idor\n3s\n2mael\n4il\n3et\n2olde\n2tvan\n1van\n4a\n4ka\n2o\n3nne\n1wan\n2ona\n1ze\n0jaak\n2cek\n3k\n4y\n3ob\n5us\n3queline\n6s\n2de\n3wiga\n2ke\n3ob\n2mal\n3es\n3ie\n4la\n2n\n3a\n3e\n4t\n5t\n6e\n3ice\n4n\n5a\n5e\n3ko\n3n\n4a\n4e\n3os\n3us\n5z\n2queline\n2ri\n3ne\n4o\n3oslav\n7w\n2smijn\n5n\n6a\n6e\n3on\n3per\n2y\n3da\n4en\n3linn\n3ne\n3son\n1ean\n4ette\n4ine\n4ne\n6tte\n5ine\n2f\n3frey\n2lena\n3le\n3te\n2mma\n2nna\n4ifer\n4y\n3s\n3te\n2remie\n5y\n3oen\n4me\n3zy\n2sper\n3se\n4ica\n5e\n5ka\n4y\n2t\n1ill\n2m\n3my\n2nthe\n2p\n2ri\n1oachim\n3n\n4a\n4na\n5e\n6s\n2bst\n2celyne\n3hem\n5n\n2die\n2e\n3l\n4le\n3p\n3rg\n4i\n3y\n2ffrey\n2han\n5n\n6a\n6e\n7s\n3n\n4ny\n4y\n2landa\n5ta\n6he\n3ien\n4jn\n2nas\n4than\n2ost\n2ppe\n2ran\n3di\n4y\n3en\n3g\n4e\n5n\n3is\n3n\n3t\n2s\n3e\n4e\n4f\n5a\n5ine\n4ph\n6a\n6ina\n8e\n6us\n4tte\n3h\n4ua\n3iane\n6ne\n4p\n3se\n3t\n2van\n2yce\n2zef\n1uan\n2dith\n2ergen\n2les\n3ia\n5n\n6a\n6e\n4e\n5n\n6ne\n5tte\n4us\n2rgen\n3i\n4j\n3re\n2stin\n6a\n6e\n4us\n2tta\n2ul\n0kaat\n2i\n2miel\n4l\n2rel\n4n\n3im\n5a\n4n\n5a\n5e\n3l\n4a\n4fried\n4heinz\n4ijn\n3ola\n5ien\n6n\n7a\n7e\n3sten\n2simir\n3par\n4er\n2ta\n4lin\n4rina\n5zyna\n3e\n4lijne\n4rina\n3harina\n8e\n4e\n5rina\n8e\n4i\n4leen\n4rin\n5yn\n4y\n3i\n4a\n4e\n3ja\n3leen\n3o\n3rien\n5jn\n5n\n3ty\n3y\n2y\n3lee\n5igh\n2zim\n1eano\n2ith\n2lly\n2mal\n2n\n3an\n3neth\n4y\n3za\n4o\n2rry\n3stin\n2vin\n1hadija\n3lid\n1ian\n3ra\n2eran\n2ki\n2lian\n3lian\n2m\n3berley\n7y\n2ra\n3sten\n5in\n5y\n1jell\n1laas\n3ra\n3udia\n4s\n2emens\n2othilde\n1nud\n3t\n1obe\n2en\n4raad\n2nrad\n3stantin\n9nos\n7ze\n2rbinian\n3dula\n3inna\n3nelia\n7us\n1reszentia\n7z\n2iemhild\n3s\n4ta\n5el\n5iaan\n7n\n8e\n6en\n6n\n7a\n7e\n5of\n2ystyna\n2zysztof\n1unibert\n4gunda\n8e\n3o\n2rt\n1yan\n4o\n3ra\n2le\n3ian\n3lian\n2ra\n0ladislaus\n2etitia\n2ila\n2ly\n2mbert\n2na\n3der\n2ora\n2ra\n3issa\n3s\n2szlo\n2ura\n4e\n5n\n6ce\n6s\n6t\n6z\n4ie\n5ne\n2wrence\n1ea\n3h\n3na\n4der\n5ro\n4ne\n2e\n3n\n2if\n3gh\n3la\n2na\n3e\n3i\n3n\n4ert\n4y\n2o\n3kadia\n3n\n4a\n5rd\n7o\n4hard\n4id\n5e\n4ore\n3pold\n7ine\n2sley\n4ie\n3zek\n2vi\n2wis\n2x\n2yla\n1ia\n3m\n3ne\n2dia\n4ja\n3wina\n2eke\n3sa\n4bet\n7h\n4chen\n4el\n6ot\n8te\n3ven\n3ze\n2li\n4an\n6a\n6e\n4ja\n3li\n4y\n3o\n4u\n3y\n2na\n3da\n4e\n4say\n5ey\n3n\n3us\n2oba\n3nel\n2sa\n4nne\n3beth\n3e\n4lotte\n4tte\n3si\n4y\n2v\n3ia\n4o\n2z\n3a\n3e\n3z\n4y\n1jiljana\n2ubica\n3dmila\n1ode\n4wijk\n2ek\n3s\n2gan\n2ic\n3s\n2la\n2ni\n2re\n4dana\n4na\n5z\n6o\n4tta\n3is\n3raine\n2thar\n3te\n4i\n2u\n3ane\n3is\n5a\n5e\n3ka\n3na\n2wie\n1uc\n3a\n4s\n3e\n4tte\n3ia\n5no\n4e\n5n\n6ne\n4le\n3y\n2dger\n3ivine\n3mila\n6la\n3o\n4vic\n7us\n3wig\n5na\n2igi\n3s\n4a\n4e\n3tgard\n2ka\n4s\n3e\n2na\n2tgarde\n7is\n6t\n3z\n2uk\n2zia\n4e\n1yam\n2dia\n4e\n2nda\n3n\n4e\n0maaike\n3rten\n5je\n2deleine\n5ief\n3ison\n3len\n3s\n2el\n4le\n4ys\n3va\n2gali\n4rete\n3da\n5lena\n8e\n3gie\n3nus\n3ret\n4it\n2hmoud\n4ut\n2ik\n4e\n3te\n2ja\n2lcolm\n3gorzata\n3ik\n5a\n3te\n2madou\n2ndy\n3fred\n3ja\n3on\n3uel\n6a\n2ra\n3c\n4el\n6la\n7e\n4o\n4us\n3e\n4en\n4ike\n5le\n4k\n4n\n3ga\n5ret\n8a\n8e\n8ha\n9e\n6ita\n5ud\n6x\n4it\n6a\n6ta\n4o\n5t\n4ret\n5it\n4uerite\n3ia\n5m\n5n\n6a\n6na\n7e\n4ca\n4e\n5chen\n5ke\n5le\n6le\n6uise\n5tta\n7e\n4ja\n6n\n5ke\n5n\n4ka\n4lyn\n4na\n5us\n4o\n5la\n5n\n4sa\n4t\n5a\n5ta\n4us\n6z\n3jan\n4orie\n3ko\n4us\n3leen\n5n\n6e\n4ies\n7e\n5s\n3nix\n3t\n4a\n4en\n4ha\n5e\n4ial\n5jn\n5n\n6a\n6e\n4yn\n3vin\n3y\n4am\n4lene\n5ine\n4se\n3zena\n2son\n3simo\n2teo\n3heo\n5w\n4ias\n5eu\n5js\n5lde\n5s\n4ys\n3o\n3s\n3teo\n4haus\n5ew\n5ias\n6eu\n6js\n4ia\n6s\n2ud\n4e\n3reen\n4ice\n7tte\n5ne\n5ts\n5zio\n4o\n2xence\n3im\n5e\n5ilian\n8en\n2ya\n1echthild\n9e\n5ild\n2es\n2gan\n5e\n2hdi\n3met\n2ik\n4e\n3nhard\n4olf\n4rad\n2lanie\n3ina\n4ssa\n4ta\n5ta\n3le\n3odie\n2ral\n3el\n3ijn\n3le\n3yem\n2sut\n2ta\n3in\n3te\n1ia\n2cha\n5el\n7a\n7e\n5il\n4el\n6e\n6ine\n6le\n4iel\n3k\n4ael\n2eke\n3l\n2guel\n2jo\n2ka\n3e\n3hail\n2la\n4n\n3ena\n3ica\n3ka\n3o\n4s\n4u\n2na\n3na\n2odrag\n2ra\n4nda\n3co\n3eille\n4lla\n3iam\n3ja\n5m\n5na\n3ko\n3oslav\n7w\n8a\n3te\n4he\n2tchell\n1ohamad\n5ed\n5mad\n6ed\n2lly\n2na\n3ica\n4ka\n4que\n3ja\n2rgane\n3itz\n3ris\n1uhammed\n4rrem\n2rat\n3iel\n6le\n2stafa\n5pha\n2zaffer\n1ya\n2riam\n3the\n0nabil\n2da\n3ege\n4schda\n5hda\n3ia\n4n\n5e\n3ja\n2el\n2im\n2ncy\n3d\n2omi\n2ssim\n2tacha\n4li\n6a\n6e\n6ja\n5ja\n4scha\n5ha\n5ja\n3h\n4alie\n5n\n6ael\n2ud\n1ecati\n2il\n2le\n3l\n4i\n4y\n2rmin\n2venka\n1icholas\n3k\n4y\n3o\n4la\n6i\n6s\n6us\n5e\n2ek\n3ls\n3nke\n2gel\n2kki\n3las\n3o\n4la\n6i\n6j\n6os\n6s\n6us\n2ls\n2na\n3the\n2sa\n1oa\n3h\n3m\n2e\n3l\n4la\n5e\n3mi\n5e\n2lan\n2or\n4tje\n2ra\n4h\n3bert\n3e\n3ma\n5n\n2tburga\n2ud\n3r\n3t\n2va\n1uran\n4y\n3ettin\n3i\n3ten\n1ynke\n0oceane\n1da\n2ette\n2ile\n1laf\n3v\n2e\n3na\n2ga\n2iver\n4ia\n5e\n6r\n1mar\n2er\n1ona\n1phelie\n1rhan\n2nella\n2trud\n5n\n3win\n1scar\n2kar\n2man\n2wald\n3in\n1tfried\n2hmar\n2is\n2mar\n2tfried\n3ilie\n3mar\n3o\n4kar\n4mar\n1wen\n1xana\n0pablo\n2ige\n2mela\n2ola\n4o\n2scal\n6e\n6ine\n3quale\n2tric\n6e\n6ia\n6k\n5k\n5zia\n2ul\n4a\n4e\n5tte\n4ien\n5na\n6e\n4o\n2vel\n2wel\n1edro\n2er\n2ggy\n2nelope\n2pijn\n2ro\n3rine\n2tar\n3er\n3ra\n4os\n4us\n1hileine\n4ip\n6p\n7e\n7ine\n4lip\n4omena\n1ia\n2en\n3rre\n3t\n4er\n4ro\n2m\n2otr\n2ppa\n2rmin\n2us\n1leun\n1ol\n3ina\n1riscilla\n4ka\n1uck\n2k\n0quentin\n2inn\n4ten\n5y\n0rabea\n2chael\n4el\n4id\n6a\n2dmila\n2f\n3ael\n2hel\n2ik\n3mund\n3ner\n3sa\n4sa\n2lf\n3ph\n2mazan\n3on\n5a\n2ndolf\n3i\n4a\n2oul\n2phael\n7a\n2vi\n2yan\n3mond\n7e\n4und\n1ebecca\n4kka\n2cep\n2ece\n2gina\n6ld\n5e\n4s\n2imar\n4er\n4und\n3nald\n4er\n4gard\n4hard\n8t\n7t\n5ild\n8e\n5old\n2mi\n3o\n3y\n2na\n4at\n4ta\n5e\n5o\n4ud\n3e\n4e\n3i\n3s\n4ke\n2si\n2za\n1hys\n1ia\n2carda\n6o\n3hard\n3k\n4y\n3o\n2go\n2k\n2ley\n2ta\n2za\n1oan\n2b\n3be\n4y\n3ert\n6o\n3in\n2cco\n3hus\n2derich\n3olphe\n3rigue\n2el\n4and\n2ger\n2land\n6e\n3f\n2main\n4na\n5e\n3eo\n3uald\n3y\n2n\n3ald\n3ny\n3y\n2os\n2salia\n6e\n6nde\n4ria\n6o\n3el\n5inde\n7e\n4marie\n7y\n4tte\n3i\n4e\n4na\n4ta\n3l\n3marie\n3s\n3wita\n6ha\n2traud\n6t\n2uven\n2wan\n2xane\n2y\n1uben\n2di\n4ger\n3olf\n5ph\n3y\n2ne\n2pert\n2ssell\n2th\n4ild\n1yan\n2szard\n0saar\n2ban\n3ina\n5e\n3ri\n5na\n2cha\n2hin\n2lih\n3ly\n3ma\n3ome\n3vatore\n2m\n3antha\n3i\n4r\n5a\n3my\n3uel\n3y\n2nder\n4or\n4ra\n5ine\n5o\n4y\n3ne\n2ra\n4h\n3ina\n2sha\n3kia\n1cott\n1ean\n2bastiaan\n8n\n9o\n7en\n2dat\n2lena\n3im\n4na\n3ma\n2m\n3ra\n2nn\n4a\n4e\n3ol\n3ta\n2p\n3p\n4e\n2rena\n3ge\n5i\n5j\n4io\n3pil\n2th\n2verin\n7e\n3im\n1hana\n4e\n4non\n3ron\n3un\n2eila\n2irley\n1ian\n2bel\n3illa\n6e\n3ylla\n6e\n2ebe\n3gbert\n4fried\n4hard\n4linde\n4mar\n5und\n4rid\n6ed\n5un\n4ward\n3m\n3n\n4na\n2gfried\n3ismund\n3linde\n3mar\n4und\n3rid\n4un\n3urd\n2l\n3ja\n3ke\n3va\n5na\n4ester\n4ia\n5o\n2mon\n5a\n5e\n5ne\n2na\n4ida\n1joerd\n1lavica\n4ko\n3womir\n2obodan\n1ofia\n5ne\n4e\n2lange\n3ene\n3ine\n3veig\n2ngul\n3ia\n3ja\n3ke\n2phia\n5e\n2raya\n3en\n1tacey\n3n\n4islaus\n8v\n8w\n4ley\n3vros\n2ef\n4aan\n5n\n6i\n7a\n7e\n6o\n4fen\n5i\n3lla\n3n\n3phan\n7e\n7ie\n5en\n3rre\n3ve\n5n\n3wart\n2ien\n3jn\n3lla\n2jepan\n2uart\n1ukru\n2leyman\n2san\n5a\n5n\n6a\n6e\n3e\n3i\n2us\n2zanna\n6e\n3e\n3y\n1vea\n3n\n4ja\n3tlana\n1wantje\n2en\n3tlana\n1ybilla\n6e\n2lke\n3vain\n5na\n4ester\n4ia\n6ne\n7ne\n5e\n5o\n3wia\n0tabea\n2deusz\n2mara\n2nguy\n3ia\n3ja\n2ra\n2ssilo\n2tiana\n3jana\n1else\n2o\n2rence\n4sa\n3ry\n2ss\n4a\n2un\n1haddaus\n2ea\n3da\n3kla\n3o\n4bald\n4door\n6r\n7a\n7e\n7os\n4phile\n3res\n6a\n6e\n6ia\n2i\n3ago\n3baud\n6lt\n6t\n4o\n3erry\n4s\n3jmen\n4n\n4s\n3lo\n2om\n4as\n3r\n4alf\n4ben\n4sten\n1iago\n2be\n3o\n4r\n2ffany\n2jl\n3men\n3n\n3s\n2llmann\n4y\n3man\n6n\n3o\n2m\n3eo\n3m\n3o\n4thee\n6y\n2na\n3e\n4ke\n3ne\n3o\n2rza\n2ziana\n6o\n1obias\n3y\n2m\n3as\n5z\n3islav\n3my\n2ni\n3y\n2on\n2ralf\n3ben\n3sten\n1racey\n4y\n3ude\n6l\n5l\n4gott\n4te\n2evor\n2istan\n2ude\n5l\n4i\n1ulay\n2rkan\n2ur\n1wan\n1ycho\n2go\n2ler\n0udo\n1go\n1lf\n2i\n2la\n3rich\n2rich\n4ke\n1ndine\n1rbain\n2s\n3el\n3ula\n3zula\n2te\n1schi\n1ta\n2e\n2z\n1we\n0vadim\n2jen\n2lentijn\n7n\n8a\n8e\n8o\n4re\n5i\n6a\n6e\n6j\n4ska\n2nessa\n2ssilios\n1eerle\n2it\n2li\n2ra\n3ena\n3onica\n6ka\n6que\n2sna\n1ic\n3ky\n3tor\n6ia\n2go\n2ktor\n6ia\n2nce\n5nt\n6za\n7o\n4iane\n3ko\n3zenz\n2ola\n4etta\n2rginie\n2tali\n3o\n3torio\n3us\n2viane\n1ladimir\n4o\n1olker\n4hard\n4mar\n0walburga\n3demar\n4traut\n3entina\n3fried\n3id\n3li\n4y\n3ter\n4her\n4raud\n7t\n5ud\n2nda\n3nes\n2rre\n2yne\n1encke\n3delin\n4y\n3ke\n3zel\n2ra\n3ner\n2sley\n3sel\n1ibke\n2ebke\n3land\n3slaw\n2gbert\n2lfried\n8e\n3helm\n7ine\n7us\n3lem\n4fried\n4i\n5am\n5bald\n6ert\n4y\n3ma\n3trud\n2m\n2nfried\n2told\n1ladimir\n1ojciech\n2ldemar\n3fgang\n4hard\n4ram\n2ut\n4er\n1ulf\n0xander\n2ver\n3i\n4er\n1enia\n0yana\n3is\n3n\n4ick\n5s\n2ra\n2semin\n3min\n6a\n6e\n3sin\n6e\n1fke\n1ilmaz\n2nthe\n1oann\n2han\n2landa\n6e\n2unes\n3ri\n3ssef\n1saline\n1usuf\n1van\n2es\n3tte\n2on\n4ne\n0zacharie\n2karia\n2ra\n1bigniew\n1denka\n2ravko\n1ehra\n2ki\n2lie\n3jko\n2non\n3ta\n2ynep\n1ita\n1latko\n1oe\n3y\n2fia\n2ltan\n2ran\n";

  // glowgen/engine/lexicon/de.txt
  var de_default = "breath: atem* atme atmen atmet *atmung luft einatm* ausatm*\nhard: nicht nit kaum schwer* schlecht* problem* muhe mühe schwierig* pfeift\nbreathless: atemnot kurzatmig* erstick* ringe_nach_luft ringt_nach_luft luftnot luft_weg keine_luft dyspn* stridor rochel* keuch* pfeif*\nswell: schwell* *schwellung geschwollen angeschwollen schwillt dick dicker grosser riesig* wird_gross wird_grosser hefeteig geht_auf aufgegangen\nairway: hals rachen zunge kehle\nfast: schnell* rasch minuten plotzlich viertelstunde ballon halben_stunde halbe_stunde innerhalb_einer_stunde in_einer_stunde rasant rasend\nsee: sehe seh sieht sehen sicht auge augen sehvermogen* *sehvermogen* sehkraft\nsight_problem: verschwommen* doppelt doppelbild* schwarz* dunkel* nix nichts weg halb flecken schleier nebel* schleier verschlechter* *verschlechterung vermindert* nachgelassen schatten vorhang ausgeknipst licht_aus verschwimm* flimmer*\nsight_lost: blind erblind* sehverlust sehstorung* doppelbild* doppelt_sehen alles_verschwimmt verschwimmt_alles alles_verschwommen\ncolour: grau graue blau blaue blaulich* bläulich* lila violett marmoriert fleckig weisslich* marmor* gefleckt netzartig* livedo* pflaume* aubergine\npale: weiss weisse weiß weiße blass dunkel* schwarz* schneewei*\nturned: wird wurde geworden verfarbt* verfaerbt*\ncold: kalt* eiskalt*\nskin_part: haut *haut *lippe lippe lippen nase nasenspitze wange kinn stirn gesicht stelle klamm* fleck\nchest: brust *brust*\nache: schmerz* *schmerz* druck eng stechen stich* stiche elefant stein tonne druckt zentner gewicht_auf engegefuhl druckgefuhl brustenge beklemm*\nfaint: ohnmacht* ohnmachtig* bewusstlos umgekippt umjekippt zusammengebrochen kollabiert reagiert_nicht reagiert_kaum am_boden hingefallen synkop* zusammengesackt zusammengeklappt nicht_ansprechbar kaum_ansprechbar antwortet_nicht_mehr\nbleed: blut blute blutet bluten blutung *blutung *bluten nasenbluten hamorrhag* blutungen\nheavy: stark* viel sehr aufhoren hort weiter handtuch* kissen voll durchgeblutet stillen stoppen ununterbrochen taschentuch* tropft ohne_ende one_ende kompresse* tupfer mull* drucke* gedruckt presse* immer_noch noch_immer\nfever: fieber temperatur gluht gluhend schuttelfrost\nhigh: hohe hohes hoch 38* 39* 40* 41*\nspreading: ausbreit* breitet rot rote rotung wandert grosser wachst\npain: schmerz* *schmerz* weh\nsevere: unertraglich* nicht_auszuhalten kaum_noch_aus heftig* furchtbar* schrecklich* hollisch* weine* extrem* stohn* jammer* halte_es_nicht_mehr_aus halt_es_nicht_mehr_aus wie_feuer zittere zitter_am_ganzen_korper 8_10 9_10 10_10 11_10 12_10 15_10 20_10 100_10 8_von_10 9_von_10 10_von_10 kaum_auszuhalten kaum_zu_ertragen nicht_zu_ertragen kaum_aushaltbar\nswallow: schluck*\nbruise: blauer_fleck blaue_flecken blauen_fleck blauen_flecken fieberblase* lippenblaschen\nshut: zu geschlossen eng zugeschnurt zugeht schnurt*\nnamed_sign: gefassverschluss gefaessverschluss okklusion anaphyla* uberall_blut alles_voller_blut voller_blut\nchest_pain: brustschmerz* *brustschmerz* thoraxschmerz*\nwhite: weiss weisse weiß weiße blass kreide* kasewei* leichenblass schneewei*\nafter_filler: nach_filler nach_dem_filler nach_meinem_filler seit_dem_filler nach_der_injektion nach_der_spritze seit_der_spritze\none_eye: rechten_auge linken_auge rechte_auge linke_auge einem_auge rechts_nichts links_nichts\ncondition: diabet* zuckerkrank* epilep* asthma* allergi* allergisch* *allergie lupus arthrit* arthrose rheuma* schilddrus* schlaganfall herzinfarkt herzklappe* herzfehler herzschrittmacher implantat* prothese* keloid* krampfader* bluthochdruck blutdruck krebs chemo* bestrahl* immun* autoimmun* hiv hepatitis niere nieren nierenkrank* niereninsuff* zoliakie crohn* colitis fibromyalg* endometriose pcos migrane* psoriasis schuppenflechte ekzem neurodermitis rosazea dermatitis vitiligo herpes gurtelrose anami* bluter hamophil* gerinnung* thrombose embolie operiert eine_operation einer_operation entbunden entbindung kaiserschnitt schnell_blaue_flecken blaue_flecken_schnell leicht_blaue_flecken empfindliche_haut sensible_haut reaktive_haut meine_tage menstruation regelblutung periode_habe johanniskraut ginkgo* fischol omega_3 vitamin_e fraktur* kieferbruch nasenbruch nasenbeinbruch jochbeinbruch sertralin* fluoxetin* citalopram escitalopram paroxetin* venlafaxin* lithium betablocker* statin* insulin* cortison* autis* asperger* ramadan fasten faste wurzelbehandlung weisheitszahn meinen_hauttyp mein_hauttyp meinem_hauttyp wechseljahre menopause hormon* magenverkleinerung magenbypass schlauchmagen mdma ecstasy kokain cannabis ketamin drogen sonnenbrand* peptid* steroid* anabolik* testosteron wachstumshormon* kreatin fastenzeit heilfasten muttermal* leberfleck* naevus heuschnupfen pollen* antihistamin* helle_haut sehr_helle_haut melatonin schlafmittel* schlaftablette* malariaprophylaxe malarone lariam doxycyclin lippenherpes herpes zahnspange invisalign gebiss aligner\nafter_effect: schuppt schuppen* schuppig pellt spannt spannung kruste* knubbel* knotchen* weisse_flecken weisse_punkte rote_flecken trocken* brennt hangt tiefer abgesackt verrutscht verzogen blasen blaschen\nthick: dick dicke dicker\ngasp: schnapp* japs* ringe ringt rang\nother_words: tages weise wort allerdings schnell schneller sollen stehen gesucht verhindern stecken schwanz stationen kreativ kreation gesinnung gewinnung\n";

  // glowgen/engine/lexicon/en.txt
  var en_default = "breath: breath* air inhal* exhal*\nhard: can't cannot cant unable trouble troubl* difficult* hard hardly barely problem* struggl* heavy heavily not no_more worse whistl* badly couldn't couldnt could_not\nbreathless: short_of_breath out_of_breath breathless choking choke* suffocat* gasping gasp* can't_get_air no_air dyspn* stridor wheez* breath_short short_breath short_of_air\nswell: swell* swollen puff* puffing blowing_up ballooning balloon* bigger huge enormous making_big getting_big become_big becoming_big is_big dough\nairway: throat tongue airway*\nfast: fast quick* rapid* crazy minute minutes suddenly balloon* quarter_of_an_hour half_an_hour in_an_hour within_an_hour within_minutes\nsee: see seeing sight vision eyesight eye eyes seing\nsight_problem: blur* double dark black darkness shadow* nothing gone lost loss half spots fog* misty frosted properly out_of reduced decreas* deteriorat* worse curtain lights_out light_went_out\nsight_lost: blind blindness vision_loss loss_of_vision lost_my_sight double_vision seeing_double everything_is_blurry everything_went_blurry everything's_blurry looks_double looking_double\ncolour: grey gray greyish blue bluish purple purplish violet blotchy mottled marbled dusky net_pattern lacy livedo* mauve plum aubergine\npale: white whitish pale dark darker black blackish snow_white\nturned: gone went turned turning turn becoming became getting colour discolou*\ncold: cold ice_cold icy\nskin_part: skin lip lips *lip nose tip cheek chin forehead face area spot patch injection_site clammy blotch\nchest: chest\nache: pain pains hurt* ache* pressure tight* stabbing heaviness squeez* crush* elephant ton bricks weight_on\nfaint: faint fainted fainting passed_out pass_out passing_out past_out unconscious collapsed blacked_out blacking_out fell_down fall_down fell_over on_the_floor syncop* unresponsive slumped keeled_over not_responding_to_me doesn't_respond does_not_respond barely_responding hardly_responding barely_responds\nbleed: bleed* blood_everywhere full_of_blood covered_in_blood blood_is blood_keeps blood_won't blood_wont blood_doesn't blood_running blood_coming nosebleed* pouring_blood blood_pouring gushing_blood blood_gushing blood_dripping dripping_blood blood_through so_much_blood lots_of_blood haemorrhag* hemorrhag* blood_soaking soaking_through soaked_through\nheavy: lot heavily heavy badly pouring gushing won't_stop wont_stop not_stop doesn't_stop keeps towel* soaked full nonstop ceas* not_stopping isn't_stopping non_stop no_end pads gauze compress* tissues pressing pressure still keeps_on\nfever: fever temperature thermometer burning_up chills\nhigh: high 38* 39* 40* 41*\nspreading: spread* red redness moving creep* growing bigger\npain: pain pains hurt* ache*\nsevere: severe unbearable extreme excruciating terrible horrible intense awful crying worst killing_me moaning screaming can't_stand_it cant_stand_it can't_take_it like_fire shaking trembling shivering 8_10 9_10 10_10 11_10 12_10 15_10 20_10 100_10 8_out_of_10 9_out_of_10 10_out_of_10 barely_bearable hardly_bearable\nswallow: swallow*\nbruise: bruise* blue_mark cold_sore cold_sores\nshut: shut closing closed tight tightening\nnamed_sign: vascular_occlusion occlusion capillary_refill anaphyla* anaphylactic blood_everywhere covered_in_blood full_of_blood\nchest_pain: chest_pain chestpain chest_pains\nwhite: white whitish pale blanched chalk* white_as_a_sheet white_as_paper snow_white\nafter_filler: after_filler after_the_filler after_my_filler since_the_filler since_filler after_the_injection after_injection after_my_injection since_the_injection\none_eye: right_eye left_eye one_eye one_side\ncondition: diabet* epilep* asthma* allerg* lupus arthrit* rheumat* thyroid* hypothyroid* hyperthyroid* stroke heart_attack heart_valve heart_surgery heart_condition pacemaker implant implants prosthe* hip_replacement knee_replacement keloid* varicose blood_pressure hypertension cancer chemo* radiotherap* immun* autoimmun* hiv hepatitis kidney* celiac coeliac crohn* colitis fibromyalg* endometrios* pcos migraine* psoriasis eczema rosacea dermatitis vitiligo herpes cold_sores shingles bruise_easily bruise_very_easily bruise_really_easily bruise_so_easily easily_bruise* scar_easily scar_badly reactive sensitive_skin skin_is_sensitive anaemi* anemi* haemophil* hemophil* clotting bleeding_disorder thrombos* embolism blood_clot* had_surgery having_surgery an_operation my_operation operated gave_birth given_birth had_a_baby had_my_baby postpartum post_partum c_section caesarean cesarean my_period on_my_period menstruat* st_john's_wort ginkgo* fish_oil omega_3 vitamin_e fractur* broke_my sertralin* fluoxetin* citalopram escitalopram paroxetin* venlafaxin* lithium prozac zoloft ssri beta_blocker* statin* insulin* prednis* autis* asperger* ramadan fasting root_canal wisdom_tooth tooth_extraction my_skin_type menopaus* perimenopaus* hormon* bariatric gastric_bypass gastric_sleeve mdma ecstasy xtc cocaine cannabis ketamine recreational_drugs sunburn* sunburnt peptide* steroid* anabolic* testosterone sarms clenbuterol growth_hormone creatine for_lent during_lent strict_fast on_a_fast doing_a_fast mole moles naevus nevus birthmark* hay_fever hayfever pollen* antihistamine* fair_skin pale_skin very_fair_skin melatonin sleeping_pill* sleeping_tablet* antimalari* malarone lariam doxycycline herpes braces aligners invisalign dentures retainer\nafter_effect: flak* skin_peeling peeling_skin skin_is_peeling tight tightness crust* scab* lumpy bumpy white_spots patchy dry tender sting* shiny lower higher dropped drooping sits_lower shifted migrated blisters blistered\nthick: thick thicker fat fatter getting_fat\ngasp: gasp*\nother_words: road root ways station stations staying stating morning certain property meaning reduce steel intended creating affairs sharing creative operate operates operative operatic clothing singles cooking migrants migrant varies stained tensions insulting allegiance grasping gaping strolling stalling stationed stationery insuring feasting trombone farting stumped\n";

  // glowgen/engine/lexicon/fr.txt
  var fr_default = "breath: respir* souffl* air inspir* expir*\nhard: pas plus pu mal difficil* difficult* peine probleme* problem* arrive_pu arrive_plus jarrive du_mal lourd* siffle sifflant* tres_mal\nbreathless: essouffl* etouff* suffoqu* suffoc* asphyxi* manque_d'air manque_d_air pas_d_air plus_d_air dyspn* stridor siffl*\nswell: gonfl* enfl* oedem* grossi* devient_grosse devient_gros pate\nairway: gorge langue\nfast: vite rapid* minutes soudain* d'un_coup a_vue_d'oeil quart_d_heure ballon demi_heure en_une_heure en_quelques_minutes\nsee: vois voit voie voir vue vision oeil yeux\nsight_problem: flou* trouble double noir* sombre rien perdu* moitie taches plus_bien brouillard voile plus_rien vois_plus voit_plus baisse* diminu* degrad* ombre* rideau eteint* lumiere_eteinte brouill* perte\nsight_lost: aveugle perte_de_vue perte_de_la_vue plus_rien_voir vision_double vois_double voit_double tout_est_flou tout_devient_flou\ncolour: gris grise bleu bleue bleut* bleuatre violet violette violac* marbr* tachet* en_reseau livedo* grisatre* mauve prune aubergine\npale: blanc blanche blanch* pale fonce* noir* noirat* blanc_comme_neige blanche_comme_neige\nturned: devenu* devient vire* decolor* rendue rendu\ncold: froid* glace*\nskin_part: peau levre levres nez joue menton front pommette visage zone endroit moite plaque\nchest: poitrine thorax thoracique\nache: douleur* mal oppress* serr* pique* elephant tonne enclume poids_sur\nfaint: evanoui* malaise perdu_connaissance tomb*_dans_les_pommes tourne_de_l'oeil par_terre effondre* syncop* perdre_connaissance perd_connaissance perdu_conscience tomb*_dans_les_pomme* inconscient* perdu_la_conscience perd_la_conscience perdu_la_connaissance elle_repond_pas il_repond_pas elle_repond_plus il_repond_plus elle_ne_repond_plus il_ne_repond_plus il_repond_a_peine elle_repond_a_peine repond_a_peine\nbleed: saign* sang hemorragi*\nheavy: beaucoup enormement abondam* arrete arret* serviette* ouf plein couler continue flots trempe* arreter coule partout partou sarret* sarete* sarett* flot a_flots compresse* coton* mouchoir* comprime* appuie* toujours encore_et_encore\nfever: fievre temperature frissons\nhigh: forte elevee 38* 39* 40* 41*\nspreading: etend* rouge* rougeur* grandit agrandit descend* progresse*\npain: douleur* mal\nsevere: insupport* insuport* atroce* intense* terrible* horrible* pleure* insoutenable intenable de_fou gemi* hurle* n'en_peux_plus comme_du_feu tremble tremblante tremblant 8_10 9_10 10_10 11_10 12_10 15_10 20_10 100_10 8_sur_10 9_sur_10 10_sur_10 a_peine_supportable a_peine_tenable\nswallow: avaler aval*\nbruise: un_bleu leger_bleu legers_bleus bleu_leger des_bleus petit_bleu petits_bleus gros_bleu le_bleu bouton_de_fievre boutons_de_fievre feux_sauvages feu_sauvage\nshut: ferme* fermant serre* resserr*\nnamed_sign: occlusion_vasculaire occlusion recoloration_capillaire anaphyla* sang_partout du_sang_partout pleine_de_sang\nchest_pain: douleur_thoracique douleurs_thoraciques\nwhite: blanc blanche blanch* pale craie comme_un_linge livide blanc_comme_neige blanche_comme_neige\nafter_filler: apres_filler apres_le_filler apres_mon_filler depuis_le_filler apres_l'injection apres_injection depuis_l'injection apres_les_injections\none_eye: oeil_droit oeil_gauche un_oeil d'un_oeil\ncondition: diabet* epilep* asthm* allergi* allergique* lupus arthrit* rhumat* thyroid* hypothyro* avc accident_vasculaire infarctus pacemaker stimulateur_cardiaque valve_cardiaque implant* prothese* cheloide* varices tension hypertension cancer chimio chimiotherap* radiotherap* immun* autoimmun* auto_immun* vih hepatite insuffisance* coeliaqu* crohn colite fibromyalg* endometriose sopk migraine* psoriasis eczema rosacee dermatite vitiligo herpes zona anemi* hemophil* coagulation thrombose phlebite embolie opere operee operes chirurgie accouch* cesarienne marque_facilement marque_tres_facilement bleus_facilement cicatrise_mal peau_sensible peau_reactive peau_atopique reactive mes_regles avoir_mes_regles menstru* millepertuis ginkgo* huile_de_poisson omega_3 vitamine_e fractur* sertralin* fluoxetin* citalopram escitalopram paroxetin* venlafaxin* lithium deroxat prozac zoloft betabloquant* statine* insuline* cortisone autis* asperger* ramadan je_jeune jeunes_toute plombage devitalis* dent_de_sagesse mon_type_de_peau menopaus* premenopaus* hormon* bypass sleeve chirurgie_bariatrique mdma ecstasy de_la_md cocaine cannabis ketamine drogue drogues coup*_de_soleil brule_par_le_soleil brulee_par_le_soleil peptide* steroide* anabolisant* testosterone clenbuterol hormone_de_croissance creatine careme jeune_du_careme grain_de_beaute grains_de_beaute naevus rhume_des_foins pollen* antihistaminique* peau_claire peau_tres_claire melatonine somnif* antipaludi* malarone lariam doxycycline herpes appareil_dentaire bagues gouttieres invisalign dentier\nafter_effect: pele pelent peler desquam* tire tiraille* croute* boule* bosse* plaques_rouges taches_blanches points_blancs seche dessech* picote* brule* tombe tombee affaiss* plus_bas bouge cloques ampoules\nthick: epaisse epais grosse gros enorme\ngasp: halete haletant haletante haleter happe happer\nother_words: nais taches tache bouche endroits branche facture factures facturation facturer variees monstrueux monstrueuse monstrueuses epanouie epanoui epanouir epanouit epanouissement malaisie insuffisante insuffisantes\n";

  // glowgen/engine/lexicon/nl.txt
  var nl_default = "breath: adem* *adem asem lucht lugt inadem* uitadem*\nhard: niet nie ni moeilijk* moeite slecht* probleem* problemen nauwelijks zwaar zwaarder amper piept fluit*\nbreathless: ademnood kortademig* benauwd* stik* naar_adem_happen hap*_naar_adem snak*_naar_adem ademtekort geen_lucht geen_adem dyspn* dyspneu stridor piep* hijg*\nswell: zwel* *zwelling gezwollen opgezwollen dik dikke dikker opzwel* groter wordt_groot groot_geworden deeg\nairway: keel tong\nfast: snel* razendsnel minuten plots* ineens kwartier ballon half_uur binnen_het_uur binnen_een_uur in_een_uur\nsee: zie ziet zien zicht oog ogen kzie *oog\nsight_problem: wazig* waas dubbel zwart* donker* niks niets weg half halve vlekken niet_meer_goed niet_goed nie_goe nie_goed niet_meer nie_meer achteruit slechter verminder* schaduw* gordijn licht_uit\nsight_lost: blind blindheid zicht_kwijt *zichtverlies dubbelzien dubbel_zien dubbelzicht alles_is_wazig alles_wordt_wazig\ncolour: grijs grijze grauw blauw blauwe blauwig* blauwgrijs grijsblauw paars paarse gemarmerd gevlekt paars* *blauw* *grijs* gevlekt* netpatroon netvormig* livedo* pruim* aubergine\npale: wit witte witter bleek donker* zwart* sneeuwwit sneeuwwitte\nturned: wordt werd geworden kleurt verkleurd* uitgeslagen weggetrokken trekt_weg\ncold: koud* ijskoud*\nskin_part: huid lip lippen *lip neus neustip neuspunt wang kin voorhoofd gezicht oog zone plek klam klamme vlek\nchest: borst *borst*\nache: pijn* druk knelt steek* steken olifant steen ton baksteen gewicht_op drukkend* drukt beklemd* beklemming\nfaint: flauw flauwgevallen flauwvallen bewusteloos buiten_westen onwel van_haar_sokken van_heur_sokke van_zijn_stokje reageert_niet reageert_bijna_niet reageert_bijna_nie neergevallen op_de_grond syncop* in_elkaar_gezakt zakte_in_elkaar ingezakt reageert_nie reageert_amper reageert_nauwelijks\nbleed: bloed bloedt bloeden bloeding *bloeding hemorragie bloeding*\nheavy: hevig* veel erg hard door stopt stoppen ophoudt houdt blijft handdoek* doorweekt vol onophoudelijk kompres* gaasje* watje* zakdoek* druk_erop drukken duw* nog_steeds nog_altijd\nfever: koorts temperatuur gloeit rillingen\nhigh: hoge hoog 38* 39* 40* 41*\nspreading: verspreid* rood rode roodheid trekt groter uitbreid* breidt\npain: pijn*\nsevere: ondraaglijk* hevig* vreselijk* verschrikkelijk* helse niet_te_houden niet_uit_te_houden huil* verga niet_te_harden nie_te_harden kerm* kreun* onverdraaglijk* nie_te_houden niet_om_uit_te_houden nie_om_uit_te_houden hou_het_niet_meer_uit houd_het_niet_meer_uit als_vuur onhoudbaar niet_meer_vol hou_het_niet_meer_vol houd_het_niet_meer_vol tril tril_ervan bibber* 8_10 9_10 10_10 11_10 12_10 15_10 20_10 100_10 8_op_10 9_op_10 10_op_10 nauwelijks_te_harden amper_te_harden nauwelijks_uit_te_houden amper_uit_te_houden nauwelijks_te_verdragen\nswallow: slikken\nbruise: blauwe_plek blauwe_plekken blauwe_plekjes koortslip koortsblaas* blauw_plekje blauw_plekke blauwe_plekje blauwe_vlek blauwe_vlekken blauwe_vlekje blauw_vlekje\nshut: dicht toe dichtgeknepen dichtgaat dicht_gaat gaat_dicht dichtzit dichtgeslagen\nnamed_sign: vasculaire_occlusie occlusie anafyla* bloed_overal overal_bloed onder_het_bloed\nchest_pain: borstpijn* *borstpijn*\nwhite: wit witte bleek krijt* lijkbleek sneeuwwit sneeuwwitte\nafter_filler: na_filler na_de_filler na_mijn_filler sinds_de_filler na_de_injectie na_het_prikken na_de_prik sinds_de_injectie\none_eye: rechteroog linkeroog rechter_oog linker_oog een_oog\ncondition: diabet* suikerziekte epilep* astma* allergi* allergisch* *allergie lupus artrit* artrose reuma* schildklier* beroerte herseninfarct hartinfarct hartaanval hartklep* hartoperatie pacemaker implant* prothese* keloid* spataders bloeddruk hypertensie kanker chemo* bestraling* immuun* auto_immuun* hiv hepatitis nieren nierziekte nierprobleem* coeliakie crohn* colitis fibromyalg* endometriose pcos migraine* psoriasis eczeem rosacea dermatitis vitiligo herpes koortslip* gordelroos bloedarmoede hemofilie stolling* trombose embolie operatie geopereerd net_bevallen pas_bevallen recent_bevallen onlangs_bevallen geleden_bevallen bevalling keizersnede snel_blauwe_plekken snel_littekens makkelijk_blauwe_plekken gevoelige_huid reactieve_huid ongesteld menstruatie maandstonde* sint_janskruid janskruid ginkgo* visolie omega_3 vitamine_e fractuur gebroken_kaak gebroken_neus sertralin* fluoxetin* citalopram escitalopram paroxetin* venlafaxin* lithium prozac bètablokker* betablokker* statine* insuline* cortisone autis* asperger* ramadan vasten ik_vast wortelkanaal* verstandskies mijn_huidtype overgang menopauze hormon* maagverkleining maagband gastric_bypass mdma xtc cocaine cannabis ketamine drugs zonneverbranding verbrand_door_de_zon verbrande_huid peptide* steroide* anabole* testosteron groeihormoon creatine vastenperiode veertigdagentijd moedervlek* naevus hooikoorts pollen* antihistaminica antihistaminicum lichte_huid bleke_huid melatonine slaappil* slaapmiddel* malariapil* malarone lariam doxycycline herpes beugel invisalign kunstgebit\nafter_effect: schilfer* vervel* strak trekt korst* bobbel* hobbel* knobbel* witte_vlekjes witte_vlekken witte_plekjes rode_plekken rode_vlekken droog droge branderig hangt lager zakt gezakt  blaren blaasjes\nthick: dik dikke dikker\ngasp: hap happen hapt hapte snak snakken snakt snakte\nother_words: zoon wijs vele stellen slechte reactie stappen gericht gezocht bloemen minuut hout vermogen gewicht factuur facturen stelling stellingen opgesteld migranten creatie ingepakt strook statiegeld statige statief bestrating allerliefste allernieuwste allerminst allertijden\n";

  // glowgen/engine/lexicon/shorthand.txt
  var shorthand_default = "dans: ds dns\npour: pr\nbeaucoup: bcp\ntoujours: tjs tjrs\nmaintenant: mtn mnt\nj'ai: jai\nje suis: jsuis chui chuis jsui\nmisschien: mss\nik: k\nhet is: tis\nik zit: kzit\nik heb: kheb\nik ben: kben\nvielleicht: vllt\ngerade: grad\nright now: rn\nbefore: b4 bfr\ntoday: 2day\ntomorrow: 2moro 2morrow\nyour: ur\nbecause: bc coz cuz\n";

  // glowgen/engine/src/lexicon.js
  var SAFETY_WORDS = {};
  for (const lexicon of [fr_default, nl_default, en_default, de_default]) {
    for (const line of lexicon.split("\n")) {
      const colon = line.indexOf(":");
      if (colon > 0) SAFETY_WORDS[line.slice(0, colon)] = `${SAFETY_WORDS[line.slice(0, colon)] || ""} ${line.slice(colon + 1)}`;
    }
  }
  var SIGN_WORDS = new Set(Object.entries(SAFETY_WORDS).filter(([name]) => name !== "other_words").flatMap(([, forms]) => forms.split(/\s+/)).filter((form) => form && /^[^_']+$/.test(form)).map((form) => fold(form.replace(/\*/g, ""))));
  var SHORTHAND = new Map(shorthand_default.split("\n").filter((line) => line.includes(":")).flatMap((line) => line.slice(line.indexOf(":") + 1).trim().split(/\s+/).map((short) => [short, line.slice(0, line.indexOf(":"))])));

  // glowgen/engine/src/redact.js
  var LOOK = {
    "’": "'",
    "‘": "'",
    "ʼ": "'",
    "‐": "-",
    "‑": "-",
    "‒": "-",
    "–": "-",
    "—": "-",
    "−": "-",
    "。": ".",
    "｡": ".",
    "﹫": "@"
  };
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
  var digitsOf = (text) => text.replace(/\D/g, "");
  var word = (list) => new RegExp(`(?<![a-z])(?:${list})(?![a-z])`);
  function luhn(digits) {
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
      let d = +digits[digits.length - 1 - i];
      if (i % 2) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    return sum % 10 === 0;
  }
  function nationalNumber(digits) {
    const month = +digits.slice(2, 4) % 20;
    const base = +digits.slice(0, 9);
    const check = +digits.slice(9);
    return month <= 12 && +digits.slice(4, 6) <= 31 && +digits.slice(2, 4) < 53 && (97 - base % 97 === check || 97 - (2e9 + base) % 97 === check);
  }
  function ibanLength(chars) {
    const value = (c) => c < "a" ? c : String(c.charCodeAt(0) - 87);
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
  var IBAN = /(?<![a-z0-9])[a-z]{2}\d{2}(?:(?:[ -]|\n ?)?[a-z0-9]){10,32}/g;
  var EW = "[a-z0-9_%+-]{1,64}";
  var DOTS = "(?:\\.| \\. | (?:dot|punt|point|punkt|stip) | ?[(\\[{<] ?(?:dot|punt|point|punkt|\\.) ?[)\\]}>] ?)";
  var ATS = "(?: ?@ ?| (?:at|arobase|apenstaartje|apestaartje|aapje|klammeraffe) | ?[(\\[{<] ?(?:at|@|arobase) ?[)\\]}>] ?)";
  var EMAIL = new RegExp(`(?<![a-z0-9_%+.-])${EW}(?:${DOTS}${EW}){0,8}${ATS}${EW}(?:${DOTS}${EW}){1,4}`, "g");
  var TLD = /(?<![a-z])(?:be|nl|fr|de|lu|uk|es|it|ch|at|eu|us|ca|pl|pt|ie|se|dk|no|fi|cz|io|co|me|tv|ma|tr|ro|com|net|org|info|biz|email|online|site|brussels|vlaanderen|gent|paris|berlin)$/;
  var NUMBER_PART = "zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|cents?|nul|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|null|eins|ein|zwei|drei|funf|sechs|sieben|neun|zehn|zwolf|zwanzig|dreissig|vierzig|funfzig|sechzig|siebzig|achtzig|neunzig|hundert";
  var NUMBER_WORD = new RegExp(`^(?:(?:${NUMBER_PART})(?:en|und|et)?)+$`);
  var SPOKEN_NUMBER = new RegExp(`(?<![a-z])(?:(?:${NUMBER_PART})(?:en|und|et|-)?)+(?:[\\s-]+(?:(?:${NUMBER_PART})(?:en|und|et|-)?)+|[\\s-]+(?:et|and|en|und)(?=[\\s-]+[a-z])){3,30}(?![a-z])`, "g");
  var ID_CUE = /(?<![a-z])(?:assurance maladie|carte soleil|health (?:card|insurance)(?: number)?|ziekenfonds(?:nummer)?|krankenversicherungsnummer|medicare(?: number)?|ahv(?:-nummer)?|sozialversicherungsnummer|social security(?: number)?|ssn|member(?:ship)? (?:number|no)|numero d'affilie|n° d'affilie|affiliation|lidnummer|lidnr|aansluitingsnummer|mitgliedsnummer|versichertennummer|versicherungsnummer|dni|nie|nif|bsn|passport(?: number)?|paspoort(?:nummer)?|passeport|reisepass(?:nummer)?|(?:personal)?ausweis(?:nummer|-nr\.?|nr\.?)?|f(?:u|ue)hrerschein(?:nummer)?|driv(?:ing|er'?s) licen[cs]e(?: number)?|rijbewijs(?:nummer)?|permis de conduire|(?:identity|id) card(?: number)?|identiteitskaart(?:nummer)?|carte d'identite|patient(?:en)? ?(?:number|nummer)|dossiernummer|numero de dossier|identificatienummer|id number|id-nummer|nmc pin|pin|riziv(?:-nummer)?|inami|big(?:-nummer| number)|gphc(?: number)?|(?:carte|kaart|karte|card)(?: de)? (?:fidelite|client)|loyalty(?: card)?(?: number)?|klantenkaart|klante?nummer|getrouwheidskaart|kundenkarte|kundennummer|treuekarte|bonuskarte|customer (?:number|no|id)|numero (?:de )?client|(?:crew|staff|employee|personnel|mitarbeiter|personal|member|membership|licen[cs]e|lizenz|licentie|brevet|certification|certificate|diver|pilot|instructor)[ -]?(?:id|number|no|nr|n°|nummer|numero)|numero (?:de )?(?:personnel|licence|membre|brevet|certification)|(?:licence|license|lizenz|licentie|brevet|membership|lidmaatschap)|n°|student(?:en)? ?(?:card|kaart|ausweis)|carte (?:d')?etudiant|studentenkaart|studentenausweis|matrikel(?:nummer)?|prescription|ordonnance(?: electronique)?|voorschrift|rezept(?:nummer)?|recip-?e|numero (?:de )?(?:patient|prescription|l'ordonnance(?: electronique)?)|patient (?:no|nr|id)|booking ref(?:erence)?|(?:schade)?dossier|claim|sinistre|schaden(?:nummer|fall)?|polis(?:nummer)?|policy|police|polizze|contract|contrat|vertrag(?:snummer)?|personeelsnummer|werknemersnummer|personalnummer|mitarbeiternummer|matricule|numero d'employe)(?:(?: [a-z']{1,40}){1,6}? ?(?:(?:is|est|ist|was|war|etait)(?![a-z])|:))?(?: (?:is|est|ist|nr|no|n°|number|nummer|numero)(?![a-z]))*[ :.#,]*([a-z0-9](?:[a-z0-9./-]| (?=[a-z]{0,4}\d)){4,24})/g;
  var SPACED_BIRTH = /(?:born|birth|dob|naissance|nee? le|geboren|geboorte(?:datum)?|geburtsdatum|geb\.?)[^0-9]{0,12}\d{1,2} \d{1,2} (?:19|20)\d{2}(?!\d)/g;
  var NUMBER = /(\+ ?)?\d(?:[ .\/()-]{0,3}\d){0,40}/g;
  var PHONE_CUE = /(?:tel|phone|gsm|mobile|portable|fixe|festnetz|vaste lijn|vast nummer|landline|nummer|numero|number|bel|call|appel|anruf|handy|whatsapp|sms)/;
  var ORDER_CUE = /(?:order|bestel|commande|factu|invoice|rechnung|referen|ticket|tracking|colis|pakket|sendung|(?<![a-z])po(?=[ .#:-]))[a-z]*(?:[ -]?(?:nr|no|n°|number|nummer|numero|reference))?(?: (?:is|est|ist))?[ :#.-]*$/;
  var COMPANY_CUE = /(?:(?:^|[^a-z])be ?|(?:btw|tva|vat|ust|ondernemingsnummer|numero d'entreprise|entreprise|enterprise|kbo|bce)(?![a-z])[^a-z0-9]{0,4}(?:[a-z.'-]+[^a-z0-9]{0,4}){0,3})$/;
  var MONTH = "(?:jan(?:uary|vier|uari|uar)?|janner|jaenner|feb(?:ruary|ruari|ruar)?|feber|fev(?:rier)?|mar(?:ch|s|z)?|maart|apr(?:il)?|avr(?:il)?|mai|may|mei|jun[ei]?|juin|jul[iy]?|juil(?:let)?|aug(?:ust|ustus)?|aout|sep(?:t|tember|tembre)?|o[ck]t(?:ober|obre)?|nov(?:ember|embre)?|de[cz](?:ember|embre)?)(?![a-z])";
  var MONTH_WORD = word("januari|january|janvier|januar|janner|februari|february|fevrier|februar|maart|march|mars|marz|april|avril|mei|may|mai|juni|june|juin|juli|july|juillet|augustus|august|aout|september|septembre|oktober|october|octobre|november|novembre|december|decembre|dezember");
  var DATE = new RegExp(`(?<!\\d)(?:(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4}|\\d{2})|(\\d{4})-(\\d{1,2})-(\\d{1,2})|(\\d{1,2})(?:\\.|er|e|st|nd|rd|th)? (?:of )?${MONTH}\\.?(?: (\\d{4}))?|${MONTH}\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4}))(?!\\d)`, "g");
  var DAY_WORD = `(?:(?:twenty|thirty)[ -]?)?(?:first|second|third|(?:four|fif|six|seven|eigh|nin)th)|(?:ten|eleven|twelf|(?:thir|four|fif|six|seven|eigh|nine)teen)th|twentieth|thirtieth|premier|(?:${NUMBER_PART})(?:(?:en|und|-| et |-et-)(?:${NUMBER_PART}))?(?:ste|sten|ster|de|te|ten|ter|th)?`;
  var YEAR_WORDS = `(?:(?:${NUMBER_PART}|mille|mil|duizend|tausend|thousand)(?:en|und|et|-)?)+(?:[ -](?:(?:${NUMBER_PART}|mille|mil|duizend|tausend|thousand)(?:en|und|et|-)?)+){0,7}`;
  var SPOKEN_DATE = new RegExp(`(?<![a-z])(?:${DAY_WORD}) (?:of |de |van )?${MONTH}(?: (\\d{4}|${YEAR_WORDS})(?![a-z0-9]))?`, "g");
  var BIRTH = /(?<![a-z])(?:born|birth|dob|naissance|nee? le|nee? en|geboren|geboorte|verjaardag|anniversaire|geburt|geb\.)/;
  var STREET_END = "straat|laan|lei|steenweg|weg|plein|dreef|kaai|markt|baan|singel|gracht|dijk|vest|hof|steeg|boulevard|ring|erf|pad|kade|strasse|straße|str\\.|gasse|allee|platz|damm|ufer";
  var STREET = new RegExp(`(?<![a-z])(?:(?:[a-z'-]{2,30} )?[a-z'-]{2,30}(?:${STREET_END})|(?:[a-z'-]{2,30} )?(?:markt|plein|kaai|dreef|steenweg|platz|allee|gasse|strasse|straße|str\\.)) \\d{1,4}(?: ?[a-z](?![a-z]))?(?:(?: bus| box| bte| boite|\\/) ?\\d{1,4})?`, "g");
  var FR_PARTICLE = /^(?:de|la|le|les|du|des|d'[a-z'-]*|l'[a-z'-]*|aux?|sur|en|et|van|der|den|het|ter|ten|saint|sainte|st|ste)$/;
  var RUE = "rue|avenue|av\\.|boulevard|bd|chaussee|place|chemin|allee|quai|impasse|square|route|dreve|clos|rempart|galerie|parvis|sentier|hameau|lieu-dit|lieudit";
  var PLACE_NAMED = /(?<![a-z])(?:lieu-dit|lieudit|hameau (?:de|du|des|d')) ?[a-z'-]{2,25}|(?<![a-z])(?:hof|hoeve|gehucht)(?: ter| te| van| de| het)? [a-z'-]{2,25} \d{1,4}(?![\d:])/g;
  var STREET_WORD = new RegExp(`^(?:${RUE}|gallery|galerij|street|road|straat|strasse|laan|plein|markt|platz|park|parking|station)$`);
  var STREET_FR = new RegExp(`(?<![a-z])(?:${RUE})(?: [a-z'-]{1,25}){1,5},? \\d{1,4}(?![\\d:]|h\\d)(?: ?(?:bis|ter|[a-z])(?![a-z]))?(?:(?: bte| boite| bus|\\/) ?\\d{1,4})?|(?<!\\d|\\d[hu:.])\\d{1,4}(?: ?(?:bis|ter|[a-z])(?![a-z]))?,? (?:${RUE})(?![a-z])(?: [a-z'-]{1,25}){1,4}`, "g");
  var STREET_EN = /(?<![\d:.])\d{1,5},? (?:[a-z'-]{2,25} ){1,3}(?:street|st|road|rd|avenue|ave|lane|drive|boulevard|blvd|way|close|court|square|place|terrace|crescent|gardens|grove|forge|spur|mews|row|hill|park|view|walk|cliff|haven|trace|ranch|brook|bridge|height|ridge|manor|meadow|orchard|village|valley|spring|field|estate|green|glen|crest|cove|creek|circle|hollow|knoll|lodge|loop|parkway|trail|well|port|mount|bypass|oval|alley|causeway|crossing|dale|expressway|ferry|ford|forest|freeway|gateway|harbou?r|highway|inlet|island|junction|lake|landing|motorway|mountain|overpass|pike|plaza|river|shore|stream|summit|tunnel|turnpike|viaduct|ville|vista|gate|wharf|yard|canyon|cape|camp|fort|neck|isle|branch|burg|corner|crossroad|curve|divide|loaf|radial|rapid|shoal|throughway|trafficway|stravenue|passage|path|pine|plain|point|light|key|union|common|fall|lock|station|center|centre|flat|fork|mall|ramp|track|wall|mission|course|extension|underpass|skyway|prairie|run|pass|land|rest|via|club|mill|dam)s?(?![a-z])/g;
  var NA_POSTCODE = /(?<![a-z0-9])(?:[a-z]\d[a-z] \d[a-z]\d|[a-z]{2} \d{5}(?:-\d{4})?)(?![a-z0-9])/g;
  var FOREIGN_POSTCODE = /(?<![a-z0-9])(?:[1-9]\d{3} ?[a-z]{2}(?: [a-z][a-z'-]{2,24})?|[a-z]{1,2}\d[a-z\d]? \d[a-z]{2})(?![a-z0-9])/g;
  var POSTCODE = /(?<![\d.,€$-])(?:(?:b|l|d|f|nl)-)?(?:[1-9]\d{3,4}|0[1-9]\d{3}) (?:(?:de|den|la|le|les|sint|saint|st|bad) )?'?[a-z][a-z'-]{2,24}/g;
  var NOT_CITY = word("close|near|far|enough|from|dicht|loin|pres|nah|weit|euros?|eur|ml|mg|cc|units?|unites?|eenheden|einheiten|jours|dagen|days|tage|mois|maanden|months|monate|ans|jaar|jaren|years|jahre|min|minutes|minuten|heures|uur|hours|stunden|sessions?|seances?|sessies?|calories|kcal|joules|shots|points|punten|and|et|en|und|or|ou|of|oder|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag");
  var NAME_CUE = /(?<![a-z])(?:((?:nom de scene|nom d'artiste|stage name|artiestennaam|kunstlername|buhnenname|legal name|real name|nom (?:a l'etat civil|legal|officiel)|vrai nom|wettelijke naam|echte naam|officiele naam|burgerlicher name|richtiger name|echter name)(?:'s| is| est| c'est| ist)? ?:?|(?:signe|signed|getekend|gezeichnet|unterzeichnet|handtekening|unterschrift) ?:|my name is|my name's|name's|t\.n\.v\.|tnv|my details|mijn naam is|mijn gegevens|ik heet|mes coordonnees|je m'appelle|je m appelle|mon nom est|mon nom c'est|ich heiße|ich heisse|mein name ist|meine daten|meine kontaktdaten|name ?:|naam ?:|nom de famille ?:|nom ?:?|(?:first|last|family|sur) ?name ?:?|prenoms? ?:?|voorna(?:am|men) ?:?|forenames? ?(?:\(s\))? ?:?|given names? ?:?|achternaam ?:?|familienaam ?:?|vornamen? ?:?|nachname ?:?|vatersname ?:?|patronym(?:e|ic)? ?:?|middle name ?:?|familienname ?:?|(?:her|his|their) name is|son nom (?:est|c'est)|(?:haar|zijn) naam is|(?:ihr|sein) name ist|heisst|heißt|name on (?:the )?card|account holder|inhaber(?:in)?|card ?holder|karteninhaber(?:in)?|kaarthouder|naam op de kaart|nom sur la carte|titulaire de la carte|au nom d(?=')|kontoinhaber(?:in)?|rekeninghouder|titulaire|(?:from|van|von|de) ?:|to the attention of|a l'attention de|ter attentie van|zu handen (?:von )?|(?:my|her|his|mijn|haar|zijn|mes|ses|meine|ihre|seine) (?:details|gegevens|coordonnees|daten) (?:are|zijn|sont|sind) ?:?|versicherte|je me presente ?:?|au nom de|a l'ordre de|op naam van|ten name van|on name of|in the names? of|the name on (?:it|the card|the account) is|name on (?:it|the card) is|name auf (?:der )?karte ist|kontoinhaber(?:in)? ist|(?:the )?account holder is|titulaire(?: du compte)? est|rekeninghouder is|genaamd|heet|(?:my|mijn|mon|meinen) (?:name|naam|nom|namen) (?:as|als|comme))|(my name|mijn naam|mon nom|mein name|fruher|formerly|anciennement|vroeger|ehemals|noem me(?: maar| gewoon)?|nenn mich|nennen sie mich|i'm|i am|it's|it is|(?:la |de |die |the |my host |ma |mijn |meine )?(?:famille|familie|family|fam\.|gastfamilie|gastgezin|famille d'accueil)|chez les|attn|attention|t\.a\.v\.|tav|(?:reserve|book|booking|boek|boeken|reserveer|buche|buchen|reserviere)[a-z]* (?:pour|for|voor|fur)|ik ben|'k zen|k zen|'k ben|je suis|jsuis|j'suis|chui|ich bin|c'est|hier is|dit is|this is|hier ist|hier spricht|ici|moi c'est|ask for|(?:mama|moeder|vader|papa|maman|mere|pere|mutter|vater|mother|father|mum|mom) (?:van|de|von|of|d(?='))|(?:my|mijn|ma|mon|mein|meine) (?:mother|father|brother|sister)-in-law|ma belle-(?:soeur|mere|fille)|mon beau-(?:frere|pere|fils)|mijn (?:schoonmoeder|schoonvader|schoonzus|schoonbroer)|(?:meinem|meiner|meines) (?:mann|sohn|vater|bruder|freund|partner|schwiegersohn|frau|tochter|mutter|schwester|freundin)|vraag (?:dan )?(?:gerust )?naar|demandez|frag(?:en sie|t)? nach|(?:my|our) (?:husband|wife|son|daughter|mother|mum|mom|father|dad|sister|brother|partner|girlfriend|boyfriend|friend|son-in-law|daughter-in-law|grandson|granddaughter)(?: is)?|(?:mon|notre) (?:mari|fils|pere|frere|copain|pote|epoux|gendre|ami|petit-fils)(?: est)?|mon (?:epouse|amie|ex)(?: est)?|(?:groetjes|groeten|groet|greetings|love|cheers|bisous|bises|salutations|gru(?:ß|ss)e|grusse|liebe gru(?:ß|ss)e) (?:van|from|de|von)|(?:ma|notre) (?:femme|fille|mere|maman|soeur|copine|pote|epouse|belle-fille|amie|petite-fille)(?: est)?|(?:mijn|mn|m'n|onze) (?:man|vrouw|zoon|dochter|moeder|mama|vader|papa|zus|zuster|broer|vriendin|vriend|echtgenoot|echtgenote|partner|schoonzoon|schoondochter|kleinzoon|kleindochter)(?: is)?|(?:mein|unser) (?:mann|sohn|vater|bruder|freund|partner|ehemann|schwiegersohn|enkel)(?: ist)?|(?:meine|unsere) (?:frau|tochter|mutter|mama|schwester|freundin|ehefrau|schwiegertochter|enkelin)(?: ist)?)|(groetjes|groeten|groet|tot (?:dan|straks|snel|ziens|morgen|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|a (?:bientot|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi)|bis (?:bald|dann|morgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag)|see you (?:soon|then|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday)|xoxo|xx|liefs|kusjes|kisses|mvg|met vriendelijke groeten?|vriendelijke groeten?|cordialement|bien a vous|bisous|bises|cheers|merci d'avance|bonne (?:journee|soiree)|(?:nog )?een fijne dag|fijne dag|have a (?:nice|good) day|schonen tag|regards|kind regards|best regards|best wishes|mfg|mit freundlichen gru(?:ß|ss)en|liebe gru(?:ß|ss)e|viele gru(?:ß|ss)e|gru(?:ß|ss)e?|salutations)|(merci|bedankt|dank u|dank je|thanks|thank you|danke|lg))(?![a-z])\s?(?:[,!.:]{1,3}|(?:comma|virgule|komma|colon|deux points|dubbele punt|doppelpunkt)(?![a-z]))?\s?['’]?/g;
  var FIRST_NAMES = /* @__PURE__ */ new Set();
  first_names_default.split("\n").reduce((previous, line) => {
    const name = previous.slice(0, +line[0]) + line.slice(1);
    if (line) FIRST_NAMES.add(name);
    return name;
  }, "");
  var isFirstName = (folded) => folded.includes("-") ? folded.split("-").every(isFirstName) : FIRST_NAMES.has(folded) && !isStop(folded);
  var hasFirstName = (folded) => folded.split(" ").some(isFirstName);
  var WORD_NAMES = new Set(first_names_also_words_default.split("\n"));
  var VERB_NAMES = /^(?:said|will|may|hope|mark|come|kick|harm|edit)$/;
  var RELATIVE_WORDS = new Set("compagnon compagne conjoint conjointe partenaire partner sœur belle-sœur soeur belle-soeur dochter zoon zus broer oma opa moeder vader vrouw man vriendin vriend maatje verloofde collega patient patiente klant klante daughter son sister sis brother bro grandma grandmother grandpa grandfather mum mom mother father wife husband girlfriend boyfriend gf bf fiance fiancee friend mate colleague client cliente fille fils frere grand-mere grand-pere mamie papy mere pere femme mari copine copain ami amie collegue tochter sohn schwester bruder mutter vater frau mann freundin freund verlobte kollegin kollege patientin klientin kundin mama papa maman mami mutti mantelzorger carer caregiver worker aidant aidante pfleger pflegerin betreuer betreuerin begeleider begeleidster neighbour neighbor buurman buurvrouw buurmeisje buurjongen voisin voisine nachbar nachbarin bandmate teammate flatmate roommate huisgenoot coloc mitbewohner mitbewohnerin buddy kumpel pote huurder verhuurder huurster locataire proprietaire mieter mieterin vermieter vermieterin tenant landlord landlady stammkunde stammkundin dad daddy mummy mommy bride groom bruid bruidegom braut brautigam verlobter verlobte fiance fiancee bridesmaid bridesmaids honneur bruidsmeisje bruidsmeisjes brautjungfer brautjungfern getuige getuigen temoin temoins trauzeuge trauzeugin kids children kinderen kindjes enfants kinder pair aupair au-pair gastmutter gastvater gastmoeder gastvader host accueil aunt auntie uncle cousin cousine niece nephew tante oncle neveu niece nicht neffe oom".split(" "));
  var CALLER_WORDS = new Set("moi met hier name naam nom namens ene jsuis jsui kben cest schreibt schreibe spricht is its rappeler rappelez appeler appelez bellen bel call ring anrufen it's im i'm bin ben zen c c'est ce cé suis appelle jmappelle heisst heißt heet ist".split(" "));
  var HERE_AFTER = /^,? (?:here|hier|ici|speaking|aan de lijn|am apparat|a l'appareil)(?![a-z])/;
  var TITLE_WORDS = "madame|mevrouw|mrs|mr|ms|miss|monsieur|meneer|frau|herr|herrn|mme|mlle|colonel|dokter|dr|doctor|docteur|doktor";
  var TITLE = word(TITLE_WORDS);
  var TITLES = new Set(TITLE_WORDS.split("|"));
  var SPOKEN_END = /(?<![a-z])(?:new line|nouvelle ligne|a la ligne|nieuwe regel|neue zeile|comma|virgule|komma|full stop|period|point|punt|punkt)$/;
  var SPOKEN_MARK = /^(?:comma|virgule|komma|colon|period|point|punt|punkt|new|nouvelle|nieuwe|neue|dubbele|deux)$/;
  var PARTICLE = word("van|de|den|der|da|di|du|le|la|von|vom|zu|ten|ter|del|dos");
  var CONTACT_LABEL = /(?<![a-z])(?:tel|telephone|telefoon|telefon|gsm|mob|mobile|mobiel|handy|phone|fax|e-?mail|mail|courriel|iban)$/;
  var FIRST_NAME_FIELD = "prenoms?|voorna(?:am|men)|vornamen?|first ?names?|forenames?(?:\\(s\\))?|given names?";
  var SURNAME_FIELD = "achternaam|nachname|familienname|surname|last ?name";
  var NAME_FIELD = new RegExp(`^(?:nom|name|naam|familienaam|${FIRST_NAME_FIELD}|${SURNAME_FIELD})$`);
  var NAME_FIELD_COLON = new RegExp(`(?:${FIRST_NAME_FIELD}|${SURNAME_FIELD}) ?:$`);
  var INNER_PARTICLE = word("el|al|ben|bin|ibn|ait|abu|abou|op");
  var DATA_CUE = /^[\s,;(]*(?:geboren(?: am| op)?|geb\.?|born(?: on)?|nee? le|dob|rijksregisternummer|registre national|national (?:register )?number|niss|inss)\s*:?\s*/;
  var NOT_NAME = word("immo|immobilien|immobilier|immobiliere|vastgoed|makelaardij|agency|agence|gmbh|bvba|srl|sprl|ltd|llc|holding|non-binaire|non-binary|nonbinary|non-binair|nicht-binar|nichtbinar|vlaming|vlaamse|waal|waalse|brusselaar|bruxellois|bruxelloise|flamande?|wallonne?|trans|deaf|blind|disabled|autistic|sourde?|aveugle|malentendante?|doof|slechthorend|slechtziend|taub|gehorlos|blinde?|quelqu'un|quelqu|iemand|jemand|someone|somebody|anyone|distinguees?|respectueusement|cordialement|faithfully|sincerely|truly|yours|hochachtungsvoll|voornaam|achternaam|familienaam|naam|prenom|nom|vorname|nachname|familienname|surname|firstname|lastname|belgian|belge|belg|belgisch|dutch|nederlands|nederlander|nederlandse|french|francais|francaise|frans|franse|german|duits|duitse|allemand|allemande|deutsch|deutsche|deutscher|english|anglais|anglaise|engels|englisch|british|luxembourgeois|luxembourgeoise|new|nieuw|nouveau|nouvelle|neu|interested|pregnant|curious|allergic|the|not|mr|mrs|ms|mevrouw|meneer|madame|monsieur|herr|frau|dr|doctor|docteur|dokter|lg|mfg|mvg|xx|xoxo|vielen|dank|danke|herzliche?|freundliche|beste|liebe|viele|schonen|guten|tag|abend|wochenende|hallo|bonjour|merci|thanks|dear|hello|hi");
  function redact(text, options) {
    const opts = options || {};
    const low = shadow(text);
    const year = opts.year || (/* @__PURE__ */ new Date()).getFullYear();
    const keep = (opts.keep || []).filter(Boolean).map(shadow);
    const keptDigits = keep.map((k) => digitsOf(k).slice(-8)).filter((d) => d.length === 8);
    const keptText = keep.map((k) => k.replace(/[^a-z0-9@]/g, ""));
    const isTerm = opts.isTerm || (() => false);
    const isPublic = opts.isPublic || (() => false);
    const spans = [];
    const keptParts = keep.map((k) => ({ numbers: k.match(/\d+/g) || [], words: k.match(/[a-z]{4,}/g) || [] }));
    const clinicAddress = (found) => {
      const numbers = found.match(/\d+/g) || [];
      const stems = (found.match(/[a-z]{4,}/g) || []).map((w) => w.slice(0, 4));
      return numbers.length > 0 && keptParts.some((k) => numbers.every((n) => k.numbers.includes(n)) && (numbers.some((n) => n.length === 4) || stems.some((stem2) => k.words.some((w) => w.startsWith(stem2)))));
    };
    const justAfter = (ends3, at) => ends3.has(at - 1) || ends3.has(at - 2) || ends3.has(at - 3);
    const add = (start, end, type) => {
      const piece = low.slice(start, end).replace(/[^a-z0-9@]/g, "");
      if ((type === "email" || type === "address") && keptText.some((k) => k.includes(piece))) return;
      if (type === "address" && !justAfter(addressEnds, start) && clinicAddress(low.slice(start, end))) return;
      spans.push({ start, end, type, order: spans.length });
      if (type === "address") addressEnds.add(end);
      if (type === "name") nameEnds.add(end);
    };
    const addressEnds = /* @__PURE__ */ new Set();
    const nameEnds = /* @__PURE__ */ new Set();
    const lastSolid = () => {
      const covered = new Uint8Array(text.length + 1);
      for (const span of spans) covered.fill(1, span.start, span.end);
      let i = text.length - 1;
      for (; ; ) {
        while (i >= 0 && (covered[i] || /[\s.,!()\-:;]/.test(text[i]) || /\p{Extended_Pictographic}|[\ud800-\udfff]/u.test(text[i]))) i--;
        let next = i + 1;
        while (next < text.length && /[\s.:]/.test(text[next])) next++;
        const spoken = SPOKEN_END.exec(low.slice(Math.max(0, i - 15), i + 1)) || (covered[next] ? CONTACT_LABEL.exec(low.slice(Math.max(0, i - 12), i + 1)) : null);
        if (!spoken) return i;
        i -= spoken[0].length;
      }
    };
    const each = (pattern, found) => {
      for (const m of low.matchAll(pattern)) found(m, m.index, m.index + m[0].length);
    };
    EMAIL.lastIndex = 0;
    for (let m; m = EMAIL.exec(low); ) {
      const spelled = / @|@ /.test(m[0]) || /(?:^|[ (\[{<])(?:at|arobase|apenstaartje|apestaartje|aapje|klammeraffe|dot|punt|point|punkt|stip)(?:[ )\]}>]|$)/.test(m[0]);
      if (/(?:\.|dot|punt|point|punkt|stip)[)\]}> ]*[a-z]{2,12}$/.test(m[0]) && (!spelled || TLD.test(m[0]))) add(m.index, m.index + m[0].length, "email");
      else EMAIL.lastIndex = m.index + 1;
    }
    each(IBAN, (m, start) => {
      const chars = [];
      const ends3 = [];
      for (let i = 0; i < m[0].length; i++) if (/[a-z0-9]/.test(m[0][i])) {
        chars.push(m[0][i]);
        ends3.push(i + 1);
      }
      const length = ibanLength(chars);
      if (length) add(start, start + ends3[length - 1], "iban");
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
      else if (/^0[1-9]/.test(digits) && n >= 9 && n <= 11 || n === 9 && digits[0] === "4") type = "phone";
      else if (n >= 9 && !ORDER_CUE.test(low.slice(Math.max(0, start - 24), start).replace(/referen[a-z]*/g, "#"))) type = "id_number";
      else if (n >= 6 && PHONE_CUE.test(low.slice(Math.max(0, start - 30), start)) && !ORDER_CUE.test(low.slice(Math.max(0, start - 24), start))) type = "phone";
      if (type) add(start, end, type);
    });
    each(DATE, (m, start, end) => {
      const y = m[3] || m[4] || m[8] || m[10];
      let full = y ? +y : 0;
      if (y && y.length === 2) full = +y > year % 100 ? 1900 + full : 2e3 + full;
      const day = m[1] || m[6] || m[7] || m[9];
      const cue = BIRTH.test(low.slice(Math.max(0, start - 40), start));
      if (cue || day && full && full <= year - 18 && full >= year - 120) add(start, end, "date_of_birth");
    });
    each(SPOKEN_DATE, (m, start, end) => {
      const cue = BIRTH.test(low.slice(Math.max(0, start - 40), start));
      const adult = m[1] && (/^\d/.test(m[1]) ? +m[1] <= year - 18 && +m[1] >= year - 120 : /^(?:nineteen|negentien|neunzehn|mille neuf|dix-neuf|dix neuf|tausendneun)/.test(m[1]));
      if (cue || adult) add(start, end, "date_of_birth");
    });
    each(SPACED_BIRTH, (m, start, end) => add(start + m[0].search(/\d/), end, "date_of_birth"));
    each(ID_CUE, (m, start, end) => {
      const value = m[1].replace(/^(?:is|ist|est|was|war|nr|no|number|nummer|numero) (?=\S*\d)/, "");
      if (m[0].startsWith("n°") && ORDER_CUE.test(low.slice(Math.max(0, start - 24), end - value.length))) return;
      const digits = (value.match(/\d/g) || []).length;
      if (digits >= 5 || digits >= 3 && value.length >= 6 && /[a-z]/.test(value) && !/\s/.test(value)) {
        add(end - value.length, end, "id_number");
        const second = /^ ?(?:and|en|et|und|&|\/|,) ?([a-z0-9][a-z0-9./-]{4,24})(?![a-z0-9])/.exec(low.slice(end, end + 40));
        if (second && (second[1].match(/\d/g) || []).length >= 5) add(end + second[0].length - second[1].length, end + second[0].length, "id_number");
      }
    });
    each(SPOKEN_NUMBER, (m, start, end) => {
      const count = m[0].split(/[\s-]+/).filter((w) => NUMBER_WORD.test(w) && !/^(?:et|and|en|und)$/.test(w)).length;
      if (/^ ?(?:euros?|eur|€)/.test(low.slice(end, end + 6))) return;
      if (count >= 6 || count >= 4 && PHONE_CUE.test(low.slice(Math.max(0, start - 30), start))) add(start, end, "phone");
    });
    const upper = (text.match(/\p{Lu}/gu) || []).length;
    const shout = upper >= 8 && upper > 0.7 * (text.match(/\p{L}/gu) || []).length;
    const capital = (at) => !shout && /\p{Lu}/u.test(text[at]);
    const ambiguous = (found) => /(?:way|close|court|square|place|st|rd|grove|gardens|bridge|green|port|mount|loop|trail|springs?|fields?|wells?|village|valley|lodge|circle|crest|ridge|manor|orchard|meadows?|hollow|glen|cove|creek|knoll|estates?|camp|branch|corners?|curve|passage|path|pines?|plains?|points?|lights?|keys?|unions?|commons?|falls?|locks?|station|cent(?:er|re)s?|flats?|forks?|mall|ramp|track|wall|mission|course|extensions?|divide|isle|neck|cape|fort|loaf|gate|runs?|pass|lands?|rests?|via|clubs?|mills?|dams?)$/.test(found) ? /^\d+,? /.exec(found) : /^(?:\d\S*,? )?(?:place|route|square|clos|chemin|galerie|sentier|parvis) /.exec(found);
    each(PLACE_NAMED, (m, start, end) => {
      if (capital(start) || capital(end - m[0].split(" ").pop().length)) add(start, end, "address");
    });
    for (const pattern of [STREET, STREET_FR, STREET_EN]) {
      each(pattern, (m, start, end) => {
        const lead = /^([a-z'-]+) /.exec(m[0]);
        if (lead && isStop(lead[1])) start += lead[0].length;
        const named2 = ambiguous(m[0]);
        if (pattern === STREET_FR && /^[a-z.]+ /.test(m[0]) && m[0].split(/[ ,]+/).slice(1, -1).some((w) => isStop(w) && !FR_PARTICLE.test(w))) return;
        const between = /^\d+,? ((?:[a-z'-]+ )+)/.exec(low.slice(start, end));
        if (pattern === STREET_EN && between) {
          let at = start + between[0].length - between[1].length;
          for (const w of between[1].trim().split(" ")) {
            if (isStop(w) && !capital(at)) return;
            at += w.length + 1;
          }
        }
        if (/^(?::\d|h\d|u\d)/.test(low.slice(end, end + 2))) return;
        const addressed = /(?:adres|address|wohn|woon|habite|domicile|chez moi|bei mir|at my)/.test(low.slice(Math.max(0, start - 40), start)) || /^,? (?:[a-z]+-)?\d{4,5} [a-z]/.test(low.slice(end, end + 12));
        const ring = pattern === STREET && /([a-z'-]+)ring \d/.exec(m[0]);
        if (ring && !addressed && !isFirstName(ring[1]) && !WORD_NAMES.has(ring[1]) && !(ring[1].length > 3 && commonWord(ring[1]))) {
          const at = end - m[0].length + m[0].indexOf(ring[0]);
          if (!capital(at) || ring[1].length < 3 || /[aeiouyr]$/.test(ring[1]) || commonWord(ring[1] + "ring") || /(?:^|[.!?]\s*)$/.test(text.slice(0, at))) return;
        }
        if (!named2 || addressed || /\p{Lu}/u.test(text.slice(start + named2[0].length, end))) {
          add(start, end, "address");
          const town = /^ in (\p{Lu}[\p{L}'-]{2,24})/u.exec(text.slice(end, end + 30));
          const townLow = town ? low.slice(end + 4, end + 4 + town[1].length) : "";
          if (town && !isStop(townLow) && !isTerm(townLow)) add(end + 4, end + 4 + town[1].length, "address");
        }
      });
    }
    each(NA_POSTCODE, (m, start, end) => {
      if (/^[a-z]\d/.test(m[0]) || /^, \p{Lu}{2} /u.test(text.slice(start - 2, start + 3))) add(start, end, "address");
    });
    each(FOREIGN_POSTCODE, (m, start, end) => {
      if (/^[a-z]{1,2}\d/.test(m[0]) && /\d[a-z]{2}$/.test(m[0])) {
        const town = /^(?: [a-z][a-z'-]{1,24}){1,2}/.exec(low.slice(end, end + 40));
        const kept = town ? town[0].split(" ").slice(1) : [];
        while (kept.length && commonWord(kept[kept.length - 1])) kept.pop();
        if (kept.length && !isStop(kept[0])) end += kept.join(" ").length + 1;
      }
      const afterStreet = justAfter(addressEnds, start);
      const word2 = /^\d{4} ?(?:en|et|of|ou|de|la|le|in|op|te|to|am|pm|ml|mg|uu|jr|st|nd|rd|th)(?![a-z])/.test(m[0]) && !/^\d{4} ?\p{Lu}{2}/u.test(text.slice(start, end));
      if (word2) return;
      if (/^[1-9]\d{3} ?[a-z]{2}/.test(m[0]) ? afterStreet || /^\d{4} ?\p{Lu}{2}/u.test(text.slice(start, end)) : /\d/.test(m[0].slice(0, 3))) add(start, end, "address");
    });
    each(POSTCODE, (m, start, end) => {
      const city = m[0].slice(m[0].indexOf(" ") + 1);
      const afterStreet = justAfter(addressEnds, start) || /(?:adres|address|wohn|woon|habite|domicile)/.test(low.slice(Math.max(0, start - 30), start)) || /^[a-z]+-/.test(m[0]);
      const place = !afterStreet && !justAfter(addressEnds, start - 3) && !justAfter(addressEnds, start - 2) && /(?:^|[\s(])(?:in|a|te|en|near|bij|nabij|nahe|bei|pres de|vers|richting|naar|nach|to)\s$/.test(low.slice(Math.max(0, start - 12), start)) && !/(?<![a-z])(?:(?:woon|wohn|habit|domicil|resid|liv|leb|verblijf|logeer|sejour|stay|zit|verhui|mov|demenag|umz|zieh|envo|send|sent|stuur|schick|post|livr|deliver|lever|factur|invoice|rechnung|courrier|mail)[a-z]*|(?:ik|ich|we|wij|wir) (?:ben|bin|zijn|sind)|(?:je|j') ?suis|nous sommes|on est|i am|i'm|we are|we're|from|uit|aus|de|d'ici)\s/.test(low.slice(Math.max(0, start - 60), start));
      if ((capital(end - city.length) || afterStreet) && !place && !NOT_CITY.test(city.split(/[ -]/)[0]) && (!isTerm(city) || afterStreet)) add(start, end, "address");
    });
    let solid = lastSolid();
    const letterAfter = (i) => text[i] === " " && /\p{L}/u.test(text[i + 1] || "");
    each(NAME_CUE, (m, start, end) => {
      const strong = Boolean(m[1]);
      const before = /([a-z'-]+)\s*$/.exec(low.slice(Math.max(0, start - 30), start));
      if (strong && !/(?::|deux points|colon|dubbele punt|doppelpunkt)\s*$/.test(m[0]) && NAME_FIELD.test(m[1]) && before && (isStop(before[1].replace(/^[a-z]+'/, "")) || commonWord(before[1]) || /(?:e|er|es|en)$/.test(before[1]) && !FIRST_NAMES.has(before[1]))) return;
      const names = [];
      const nameWord = /\p{L}[\p{L}'’-]*/uy;
      let at = end;
      while (names.length < 4) {
        nameWord.lastIndex = at;
        const w = nameWord.exec(text);
        if (!w) break;
        const folded = low.slice(at, at + w[0].length);
        if (!names.length && TITLE.test(folded) && text[at + w[0].length] === " ") {
          at += w[0].length + 1;
          continue;
        }
        if (strong && w[0].length === 1 && capital(at) && text.slice(at + 1, at + 3) === ". ") {
          names.push(at + 1);
          at += 3;
          continue;
        }
        if (strong && !names.length && w[0].length === 1 && capital(at) && /^ \p{Lu}/u.test(text.slice(at + 1, at + 3))) {
          names.push(at + 1);
          at += 2;
          continue;
        }
        if (SPOKEN_MARK.test(folded)) break;
        const common = NOT_NAME.test(folded) || NOT_CITY.test(folded) || !names.length && isTerm(folded);
        const stop = isStop(folded);
        const particle = (names.length || strong || /(?:famil|fam\.|chez les)/.test(m[2] || "")) && PARTICLE.test(folded) && letterAfter(at + w[0].length);
        const shouted = /\p{Lu}{2}/u.test(text.slice(start, end)) && text.slice(start, end) === text.slice(start, end).toUpperCase() && w[0] === w[0].toUpperCase() && w[0].length > 1;
        if (m[2] && !names.length && /(?:van|from|de|von)$/.test(m[2]) && /^(?:groet|greet|love|chee|bis|salu|gru|liebe)/.test(m[2]) && !isFirstName(folded)) break;
        const german = m[2] && /^(?:ich bin|hier ist|hier spricht)$/.test(m[2]) && !names.length && !FIRST_NAMES.has(folded);
        const askedFor = m[2] && /^(?:vraag|ask|demandez|frag)/.test(m[2]) && !names.length && WORD_NAMES.has(folded);
        if (m[2] && /^it(?:'s| is)$/.test(m[2]) && !names.length && (!/^(?:(?:hey|hi|hello|hiya|morning)[ ,!]*)?$/.test(low.slice(0, start)) || !isFirstName(folded))) break;
        const described = m[2] && !names.length && !isFirstName(folded) && /^ (?:with|about|by|in|on|to|for|of|naar|over|met|van|voor|de|par|pour|sur|mit|uber|fur|von|auf)(?![a-z])/.test(low.slice(at + w[0].length, at + w[0].length + 8));
        const bare = strong && m[1] === "nom" && !names.length && !capital(at) && !/(?:prenom|first ?name)/.test(low.slice(0, start));
        const opening = m[2] && /^(?:ici|hier ist|hier is|hier spricht)$/.test(m[2]) && names.length < 2 && !common && !stop && /^(?:(?:salut|bonjour|bonsoir|hallo|hello|hi|hey|dag|goeiedag|goedemiddag|guten tag|moin)[ ,!]*)?$/.test(low.slice(0, start)) && /^(?: [\p{L}'-]+)? ?[,.!(]/u.test(text.slice(at + w[0].length));
        const field = strong && !names.length && NAME_FIELD_COLON.test(m[1]) && !isTerm(folded);
        const taken = !bare && (particle || opening || field || askedFor || (strong ? !common && (!stop || capital(at) && !shouted && (names.length > 0 || FIRST_NAMES.has(folded) || /^ \p{Lu}\p{Ll}/u.test(text.slice(at + w[0].length, at + w[0].length + 3)))) : !common && (capital(at) && !shouted && !german && !described && (!stop || names.length > 0 || !m[2] || FIRST_NAMES.has(folded)) || (m[3] || m[4]) && (!stop || at + w[0].length > solid) || (names.length ? hasFirstName(low.slice(end, names[0])) && !stop : isFirstName(folded)))));
        if (!taken) break;
        names.push(at + w[0].length);
        at += w[0].length;
        if (text[at] !== " ") break;
        at += 1;
      }
      if (!names.length) return;
      const last = names[names.length - 1];
      if (low.slice(end, last).split(/[\s.]+/).filter(Boolean).every((w) => isPublic(w) || PARTICLE.test(w))) return;
      if ((m[3] || m[4]) && last <= solid && !/^(?: ?\(|[.,]? ?p\.? ?s\.?(?![a-z]))/i.test(text.slice(last))) return;
      if (m[4] && !capital(end) && names.length < 2 && !hasFirstName(low.slice(end, last))) return;
      add(end, last, "name");
    });
    solid = lastSolid();
    const starts = new Set(spans.map((span) => span.start));
    const ends2 = new Set(spans.filter((span) => span.type !== "address").map((span) => span.end));
    const nextData = (end) => {
      let next = end;
      while (next < end + 4 && /[\s,;(<\/|\u2013\u2014-]/.test(text[next] || "")) next++;
      const cue = DATA_CUE.exec(low.slice(end, end + 40));
      return starts.has(next) || Boolean(cue && starts.has(end + cue[0].length));
    };
    const languageWords = /* @__PURE__ */ new Map();
    const languageWord = (p) => {
      if (!languageWords.has(p)) languageWords.set(p, NOT_NAME.test(p) || NOT_CITY.test(p) || commonWord(p));
      return languageWords.get(p);
    };
    const known = (p) => isTerm(p) || languageWord(p);
    const signed = /(?:^|[.!?]\s+|\p{Extended_Pictographic}\s*|(,) )(\p{Lu}[\p{Ll}'’-]+)(?: x{1,3})?[\s.!]*$/u.exec(text);
    if (signed && !shout) {
      const at = signed.index + signed[0].indexOf(signed[2], signed[1] ? 1 : 0);
      const first = low.slice(at, at + signed[2].length);
      const request = signed[1] && /(?:please|pls|svp|s'il vous plait|aub|alstublieft|bitte|merci|thanks|thank you|danke|bedankt|dank)/.test(low.slice(0, at)) && !isTerm(first) && !NOT_CITY.test(first) && !MONTH_WORD.test(first);
      if (at > 0 && (isFirstName(first) && !WORD_NAMES.has(first) || request) && !known(first) && !isPublic(first)) add(at, at + signed[2].length, "name");
    }
    for (const m of shout ? [] : text.matchAll(/(?<=(?:^|[,?.!:;(])\s?)\p{Lu}[\p{L}'’-]+(?: (?:van|de|den|der|da|le|la|von))?(?: \p{Lu}[\p{L}'’-]+){1,2}/gu)) {
      const start = m.index;
      const end = start + m[0].length;
      const parts = low.slice(start, end).split(" ");
      const signing = parts.length === 2 && (FIRST_NAMES.has(parts[0]) || WORD_NAMES.has(parts[0])) && /[.!?]\s+$/.test(text.slice(0, start)) && !text.slice(end).replace(/[\s.!]/g, "");
      const worded = parts.some((p, k) => (known(p) || MONTH_WORD.test(p) || SIGN_WORDS.has(p)) && !PARTICLE.test(p) && !(signing && k === 0));
      const beforeData = nextData(end) && !parts.some(isTerm) && (isFirstName(parts[0]) || !known(parts[0]) && !MONTH_WORD.test(parts[0]) && !SIGN_WORDS.has(parts[0]));
      if (worded && !beforeData || parts.every(isPublic) || parts.filter(isPublic).length >= 2) continue;
      if (!text.slice(0, start).trim() && !text.slice(end).replace(/[\s.!?]/g, "") && !isFirstName(parts[0])) continue;
      if (nextData(end) || end > solid || HERE_AFTER.test(low.slice(end, end + 16)) && isFirstName(parts[0])) add(start, end, "name");
    }
    const bounds = [];
    const letters = /\p{L}[\p{L}'’-]*/gu;
    for (let m; m = letters.exec(text); ) bounds.push(m.index, m.index + m[0].length);
    const tokens = {
      length: bounds.length / 2,
      at(k) {
        if (k < 0 || k >= bounds.length / 2) return void 0;
        const start = bounds[2 * k];
        const end = bounds[2 * k + 1];
        return { start, end, low: low.slice(start, end), cap: !shout && text[start] !== text[start].toLowerCase() };
      }
    };
    const wordBefore = (i) => i && /^(?:[ ,:]+| ?[\u2013\u2014-] ?| \(|\): )$/.test(text.slice(tokens.at(i - 1).end, tokens.at(i).start)) ? tokens.at(i - 1).low.slice(tokens.at(i - 1).low.lastIndexOf("'") + 1) : "";
    const personBefore = (i) => {
      const before = wordBefore(i).replace(/(?:-in-law)?-to-be$/, "");
      return RELATIVE_WORDS.has(before) || CALLER_WORDS.has(before) || i > 0 && CALLER_WORDS.has(tokens.at(i - 1).low) || // the next in a list of people: "bridesmaids Charline, Mélanie et Marine"
      i > 0 && text.slice(tokens.at(i - 1).end, tokens.at(i).start) === ", " && nameEnds.has(tokens.at(i - 1).end) || // "le compagnon de Carine"; "ich bin die betty baum", "c'est la marie"
      i > 1 && /^(?:de|d|van|von|of)$/.test(before) && (RELATIVE_WORDS.has(wordBefore(i - 1)) || /^(?:part|behalf|auftrag|namen|nom)$/.test(wordBefore(i - 1))) || i > 1 && /^(?:die|der|de|la|le|het)$/.test(before) && CALLER_WORDS.has(wordBefore(i - 1)) || // "mijn vriendin en ik (sofie peeters)", "my wife and I (Tom Price)"
      i > 0 && text.slice(tokens.at(i - 1).end, tokens.at(i).start) === " (" && /^(?:ik|i|me|moi|ich|mij|mich)$/.test(tokens.at(i - 1).low);
    };
    const hereAfter = (end) => HERE_AFTER.test(low.slice(end, end + 16));
    for (let i = 0; i < tokens.length; i++) {
      const firstLow = low.slice(bounds[2 * i], bounds[2 * i + 1]);
      const owner = /['’]s$/.test(firstLow) && firstLow.slice(0, -2);
      const after = tokens.at(i + 1);
      if (owner && isFirstName(owner) && !/^(?:valentine?|patrick|nichol?as|george|andrew|stephen|martin)$/.test(owner) && text[bounds[2 * i]] !== owner[0] && !isPublic(owner) && after && text.slice(bounds[2 * i + 1], after.start) === " " && !after.cap && !/^(?:day|dag|jour|tag|eve|night)$/.test(after.low) && !(i && /^(?:st|saint|sint|sankt|san)$/.test(tokens.at(i - 1).low))) {
        add(bounds[2 * i], bounds[2 * i + 1] - 2, "name");
        continue;
      }
      const firstName = isFirstName(firstLow) && !NOT_NAME.test(firstLow);
      const wordName = !firstName && WORD_NAMES.has(firstLow);
      if (!firstName && !wordName && !TITLES.has(firstLow) && firstLow !== "m" && text[bounds[2 * i]] === firstLow[0]) continue;
      const first = tokens.at(i);
      const next = tokens.at(i + 1);
      const titled = !firstName && !wordName && (TITLES.has(first.low) && !(first.low.length > 1 && text.slice(first.start, first.end) === first.low.toUpperCase()) || first.low === "m" && first.cap && text[first.end] === ".");
      let initial = false;
      if (!firstName && !wordName && !titled) {
        if (!first.cap || !next) continue;
        initial = first.low.length === 1 && /^\. $/.test(text.slice(first.end, next.start));
        const afterParticle = tokens.at(i + 2);
        const surname = initial && PARTICLE.test(next.low) && afterParticle && text.slice(next.end, afterParticle.start) === " " ? afterParticle : next;
        if (!surname.cap) continue;
        const cued2 = !initial && text.slice(first.end, next.start) === " " && RELATIVE_WORDS.has(wordBefore(i)) && (!tokens.at(i - 1).cap || i > 1 && /^(?:mein|meine|meinem|meinen|meiner|unser|unsere|unserem|ihr|ihre|ihrem|sein|seine|seinem)$/.test(tokens.at(i - 2).low)) && !known(first.low);
        if (!initial && !cued2 || known(surname.low)) continue;
      }
      if (i && STREET_WORD.test(tokens.at(i - 1).low) && text.slice(tokens.at(i - 1).end, first.start) === " ") continue;
      if (i && firstName && tokens.at(i - 1).low === "the" && text.slice(tokens.at(i - 1).end, first.start) === " " && first.cap && next && next.cap && !(i > 1 && /^(?:am|is|was|are|m|s)$/.test(tokens.at(i - 2).low))) {
        while (i + 1 < tokens.length && tokens.at(i + 1).cap && text.slice(tokens.at(i).end, tokens.at(i + 1).start) === " ") i++;
        continue;
      }
      if (i && isPublic(first.low) && isPublic(tokens.at(i - 1).low) && text.slice(tokens.at(i - 1).end, first.start) === " ") continue;
      let personal = null;
      let last = titled ? null : first;
      let j = i + 1;
      for (; j < tokens.length && j <= i + 4; j++) {
        const t = tokens.at(j);
        if (!/^\.? $/.test(text.slice(tokens.at(j - 1).end, t.start))) break;
        if ((PARTICLE.test(t.low) || INNER_PARTICLE.test(t.low) && t.cap) && j + 1 < tokens.length && text.slice(t.end, tokens.at(j + 1).start) === " ") continue;
        if (last && last !== first && isPublic(last.low) && (titled || isPublic(first.low)) && !isPublic(t.low)) break;
        const surnameTerm = j === i + 1 && !titled && first.cap && t.cap && isTerm(t.low) && !languageWord(t.low);
        if (t.low.length === 1 && j === i + 1 && firstName && first.cap && t.cap && text[t.end] === ".") {
          last = t;
          j++;
          break;
        }
        if (t.low.length < 2 || (first.cap || titled && /^(?:frau|herr|miss|colonel|dokter)$/.test(first.low)) && !t.cap && !(personal ?? (personal = personBefore(i))) || !first.cap && !titled && t.cap || known(t.low) && !surnameTerm && !(t.cap && j > i + 1 && PARTICLE.test(tokens.at(j - 1).low)) || // "the Louise Galerie car park": a street's word is no surname
        STREET_WORD.test(t.low) || // "mr de pijn is niet te houden": "mr" was "maar", a sign's word is no surname in lower case
        titled && !t.cap && SIGN_WORDS.has(t.low)) break;
        last = t;
      }
      const from2 = titled ? tokens.at(i + 1) : first;
      if (!last || !from2 || last.end <= from2.start) continue;
      if (titled && Array.from({ length: Math.min(j + 1, tokens.length) - i - 1 }, (_, k) => tokens.at(i + 1 + k)).some((t) => isPublic(t.low))) continue;
      const pair = last !== first;
      if (isPublic(from2.low) && Array.from({ length: j - (titled ? i + 1 : i) }, (_, k) => tokens.at((titled ? i + 1 : i) + k)).every((t) => isPublic(t.low) || PARTICLE.test(t.low))) continue;
      if (i === 0 && firstName && next && text.slice(first.end, next.start) === " " && /^[,:]/.test(text.slice(next.end)) && !commonWord(next.low) && !isTerm(next.low) && !isPublic(next.low)) {
        add(first.start, next.end, "name");
        continue;
      }
      const before = i && firstName && first.cap ? tokens.at(i - 1) : null;
      if (before && before.low.length >= 3 && text.slice(before.end, first.start) === " " && text.slice(before.start, before.end) === text.slice(before.start, before.end).toUpperCase() && !known(before.low) && !isPublic(before.low)) {
        add(before.start, last.end, "name");
        i = j - 1;
        continue;
      }
      let cue = null;
      const cued = () => cue ?? (cue = personBefore(titled ? i + 1 : i) && !(VERB_NAMES.test(first.low) && !first.cap));
      const leadIn = text.slice(Math.max(0, from2.start - 2), from2.start);
      const signed2 = last.end > solid && (pair && !(wordName && !first.cap) || /(?:^|[,.!?;:\n\u2013\u2014-]) ?$/.test(leadIn));
      const context = () => cued() || justAfter(ends2, from2.start) || nextData(last.end) || signed2 || hereAfter(last.end);
      const alone = () => firstName && last.end > solid && spans.length && /[\u2013\u2014-] ?$/.test(leadIn) || firstName && i <= 1 && hereAfter(last.end) || cued() && (nextData(last.end) || hereAfter(last.end) || /^[,.]/.test(text.slice(last.end)) && i > 0 && CALLER_WORDS.has(tokens.at(i - 1).low) && firstName);
      if (titled || first.cap && pair && !initial && !wordName || context() && (pair || first.cap || alone()) || firstName && !wordName && !pair && !known(first.low) && cued()) add(from2.start, last.end, "name");
      i = j - 1;
    }
    const named = (t) => spans.some((span) => span.type === "name" && span.start <= t.start && t.end <= span.end);
    const person = (t) => !isPublic(t.low) && !/^i'/.test(t.low) && (isFirstName(t.low) || t.cap && (!known(t.low) || FIRST_NAMES.has(t.low)));
    for (let k = 0; k + 1 < tokens.length; k++) {
      const a = tokens.at(k);
      let at = k + 1;
      let c = tokens.at(at);
      if (text.slice(a.end, c.start) !== " & ") {
        if (text.slice(a.end, c.start) !== " " || !/^(?:and|et|en|und)$/.test(c.low) || at + 1 >= tokens.length || text.slice(c.end, tokens.at(at + 1).start) !== " ") continue;
        c = tokens.at(++at);
      }
      if (isPublic(a.low) || isPublic(c.low)) continue;
      const both = isFirstName(a.low) && isFirstName(c.low);
      if (both || named(a) && person(c)) {
        const surname = tokens.at(at + 1);
        const withSurname = surname && text.slice(c.end, surname.start) === " " && !known(surname.low) && !isFirstName(surname.low);
        add(c.start, withSurname ? surname.end : c.end, "name");
      }
      if (both || named(c) && person(a)) add(a.start, a.end, "name");
    }
    for (const span of spans.filter((span2) => span2.type === "name")) {
      const before = /(?:^|[(:;]\s*)(\p{Lu}[\p{Ll}'’-]+), $/u.exec(text.slice(Math.max(0, span.start - 30), span.start));
      const surname = before && low.slice(span.start - before[1].length - 2, span.start - 2);
      if (surname && isFirstName(low.slice(span.start, span.end)) && !known(surname) && !isPublic(surname)) add(span.start - before[1].length - 2, span.start - 2, "name");
    }
    for (const m of text.matchAll(/(?<![\p{L}])the (\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?) family(?![\p{L}])/gu)) {
      const surname = low.slice(m.index + 4, m.index + 4 + m[1].length);
      if (!surname.split(" ").some((w) => known(w) || isPublic(w))) add(m.index + 4, m.index + 4 + m[1].length, "name");
    }
    for (const m of text.matchAll(/\((\p{Lu}[\p{Ll}'’-]+), (\p{Lu}[\p{Ll}'’-]+)\)/gu)) {
      const surname = low.slice(m.index + 1, m.index + 1 + m[1].length);
      const first = low.slice(m.index + 3 + m[1].length, m.index + m[0].length - 1);
      if (isFirstName(first) && !known(surname) && !(isPublic(surname) && isPublic(first))) add(m.index + 1, m.index + m[0].length - 1, "name");
    }
    const intervals = [];
    for (const span of spans.filter((span2) => span2.type === "name").sort((a, b) => a.start - b.start)) {
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
    const nameWords = /* @__PURE__ */ new Map();
    let nameCount = 0;
    const keepName = (w) => {
      const list = nameWords.get(w[0]) || [];
      if (nameCount < 64 && !list.includes(w)) {
        list.push(w);
        nameWords.set(w[0], list);
        nameCount++;
      }
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
      return (w.length >= 4 ? (nameWords.get(w[0]) || []).some((n) => distance(w, n, limit) <= limit) : w.length === 3 && (nameWords.get(w[0]) || []).includes(w)) && !known(w) && !isPublic(w);
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
        const surname = next && !nextNamed(next) && text.slice(t.end, next.start) === " " && next.low.length >= 3 && !known(next.low) && !isPublic(next.low) && !PARTICLE.test(next.low) && !HERE_AFTER.test(low.slice(t.end, next.end));
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

  // glowgen/engine/src/safety.js
  var cues = (...lists) => new RegExp(`(?<![a-z])(?:${lists.join("|")})`);
  var SELF = cues(
    "i(?: have|'ve|ve| got| get| am|'m| feel| noticed| see| had| can't| cannot| can not| cant| bruise| scar| suffer)(?![a-z])|my(?![a-z])",
    "we (?:have|had|got|are|feel)(?![a-z])|we've|our(?:s)?(?![a-z])|nous (?:avons|sommes)|notre(?![a-z])|nos(?![a-z])|wij (?:hebben|zijn)|we (?:hebben|zijn)|onze(?![a-z])|wir (?:haben|sind)|unser(?:e|em|en|er)?(?![a-z])",
    "j'ai|je (?:ne )?(?:suis|sens|vois|voie|remarque|ressens|me sens|fais|marque|souffre|viens d)|(?:que |qu'|si )(?:je |j')|(?:dass|ob) ich |(?:dat|of) ik |(?:that|if) i |mon(?![a-z])|ma(?![a-z])|mes(?![a-z])|m'a(?![a-z])",
    "ik (?:heb|ben|voel|zie|merk|kreeg|had|krijg|lijd)(?![a-z])|mijn(?![a-z])|m'n(?![a-z])|mn(?![a-z])|mij(?![a-z])",
    "ich (?:habe|hab|bin|fuhle|sehe|bemerke|hatte|bekomme|kriege|leide)(?![a-z])|(?:^|[.,;!?] )(?:habe|hab) (?!ich|du|sie|ihr|wir)|mein(?:e|em|en|er)?(?![a-z])|mir(?![a-z])|mich(?![a-z])"
  );
  var NEGATION = /(?<![a-z])(?:(?:not|no|aucune?|nothing|non|pas|rien|rien d'|niet|niks|niets|geen|nicht|nichts|nit|kein|keine|never|jamais|nooit|nie|isn't|n'est)(?: [a-z']+)?(?: [a-z']+)? |(?:rien|pas|plus) d')$/;
  var COLOUR = "(?:greyish|grayish|grisatre|grijzig|graulich|blauwig|blaulich|white|whitish|grey|gray|blue|bluish|purple|pale|blanche?|blanchie|grise?|bleue?|bleuatre|violette?|violacee|wit|witte|witter|grijs|grijze|blauw|blauwe|paars|paarse|bleek|weiss|weisse|grau|blau|lila|violett)(?![a-z])";
  var SKIN_COLOUR = cues(
    `(?:turn|turning|turned|going|gone|went|became|becoming|getting|devient|devenue?|vire|wordt|werd|geworden|kleurt|wird|wurde)(?: [a-z']+){0,2} ${COLOUR}`,
    `${COLOUR} (?:et |en |and |und |or |ou |of )?${COLOUR} (?:patch|spot|skin|vlek|plek|huid|tache|peau|fleck|haut)|blanching|blanched|marbree|mottled|${COLOUR} (?:verfarbt|verkleurd|gekleurd)`
  );
  var NOT_SKIN = cues("(?:in|on|sur|dans|op|auf) (?:the |les |de |den |my |mes |mijn |meinen |alle[mn]? )?(?:photos?|pictures?|pics|fotos?|foto's|bildern|camera|kamera|selfies?|videos?|close-?ups?|nahaufnahmen|gros plans?)(?![a-z])|hair|cheveu|haren|haare|teeth|dent|tand|zahn|website|page|(?<!(?:injection|filler|treatment|puncture|needle|botox|laser|booster) )site(?! (?:of|d|de|der|van) )|screen|ecran|scherm|bildschirm|box|doos|boite|schachtel");
  var FAINT = cues(
    "fainted|fainting|feel faint|feeling faint|pass(?:ed|ing)? out|unconscious|collapsed|blacked out|evanoui|perdu connaissance|fait un malaise|tombee? dans les pommes",
    "flauwgevallen|flauw (?:gevallen|vallen)|flauwvallen|bewusteloos|buiten bewustzijn|ohnmacht|bewusstlos|kollabiert|zusammengebrochen"
  );
  var FEAR = cues("needle|naald|aiguille|nadel|sight of (?:a needle|needles|blood)|vue du sang|bij het zien van|beim anblick|(?:voi[rst]|see|sees|seeing|zie|ziet|zien|sehe|sieht|sehen) (?:du |de |het |een |der |die |das )?(?:sang|blood|bloed|blut|seringue|syringe|spuit|spritze)|(?:bloed|blut|naald|nadel|spuit|spritze) (?:zie|ziet|zien|sehe|sieht|sehen)");
  var FAINT_TO_COME = cues("(?:going to|gonna|about to|could|might|will) (?:faint|pass out|collapse)|(?:vais|va|vas) (?:m'|t'|s')?(?:evanouir|tomber dans les pommes|defaillir)|ga (?:bijna )?(?:flauwvallen|van mijn stokje)|val (?:bijna )?flauw van|(?:falle|kippe) (?:gleich|noch) (?:in ohnmacht|um)|werde (?:gleich |noch )?ohnmachtig");
  var excited = (text) => text.split(/[.!?;:]+(?=\s|$)/).some((clause) => FAINT_TO_COME.test(clause) && !TREATED.test(clause));
  var JUST_FAINTED = cues("(?:vien[st]|venez) de (?:s'|m'|t')?(?:evanoui|effondr|tomber dans les pommes)|just (?:fainted|passed out|collapsed|blacked out)|(?:is|ben) (?:net|zojuist|zonet|daarnet|juist) (?:flauw|bewusteloos|in elkaar)|(?:ist|bin) (?:gerade|eben|soeben) (?:ohnmachtig|umgekippt|zusammengebrochen|kollabiert)");
  var RESOLVED = cues("long gone|gone now|all gone|(?:all )?sorted(?: out)?(?: now)?|fine now|ok(?:ay)? now|regle|opgelost|erledigt|went away|healed|cleared up|resolved|c'est parti|etait parti|disparu|gueri|resorbe|tout va bien|(?<!(?:fett|vet)[- ])weg(?![a-z-])|verschwunden|abgeheilt|verheilt|alles (?:ist )?(?:wieder )?gut|verdwenen|genezen|weggetrokken|(?:is|was|waren) (?:al )?(?:lang )?over|voorbij|alles (?:is )?(?:weer )?goed");
  var STILL = cues("still|toujours|encore|nog steeds|nog altijd|immer noch|noch immer|again|opnieuw|wieder(?! gut)|but now|mais maintenant|maar nu|aber jetzt|sindsdien|seitdem|since then|depuis (?:ce moment|lors)");
  var PAST = cues("(?:back )?in (?:19|20)\\d\\d(?![0-9])|last (?:year|week|month|summer|winter|spring|autumn|fall|christmas)|l'(?:hiver|ete|automne|printemps) dernier|(?:vorige|afgelopen) (?:winter|herfst|lente|kerst)|(?:letzten|vergangenen) (?:winter|sommer|herbst|fruhling)|years? ago|months? ago|l'an (?:passe|dernier)|l'annee (?:passee|derniere)|la semaine derniere|le mois dernier|il y a (?:des|deux|trois|quelques) (?:ans|mois)|vorig jaar|vorige (?:week|maand|zomer)|jaar geleden|letztes jahr|letzte woche|letzten monat|vor jahren|souvent|vaak|often|oft (?:bei|beim)|at the dentist|chez le dentiste|bij de tandarts|beim zahnarzt");
  var GENERIC_YOU_WORDS = "(?:can|could|may|might|will|would) (?:make|leave|turn|send) you|(?:kan|kunnen) (?:je|jou|u) [a-z]+ maken|(?:je|jou|u) [a-z]+ (?:kan|kunnen) maken|(?:peut|peuvent|pourrait) (?:vous|te|nous) rendre|(?:kann|konnen|konnte) (?:einen|dich|man) [a-z]+ machen";
  var GENERIC_YOU = cues(GENERIC_YOU_WORDS);
  var GENERAL_ANY = cues(GENERIC_YOU_WORDS, "peut-(?:il|elle|ils|elles) (?:rendre|provoquer|causer|donner|entrainer)|read about|lu (?:sur|que)|gelezen over|gelesen (?:uber|von)|qu'est-ce qu(?:e |'une? )|what is an? |what's an? |wat is een |was ist eine? |comment (?:votre clinique|vous) |how do you (?:prevent|handle|avoid|deal)|hoe (?:voorkomen|vermijden) jullie|wie (?:vermeiden|verhindern|verhuten) sie|risico|risque|risks?(?![a-z])|risiko|risiken|side effects?|bijwerking|nebenwirkung|effets? secondaires?|complication|complicatie|komplikation|(?:blutet|schwillt) man|(?:bloedt|zwelt) men|peu(?:t|x)? rendre|j'?ai lu|i read (?:it|that|on|in)|ik (?:las|heb gelezen)|ich habe gelesen|hab (?:ich )?gelesen|how (?:real|common|likely|often)|is it true|c'est vrai|est-ce vrai|klopt dat|stimmt es|someone (?:said|told)|iemand zei|on m'a dit|man sagt|(?:soin|treatment|behandeling|behandlung)s?(?: [a-z-]+){0,2} (?:contre|for|against|voor|tegen|gegen)|peut rendre|can make you|kan je [a-z]+ worden|kann man [a-z]+ (?:werden|erblinden)|erblinden kann");
  var GENERAL = /^(?:is|are|does|do|can|could|will|would|kunnen|konnen|peuvent|how|what|which|y a|est-ce|est ce|peut|quel|quels|combien|is er|zijn|heeft|doet|kan|kun|wordt|hoe|wat|welke|gibt|ist|sind|kann|tut|hat|wie|was|welche)(?![a-z]).*(?:cause|provoqu|veroorza|verursach|risk|risque|risico|side effect|effets? secondaire|bijwerking|nebenwirkung|possible|mogelijk|moglich|happen|arriver|gebeuren|passieren|common|frequent|vaak|haufig|rare|machen|fuhren|lead to|leiden tot|entrainer|donner|geven|give|make|maken|rendre|herken|recogni|reconna|erkenn|usually|normally|gewoonlijk|normalement|normalerweise|go down|disappear|weg|pijn|pain|hurt|mal|weh|douloureu|schmerzhaft)/;
  var HYPOTHETICAL = cues("hypothet|haftet|haftung|liability|liable|aansprakelijk|responsabilite|au cas ou|en cas d|in case (?:of|there|someone)|in the event of|voor het geval|in geval van|im fall(?:e)? (?:einer|eines|von)|falls (?:es|ein)|what happens if|que se passe-t-il si|wat gebeurt er (?:als|bij)|was passiert(?:,)? wenn|protocol|protocole|protokoll|incidence|how common|how often|hoe vaak|wie oft|wie haufig|(?:anaphyla[a-z]*|emergency|nood|urgence|notfall)[ -]?(?:kit|set|koffer)|noodkit|notfallset");
  var WISH = cues("i (?:want|would like)|i'd like|je (?:veux|voudrais)|j'aimerais|ik (?:wil|zou graag)|ich (?:will|mochte|hatte gern)|results?|resultats?|resultaat|ergebnis");
  var PAIN_DENIED = cues("(?:doesn'?t|don'?t|does not|do not|didn'?t) hurt|doet geen pijn|doet niet veel pijn|tut nicht weh|ne fait pas mal|no pain");
  var GIFT = cues("cadeaubon|cadeau|gift|present|bon cadeau|gutschein|geschenk|voucher");
  var PRICE = cues("duur|duurder|prijs|kost|price|cost|expensive|cher(?![a-z])|prix|teuer|preis");
  var STILL_POSSIBLE = /too soon|trop tot|te vroeg|zu fruh|possible|possibilite|bezwaar|objection|einwand|mogelijk|moglich|(?<![a-z])(?:now|nu|jetzt|encore|again|nochmal|opnieuw)(?![a-z])|maintenant/;
  var WITH_ME = cues("(?:a cote de|avec|pres de) moi|next to me|with me|beside me|naast (?:mij|me)|bij (?:mij|me)(?: is| zit)|neben mir|bei mir (?:ist|sitzt)");
  var LOGISTICS = cues("wachtruimte|wachtzaal|waiting room|salle d'attente|wartezimmer|wartebereich|quiet room|companion|carer|aidante?|mantelzorg|begleitperson|pfleger|comes (?:to [a-z]+ )?with me|vient avec moi|komt mee|sit in|lift|elevator|ascenseur|aufzug|fahrstuhl|parking|parkeer|parkplatz|parkhaus|stairs|trap(?:pen)?(?![a-z])|escalier|treppe|wheelchair|rolstoel|rollstuhl|fauteuil roulant|hours|horaires|openingsuren|offnungszeit|rester avec moi|accompagn|begleit|begeleid|meekomen|mitkommen|bring (?:my|a)|manteau|coat|jas(?![a-z])|mantel|toilet|wc(?![a-z])|check-up|controle|kontrolle|afspraak bij|rendez-vous chez|termin beim|appointment with my");
  var NOT_MEDICAL = cues("nothing medical|not medical|non medical|rien de medical|pas medical|niets medisch|niet medisch|nichts medizinisches|nicht medizinisch");
  var IN_GENERAL = cues("(?:for|voor|pour|fur) (?:an?|my|our|een|mijn|onze|un|une|mon|ma|notre|einen?|meine?n?|unsere?n?) (?:[a-z]+ )?(?:article|artikel|thesis|these|masterproef|scriptie|memoire|dissertation|blog|podcast|reportage|research|onderzoek|recherche|studie|study|etude|arbeit|abschlussarbeit|bachelorarbeit|masterarbeit|hausarbeit)|support group|groupe de soutien|praatgroep|lotgenotengroep|selbsthilfegruppe|venue information|(?:wil|wilde) het (?:gewoon |alleen )?weten|just want(?:ed)? to know|je veux (?:juste|simplement) savoir|will es (?:nur|einfach) wissen|simple curiosite|pure curiosite|out of curiosity|uit nieuwsgierigheid|reine neugier|nur neugierig|gewoon benieuwd|ik heb (?:nog )?(?:niks|niets) laten doen|(?:gewoon |puur )?uit interesse|ik heb zelf niks|i(?:'ve| have) never had|never had (?:one|it|any) myself|general information|for information|purely|information generale|a titre (?:general|informatif)|algemene informatie|ter informatie|allgemeine information|zur information|rein informativ|de maniere generale|d'une maniere generale|out of (?:interest|curiosity)|just curious|puur uit (?:interesse|nieuwsgierigheid)|par (?:pure )?curiosite|aus (?:reinem )?interesse|aus neugier|asking for (?:a friend|my (?:friend|sister|mum|mom|mother|daughter|colleague))|general questions?|questions? generales?|algemene vra(?:ag|gen)|allgemeine fragen?|je demande pour|ik vraag (?:het )?voor|ich frage fur|in general|generally|just asking|only asking|in general terms|en general|de facon generale|je demande juste|algemeen|in het algemeen|ik vraag het gewoon|allgemein|generell|grundsatzlich|frage nur");
  var FEVER = cues("fever|fievre|koorts|fieber");
  var REDNESS = cues("red|rouge|rougeur|rood|roodheid|rot|rotung|spread|s'etend|verspreid|breitet");
  var RESCHEDULE = cues("(?:need|brauche|besoin d'un|nodig|want|wil|voudrais|mochte)[a-z ]{0,30}(?:[a-z]*termin|afspraak|rendez-vous|rdv|appointment|consultation|consult|beratung)|[a-z]*termin[a-z]* (?:[a-z]+ ){0,4}(?:verschieben|verlegen|absagen|stornieren|umbuchen)|(?:verschieben|verplaatsen|deplacer|reporter|reschedule|postpone|move|annuler|cancel|afzeggen|annuleren) (?:[a-z']+ ){0,3}(?:termin|afspraak|rendez-vous|rdv|appointment|booking|reservation|reservering|boeking|groepsafspraak)");
  var URGENT_AS_TOPIC = new RegExp(cues("(?:ik werk|werk ik) (?:op|in) de spoed(?:dienst|afdeling)?|spoeddienst|spoedafdeling|je travaille aux urgences|i work (?:in|at) (?:the )?(?:a&e|er|emergency(?: department| room)?)|ich arbeite (?:in|auf) der notaufnahme|emergency (?:equipment|kit|number|plan|procedure|protocol|exit|contact)s?|(?:in case of|for) (?:an )?emergenc(?:y|ies)|materiel d'urgence|kit d'urgence|numero d'urgence|en cas d'urgence|pour les urgences|nooduitrusting|noodnummer|noodplan|in geval van nood|voor noodgevallen|notfall(?:ausrustung|koffer|nummer|plan|set)|im notfall|fur notfalle").source, "g");
  var URGENT = cues("notfal(?![a-z])|urgent|urgence|urgente|emergency|dringend|spoed|noodgeval|notfall|au secours|^help|help ?!|^hilfe|hilfe ?!|sos(?![a-z])");
  var NOT_URGENT_TOPIC = cues("garer|stationn|door|deur|porte(?![a-z])|tur(?![a-z])|can't find|cannot find|kan [a-z ]{0,12}niet vinden|trouve pas|finde [a-z ]{0,12}nicht|park(?:e|st)?(?![a-z])|parker|parkpl|parkhaus|exit|sortie|afrit|uitrit|ausfahrt|anfahrt|abfahrt|route|itineraire|directions|how do i get|comment (?:aller|venir)|wegbeschrijving|navigat|gps|motorway|highway|autoroute|snelweg|autobahn|umbrella|parapluie|paraplu|regenschirm|schirm|vergessen|vergeten|oublie|forgot|forgotten|liegen lassen|laten liggen|keys|sleutel|autosleutel|cles|schlussel|(?<!thread |face )lift|wheelchair|rolstoel|rollstuhl|speak|parle|spreekt|sprechen|tram|bus(?![a-z])|train|trein|zug|strassenbahn|metro|combien|slots?|creneau|consult|equipment|materiel|uitrusting|ausrustung|defibrillat|in case|au cas ou|voor het geval|fur den fall|eingang|entrance|entree|ingang|hausnummer|huisnummer|wedding|mariage|je me marie|trouw|hochzeit|heirat|sale|sales|soldes|promo|discount|korting|rabatt|reduction|black friday|% off|package|forfait|pakket|paket|velo|fiets|fahrrad|bike|bicycle|tourne en rond|going (?:round )?in circles|verdwaald|verlaufen|verfahren|voucher|bon cadeau|cadeaubon|gutschein|gift|appointment|rendez[- ]vous|rdv|[a-z]*afspraak|termin|sluit|hoe laat|what time|quelle heure|ferme[zr]?(?![a-z])|fermeture|closing|close(?:d|s)?(?![a-z])|schliess|geschlossen|wann (?:habt|haben|offnet|offnen)|reschedul|annul|cancel|absag|verzet|verplaats|invoice|factu|rechnung|price|prix|prijs|preis|tarif|kost|cost|hours|horaire|uren|openingsuren|offnungszeit|open|parking|parkeer|parken|address|adresse|adres|book|boek|reserv|buch|number|numero|nummer|payment|paiement|betal|zahl");
  var BODY = cues("bloo?d|sang|kin(?![a-z])|puist|pimple|pickel|stirn|front(?![a-z])|voorhoofd|forehead|cheek|joue|wang|kinn|chin|menton|face|visage|gezicht|gesicht|lip|levre|lippe|eye|oeil|yeux|oog|ogen|auge|skin|peau|huid|haut|nose|nez|neus|nase|cheek|joue|wang|wange|pain|douleur|mal(?![a-z])|pijn|schmerz|swell|swollen|gonfl|zwel|schwell|geschwollen|bleed|saign|bloed|blut|fever|fievre|koorts|fieber|infect|breath|respir|adem|atem|filler|botox|injection|inject|prik|spritze|reaction|reactie|reaktion|allerg");
  var MEDICAL = cues(
    // pregnancy, breastfeeding, medication, conditions
    "blood ?thinner|anticoagul|aspirin|ibuprofen|paracetamol|acetaminophen|dafalgan|perdolan|panadol|tylenol|painkiller|pijnstiller|anti-?douleur|schmerzmittel|schmerztablette|antibiot|antibiotique|antibiotica|antibiotika|isotretino|roaccutan|accutane|medication|medicament|medicijn|medicatie|medikament|bloedverdunn|blutverdunn|cortison|antidepress|chemo",
    "marcumar|marcoumar|sintrom|xarelto|eliquis|plavix|clopidogrel|warfarin|coumadin|pradaxa|lixiana|koortsbla|diabet|suikerziekte|epilep|herpes|cold sore|bouton de fievre|koortslip|lippenblaschen|fieberblase|autoimmun|auto-immun|lupus|keloid|cheloide|hemophil|hemofil|hamophil|bloedstolling|blood disorder|heart condition|hartprobleem|hartkwaal|cardiaque|herzproblem|herzerkrank|hypertension|hoge bloeddruk|bluthochdruck",
    // "which treatment is right for me"
    "(?:right|suitable|best|good|ideal) (?:treatment )?for me|what (?:do|would) you (?:recommend|advise|suggest)|(?:recommend|advise|suggest)(?:ed)? (?:for|to) me|(?:which|what) (?:treatment|one|option) (?:should i|would you|is best|is right|suits)|should i (?:get|do|have|choose|go for|try|take)|am i (?:a )?(?:good |suitable )?candidate",
    "(?:which|what) (?:treatment|one|option) (?:would|will|could) (?:suit|be (?:the )?(?:best|right|good)|work)|suits? me(?![a-z])|(?:would|will|does|could) [a-z]+ suit me|(?:quel|quelle) (?:traitement|soin|option) (?:serait|est|sera) (?:le |la )?(?:bon|bonne|meilleur|meilleure|mieux|ideal)|welke behandeling zou (?:[a-z]+ )?(?:passen|goed zijn)|welche behandlung (?:wurde|ware) (?:[a-z]+ )?(?:passen|gut sein)|me (?:conseill|recommand|convient|conviendrait)|(?:adapte|convient|ideal) (?:a|pour) (?:moi|ma|mon|mes)|(?:quel|quelle|lequel|laquelle) (?:traitement |soin |option )?(?:choisir|me|pour moi|est le (?:meilleur|mieux) pour)(?![a-z])|suis-je (?:un |une )?(?:bon |bonne )?candidat",
    "raad(?:t)? (?:u|je|jij|jullie) (?:me |mij )?aan|wat (?:raad|raadt|adviseer|adviseert)|(?:welke|wat voor) behandeling (?:past|is (?:het )?(?:best|geschikt)|moet ik|raad|zou)|geschikt voor mij|(?:goed|best|ideaal) voor mij|kom ik in aanmerking",
    "was (?:empfehlen|raten) sie|(?:welche|was fur eine) behandlung (?:passt|ist (?:die )?(?:richtige|beste)|empfehlen|soll ich)|(?:geeignet|richtig|gut|das richtige|das beste) fur mich|bin ich (?:ein |eine )?(?:guter |gute )?kandidat",
    "should i (?:worry|be worried|see a doctor)|dois-je m'inquieter|moet ik me zorgen|muss ich mir sorgen",
    "(?:a )?problem for me|(?:un )?(?:souci|probleme) pour moi|(?:een )?probleem voor mij|(?:ein )?problem fur mich|(?:pourrait|peut|pourra)(?:-il|-elle)? m'aider|could (?:it|this|that|botox|a [a-z]+) help me|kan (?:het|dat|dit) (?:mij|me) helpen|(?:konnte|kann) (?:es|das) mir helfen|works? (?:[a-z']+ ){0,4}(?:on|for) me(?![a-z])|fonctionne(?:r|rait)? (?:[a-z']+ ){0,4}(?:sur|pour) moi|marche(?:r|rait)? (?:[a-z']+ ){0,4}(?:sur|pour) moi|werkt (?:[a-z']+ ){0,4}(?:bij|voor) mij|wirkt (?:[a-z']+ ){0,4}bei mir"
  );
  var PREGNANT = cues("blijde verwachting|anderen umstanden|heureux evenement|expecting a baby|bun in the oven|enseinte|swanger|schwanga(?![a-z])|j?alet|trying for a baby|trying to get pregnant|proberen zwanger|willen zwanger|essayons d'avoir un (?:bebe|enfant)|essaie de tomber enceinte|versuchen schwanger|ssw(?![a-z])|schwangerschaftswoche|in meinem zustand|in mijn toestand|dans mon etat|stille noch|i'?m expecting|donne (?:encore )?le sein|ivf|fiv(?![a-z])|in vitro|pregnan|breastfeed|breast feed|breast milk|trying to conceive|ttc(?![a-z])|enceinte|grossesse|j?allait|lait maternel|zwanger|borstvoeding|moedermelk|kinderwens|schwanger|ich stille|stillt|stillen|stillzeit|muttermilch|kinderwunsch");
  var PREGNANT_SELF = cues("(?:ik ben|ich bin|i'm|i am|j'attends) (?:[a-z]+ ){0,2}(?:blijde verwachting|anderen umstanden|heureux evenement|expecting a baby)|(?:je suis?|ik ben|ich bin) (?:[a-z0-9]+ ){0,3}(?:enseinte|swanger|schwanga)(?![a-z])|(?:ich bin )?in der \\d+\\.? ssw|(?:je suis|ik ben|i am|i'm|im|ich bin) (?:[a-z0-9]+ ){0,3}(?:enceinte|zwanger|pregnant|schwanger)|(?:ma|mijn|my|meine) (?:grossesse|zwangerschap|pregnancy|schwangerschaft)|j'?allaite|allaitons|i'm breastfeeding|we(?:'re| are) (?:both )?breastfeeding|ik geef borstvoeding|wij geven borstvoeding|ich stille|wir stillen|(?:ich bin|je suis|ik ben|i am|i'm) (?:im |a |in (?:de|het|my) )?\\d+\\.? ?(?:monat|mois|maand|month|woche|semaine|week)");
  var MY_TREATMENT = cues("(?:my|our|her|his|mon|ma|mes|sa|son|ses|notre|nos|mijn|mn|m'n|haar|zijn|onze|mein(?:em|er|en)?|ihr(?:em|er|en)?|sein(?:em|er|en)?|unser(?:em|er|en)?) (?:[a-z]+ )?(?:botox|filler|peel|peeling|laser|microneedling|injections?|injecties?|behandeling|behandlung|traitement|prp|draad|fils|skin ?booster|toxine)");
  var HAD_TREATMENT = cues(
    "(?:had|hatte|hab|habe|gehad|eu|fait) (?:[a-z]+ ){0,5}[a-z]* ?(?:lift|filler|botox|peel|peeling|laser|microneedling|prp|booster|injection|fils|draad|profhilo|juvederm|restylane|sculptra|radiesse)",
    "(?:botox|filler|peeling|laser|prp|fils|draad|microneedling)[a-z ,]{0,12}(?:l'an (?:dernier|passe)|vorig jaar|letztes jahr|last year|\\d+ (?:wks?|weeks?|semaines?|weken|wochen|months?|mois|maanden|monate) (?:ago|geleden)|il y a \\d+)"
  );
  var ADMIN = cues("e-?mail|confirmation|bevestiging|bestatigung|invoice|facture|factuur|rechnung|abgebucht|payer|pay(?![a-z])|betalen|bezahlen|bancontact|payment|paiement|betaling|zahlung");
  var GROUP = cues("(?:mums?-to-be|moms?-to-be|expectant mothers|aanstaande moeders|cadeaubon|gift voucher|bon cadeau|gutschein|futures? mamans?|aanstaande mama|werdenden? mutter|schwangeren?|zwangeren?|enceintes|pregnant (?:women|clients|patients|people|ladies)|women|people|patients in general|femmes|les gens|on (?:a|peut|doit)|vrouwen|mensen|men (?:krijgt|kan|mag)|frauen|leute|man (?:bekommt|kann|darf)|diabetics|diabetiques|diabetici|(?:konnen|durfen) diabetiker|diabetikerinnen|epileptics|epileptiques|epileptici|epileptiker(?:innen)?|allergiker(?:innen)?)(?![a-z])");
  var MEDICINE = "[a-z]{3,}(?:floxacin|cillin|mycin|cyclin|prazol|statin|olol|pril|sartan|azepam|azolam|oxetin|pramin|tidin|profen|fenac|coxib|gliptin|formin|parin|xaban|gatran|triptan|tretinoin|lukast)(?:e|a|um)?(?![a-z])|(?:predni|cortis|hydrocortis|dexamethas|betamethas)[a-z]*";
  var CONDITION = cues(MEDICINE, "(?:skin ?type|type de peau|huidtype|hauttyp|phototype|fototype) (?:[1-6]|i{1,3}|iv|vi?)(?![a-z0-9])|migrain|nierinsuff|insuffisance renale|kidney|niereninsuff|nephrolog|(?<![a-z])ms(?![a-z])|multiple sclerosis|sclerose en plaques|multiple sklerose|hiv|vih|cancer|kanker|krebs|chemo|radiotherap|bestraling|bestrahlung|immunosupp|immuunsupp|afweer|immunsystem|transplant|dialys|eczema|eczeem|ekzem|neurodermitis|atopi|verkuhlt|erkalt|verkouden|rhume|enrhume|griep|grippe|flu(?![a-z])|a cold(?![a-z])|temperatur(?![a-z])|myasthen|guillain|fitzpatrick|phototype|fototype|hauttyp|dunklere haut|peau(?: [a-z]+)? fine|schuppenflechte|psoriasis|psoriase|melasma|melasme|dark skin|darker skin|donkere huid|peau (?:tres |plutot |assez )?(?:foncee|noire|mate)|dunkle haut|dunkler hauttyp|thin skin|dunne huid|peau fine|dunne haut|hashimoto|reuma|rheuma|polyarthrit|arthrit|parese|palsy|paralysie faciale|verlamming|apixaban|rivaroxaban|methotrexa|ass 100|(?:ich nehme|i take|ik neem|ik gebruik|je prends) (?:taglich|daily|dagelijks|quotidiennement|every day|tous les jours|elke dag)|(?:twice|two times) (?:a day|daily)|(?:par|per|pro) (?:jour|dag|day|tag|semaine|week|woche)|risky for me|risque pour moi|riskant (?:voor mij|fur mich)|fur mich geeignet|willebrand|hemophil|bleeding disorder|trouble de la coagulation|stollingsstoornis|gerinnungsstorung|zona(?![a-z])|gordelroos|gurtelrose|shingles|vagal|safe (?:for|on) (?:me|my|skin like mine)|veilig voor mij|sans danger pour moi|fur meinen hauttyp|marcherait (?:bien )?sur moi|(?:je prends|i take|ik neem|ik slik|ich nehme) [a-z' ]{0,30}(?:tous les jours|every day|elke dag|jeden tag|daily)|(?:good idea|goed idee|bonne idee|gute idee) (?:for me|voor mij|pour moi|fur mich)|voor mij een goed idee|(?:verstandig|wijs) voor mij|wise for me|raisonnable pour moi|sinnvoll fur mich|unbedenklich|(?:any|a) reason i shouldn't|etwas fur mich|quelque chose pour moi|would (?:she|he|i) be (?:fine|ok|okay|alright)|reacted (?:badly|bad)|bad reaction|slecht gereageerd|mal reagi|schlecht reagiert|heftig reagiert|testosteron|finasterid|minoxidil|kreatin|creatine|steroid|anabol|hormoontherapie|hormontherapie|hormonotherapie|feux? sauvages?|(?:fur mich|bei mir)(?: [a-z]+){0,2} sinnvoll|sinnvoll (?:fur mich|bei mir)|euthyrox|levothyrox|asaflow|ozempic|wegovy|c'est pour moi|is (?:it|this|that) for me|is (?:dat|dit) (?:iets )?voor mij|ist das (?:was )?fur mich|diabet|diabeet|metformin|pcos|sopk|thyroid|thyroide|schildklier|schilddruse|bruxism|serre les dents|tandenknarsen|zahneknirschen|grind my teeth|rosacea|rosacee|rosazea|acne|akne|pacemaker|herzschrittmacher|allergic reaction|reaction allergique|allergische reactie|allergische reaktion|too sensitive|trop sensible|te gevoelig|zu empfindlich|iets voor (?:mijn|mn|m'n|me)|ein fall fur|n fall fur");
  var TAKE = cues("i take|i'm on|i am on|je prends|je suis sous|ik (?:slik|neem|gebruik)|ich nehme");
  var REGULARLY = cues("daily|every (?:day|morning|evening)|each day|twice|once a day|tous les jours|chaque (?:jour|matin|soir)|quotidien|par jour|elke (?:dag|ochtend|avond)|dagelijks|iedere dag|per dag|taglich|jeden (?:tag|morgen|abend)|\\d+ ?mg(?![a-z])|pill|tablet|comprime|pil(?![a-z])|pillen|tabletten");
  var EFFECT_ON_ME = cues(
    "(?<!(?:i|je|j'|ik|ich|we|wij|wir|nous|you|vous|jullie|u|sie|to|te|zu|om) )(?:move|shift|displace|migrate|deplacer|bouger|migrer|verschuiven|verplaatsen|verrutschen|verschieben|wandern lassen)(?: [a-z]+)? (?:my|mon|mes|ma|mijn|m'n|meine?n?) (?:[a-z]+ )?(?:filler|botox|fils|threads|draadjes|faden|implant)(?! ?(?:appointment|appt|booking|session|slot|afspraak|sessie|rdv|rendez|seance|termin|date))",
    "(?<!(?:ich|wir|sie|zu) )meine?n? (?:lippen)?(?:filler|faden) (?:verschieben|verrutschen|wandern|bewegen)",
    "(?:affect|change|alter|harm|damage|ruin|impair|hurt|weaken|stiffen)s? my(?: [a-z]+)? (?:voice|singing|breathing|speech|smile|range|playing|embouchure|expression|lips|mouth|face|skin|eyes|muscles?)",
    "(?:gener|affecter|abimer|alterer|modifier|changer|toucher|nuire a) (?:a )?(?:ma|mon|mes)(?: [a-z]+)? (?:voix|chant|respiration|elocution|diction|sourire|tessiture|jeu|embouchure|expression|levres|bouche|visage|peau|yeux|muscles?)",
    "(?:mijn|m'n|mn)(?: [a-z]+)? (?:stem|zang|ademhaling|spraak|uitspraak|glimlach|lach|bereik|spel|embouchure|mimiek|lippen|mond|gezicht|huid|ogen|spieren)(?: [a-z]+){0,3} (?:beinvloed|verander|aantast|schaad|beschadig|verpest)",
    "(?:beinvloed|verander|aantast|schaad|beschadig)[a-z]* (?:mijn|m'n|mn)(?: [a-z]+)? (?:stem|zang|ademhaling|spraak|uitspraak|glimlach|lach|bereik|spel|embouchure|mimiek|lippen|mond|gezicht|huid|ogen|spieren)",
    "meine?(?: [a-z]+)? (?:stimme|gesang|atmung|aussprache|lacheln|mimik|lippen|mund|gesicht|haut|augen|muskeln|ansatz|spiel)(?: [a-z]+){0,4} (?:verander|beeintrachtig|beeinfluss|schad|stor)",
    "(?:verander|beeintrachtig|beeinfluss|schad|stor)[a-z]* (?:meine?n?|mir die)(?: [a-z]+)? (?:stimme|gesang|atmung|aussprache|lacheln|mimik|lippen|mund|gesicht|haut|augen|muskeln|ansatz|spiel)",
    "(?:bei|fur) mi(?:r|ch)(?: [a-z]+){0,2} (?:ein )?risiko|risiko (?:bei|fur) mi(?:r|ch)|risques? (?:pour|chez) moi|(?:voor|bij) mij(?: [a-z]+){0,2} (?:een )?risico|risico (?:voor|bij) mij|risky for me|(?:a|any) risks? for me"
  );
  var DESPITE = cues("trotzdem|quand meme|malgre|toch nog|toch een|toch (?:de|het)|still (?:have|get|do|go)|anyway|even though|meme si|ook al|obwohl");
  var SUITABLE = cues("(?:voor mij|fur mich|pour moi|for me)(?: [a-z0-9]+){0,8} (?:geschikt|geeignet|adaptee?|indiquee?|suitable)|(?:am i|suis-je|je suis|ben ik|bin ich)(?: [^ ]+){0,3} (?:too|trop|te|zu) (?:[^ ]+ )?(?:old|young|vieux|vieille|jeune|oud|jong|alt|jung)(?![a-z])|contre-?indiqu|contra-?indic|kontraindiz|contraindicat|fur mich(?: [a-z]+)? geeignet|(?:bin ich|am i|ben ik|suis-je)(?: [a-z0-9]+){0,12} (?:geeignet|suitable|geschikt|apte)|noch geeignet|iets voor mij|indique pour moi|pour quelqu'un comme moi|right for me|(?:ok|okay|safe) for me(?! to (?:come|arrive|bring|book|pay|park|call|wait|cancel|reschedule|move|visit|drop|pop|stop by|leave|send|ask))|for someone like me|(?:good|goede?|bon(?:ne)?|gute?) (?:candidate|kandidaat|candidat|candidate|kandidatin|kandidat)|geschikt voor (?:mij|me)|suitable for me|adapte (?:a|pour) moi|fur mich (?:geeignet|passend)|(?:geeignet|passend) fur mich");
  var SUITS = cues("geschikt|suitable|suit(?:s|ed)?(?![a-z])|adaptee?s?(?![a-z])|convient|geeignet|passend|ok(?:ay)? (?:for|voor|pour|fur)");
  var SELF_NEED = cues("(?:would|do|will|should) i need|i(?:'d| would) need|(?:heb|zou) ik (?:[a-z]+ )?nodig|me faudr|il me faut|brauche ich|brauchte ich|bräuchte ich");
  var NEED = cues("need|nodig|besoin|necessaire|notig|benotig|faut-il|il me faut|me faudr|il (?:lui|leur) faut|brauch|bräuch|bräucht|brauchte|braucht");
  var DOSE = cues("dos(?:is|e|age|ering)(?![a-z])|menge|quantite|quantity|hoeveelheid|amount|produit|product|produkt|d?units?|d?unites?|eenheden|einheiten|syringes?|seringues?|spuit(?:en|jes)?|ml|millilit|milliliter|(?:viele|\\d+|zwei|drei) spritzen|vials?|ampoules?|ampul");
  var PRONOUNS = "i|me|moi|je|ik|mij|ich|mich|mir";
  var PERSONAL = cues(`(?:${PRONOUNS})(?![a-z])|j'`);
  var FOR_ME = cues("(?:i|me|moi|my|mes|mon|ma|ik|mij|mijn|mn|m'n|ich|mich|mir|meine?[mnrs]?|il me|je)(?![a-z])");
  var HAD = cues("beneficie|ondergaan|undergone|unterzogen|geplaatst|gezet|laten zetten|laten doen|fait faire|machen lassen|had|hatte|hab|habe|gehad|eu|subi|fait|g fait|gekregen|bekommen|got");
  var AGO = cues("(?:weeks?|semaines|weken|wochen) (?:ago|geleden)|il y a (?:\\d+|deux|trois|quatre|cinq|six) semaines|vor (?:\\d+|zwei|drei|vier|funf|sechs) wochen|(?:in |en |im )?20[0-2]\\d(?![0-9])|last (?:month|week|winter|spring|autumn)|le mois dernier|vorige (?:week|winter)|letzte woche|last summer|vorige zomer|l'ete dernier|last year|(?:years?|yrs?|months?) ago|l'an (?:passe|dernier)|l'annee (?:passee|derniere)|lannee passee|il y a|vorig jaar|vorige maand|jaar geleden|geleden|letztes jahr|vor (?:\\d+|zwei|drei|einem|einigen) (?:jahr|monat)|letzten (?:sommer|winter|monat)");
  var ACTIVITY = cues("raser|shave|shaving|scheren|rasieren|waxing|harsen|bronzer|tanning|plage|beach|strand|hockey|tennis|padel|voetbal|football|fussball|foot(?![a-z])|yoga|pilates|golf|workout|exercis|entrainement|training|wedstrijd|velo|fietsen|radfahren|cycling|zonnebad|sunbath|bain de soleil|sonnenbad|solarium|sunbed|zonnebank|banc solaire|tanning|bronzage|zonnen|wash|shower|douche|dusche|dye(?![a-z])|verven|teinture|farben|haar wassen|haare waschen|sport|reiten|riding|ride a horse|paardrijden|equitation|marathon|triathlon|course a pied|hardlopen|halve marathon|wettkampf|competition|match(?![a-z])|wine|vin(?![a-z])|wijn|wein(?![a-z])|glass|verre|glas(?![a-z])|gym|salle|fitness|sauna|hammam|swim|nager|natation|nage(?![a-z])|piscine|zwem|schwimm|sun|soleil|zon(?![a-z])|sonne|maquill|make[- ]?up|schmink|jogg|run(?![a-z])|courir|lopen|laufen|alcohol|alcool|alkohol|fly|flight|plane|avion|vliegen|vliegtuig|vlucht|fliegen|flug|flugzeug|creme|cream|retinol|crunch|burpee|squat|deadlift|bench ?press|push-?ups?|sit-?ups?|pompes|abdos|musculation|opdrukken|buikspier|krachttraining|krafttraining|liegestutz|kniebeug|bankdruk|hiit|crossfit|spinning|zumba|bleaching|whitening|blanchiment|tandbleken|detartrage|wurzelbehandlung|root canal|zahnarzt|tandarts|dentiste|dentist|embrass|kiss|kuss|zoenen|helmet|casque|helm(?![a-z])|tauch|dive|diving|duik|plong|apnee|apnoe|snorkel|schnorchel|trainier|trainen|surf|jouer|play(?:ing)?(?![a-z])|spelen|spielen|sing|chant|zing|singen|perform|optreden|auftr|concert|konzert|gig(?![a-z])|repetition|rehears|oefenen|uben|trompet|trumpet|saxo|blasen|gartenarbeit|jardin|tuinier|tuinwerk|gardening|boxing|boxen|boxe(?![a-z])|drive|driving|conduire|rouler|autorijden|auto rijden|(?<!paard)rijden|(?<!rad)fahren|autofahren|road trip");
  var AFTER = cues("reprendre|resume|hervatten|wieder aufnehmen|attendre|wait(?![a-z])|wachten|warten|la(?:ten|at) (?:zetten|doen|plaatsen|spuiten|inspuiten)|machen lasse|me fai[st] faire|before|avant|vorher|voordien|ervoor|davor|surlendem|lendem|evening of|same day|same evening|le soir (?:meme|de)|dezelfde dag|'s avonds na|am abend (?:nach|des)|am selben tag|after|apres|lendemain|na(?![a-z])|nach|danach|demain|morgen|tomorrow|day after|ab wann|des que");
  var PAIN_QUESTION = cues("^no pain|no pain with|pas de douleur|geen pijn bij|keine schmerzen bei|no pain at all|or no pain|geen pijn|keine schmerzen|oder eher nicht|ou pas du tout|zonder pijn|sans douleur|without pain|ohne schmerz|(?:^|[.?!] )(?:is|does|do|est-ce que|est-il|is het|doet|ist|tut)[a-z ,'-]{0,60}(?:painful|hurt|pijnlijk|pijn doen|douloureu|schmerzhaft|weh)|does (?:[a-z]+ ){1,4}hurt|pijnloos|painless|pain[- ]?free|indolore|schmerzfrei|doet (?:[a-z]+ ){1,3}pijn|does [a-z]+ hurt|fait-(?:il|elle) (?:[a-z]+ )?mal|tut (?:[a-z]+ ){1,3}weh|any pain|is (?:it|there) (?:any )?pain|painful\\?|douloureu|fait mal ?\\?|doet (?:het|dat) pijn|pijnlijk|tut (?:es|das) weh|schmerzhaft|none at all|geen pijn");
  var ADVICE = cues("(?:welke|which|quelle|welche) (?:zalf|creme|cream|ointment|pommade|salbe)|(?:fix|correct|sort) (?:it|them)sel(?:f|ves)|ca (?:va )?(?:remonte|revient|partir|part)(?![a-z])|komt (?:dat|het) (?:weer )?goed|how it(?:'s| is)? (?:should|supposed to) be|will (?:that|it|this) (?:ease|settle|pass|heal)|(?:go|goes|get|be) back to normal|heal (?:by itself|on its own)|s'arranger|c'est grave|est-ce grave|c'est inquietant|is (?:dat|dit|het) (?:erg|ernstig)|ist (?:das|es) schlimm|so gewollt|(?:vergeht|heilt) (?:das|es)|trekken (?:die|ze|deze) (?:nog )?weg|gaat (?:dat|het|die|dit) (?:nog )?vanzelf (?:over|weg)|wieder normal|weer normaal|redevenir normal|what should i (?:put|use|apply|take)|que dois-je (?:mettre|appliquer)|wat moet ik (?:smeren|erop doen|gebruiken)|was soll ich (?:auftragen|drauf ?machen|nehmen)|(?:meant|supposed) to (?:be|look|feel)|should it (?:look|feel|be)|is (?:this|that|it) (?:ok|okay)(?![a-z])|c'est cense|est-ce cense|(?:hoort|hoor) (?:dat|dit|het) (?:zo|erbij)|soll (?:das|es) so|gehort das so|ist das (?:ok|okay)(?![a-z])|(?:ist|is|est) (?:dies|dit|ceci|this)(?: [a-z]+){0,2} normal|als normal|what should i do|is (?:this|that|it) normal|que (?:dois-je|dois je|faire)|est-ce (?:que c'est )?normal|c'est normal|c normal|wat moet ik doen|is (?:dit |dat |da |het )?normaal|was soll ich (?:tun|machen)|ist (?:das|es) (?:bei mir |so |noch )?normal|to be expected|will it (?:wear off|go away|settle)|ca va (?:se calmer|partir|passer)|trekt dat (?:nog )?bij|gaat dat (?:nog )?weg|geht das (?:wieder )?weg");
  var SYMPTOM = cues(
    "reaction|blauwe? plek|waar de naald|where the needle|ou l'aiguille|wo die nadel|tyndall|granulom|biofilm|hyperpigment|oedem|odem|edema|migrat|puist|pukkel|pimple|breakout|pickel|stijf|stiff(?![a-z])|steif|(?:rode|rote|roten) (?:vlek|plek|fleck)|jeuk|demang|juck|spannt|trekt|tiraille|bleu (?:apres|sur|depuis)|blauer fleck|bultje|lopsided|schief|knot|(?:hoger|lager) dan de andere|plus que (?:le|la) (?:droit|gauche)|gratt|pique|dik(?:ke|ker)?(?![a-z])|petits? bleus?|dent(?:s|ed)?(?![a-z])|dell|deuk|creux|rash|bruis|swell|swollen|lump|bump|nodule|redness|shifted|migrated|scratch|itch|pain|hurt|sore(?![a-z])|infect|pus(?![a-z])|numb(?!er)|asymmetr|uneven|droop|ptosis|headache|blister|scab|burn|bleed|tingl|irritat|allerg|fever|heavy|droop|warm(?![a-z])|(?:higher|lower) than the other|eczema|dermatitis|psoriasis|rosacea|(?:is|are|still|very|so|bit|nog|erg|heel|altijd|beetje|encore|tres|peu|sehr|noch|etwas) (?:red|rood|rouge|rot|pink|rose|roze|rosa)(?![a-z])",
    "maux? de tete|ont bouge|a bouge|rougeur|bouton|(?:un |des |petits? |legers? )bleus?(?![a-z])|bleus? legers?|hematome|gonfl|enfl|bosse|boule|douleur|lourd|chaud|plus (?:haut|bas)e? que l'autre|eczema|j'ai mal|demang|infect|brulure|brule|paupiere|asymetri|croute|engourdi|fourmill|picot|irrit|saign|allergi|fievre",
    "reactie|[a-z]*pijn|uitslag|blauwe plek|zwaar|hang|schilfer|eczeem|zwelling|gezwollen|opgezwollen|bult|knobbel|roodheid|jeuk|pijn|ontsteking|ontstoken|infectie|brandt|blaar|korst|scheef|verdoofd|tinteling|geirriteerd|bloed|allergi|koorts",
    "reaktion|[a-z]*schmerz|verrutscht|ausschlag|bluterguss|knubbel|neurodermitis|ekzem|schwer|blauer fleck|schwellung|geschwollen|beule|knoten|rotung|juck|schmerz|entzund|infekt|brennt|blase|kruste|hangend|taub|kribbel|gereizt|blut|allergi|fieber"
  );
  var OWN_TREATMENT = cues("(?:after|apres|na|nach|post) (?:de |het |dem |der |the |l'|le |la |les |mon |ma |mes |sa |son |ses |mijn |haar |zijn |onze |our |her |his |notre |nos |meinem |ihrem |seinem |unserem )?(?:botox|filler|injection|injectie|peeling|peel|laser|microneedling|prp|skin ?booster|fils|draad)|(?:day|jour|dag|tag) \\d+ (?:after|apres|na|nach)|(?:weeks?|semaines?|weken|wochen|days?|jours|dagen|tage) (?:after|apres|na|nach|later|plus tard|spater)|sindsdien|seitdem|since then|depuis lors", "(?:after|since|from) (?:my|the) [a-z]+ (?:yesterday|today|this morning|last)|(?:lendemain|surlendemain|day after|dag na|tag nach) (?:de |d')?(?:mon|ma|mes|my|mijn|m'n|mn|meine[mnr]?)(?![a-z])|(?:since|depuis|sinds|seit) [a-z]*(?:botox|filler|injection|injectie|peeling|peel|laser|needling|prp|booster|spritze|unterspritzung|fils|draad)|(?:fresh|new|frais|fraiche|nouveau|nouvelle|vers|verse|nieuwe|frisch|frische[mnr]?|neue[mnr]?) (?:[a-z]+ )?[a-z]*(?:botox|filler|injections?|peeling|peel|laser|lippen|levres|lips)|after my|since my|since the|depuis (?:le|la|les|l')|sinds (?:de|het)|seit (?:der|dem|die)|where you injected|injection site|endroit de la piqure|point d'injection|prikplaats|einstichstelle|(?:had|got|hatte|gehad|gekregen|bekommen|eu|fait)(?: [a-z']+){0,4} (?:today|vandaag|heute|aujourd'hui|this morning|heute morgen|vanmorgen|ce matin)|(?:today|vandaag|heute|aujourd'hui|this morning|heute morgen|vanmorgen|ce matin)(?: [a-z']+){0,4} (?:had|got|hatte|gehad|gekregen|bekommen|eu|fait)|apres (?:mon|ma|mes)|depuis (?:mon|ma|mes)|na (?:mijn|m'n)|sinds (?:mijn|m'n)|nach (?:meine|meiner|meinem|meinen)|seit (?:meine|meiner|meinem|meinen)|yesterday|gisteren|hier (?:soir|matin)|(?:fait|eu|injecte|traitee?)s? hier|gestern|this morning|ce matin|vanmorgen|vanochtend|heute morgen|(?:days|jours|dagen|tagen) (?:ago|geleden)|il y a \\d+ jours|vor \\d+ tagen");
  var TREATED = cues("[a-z]*(?:filler|laser|peeling)|behandlung|profhilo|juvederm|restylane|sculptra|radiesse|dysport|azzalure|bocouture|xeomin|vistabel|filler|botox|peel|laser|needling|microneedling|skin ?booster|prp|inject|prik|spritze|fils|draad|thread|behandel|treatment|traitement|soin|hyaluron|toxin|fadenlift|draadlift|facelift|lifting|epilation|ontharing|haarentfernung|hair removal|fettweg|lipoly|mesothera|dissolv|vetweg|vetoplos|fettabbau");
  var MAY_I = cues("muss ich|must i|do i (?:have|need) to|hoef ik|je dois|before i can|avant de pouvoir|voordat ik (?:weer )?(?:mag|kan)|bevor ich (?:wieder )?(?:darf|kann)|kann (?:sie|er)|kan (?:ze|zij|hij)|est-il (?:autorise|permis)|est-ce (?:autorise|permis)|ai-je le droit|is it allowed|is het toegestaan|ist es erlaubt|can we|may we|could we|should we|pouvons-nous|pouvons nous|peut-on|on peut|mogen (?:we|wij)|kunnen (?:we|wij)|mogen mijn|durfen wir|konnen wir|je peu(?:x)?(?![a-z])|can i|may i|should i|could i|am i allowed|meug ik|mag 'k|(?:elle|il) peut|puis-je|puis je|je pourrai|pourrai-je|je pourrais|je peux|est-ce que je peux|dois-je|mag ik|kan ik|moet ik|darf ich|kann ich|soll ich|sollte ich|can (?:my|she|he)|may (?:my|she|he)|mag (?:mijn|mn|m'n|ze|hij)|kan (?:mijn|mn|m'n|ze|hij)|darf (?:mein|meine|sie|er)(?![a-z])|kann (?:mein|meine)|peut-(?:elle|il)|(?:fille|fils|mari|femme|mere|pere|soeur|frere|copine|copain) peut");
  var SIGNS = [
    [["swallow", "hard"], 5],
    [["see", "shut"], 3],
    [["airway", "shut"], 5],
    [["chest_pain"], 0],
    [["named_sign"], 0],
    [["high", "spreading"], 12],
    [["breath", "hard"], 5],
    [["breathless"], 0],
    [["gasp", "breath"], 5],
    [["swell", "airway"], 5],
    [["swell", "fast"], 6],
    [["see", "sight_problem"], 10],
    [["sight_lost"], 0],
    [["colour", "skin_part"], 9],
    [["pale", "skin_part", "turned"], 6],
    [["cold", "skin_part"], 5],
    [["turned", "pale"], 2],
    [["chest", "ache"], 7],
    [["white", "skin_part", "after_filler"], 6],
    [["hard", "see", "one_eye"], 6],
    [["thick", "airway"], 4],
    [["faint"], 0],
    [["bleed", "heavy"], 12],
    [["fever", "high"], 4],
    [["fever", "spreading"], 12],
    [["pain", "severe"], 12]
  ];
  var ANIMAL_WORDS = "(?:cat|dog|horse|mare|pony|rabbit|puppy|kitten|chat|chatte|chien|chienne|cheval|jument|lapin|chiot|kat|poes|hond|paard|merrie|konijn|katze|kater|hund|hundin|pferd|stute|kaninchen|welpe)s?(?![a-z])";
  var PLANT_WORDS = "(?:plants?|plantes?|planten|pflanzen?|flowers?|fleurs?|bloemen|blumen|trees?|arbres?|bomen|boom|baume?|leaves|feuilles|bladeren|blatter|roses?|rozen|hydrangeas?|hortensias?|hortensia's|lavender|lavandes?|lavendel|rhubarb|rhubarbe|rabarber|rhabarber|courgettes?|zucchini|tomato(?:es)?|tomates?|tomaten?|tomaat|pumpkins?|potirons?|citrouilles?|pompoenen|pompoen|kurbis(?:se)?|cucumbers?|concombres?|komkommers?|gurken?|lawn|gazon|grasmat|rasen|hedges?|haies?|hagen|haag|hecken?|seedlings?|semis|zaailingen|setzlinge|marrows?|apples?|pommes|appels?|apfel)";
  var ANIMAL = new RegExp(`(?<![a-z])(?:${ANIMAL_WORDS}|${PLANT_WORDS}(?![a-z]))`);
  var OWNED_ANIMAL = new RegExp(`(?<![a-z])(?:my|our|his|her|the|these|those|mon|ma|mes|notre|nos|son|sa|ses|le|la|les|ces|mijn|onze|ons|zijn|haar|de|het|deze|meine?|unsere?|seine?|ihre?|die|der|diese) (?:${ANIMAL_WORDS}|${PLANT_WORDS}(?![a-z]))(?: [a-z']+){0,2}$`);
  var ANIMAL_TOLD = new RegExp(`(?<![a-z])(?:my|our|these|mon|ma|mes|notre|nos|ces|mijn|onze|ons|de|deze|meine[mnr]?|unsere[mnr]?|diese) (?:${ANIMAL_WORDS}|${PLANT_WORDS}(?![a-z]))`);
  var OWN_BODY = cues("(?:my|mon|ma|mes|mijn|mn|mein(?:e|em|en|er)?) (?:[a-z]+ )?(?:lip|levre|lippe|face|visage|gezicht|gesicht|skin|peau|huid|haut|eye|oeil|oog|auge|nose|nez|neus|nase|cheek|joue|wang|wange|chin|menton|kin|kinn|forehead|front|voorhoofd|stirn|mouth|bouche|mond|mund|throat|gorge|keel|hals|arm|bras|hand|main|leg|jambe|been|bein)");
  var PERSON = new RegExp(`(?<![a-z])(?:${PRONOUNS}|j|wife|husband|son|daughter|femme|mari|fils|fille|vrouw|man|zoon|dochter|frau|mann|sohn|tochter|friend|amie?|vriendin|freundin)(?![a-z])`);
  var FAINT_THING = /^(?:brown|red|pink|white|grey|gray|blue|purple|yellow|dark|mark|marks|line|lines|scar|trace|spot|spots|shadow|hint|smell|outline|tinge|patch|ring|rings|glow|bruise|stain|lijn|lijntje|vlek|vlekje|streep|streepje|litteken|schaduw|spoor|zweem|linie|fleck|narbe|spur|schatten|streifen|schimmer|trace|tache|marque|ombre|ligne|cicatrice|rougeur)$/;
  var SQUINT = cues("squint|squeez|screw(?:ing)? up|knijp|pliss|kneif|blinzel|cligne");
  var REACTED = cues("(?:j'ai (?:deja )?(?:fait|eu)|i(?:'ve| have)? (?:once )?(?:had|got)|ik (?:had|heb)(?: ooit| al)?|ich (?:hatte|habe)(?: mal| schon)?)(?: une| a| an| een| eine)?(?: [a-z]+)? (?:reaction|reactie|reaktion)");
  var RELATIVE2 = "(?:sister|brother|mother|mum|mom|father|dad|aunt|uncle|grandmother|grandma|grandfather|grandpa|wife|husband|partner|daughter|son|friend|cousin|niece|nephew|soeur|frere|mere|maman|pere|papa|tante|oncle|grand-mere|grand-pere|femme|mari|fille|fils|amie?|cousine?|neveu|zus|zuster|broer|moeder|mama|vader|oom|oma|opa|vrouw|man|dochter|zoon|vriendin|vriend|neef|nicht|schwester|bruder|mutter|vater|onkel|frau|mann|tochter|sohn|freundin|freund)";
  var RELAYED = cues(
    `(?:my|mijn|ma|mon|mein|meine|onze|our|notre|unser|unsere) ${RELATIVE2} (?:fragt|asks|vraagt|demande|wants to know|wil weten|mochte wissen|veut savoir|wonders)`,
    `(?:for|voor|pour|fur) (?:my|mijn|ma|mon|meine[nmr]?|meinen) ${RELATIVE2}(?![a-z])`
  );
  var THIRD_PERSON = cues(
    "(?:for|voor|pour|fur|bei) (?:her|him|haar|hem|sie|ihn|ihr|elle|lui)(?![a-z])|(?:ob|if|whether|of|si) (?:she|he|sie|er|ze|hij|elle|il)(?![a-z])",
    "(?:she|he|sie|er|ze|hij|elle|il)(?:'s| is| has| had| takes| ist| hat| nimmt| heeft| neemt| est| a| prend| allaite| stillt| breastfeeds)(?![a-z])|who(?:'s| is) (?:breastfeeding|pregnant)"
  );
  var PRICE_WORD = /(?<![a-z])(?:prijs|prijzen|prijslijst|price|prices|pricing|prix|tarifs?|tarieven|preis|preise|preisliste|montant|bedrag|betrag|rekening|facture|rechnung|bill)(?![a-z])/;
  var priceClause = (text, at) => {
    const from = Math.max(...[",", ".", "?", "!", ":", ";"].map((mark) => text.lastIndexOf(mark, at)));
    const ends2 = text.slice(at).search(/[,.?!:;]/);
    const clause = text.slice(from + 1, ends2 < 0 ? text.length : at + ends2);
    return PRICE_WORD.test(clause) && !TREATED.test(clause);
  };
  var PRICE_SHOCK = cues(
    "(?:bei|at|a|bij|with|avec|aux|van|met) (?:euren|ihren|den|diesen|deinen|your|those|these|the|ces|vos|tes|les|jullie|die|deze|uw|de) (?:preisen|prices|prix|prijzen|tarifs|tarieven)",
    "(?:voyant|vu|saw|seeing|see|zag|zie|zien|sah|sehe|gesehen|read|lu|las|lees|lese|gelesen|heard|entendu|hoorde|horte)(?: [a-z']+){0,2} (?:prix|tarifs?|facture|devis|price|prices|bill|quote|prijs|prijzen|rekening|factuur|offerte|preis|preise|rechnung|kostenvoranschlag)",
    "(?:prijs|prijzen|rekening|factuur|offerte|preis|preise|rechnung)(?: [a-z]+){0,4} (?:zag|zie|zien|sah|sehe|gesehen|las|lees|gelesen)"
  );
  var ALMOST_BEFORE = /(?:almost|nearly|failli|bijna|haast|fast|beinahe)(?: [a-z']+){0,4} $/;
  var ALMOST_PAST = /(?:ed|viel|vielen|gevallen|failli|evanouie?|kippt|geworden)(?![a-z])/;
  var ALMOST = new Set("almost nearly failli faillir bijna haast fast beinahe".split(" "));
  var SIGN_NEGATION = new Set("no none without geen zonder keine kein keinen ohne aucun aucune sans".split(" "));
  var near = (w, core) => core.length >= 7 && w[0] === core[0] && distance(w, core, 1) <= 1 && !OTHER_WORDS.has(w);
  var nearStart = (w, core) => core.length >= 7 && w.length >= core.length && w[0] === core[0] && !OTHER_WORDS.has(w) && [core.length - 1, core.length, core.length + 1].some((n) => distance(w.slice(0, n), core, 1) <= 1);
  var SOUNDS = /* @__PURE__ */ new Map();
  var sound = (w) => {
    if (!SOUNDS.has(w)) {
      SOUNDS.set(w, w.replace(/ij/g, "ei").replace(/y/g, "i").replace(/ph/g, "f").replace(/ck|q/g, "k").replace(/(?<=.)ch/g, "g").replace(/dt$/, "t").replace(/(?<![aeiou])([aeiou])([^aeiou]{1,2})e$/, "$1$1$2").replace(/([^aeiou])\1+/g, "$1").replace(/aa|ai|ae/g, "A").replace(/oo|oa/g, "O").replace(/ee|ea/g, "E"));
    }
    return SOUNDS.get(w);
  };
  var sounds = (w, core) => core.length >= 4 && w.length >= 4 && w[0] === core[0] && sound(w) === sound(core) && !OTHER_WORDS.has(w) && !isStop(w);
  var compileForm = (form) => form.replace(/'/g, "_").split("_").filter(Boolean).map((part) => {
    const head = part.startsWith("*");
    const tail = part.endsWith("*");
    const core = part.replace(/^\*|\*$/g, "");
    if (head && tail) return (w) => w.includes(core);
    if (tail) return (w) => w.startsWith(core) || nearStart(w, core);
    if (head) return (w) => w.endsWith(core);
    return (w) => w === core || near(w, core) || sounds(w, core);
  });
  var OTHER_WORDS = new Set(SAFETY_WORDS.other_words.split(/\s+/).filter(Boolean));
  var SAFETY_CONCEPTS = Object.fromEntries(Object.entries(SAFETY_WORDS).filter(([name]) => name !== "other_words").map(([name, forms]) => [name, forms.split(/\s+/).filter(Boolean).map((form) => compileForm(fold(form)))]));
  var FORMS = Object.entries(SAFETY_CONCEPTS).flatMap(([name, forms]) => forms.map((form) => [name, form]));
  var BEGINS = /* @__PURE__ */ new Map();
  var begins = (w) => {
    if (!BEGINS.has(w)) BEGINS.set(w, FORMS.filter(([, form]) => form[0](w)));
    return BEGINS.get(w);
  };
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
  var CROWD = /(?:crowd|audience|public|publiek|publikum|zuschauer|spectators|spectateurs|toeschouwers|stadium|stade|stadion|zaal|salle|saal|everyone|everybody|iedereen|tout le monde|jeder)(?: [a-z']+){0,3}$/;
  var ANYONE = /(?<![a-z])(?:(?:bekommt|kriegt|kann|konnte|hat|sieht|fuhlt|wird|muss|ist|die|den|das|was|wo) man|man (?:bekommt|kriegt|kann|konnte|hat|sieht|fuhlt|wird|muss)|(?:krijgt|kan|heeft|ziet|voelt|wordt|moet) men|men (?:krijgt|kan|heeft|ziet|voelt|wordt|moet))(?![a-z])/;
  function toldOfThing(folded, at) {
    const animal = OWNED_ANIMAL.exec(folded.slice(Math.max(0, at - 60), at).trim());
    return Boolean(animal) && !PERSON.test(animal[0].slice(animal[0].search(ANIMAL) + 1));
  }
  function statesSign(folded, holds) {
    const sentences = folded.split(/[.?;]+(?=\s|$)/);
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
      const whiteAt = [...found.white || [], ...found.pale || []];
      if (found.bruise) found.bruise = found.bruise.filter(([b]) => !whiteAt.some(([, e]) => e < b && b - e <= 3));
      if (found.bruise && found.bruise.length) {
        for (const name of Object.keys(found)) {
          if (name !== "bruise") found[name] = found[name].filter(([a]) => !found.bruise.some(([b, e]) => b <= a && a <= e));
        }
      }
      if (found.faint) found.faint = found.faint.filter(([a, e]) => a !== e || !FAINT_THING.test(ws[a + 1] || "") || !/^(?:faint|flauwe?)$/.test(ws[a]));
      const placesOf = (name) => found[name] || [];
      for (const [concepts, reach] of SIGNS) {
        const lists = concepts.map(placesOf);
        if (lists.some((list) => !list.length)) continue;
        for (const [start, end] of lists[0]) {
          const chosen = [[start, end], ...lists.slice(1).map((list) => list.reduce((best, p) => Math.abs(p[0] - start) < Math.abs(best[0] - start) ? p : best))];
          const low = Math.min(...chosen.map((p) => p[0]));
          const high = Math.max(...chosen.map((p) => p[1]));
          const own = chosen.reduce((n, p) => n + p[1] - p[0] + 1, 0);
          if (concepts.length > 1 && chosen.some((p, k) => k && p[0] === start && p[1] === end)) continue;
          if (high - low + 1 - own > reach) continue;
          const before = ws.slice(Math.max(0, low - 3), low);
          const negated = before.findIndex((w) => SIGN_NEGATION.has(w));
          if (negated >= 0 && !/^(?:grund|raison|reden|reason)$/.test(before[negated + 1] || ws[low] || "") || before.includes("pas") && before.includes("de")) continue;
          const last = tokens[Math.min(tokens.length - 1, high + 8)];
          const lead = ws.slice(Math.max(0, low - 6), low).join(" ");
          if (concepts[0] === "faint" && before.some((w) => ALMOST.has(w)) && ALMOST_PAST.test(ws.slice(Math.max(0, low - 3), high + 1).join(" ")) && !TREATED.test(sentence) || priceClause(sentence, tokens[low].index)) continue;
          if (toldOfThing(lead, lead.length) || CROWD.test(lead) || ANYONE.test(ws.slice(Math.max(0, low - 4), high + 1).join(" "))) continue;
          if (holds(concepts[0], sentence.trim(), sentence.slice(tokens[Math.max(0, low - 8)].index, last.index + last[0].length))) return concepts[0];
        }
      }
    }
    return null;
  }
  function safety(text) {
    const t = fold(String(text).slice(0, KEPT).replace(/[’‘]/g, "'").replace(/\s*\p{Extended_Pictographic}[\p{Extended_Pictographic}\u200d\ufe0f\s]*/gu, ". ")).replace(/\s*\n\s*/g, ". ").replace(/\s+/g, " ").trim().replace(/([aeiouy])\1{2,}/g, "$1").replace(/([a-z])\1{3,}/g, "$1").replace(/([a-z])\1{2}(?![a-z])/g, "$1").replace(/(?<![a-z0-9'])[a-z0-9]+(?![a-z0-9'])/g, (w) => SHORTHAND.get(w) || w);
    const has = (pattern, within = t) => {
      const m = pattern.exec(within);
      return Boolean(m) && !NEGATION.test(t.slice(Math.max(0, m.index - 24), m.index));
    };
    const own = SELF.test(t);
    const relayed = RELAYED.test(t) && THIRD_PERSON.test(t);
    const askedInGeneral = IN_GENERAL.test(t) && (t.includes("?") || /(?:whether|if|si|of|ob) /.test(t)) && !WITH_ME.test(t) && !relayed;
    const colourAt = SKIN_COLOUR.exec(t);
    const faintAt = FAINT.exec(t);
    const sign = has(SKIN_COLOUR) && !NOT_SKIN.test(t) && !toldOfThing(t, colourAt.index) && !PAST.test(t.slice(Math.max(0, colourAt.index - 60), colourAt.index + 80)) || has(FAINT) && !FEAR.test(t) && !PAST.test(t) && !PRICE_SHOCK.test(t) && !excited(t) && !(ALMOST_BEFORE.test(t.slice(0, faintAt.index)) && ALMOST_PAST.test(t.slice(faintAt.index, faintAt.index + 24)) && !TREATED.test(t)) || FEVER.test(t) && REDNESS.test(t);
    if (sign && (own || !GENERAL.test(t)) && !askedInGeneral) return "emergency";
    const generalSentence = (sentence) => GENERAL.test(sentence) || GENERAL_ANY.test(sentence);
    const stated = !askedInGeneral && statesSign(t, (concept, sentence, around) => (!["colour", "pale", "turned", "white"].includes(concept) || !NOT_SKIN.test(around)) && (concept !== "pain" || !PAIN_DENIED.test(around)) && (concept !== "swell" || !WISH.test(sentence)) && (concept !== "faint" || (!FEAR.test(t) || JUST_FAINTED.test(t)) && !excited(sentence)) && !PRICE_SHOCK.test(sentence) && (concept !== "see" || !SQUINT.test(around)) && !PAST.test(around) && !HYPOTHETICAL.test(sentence) && !GENERIC_YOU.test(around) && (SELF.test(sentence) || !generalSentence(sentence)));
    if (stated) return "emergency";
    if (has(URGENT, t.replace(URGENT_AS_TOPIC, (topic) => " ".repeat(topic.length))) && !NOT_MEDICAL.test(t) && ((BODY.test(t) || TREATED.test(t)) && SYMPTOM.test(t) || !(NOT_URGENT_TOPIC.test(t) || GIFT.test(t) || RESCHEDULE.test(t)))) return "emergency";
    if (NOT_MEDICAL.test(t)) return null;
    const over = (sentence) => RESOLVED.test(sentence) && (PAST.test(sentence) || AGO.test(sentence)) && !STILL.test(sentence) && !sentence.includes("?") && !MAY_I.test(sentence) && !SUITABLE.test(sentence);
    const rest = t.split(/(?<=[.!?;])\s+/).filter((sentence) => !over(sentence)).join(" ");
    if (rest !== t && !MAY_I.test(rest) && !SUITABLE.test(rest) && !ADVICE.test(rest) && !(STILL_POSSIBLE.test(rest) && !PRICE.test(rest))) return rest ? safety(rest) : null;
    if (ANIMAL_TOLD.test(t) && !OWN_BODY.test(t) && !PREGNANT.test(t) && (NOT_URGENT_TOPIC.test(t) || PRICE.test(t) || GIFT.test(t) || /(?:bring|mitbring|meebreng|meeneem|amener|emmener|how much|wie ?viel|hoeveel)/.test(t))) return null;
    const general = askedInGeneral;
    const mine = own || relayed;
    const mayI = MAY_I.test(t) || relayed;
    const forMe = FOR_ME.test(t) || relayed;
    const group = GROUP.test(t) && !mine || general;
    if (PREGNANT.test(t) && (PREGNANT_SELF.test(t) || !group && !GROUP.test(t) && !GIFT.test(t) && (TREATED.test(t) || mayI || BODY.test(t) || PERSONAL.test(t) || t.split(" ").length <= 8))) return "medical";
    const admin = ADMIN.test(t);
    const practical = LOGISTICS.test(t) && !TREATED.test(t);
    const words2 = t.match(/[a-z0-9]+/g) || [];
    const medicalWords = conceptPlaces(words2);
    const named = (concept) => (medicalWords[concept] || []).some(([start]) => !words2.slice(Math.max(0, start - 2), start).some((w) => SIGN_NEGATION.has(w)) && !words2.slice(Math.max(0, start - 5), start).some((w) => ALMOST.has(w)));
    const condition = CONDITION.test(t) || REACTED.test(t) || named("condition");
    const medicalNamed = MEDICAL.exec(t);
    const medical = Boolean(medicalNamed) && !ALMOST_BEFORE.test(t.slice(Math.max(0, medicalNamed.index - 40), medicalNamed.index)) && !priceClause(t, medicalNamed.index);
    if (medical && !practical && !group || ADVICE.test(t) && !group && !admin && !PRICE.test(t) && (SYMPTOM.test(t) || OWN_TREATMENT.test(t) || BODY.test(t) || AGO.test(t) && TREATED.test(t))) return "medical";
    if ((mine || mayI || TAKE.test(t) || /(?:pour|voor|fur|for) (?:moi|mij|mich|me)(?![a-z])/.test(t)) && condition && !GIFT.test(t) && !admin && !group && !practical) return "medical";
    if (TAKE.test(t) && REGULARLY.test(t) && !group) return "medical";
    if (SUITABLE.test(t) && forMe && !group) return "medical";
    if (mayI && own && DESPITE.test(t) && TREATED.test(t) && (BODY.test(t) || SYMPTOM.test(t) || condition) && !group && !admin && !PRICE.test(t)) return "medical";
    if (EFFECT_ON_ME.test(t) && TREATED.test(t) && !admin) return "medical";
    if (NEED.test(t) && forMe && /combien|how (?:many|much)|hoeveel|wie ?viel/.test(t) && !admin && !group && (SELF_NEED.test(t) || !/session|seance|sessie|sitzung|behandelingen|treatments|usually|generally|normalement|generalement|meestal|gewoonlijk|normaal|normalerweise|meistens|gewohnlich/.test(t))) return "medical";
    if (DOSE.test(t) && forMe && (/combien|how many|how much|hoeveel|wie ?vie?l|wiviel|quanto/.test(t) || NEED.test(t) || t.includes("?") && (words2.length <= 10 || /(?:pour|voor|fur|for|bei|chez) (?:moi|mij|mich|me|mir)(?![a-z])|angemessen|appropriate|approprie|aangewezen|richtige?|juiste|juste|bonne?|goede|right (?:one|amount)/.test(t)))) return "medical";
    if (SUITS.test(t) && condition && !group && !admin) return "medical";
    if (HAD.test(t) && AGO.test(t) && (mayI || STILL_POSSIBLE.test(t))) return "medical";
    if ((mayI || MY_TREATMENT.test(t)) && ACTIVITY.test(t) && (AFTER.test(t) || OWN_TREATMENT.test(t)) && (TREATED.test(t) || OWN_TREATMENT.test(t) || MY_TREATMENT.test(t))) return "medical";
    if (ACTIVITY.test(t) && AFTER.test(t) && TREATED.test(t) && t.split(" ").length <= 6 && !group && !admin && !PRICE.test(t)) return "medical";
    if (HAD_TREATMENT.test(t) && !group && (mayI || STILL_POSSIBLE.test(t))) return "medical";
    if (AGO.test(t) && TREATED.test(t) && STILL_POSSIBLE.test(t) && (mayI || /(?:bij|voor) mij|for me|pour moi|chez moi|bei mir|fur mich/.test(t)) && !group) return "medical";
    if (AGO.test(t) && TREATED.test(t) && STILL_POSSIBLE.test(t) && words2.length <= 7 && !group && !admin && !PRICE.test(t)) return "medical";
    if (/(?:bei mir|chez moi|bij mij|for me|pour moi)(?: [a-z]+){0,2} (?:normal|normaal)|(?:normal|normaal)(?: [a-z]+){0,2} (?:bei mir|chez moi|bij mij|for me|pour moi)/.test(t) && !group) return "medical";
    if (mayI && mine && ACTIVITY.test(t) && named("after_effect") && !group && !admin) return "medical";
    if (/normaa?l(?: of (?:nie|niet))?\s*\??$|normal\s*\??$/.test(t) && (SYMPTOM.test(t) || OWN_TREATMENT.test(t))) return "medical";
    const treated = OWN_TREATMENT.test(t);
    if (treated && named("after_effect") && (t.includes("?") || ADVICE.test(t)) && !group && !admin && !PRICE.test(t)) return "medical";
    if (treated && named("after_effect") && !group && t.split(/(?<=[.?!;:])\s+/).some((sentence) => (sentence.includes("?") || ADVICE.test(sentence)) && !ADMIN.test(sentence) && !PRICE.test(sentence) && conceptPlaces(sentence.match(/[a-z0-9]+/g) || []).after_effect)) return "medical";
    if ((mine || treated) && SYMPTOM.test(t) && !group && !(PAIN_QUESTION.test(t) && !OWN_TREATMENT.test(t))) return "medical";
    if ((mine || mayI) && treated && TREATED.test(t) && mayI && !admin) return "medical";
    if (mayI && SYMPTOM.test(t) && TREATED.test(t) && !group && !admin && !PAIN_QUESTION.test(t) && !GENERAL_ANY.test(t)) return "medical";
    if (mine && (FAINT.test(t) || named("faint")) && FEAR.test(t)) return "medical";
    return null;
  }

  // glowgen/engine/src/answer.js
  var FORMAT = 1;
  function createEngine(data) {
    if (!data || data.format !== FORMAT) {
      const found = data && data.format !== void 0 ? `format ${data.format}` : "no format number";
      throw new Error(`glowgen: the index has ${found}, the engine reads format ${FORMAT}; they come from different builds: rebuild the site (glowgen build) and reload the page`);
    }
    const lang = data.lang;
    const S = data.strings;
    const site = data.site;
    const KINDS = { treatments: "treatment", faq: "faq", team: "team", pages: "page" };
    const docs = data.docs.map((doc) => ({ kind: KINDS[doc.ref.split("/")[0]], ...doc }));
    const keep = [site.phone, site.whatsapp, site.email, site.address];
    const treatmentWords = new Set(words([
      ...docs.filter((d) => d.kind === "treatment").map((d) => `${d.title} ${d.category || ""}`),
      ...(data.glossary || []).flatMap(([patterns]) => Object.values(patterns))
    ].join(" ").replace(/\|/g, " ")));
    const isTerm = (word2) => treatmentWords.has(word2);
    const teamNames = new Set(words([site.name, ...docs.filter((d) => d.kind === "team").map((d) => d.title)].join(" ")));
    const isPublic = (word2) => teamNames.has(word2);
    const search = data.search;
    const F = search.fields.length;
    const avgfl = search.totals.map((total) => total / (search.count || 1) || 1);
    const parsed = /* @__PURE__ */ new Map();
    const time = createClock(data.hours);
    const glossary = (data.glossary || []).map(([patterns, named2]) => ({
      patterns: Object.entries(patterns).flatMap(([code, texts]) => texts.split("|").map((text) => ({ code, terms: analyze(text, code), joined: words(text).join("") }))),
      named: named2
    }));
    const derivedPostings = /* @__PURE__ */ new Map();
    const fieldIndex = Object.fromEntries(search.fields.map((f, i) => [f, i]));
    docs.forEach((doc, number) => {
      for (const field of search.derived || []) {
        if (!doc[field]) continue;
        const counts = /* @__PURE__ */ new Map();
        for (const term of analyze(doc[field], lang)) counts.set(term, (counts.get(term) || 0) + 1);
        for (const [term, tf] of counts) {
          if (!derivedPostings.has(term)) derivedPostings.set(term, []);
          derivedPostings.get(term).push([number, fieldIndex[field], tf]);
        }
      }
    });
    const exported = new Map(Object.entries(search.terms));
    const known = (term) => exported.has(term) || derivedPostings.has(term);
    const vocabulary = [.../* @__PURE__ */ new Set([...exported.keys(), ...derivedPostings.keys()])].sort();
    const teamWords = docs.map((doc, i) => doc.kind === "team" ? { i, words: words(doc.title).filter((w) => w.length > 2 && w !== "dr") } : null).filter(Boolean);
    const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, key) => values[key] === void 0 ? "" : values[key]);
    const say = (key, values) => Object.values(values).every(Boolean) ? fill(S[key], values) : "";
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
    function rank(terms) {
      const factors = terms instanceof Map ? terms : new Map([...new Set(terms)].map((t) => [t, 1]));
      const scores = /* @__PURE__ */ new Map();
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
    const docFrequency = (term) => new Set(postings(term).map(([doc]) => doc)).size;
    const specificity = (term) => Math.log(search.count / (docFrequency(term) + 1)) + 1;
    const RARE = Math.log(search.count || 1) + 1;
    function queryTerms(ws, typing) {
      const terms = /* @__PURE__ */ new Map();
      const put = (term, factor, positions, credit2) => {
        const entry = terms.get(term) || { factor: 0, credit: 0, from: /* @__PURE__ */ new Set() };
        entry.factor = Math.max(entry.factor, factor);
        entry.credit = Math.max(entry.credit, credit2 === void 0 ? factor >= 0.9 ? 1 : 0.5 : credit2);
        for (const p of positions) entry.from.add(p);
        terms.set(term, entry);
      };
      const weight = /* @__PURE__ */ new Map();
      const credit = /* @__PURE__ */ new Map();
      const give = (at, value) => credit.set(at, Math.max(credit.get(at) || 0, value));
      const analysed = Object.fromEntries(LANGUAGES.map((code) => [code, analyzeAt(ws, code)]));
      let best = clearLanguage(ws.join(" ")) || lang;
      let bestKnown = analysed[best].filter(({ term }) => known(term)).length;
      for (const code of LANGUAGES) {
        const count = analysed[code].filter(({ term }) => known(term)).length - analysed[code].length * 0.01;
        if (count > bestKnown) {
          best = code;
          bestKnown = count;
        }
      }
      for (const { term, at } of analysed[best]) {
        if (term.length > 2 || known(term)) weight.set(at, known(term) ? specificity(term) : RARE);
      }
      const guessed = /* @__PURE__ */ new Map();
      for (const code of LANGUAGES) {
        const own = analysed[code];
        own.forEach(({ term, at }, i) => {
          if (known(term)) {
            put(term, code === lang ? 1 : 0.9, [at]);
            give(at, 1);
            return;
          }
          if (code !== lang) return;
          const limit = typos(term);
          const word2 = ws[at];
          const key = `${term} ${word2}`;
          if (limit && !guessed.has(key) && guessed.size < GUESSED_WORDS) {
            const found = [];
            guessed.set(key, found);
            for (const candidate of vocabulary) {
              if (term.length <= 5 && candidate[0] !== term[0]) continue;
              let d = distance(term, candidate, limit);
              if (d > limit) {
                const own2 = typos(candidate);
                const n = candidate.length;
                const start = n >= 6 && word2.length > n && word2.length - n <= 5 ? Math.min(...[n - 1, n, n + 1].map((k) => distance(word2.slice(0, k), candidate, own2))) : own2 + 1;
                if (start > own2) continue;
                d = start;
              }
              found.push([candidate, d <= 1 ? 0.7 : 0.5]);
            }
          }
          for (const [candidate, factor] of guessed.get(key) || []) {
            put(candidate, factor, [at]);
            give(at, 0.5);
          }
          if (typing && i === own.length - 1 && term.length >= 3) {
            for (const candidate of vocabulary) {
              if (candidate.startsWith(term) && candidate !== term) {
                put(candidate, 0.8, [at]);
                give(at, 0.5);
              }
            }
          }
        });
      }
      const byLetter = (list) => {
        const starts = /* @__PURE__ */ new Map();
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
            const at = wordsFrom(joined[0]).find((i) => ws[i] === joined || ws[i].length >= 8 && distance(ws[i], joined, typos(joined)) <= typos(joined));
            if (at !== void 0) covered = [at];
          }
          const q = analysed[code];
          for (const i of termsFrom[code](pattern[0][0])) {
            if (covered || i + pattern.length > q.length) break;
            if (pattern.every((p, k) => q[i + k].term === p || p.length >= 5 && p[0] === q[i + k].term[0] && distance(q[i + k].term, p, 1) <= 1)) {
              covered = pattern.map((_, k) => q[i + k].at);
            }
          }
          if (covered) {
            concepts.push({ named: concept.named, covered });
            for (const at of covered) {
              give(at, 1);
              if (!weight.has(at)) weight.set(at, RARE);
            }
            break;
          }
        }
      });
      return { terms, weight, credit, concepts };
    }
    function find(ws, typing) {
      const query = queryTerms(ws, typing);
      const total = [...query.weight.values()].reduce((a, b) => a + b, 0);
      const scores = /* @__PURE__ */ new Map();
      const matched = /* @__PURE__ */ new Map();
      const credit = (doc, from, value) => {
        if (!matched.has(doc)) matched.set(doc, /* @__PURE__ */ new Map());
        const got = matched.get(doc);
        for (const at of from) got.set(at, Math.max(got.get(at) || 0, value));
      };
      for (const [term, { factor, credit: value, from }] of query.terms) {
        for (const [doc, score] of rank(/* @__PURE__ */ new Map([[term, factor]]))) {
          scores.set(doc, (scores.get(doc) || 0) + score);
          credit(doc, from, value);
        }
      }
      for (const { named: named2, covered } of query.concepts) {
        const idf = Math.log(search.count / (named2.length + 1)) + 1;
        for (const doc of named2) {
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
      const ranked = [...scores].map(([doc, score]) => [doc, score * coverage(doc), coverage(doc)]).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      const answer = ranked.slice(0, 3).findIndex((r) => r[2] >= 0.5);
      if (answer > 0) ranked.unshift(...ranked.splice(answer, 1));
      const confident = ranked.length > 0 && ranked[0][2] >= 0.5;
      return { ranked, confident, query };
    }
    function whenAsked(ws, now) {
      const here = time.local(now);
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
      if (date.getTime() < from.getTime() - 864e5 / 2) date = new Date(Date.UTC(from.getUTCFullYear() + 1, month, day));
      return date;
    }
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
        if (asked.weekday !== void 0 && !special) {
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
          if (info.kind !== "week" && info.kind !== "holiday" || info.kind === "holiday" && data.hours.week[(date.getUTCDay() + 6) % 7].length) {
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
      return join(
        fill(S.treatment, { title: doc.title, summary: doc.summary || "" }).trim(),
        say("treatment_facts", { price: doc.price, duration: doc.duration || "–" }),
        say("treatment_downtime", { downtime: doc.downtime })
      );
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
    const contactText = () => join(
      say("contact", { phone: site.phone }),
      say("contact_email", { email: site.email }),
      say("contact_whatsapp", { whatsapp: site.whatsapp })
    );
    function splitQuestion(text) {
      const pieces = text.split(/\?+\s+(?=\S)|;\s*|\s+(?:and|et|en|und|also|aussi|ook|auch)\s+(?=(?:are|is|do|can|what|where|when|how|it|est|etes|êtes|vous|quand|où|ou|quel|ça|ca|c'est|zijn|kan|wat|waar|wanneer|hoe|hoeveel|het|tot|jusqu|until|bis|sind|wo|wann|wie|was|es)\b)/i);
      return pieces.map((p) => p.trim()).filter(Boolean);
    }
    const NOT_PRICE = "temps seance session fois jour semaine mois heure minute an annee tijd sessie keer dag week maand uur jaar behandeling lang long many times sitzung tag woche monat stunde jahr oft".split(" ");
    const COUNTING = /* @__PURE__ */ new Set(["combien", "hoeveel", "much", "viel", "wieviel"]);
    function intentOf(hits, ws, alone) {
      const price = hits.price;
      if (price && [...price.words].every((i) => COUNTING.has(ws[i]) || ws[i] === "how" || ws[i] === "wie") && [...price.words].some((i) => ws.slice(i + 1, i + 4).some((w) => NOT_PRICE.some((n) => w.startsWith(n))))) delete hits.price;
      let best = null;
      for (const intent of ["price", "booking", "hours", "contact", "location", "team"]) {
        const hit = hits[intent];
        if (!hit || hit.score < (alone ? 1 : 2)) continue;
        if (!best || hit.score > best.score || hit.score === best.score && hit.at < best.at) best = { intent, ...hit };
      }
      return best ? best.intent : null;
    }
    const named = (doc, term) => postings(term).some(([d, field]) => d === doc && field <= 1);
    function understand(text, now, typing) {
      const ws = words(text);
      const hits = cueHits(ws, (w) => known(stem(w, lang)));
      const allCues = new Set(Object.values(hits).flatMap((hit) => [...hit.words]));
      let intent = intentOf(hits, ws, analyze(ws.filter((_, i) => !allCues.has(i)).join(" "), lang).length === 0);
      const said = /* @__PURE__ */ new Set([
        ...intent ? hits[intent].words : [],
        ...hits.aspect ? hits.aspect.words : [],
        ...["greeting", "thanks"].flatMap((k) => hits[k] ? [...hits[k].words] : [])
      ]);
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
      if (["booking", "contact", "location", "hours"].includes(intent) && top && top.kind === "faq" && found.confident) {
        const index = found.ranked[0][0];
        const pinned = [...found.query.terms].some(([term, t]) => t.factor >= 0.9 && docFrequency(term) <= Math.max(2, search.count / 8) && named(index, term));
        if (pinned) intent = null;
      }
      return { intent, hits, found, top, person, ws, asked };
    }
    function answerFor(text, now, typing, intent) {
      const u = understand(text, now, typing);
      if (intent) u.intent = intent;
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
          result.answer = join(
            say("location", { address: site.address }),
            say("directions", { directions: site.directions }),
            say("map", { url: site.maps_url })
          );
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
            const named2 = categories.find((c) => analyze(c, lang).some((t) => u.found.query.terms.has(t)));
            result.answer = named2 ? fill(S.price_category, { category: named2, list: priceList((d) => d.category === named2) }) : fill(S.price_list, { list: priceList(() => true) });
          }
          break;
        }
        case "team": {
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
    function ask(text, options) {
      const opts = options || {};
      const millis = toMillis(opts.now);
      const now = time.instant(millis);
      const redacted = redact(normalise(text), { keep, isTerm, isPublic, year: new Date(millis.ms).getUTCFullYear() });
      const question = redacted.text.replace(/\s+/g, " ").slice(0, KEPT);
      const base = { text: question, lang, redactions: redacted.redactions, intent: "fallback", ref: null, open_now: null, answer: "", alternatives: [] };
      const danger = safety(question);
      if (danger === "emergency") return Object.assign(base, { intent: danger, answer: fill(S.emergency, { number: site.emergency, phone: site.phone }) });
      if (danger) {
        return Object.assign(base, { intent: danger, answer: site.booking_url ? fill(S.medical, { phone: site.phone, url: site.booking_url }) : fill(S.medical_phone, { phone: site.phone }) });
      }
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
  function normalise(text) {
    return String(text == null ? "" : text).normalize("NFC").replace(/[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]/g, "").replace(/[^\S\n]+/g, " ").replace(/ ?\n\s*/g, "\n").trim();
  }

  // glowgen/engine/src/index.js
  globalThis.GlowEngine = Object.freeze({
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
    safety
  });
})();
