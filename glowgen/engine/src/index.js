/* glowgen engine: answers a clinic visitor's question from a prebuilt index, in the page.
 *
 * Plain JavaScript, no DOM, no I/O, no dependencies. The source is small ES modules
 * (glowgen/engine/src/) and per-language word lists as data (glowgen/engine/lexicon/);
 * scripts/minify-js joins them into one file, engine.js, and minifies that into the
 * shipped engine.min.js. The same file runs in the browser and, through embedded V8, in
 * `glowgen ask` and the tests. It defines one global, `GlowEngine`:
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

import { LANGUAGES, analyze, fold, stem, words } from "./analysis.js";
import { FORMAT, createEngine } from "./answer.js";
import { chooseLanguage, clearLanguage, detectLanguage } from "./intent.js";
import { redact } from "./redact.js";
import { safety } from "./safety.js";
import { bm25 } from "./scoring.js";

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
  safety,
});
