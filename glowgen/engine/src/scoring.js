/* ---------- scoring (mirrors whoosh.scoring.bm25 and Whoosh's idf) ---------- */

export function bm25(idf, tf, fl, avgfl, B, K1) {
  return idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl)));
}

/** Edit distance with transpositions, or `limit + 1` once it is certain to exceed `limit`. */
export function distance(a, b, limit) {
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
export const GUESSED_WORDS = 12;

/** How many typos a word of this length may hold: 1 from 4 letters, 2 from 8. */
export const typos = (word) => (word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0);
