import { fold } from "./analysis.js";
import de from "../lexicon/de.txt";
import en from "../lexicon/en.txt";
import fr from "../lexicon/fr.txt";
import nl from "../lexicon/nl.txt";
import shorthand from "../lexicon/shorthand.txt";

// The safety lexicons (lexicon/<lang>.txt): each concept on a line, "name: forms", forms
// separated by spaces; the four languages' forms of a concept joined (visitors mix them).
export const SAFETY_WORDS = {};
for (const lexicon of [fr, nl, en, de]) {
  for (const line of lexicon.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) SAFETY_WORDS[line.slice(0, colon)] = `${SAFETY_WORDS[line.slice(0, colon)] || ""} ${line.slice(colon + 1)}`;
  }
}

/** The folded one-word forms of the signs, stems as their letters ("pijn", "swollen"): words, never a surname. */
export const SIGN_WORDS = new Set(Object.entries(SAFETY_WORDS).filter(([name]) => name !== "other_words")
  .flatMap(([, forms]) => forms.split(/\s+/)).filter((form) => form && /^[^_']+$/.test(form)).map((form) => fold(form.replace(/\*/g, ""))));

// chat shorthand and the words it stands for: "ds" dans, "mss" misschien (lexicon/shorthand.txt)
export const SHORTHAND = new Map(shorthand.split("\n").filter((line) => line.includes(":")).flatMap((line) =>
  line.slice(line.indexOf(":") + 1).trim().split(/\s+/).map((short) => [short, line.slice(0, line.indexOf(":"))])));
