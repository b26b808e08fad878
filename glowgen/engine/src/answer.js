import { KEPT, LANGUAGES, analyze, analyzeAt, stem, words } from "./analysis.js";
import { clock, createClock, toMillis } from "./clock.js";
import { HOLIDAY_WORDS, MONTHS, RELATIVE, WEEKDAYS, clearLanguage, cueHits } from "./intent.js";
import { redact } from "./redact.js";
import { safety } from "./safety.js";
import { GUESSED_WORDS, bm25, distance, typos } from "./scoring.js";

export const FORMAT = 1;

/* ---------- the engine ---------- */

export function createEngine(data) {
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
  // the clinic's and the team's names are public content, never a visitor's personal data
  const teamNames = new Set(words([site.name, ...docs.filter((d) => d.kind === "team").map((d) => d.title)].join(" ")));
  const isPublic = (word) => teamNames.has(word);
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
    const redacted = redact(normalise(text), { keep, isTerm, isPublic, year: new Date(millis.ms).getUTCFullYear() });
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
