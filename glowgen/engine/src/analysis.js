export const LANGUAGES = ["fr", "nl", "en", "de"];
// how much of a question is read: a long paste is cut to this after redaction
export const KEPT = 2000;

/* ---------- analysis (mirrors glowgen/analysis.py) ---------- */

const SPECIAL = { "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ł": "l", "ı": "i" };

/** "Épilation" -> "epilation": compatibility form, lower case, no accents; letters
 *  without a decomposition spelt out (ß -> ss), other non-ASCII characters spaces. */
export function fold(text) {
  return String(text).normalize("NFKC").toLowerCase().replace(/[ßæœøđðþłı]/g, (c) => SPECIAL[c])
    .normalize("NFD").replace(/\p{M}/gu, "").replace(/[^\x00-\x7f]/gu, " ");
}

/** The folded words of a text: runs of a-z and 0-9. */
export function words(text) {
  return fold(text).match(/[a-z0-9]+/g) || [];
}

export const STOP = {
  fr: "a au aux avec ce ces cet cette c ca cela ceci d dans de des du elle elles en et eux il ils j je l la le les leur leurs lui m ma mais me meme mes moi mon n ne nos notre nous on ou par pas pour qu que quel quelle quels quelles qui s sa se ses son sur t ta te tes toi ton tu un une vos votre vous y est sont suis es etes sommes ai as avez avons ont etre avoir fait faire peut peux pouvez puis quand comment combien pourquoi quoi si tres plus aussi bien svp merci oui non ici apres avant pendant chez vers sans sous entre depuis tout tous toute toutes autre autres dois doit faut beaucoup vraiment exactement precisement juste faites proposez offrez pratiquez prenez acceptez accepte acceptent generalement besoin normalement habituellement gens",
  nl: "de het een en van in op te ik je jij u uw we wij jullie ze zij hij is zijn ben bent was waren wordt worden werd kan kunnen kun kunt mag moet moeten wil wilt willen zou zal heb hebt heeft hebben dat die dit deze er met voor aan bij om naar uit als of maar ook niet geen wat wie waar wanneer hoe hoeveel welke welk mijn me mij ons onze hun zo dan nog al wel even graag eens mn t s m hier ja nee aub na tijdens sinds zonder onder over moet kun doe doet doen deed gaat gaan ga komt komen laat laten krijg krijgt iets tegen blijft blijven precies eigenlijk echt vanaf bieden biedt maken neem neemt aanvaarden meestal nodig gewoonlijk normaal mensen algemeen",
  en: "a an the and or of to in on at for with by from is are was were be been being do does did have has had i me my you your we our us they them their it its this that these those what which who whom how when where why can could would should will shall may might must there here about any some please much many get got im s t d ll ve re m not no so if then than too very just also yes after before during since without under into over there their lot exactly actually really doing offer offers provide make whats usually need needed people generally normally typically",
  de: "der die das den dem des ein eine einen einem einer eines und oder aber ich du er sie es wir ihr mich mir dich dir uns euch ihnen mein meine dein ihre unser ist sind bin bist seid war waren wird werden kann konnen kannst muss mussen soll will mochte habe hast hat haben in im an am auf aus bei mit nach von vom zu zum zur fur uber unter vor nicht kein keine was wer wie wo wann welche welcher ja nein auch noch schon so dann man bitte viel nach wahrend seit ohne ob gibt genau eigentlich wirklich echt etwas gegen machen macht bieten bietet nehmen nimmt akzeptieren normalerweise meistens brauche braucht notig leute ublicherweise",
};
for (const lang of LANGUAGES) STOP[lang] = new Set(STOP[lang].split(" "));

/** A small word of any of the four languages ("de", "the", "ist"). */
export const isStop = (word) => LANGUAGES.some((lang) => STOP[lang].has(word));

const DOUBLE_END = /(bb|dd|ff|gg|kk|ll|mm|nn|pp|rr|ss|tt)$/;
const ends = (word, ...tails) => tails.some((tail) => word.endsWith(tail));

/** Light stemming: plurals and common inflections to one form (see analysis.py). */
export function stem(word, lang) {
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
export function analyze(text, lang) {
  const stops = STOP[lang];
  return words(text).filter((w) => !stops.has(w)).map((w) => stem(w, lang));
}

/** `analyze` of a list of words, keeping the position of the word each term comes from. */
export function analyzeAt(ws, lang) {
  const stops = STOP[lang];
  const out = [];
  ws.forEach((w, at) => { if (!stops.has(w)) out.push({ term: stem(w, lang), at }); });
  return out;
}
