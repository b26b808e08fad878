"""Compliance rules of the check stage: what a clinic's site may not publish.

Claims (rankings, guarantees, "painless", "permanent"), promotions of medical acts,
advertising Belgium and the EU forbid, personal data in content, anything that would make
the assistant a form or a tracker, and plain mistakes (no price, an expired banner).
Rules come in packs chosen by the site's ``country`` (all sites; EU; Belgium); their
sources are in docs/compliance.md and their words in :mod:`glowgen.claims`.

Texts are read again from the content files, so every finding has its exact
``path:line:column``. A content file switches a rule off with
``compliance: {allow: [rule-id], reason: "..."}``; the report lists what was allowed.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from glowgen import claims as C
from glowgen.claims import fold
from glowgen.diagnostics import ERROR, WARNING, Report, closest
from glowgen.model import SUPPORTED_LANGUAGES, Site
from glowgen.source import YamlList, YamlMap, parse_yaml, read_document, read_text

EU_COUNTRIES = frozenset(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK IS LI NO".split())


@dataclass(frozen=True)
class Rule:
    id: str
    pack: str  # "all", "eu" or "be"
    severity: str  # its usual severity (some findings are milder, said in the rule)
    summary: str  # for `allow` messages and docs


RULES = {rule.id: rule for rule in [
    Rule("claim-superlative", "all", ERROR, "rankings and superlatives: #1, the best, leading, world-class"),
    Rule("claim-guarantee", "all", ERROR, "guaranteed results, 100 % satisfaction, money back"),
    Rule("claim-no-risk", "all", ERROR, "no risk, no pain, no side effects, completely safe"),
    Rule("claim-permanent", "all", ERROR, "permanent, lifelong or miracle results"),
    Rule("before-after", "all", WARNING, "before and after pictures or results"),
    Rule("testimonial", "all", WARNING, "testimonials and patient reviews"),
    Rule("promo-discount", "all", ERROR, "discounts and promotions on a medical act"),
    Rule("promo-free", "all", ERROR, "a medical act offered for free"),
    Rule("promo-urgency", "all", ERROR, "false urgency: this month only, limited places"),
    Rule("personal-data", "all", ERROR, "e-mail addresses, phone numbers, identifiers and names of others"),
    Rule("treatment-price", "all", ERROR, "a treatment without a price or 'on request'"),
    Rule("banner-expired", "all", WARNING, "a banner whose last day has passed"),
    Rule("hours", "all", WARNING, "opening hours that look wrong"),
    Rule("alt-text", "all", WARNING, "an image without a text for those who cannot see it"),
    Rule("link-prefill", "all", ERROR, "a link that fills in a message for the visitor"),
    Rule("link-scheme", "all", ERROR, "a theme link that is not https:, mailto: or tel: (javascript:, http:, data:)"),
    Rule("form", "all", ERROR, "a form or input field in the theme"),
    Rule("iframe", "all", ERROR, "a frame showing another website"),
    Rule("tracking", "all", ERROR, "a third-party script, tracker or analytics"),
    Rule("eu-prescription-brand", "eu", ERROR, "the brand name of a prescription-only medicine in shown text"),
    Rule("be-comparison", "be", ERROR, "comparisons with other clinics or their prices"),
    Rule("be-payment-plan", "be", ERROR, "payment plans and financing"),
    Rule("be-reimbursement", "be", ERROR, "reimbursement by health insurance"),
    Rule("be-call-to-action", "be", ERROR, "calls to have a procedure: book now, treat yourself"),
    Rule("be-professional-title", "be", WARNING, "a practitioner without a professional title"),
    Rule("be-treatment-info", "be", WARNING, "a treatment without its risks, aftercare or alternatives"),
]}


def packs(country: str) -> tuple[str, ...]:
    """The rule packs of a country: every site's, the EU's, Belgium's."""
    if country == "BE":
        return ("all", "eu", "be")
    return ("all", "eu") if country in EU_COUNTRIES else ("all",)


# --- texts, with where they stand ------------------------------------------------------------

_LINK_TARGET = re.compile(r"\]\([^)\n]*\)|<[a-z]+:[^>\s]*>|\b(?:https?|mailto|tel):\S+")


@dataclass
class Text:
    """One text of the content as a visitor reads it, and where it is in its file."""

    path: str
    field: str  # "title", "aliases", "banners[0].text", "body"
    lang: str
    text: str
    source: str  # the whole file, to find a match's line
    offset: int  # where the text starts in ``source``
    exact: bool  # the text is a slice of the source (Markdown bodies)
    shown: bool = True  # aliases help matching and are never shown
    item: str = ""  # the content item, for `allow`; "" for site.yaml
    masked: str = field(init=False)
    folded: str = field(init=False)
    name: str = field(init=False)  # the item's file name as words: "faq/absage" -> "absage", what its page is about

    def __post_init__(self) -> None:
        # link targets blanked (same length): a URL's words and numbers are no claim or data
        self.masked = _LINK_TARGET.sub(lambda m: m.group(0)[0] + " " * (len(m.group(0)) - 1), self.text)
        # a quote's continuation line ("> et définitive.") goes on the sentence of the line above
        self.folded = _QUOTE_GOES_ON.sub(lambda m: m.group(0).replace(">", " "), fold(self.masked))
        self.name = fold(self.item.rsplit("/", 1)[-1].replace("-", " "))

    def place(self, index: int) -> tuple[int, int]:
        """Line and column in the file of the text's ``index``-th character."""
        at = self.offset + index if self.exact else self._search(index)
        line = self.source.count("\n", 0, at) + 1
        return line, at - (self.source.rfind("\n", 0, at) + 1) + 1

    def _search(self, index: int) -> int:
        # YAML may fold lines, indent them and quote: find the words from the matched one on,
        # as often as they came before in the text, with any spacing, quotes or markers between
        words = re.findall(r"\w+", self.text[index:index + 80])[:4]
        if not words:
            return self.offset
        gap = r"\W+"
        pattern = re.compile(r"(?<!\w)" + gap.join(re.escape(w) for w in words) + r"(?!\w)", re.IGNORECASE)
        count = len(pattern.findall(self.text[:index]))
        found = list(pattern.finditer(self.source, self.offset))
        if not found:
            return self.offset
        return found[min(count, len(found) - 1)].start()


@dataclass
class Allowance:
    rules: tuple[str, ...]
    reason: str


def _line_starts(text: str) -> list[int]:
    return [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]


_NOT_PROSE = {"languages", "country", "timezone", "currency", "theme", "base_url", "postcode", "maps_url", "phone",
              "email", "whatsapp", "booking_url", "hours", "public_holidays", "brand", "security", "compliance",
              "order", "duration", "photo", "registration", "menu", "link", "logo", "from", "until", "date", "to",
              "number"}


def _yaml_texts(data: Any, path: str, source: str, lang: str, item: str, starts: list[int],
                name: str = "") -> Iterator[Text]:
    """Every text value of a YAML document, with its language."""
    if isinstance(data, YamlMap):
        for key, value in data.items():
            if key in _NOT_PROSE and not name.endswith("per"):
                continue
            here = lang if not (isinstance(key, str) and key in SUPPORTED_LANGUAGES) else key
            child = f"{name}.{key}" if name and not (isinstance(key, str) and key in SUPPORTED_LANGUAGES) else (name or str(key))
            if isinstance(value, str):
                line, column = data.value_positions.get(key, data.position)
                yield Text(path, child, here, value, source, starts[line - 1] + column - 1 if line <= len(starts) else 0,
                           False, "aliases" not in child, item)
            else:
                yield from _yaml_texts(value, path, source, here, item, starts, child)
    elif isinstance(data, YamlList):
        for index, value in enumerate(data):
            child = f"{name}[{index}]"
            if isinstance(value, str):
                line, column = data.item_positions[index]
                yield Text(path, child, lang, value, source, starts[line - 1] + column - 1, False,
                           "aliases" not in child, item)
            else:
                yield from _yaml_texts(value, path, source, lang, item, starts, child)


@dataclass
class Content:
    """The site's texts and what each file allows."""

    texts: list[Text] = field(default_factory=list)
    allowances: dict[str, Allowance] = field(default_factory=dict)  # by path
    banners: list[tuple[int, int]] = field(default_factory=list)  # site.yaml place of each banner


def read_content(root: Path, site: Site, report: Report) -> Content:
    """The texts of site.yaml and of every content file, read again with their places."""
    content = Content()
    quiet = Report()  # the load stage has already reported what is wrong in these files
    default = site.default_language
    site_path = "content/site.yaml"
    source = read_text(root / site_path, site_path, quiet) or ""
    data = parse_yaml(source, site_path, quiet)
    if isinstance(data, YamlMap):
        content.texts += _yaml_texts(data, site_path, source, default, "", _line_starts(source))
        _allowance(data, site_path, [site_path], content, report)
        banners = data.get("banners")
        if isinstance(banners, YamlList):
            content.banners = list(banners.item_positions)
    for item in site.items():
        paths = list(item.paths.values())
        for lang, path in item.paths.items():
            document = read_document(root / path, path, quiet)
            if document is None:
                continue
            source = document.text
            starts = _line_starts(source)
            content.texts += _yaml_texts(document.front_matter, path, source, lang, item.ref, starts)
            body_start = starts[document.body_line - 1] if document.body_line <= len(starts) else len(source)
            if document.body.strip():
                content.texts.append(Text(path, "body", lang, document.body, source, body_start, True, True, item.ref))
            if lang == default:
                _allowance(document.front_matter, path, paths, content, report)
    return content


def _allowance(data: YamlMap, path: str, paths: list[str], content: Content, report: Report) -> None:
    spec = data.get("compliance")
    if not isinstance(spec, dict):
        return
    rules = spec.get("allow") or []
    rules = [rules] if isinstance(rules, str) else [str(rule) for rule in rules]
    line, column = data.value_positions.get("compliance", (1, 0))
    known = []
    for rule in rules:
        if rule in RULES:
            known.append(rule)
            continue
        close = closest(rule, RULES)
        report.error(path, line, "compliance", f"allow: {rule} is no rule; "
                     + (f"did you mean {close}?" if close else "the rules are listed in docs/compliance.md"), column)
    allowance = Allowance(tuple(known), str(spec.get("reason") or "").strip())
    if allowance.rules and not allowance.reason:
        report.error(path, 1, "compliance", "compliance: a reason is needed with allow, for whoever reads "
                     "the report: reason: \"...\"")
    for each in paths:
        content.allowances[each] = allowance


# --- reading a sentence: where it ends, what it denies, whether it asks ------------------------

# a sentence ends at . ! ? ; before a space, but not after an initial or a title ("Mme L. avant", "Dr. Martin")
_NOT_AN_END = r"(?<![\s(.]\w)(?<!\bdr)(?<!\bmr)(?<!\bms)(?<!\bst)(?<!\bnr)(?<!\bmrs)(?<!\bmme)(?<!\bprof)"
_BOUNDARY = re.compile(rf"[!?;](?=\s)|{_NOT_AN_END}\.(?=\s)|\n\s*\n|\n(?=\s*(?:[-*+>#|]|\d+[.)]\s))")
# a claim's sentence as the reader weighs it: also ended by a colon or a dash before an aside
_SCOPE = re.compile(rf"[!?;:](?=\s|$|[*_)\"'»”])|{_NOT_AN_END}\.(?=\s|$|[*_)\"'»”])|\n\s*\n|\n(?=\s*(?:[-*+>#|]|\d+[.)]\s))|\s[-–—]\s")
_CLAUSE = re.compile(r"[,()\[\]–—/]")
_QUOTE_GOES_ON = re.compile(r"(?m)(?<=[^.!?:\s])[ \t]*\n[ \t]*>(?=[ \t]*[^\s>#*\-+|\d])")
_WORD = re.compile(r"[\w']+")
# headings, list markers, emphasis and quotes before a sentence's first word
_LEAD = re.compile(r"[\s#>*_+\-\"'«“„(\[]*(?:\d+[.)]\s*)?")


def _folded_words(words: list[str]) -> str:
    """Words and phrases as one folded alternation; a space is any run of spaces, "…"
    stands for up to five words in between ("ne … pas"), "*" for any ending. French "ne"
    is also "n'"."""
    def one(word: str) -> str:
        parts = [r"\s+".join(re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in part.split())
                 for part in fold(word).split("…")]
        parts = [r"(?:ne\b|n')" if part == "ne" else
                 r"(?:ne\s+|n')" + part[len(r"ne\s+"):] if part.startswith(r"ne\s+") else part for part in parts]
        return r"\s*(?:(?!ne\b|n')[\w'/-]+\s+){0,5}?".join(parts)  # a gap holds no second "ne"
    return "|".join(one(w) for w in sorted(words, key=len, reverse=True))


def _words_pattern(words: list[str]) -> re.Pattern[str]:
    """Whole words and phrases (a phrase may start with a comma, as Dutch relatives do)."""
    return re.compile(rf"(?<![\w-])(?:{_folded_words(words)})(?:(?<=')|(?![\w-]))")


def _negation_pattern(words: list[str], lang: str) -> re.Pattern[str]:
    """Negation words as a pattern; English also "…n't" glued to its verb ("don't", "isn't")."""
    return re.compile(_words_pattern(words).pattern + (r"|\w+n't" if lang == "en" else ""))


def _negations(lang: str) -> list[tuple[re.Pattern[str], bool]]:
    words = C.NEGATIONS[lang]
    return [(_negation_pattern([*words["strong"], *C.DENIALS[lang]], lang), True), (_words_pattern(words["weak"]), False)]


def _clause_words_pattern(words: list[str]) -> re.Pattern[str]:
    """Words that open a clause, also written with the comma before them (", die", ", juste")."""
    return re.compile(rf"(?:(?<![\w-])(?=\w)|(?=,))(?:{_folded_words(words)})(?:(?<=')|(?![\w-]))")


_NEGATION = {lang: _negations(lang) for lang in C.NEGATIONS}
_NOT_A_NEGATION = _words_pattern(C.NOT_A_NEGATION)
_CONTRAST = _clause_words_pattern(C.CONTRAST)
_SUBORDINATOR = {lang: _clause_words_pattern(words) for lang, words in C.SUBORDINATORS.items()}
_FRAME = {lang: _words_pattern(words) for lang, words in C.FRAMES.items()}
_COPULA = re.compile(rf"(?<![\w-])(?:{_folded_words(C.COPULAS)})(?:\s+[\w']+){{0,2}}\s+$")
_QUESTION_START = {lang: re.compile(rf"(?:{_folded_words(words)})(?![\w-])") for lang, words in C.QUESTION_STARTS.items()}
_FRENCH_INVERSION = re.compile(C.FRENCH_INVERSION)
_TEMPTING = _words_pattern(C.TEMPTING)
_YES = re.compile(rf"(?:{_folded_words(C.YES)})(?![\w-])")
_NO = re.compile(rf"(?:{_folded_words(C.NO)})(?![\w-])")
# words quoted: «…», “…”, „…“, "…" (a quoted opinion's negation is the speaker's)
_QUOTED = re.compile(r"«[^»]{1,300}»|“[^”]{1,300}”|„[^“”]{1,300}[“”]|\"[^\"]{1,300}\"|‘[^’]{1,300}’"
                     r"|(?<!\w)'[^'\n]{3,300}'(?!\w)")
# negations that only continue one before them: "no risk, nor side effects"
_CORRECTION = re.compile(r"\s*,\s*(?:it is|it's|this is|that is|c'est|het is|dat is|es ist|das ist|sondern)\b")
# a clause that draws a consequence: a negation before it stays in its own clause
_RESULT_CLAUSE = re.compile(r",\s*(?:ce qui|which|sodass|so dass|so that|zodat|de sorte que|si bien que|was (?:beweist|zeigt)|"
                            r"wat (?:bewijst|aantoont|laat zien))(?!\w)")
# a modal after a negated subject: the whole clause is denied ("No doctor can guarantee …")
_MODAL = re.compile(r"(?<!\w)(?:can|could|may|will|would|should|must|kann|konnte|darf|wird|muss|kan|kunnen|mag|zal|"
                    r"moet|peut|pourra|pourrait|doit|saurait)(?!\w)")
# "none of", "geen enkele": a negation of everything the sentence names
_NONE_OF = re.compile(r"(?:none of|not one of|not a single|geen enkele?|geen van|keine einzige|keiner der|keine der|keines der|"
                      r"aucune? des|aucune?)(?!\w)")
# an indefinite article before a word that the sentence then defines
_DEFINITION = re.compile(r"(?:^|\s)(?:a|an|un|une|een|ein|eine)\s+$")
_PRONOUNS = {"it", "they", "this", "il", "elle", "ils", "elles", "ce", "cela", "celui", "hij", "zij", "ze", "het", "dit", "dat",
             "er", "sie", "es", "dies", "das"}
# the concept rules each concept takes part in, and the concepts each supplied one is paired with
_RULES_OF: dict[str, list[int]] = {}
for _i, (_, _concepts, _) in enumerate(C.CONCEPT_RULES):
    for _name in _concepts:
        _RULES_OF.setdefault(_name, []).append(_i)
_PAIRED = {name: {c for _, concepts, _ in C.CONCEPT_RULES if name in concepts for c in concepts} - {name}
           for name in ("act", "insurer", "amount")}
# "Pourquoi pas :" before a list of reasons
_WHY_NOT = re.compile(r"(?:pourquoi pas|why not|waarom niet|warum nicht)\s*[:?]")
_LIST_ANY = re.compile(r"(?<!\w)(?:or|nor|and|ou|ni|et|of|en|noch|oder|und|weder)(?!\w)")
# a coordinated clause with a subject of its own: its negation is its own
_NEW_CLAUSE = re.compile(r",\s*(?:and|et|en|und)\s+(?:i|we|you|he|she|they|je|nous|il|elle|on|ils|elles|celle-ci|celui-ci|cela|"
                         r"ik|wij|hij|zij|ze|ich|wir|er)(?!\w)")
_THEREFORE = re.compile(r"(?<!\w)(?:deshalb|daher|darum|therefore|so|donc|dus|daarom|alors)(?!\w)")
# "… nooit meer terug, en uw buikje dus ook niet": a negation that continues one before it
_ALSO_NOT = re.compile(r"(?<!\w)(?:ook|auch|either)\s+$")
_INTERJECTION = {"no", "non", "nee", "neen", "nein"}
_ONLY_BEFORE = {"nor", "ni", "noch", "weder", "neither"}
# "that", "dass", "que" after a comma: the clause the negation governs ("Kein Arzt kann versprechen, dass ...")
_COMPLEMENT = re.compile(r"(?:^|[\s,])(?:that|dass|daß|que|qu'|dat|of|ob|whether|si)\s"
                         r"|,\s*(?:das|der|die|which|who|qui|welche[rs]?)\s")  # "kein Produkt, das … ein Leben lang hält"
_CONDITION = re.compile(r"(?:if|si|s'|als|wenn|falls|when|lorsque|mocht|sollten?)\b")
_LIST_ITEM = re.compile(r"\s*(?:(?:[-*+]|\d+[.)])\s|\|)")  # a list item or a table row
# "or" in a list of things denied together
_LIST_OR = re.compile(r"(?<!\w)(?:or|nor|ou|ni|of|noch|oder|weder)(?!\w)")
# what a clause may end with after a determiner's negation that closes it: "Bijwerkingen
# zijn er geen", "Risks: none at all"
_CLOSING = re.compile(r"[\s\W]*(?:(?:at all|whatsoever|anymore|du tout|meer|mehr|plus|ueberhaupt|uberhaupt)\b[\s\W]*)?$")

# a claim's own words may say "no" ("no side effects", "don't wait", "never shave again"); only
# words that span a gap can hold a negation of their own ("het ziekenfonds komt niet tussen")
_GAPPED = {"be-reimbursement"}
# rules a question about the topic does not break: "Are treatments reimbursed?" informs.
# A ranking, a comparison or a call to act stays one, asked or not.
_ASKABLE = {"claim-guarantee", "claim-no-risk", "claim-permanent", "before-after", "testimonial", "promo-discount",
            "promo-free", "be-payment-plan", "be-reimbursement"}
# rules a negation takes back: all but the brand, which is shown whatever is said of it
_DENIABLE = set(RULES) - {"eu-prescription-brand"}
# what makes a claim's sentence unsure enough for a warning instead of an error, per rule
# (Claims._doubt): a ranking, a comparison, a call to act or a brand asked about or beside a
# "no" is still one ("Why wait?", "No queues, and the best results in town")
_DOUBT_SIGNALS = {
    "claim-guarantee": ("quote",), "claim-superlative": ("quote",), "promo-urgency": ("quote",),
    "claim-no-risk": ("quote", "question"), "promo-free": ("quote", "question"),
    "claim-permanent": ("quote", "question"), "be-payment-plan": ("quote", "question"),
    "be-reimbursement": ("quote", "question", "negation"),
}
# a "no" that may be the claim's, short of "without" ("sans frais", "zonder intrest" belong to the claim)
_DOUBT_NEGATION = {lang: _negation_pattern([*words["strong"], *(w for w in words["weak"] if w not in C.PRIVATIVES)], lang)
                   for lang, words in C.NEGATIONS.items()}
# an answer that warns against what its question names: "Seen discounted injections online? Be careful: …"
_CAUTION = re.compile(r"(?:be careful|careful|beware|watch out|attention|prudence|méfiez-vous|mefiez-vous|wees voorzichtig|"
                      r"opgelet|pas op|let op|vorsicht|achtung|seien sie vorsichtig|passen sie auf)(?!\w)")
# a question about what one saw or read elsewhere: its answer says what the clinic does
_SEEN = r"(?:vu|lu|seen|read|heard|entendu|gezien|gelezen|gehoord|gesehen|gelesen|gehort)"
_ELSEWHERE = r"(?:ailleurs|elsewhere|elders|ergens|anderswo|online|en ligne|sur internet|on the internet|im internet|op internet)"
_SEEN_ELSEWHERE = re.compile(rf"(?<!\w)(?:{_SEEN}(?:\s+[\w']+){{0,3}}?\s+{_ELSEWHERE}|{_ELSEWHERE}(?:\s+[\w']+){{0,2}}?\s+{_SEEN})(?!\w)")
# a medical act named to say the thing is none: "not a treatment", "pas un soin", "geen behandeling", "keine Behandlung"
_NOT_AN_ACT_HERE = re.compile(r"(?<!\w)(?:not|no|pas|non|geen|keine?|kein)\s+(?:(?:a|an|un|une|d'un|d'une|de|een|eine?)\s+)?[\w'-]+")
# a Markdown link's text, its target blanked (Text.masked): "[betaling in schijven]      "
_LINK_TEXT = re.compile(r"\[[^\[\]\n]{1,200}\](?= {2}|\()")
# Dutch "als" that opens a clause: a subject follows ("als u", "als de huid")
_DUTCH_IF = re.compile(r"als\s+(?:[\w']+\s+)?(?:u|je|jij|ge|we|wij|ze|zij|hij|het|er|de|den|een|uw|men|ik|dit|dat|die|deze|iemand|niemand)(?!\w)")
# a question put after a claim to push it: "…, so why wait?", "…, alors pourquoi s'en priver ?"
_WHY_THEN = re.compile(r"[,;:–—]\s*(?:[\w']+\s+){0,2}(?:why|pourquoi|waarom|warum|wieso|weshalb|qu'attend|waar wacht|worauf)(?!\w)")
_DOUBTED = " (a warning, not an error, because {doubt}: read the sentence once more)"
# how far a negation reaches, in words: a verb's across the commas of its sentence, a
# determiner's over the phrase it heads ("Keine der Behandlungen in unserer Praxis ist ...")
_STRONG_REACH, _WEAK_REACH = 16, 8


class Reading:
    """One folded text split as a reader weighs it: scopes (sentences, ended also by a
    colon), clauses, the negations in them, and which scopes ask a question."""

    def __init__(self, folded: str, lang: str, asks: bool = False) -> None:
        self.folded = folded
        self.lang = lang if lang in C.NEGATIONS else "en"
        self.asks = asks  # an FAQ's question: asked whatever its punctuation
        self.scopes = self._spans(_SCOPE, folded)
        self.scope_starts = [s for s, _ in self.scopes]
        links = {i for m in _LINK_TEXT.finditer(folded) for i in (m.start(), m.end() - 1)}
        self.clause_ends = [m.start() for m in _CLAUSE.finditer(folded) if m.start() not in links]
        self.word_starts = [m.start() for m in _WORD.finditer(folded)]
        self.contrasts = [m.start() for m in _CONTRAST.finditer(folded)]
        self.subordinators = [m.start() for m in _SUBORDINATOR[self.lang].finditer(folded)
                              if self.lang != "nl" or not folded.startswith("als", m.start()) or _DUTCH_IF.match(folded, m.start())]
        self.frames = [m.start() for m in _FRAME[self.lang].finditer(folded)]
        no_negation = [(m.start(), m.end()) for m in _NOT_A_NEGATION.finditer(folded)]
        self.negations: list[tuple[int, int, bool, str]] = []
        for pattern, strong in _NEGATION[self.lang]:
            for m in pattern.finditer(folded):
                if not any(a <= m.start() < b for a, b in no_negation) and not (
                        m.group(0) in _INTERJECTION and re.match(r"\s*[,!]", folded[m.end():m.end() + 2])):
                    self.negations.append((m.start(), m.end(), strong, m.group(0)))  # "Non, ..." answers, heads nothing
        if self.lang == "de":  # "schmerzfrei ist es aber nicht": aber, doch, jedoch inside a clause are no turn
            self.contrasts = [c for c in self.contrasts if folded.startswith(("sondern", ","), c)
                              or re.search(r"(?:^|[,;:(])\s*$", folded[max(0, c - 3):c])]
        self.quotes = [m.span() for m in _QUOTED.finditer(folded)]

    @staticmethod
    def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
        spans, at = [], 0
        for m in pattern.finditer(text):
            spans.append((at, m.end()))
            at = m.end()
        return [*spans, (at, len(text))]

    def scope(self, index: int) -> tuple[int, int]:
        return self.scopes[max(bisect.bisect_right(self.scope_starts, index) - 1, 0)]

    def _next(self, high: int) -> str:
        i = bisect.bisect_left(self.scope_starts, high)
        while i < len(self.scopes) and not _WORD.search(self.folded, *self.scopes[i]):
            i += 1  # the blank line after a heading
        if i >= len(self.scopes):
            return ""
        text = self.folded[self.scopes[i][0]:self.scopes[i][1]]
        if text.lstrip().startswith("#"):
            return ""  # a heading begins another part, it answers nothing ("## Wat wij niet doen")
        lead = _LEAD.match(text.lstrip(" »”\"'"))  # past the quote a question closed: "« C'est remboursé ? » Non, …"
        text = text.lstrip(" »”\"'")
        return text[lead.end() if lead else 0:]

    def words_between(self, a: int, b: int) -> int:
        return bisect.bisect_left(self.word_starts, b) - bisect.bisect_left(self.word_starts, a)

    def _reach(self, start: int, label: bool = True) -> tuple[int, int]:
        """The claim's scope, and the next one when the claim heads it as a short label
        ("Ratenzahlung oder Finanzierung – wir bieten beides nicht an")."""
        low, high = self.scope(start)
        if label and self.words_between(low, high) <= 6 and re.search(r"(?::|\s[-–—])\s*$", self.folded[low:high]):
            i = bisect.bisect_left(self.scope_starts, high)
            if i < len(self.scopes):
                answer = self.folded[self.scopes[i][0]:self.scopes[i][1]]
                first_words = " ".join(_WORD.findall(answer)[:6])
                if not _CONDITION.match(answer.lstrip()) and (self._denies(first_words) or len(_WORD.findall(answer)) <= 16 and any(
                        self.scopes[i][0] <= n < self.scopes[i][1] for n, *_ in self.negations)):
                    high = self.scopes[i][1]
        return low, high

    def denied(self, start: int, end: int, words: list[tuple[int, int]], answerable: bool = True) -> bool:
        """Whether a negation takes back the claim from ``start`` to ``end``. ``words`` are
        the places of every claim's own words: a negation among them ("no side effects",
        "ne présente aucun risque") is part of a claim, not a denial of one.

        A verb's negation denies within a reach of words, across the commas of the
        sentence, but not across "but", not out of a clause of its own or out of quotes;
        a determiner's denies what it heads or closes in its clause, or a list it heads; a
        short sentence that denies ("It isn't.", "Dat bestaat niet.") denies the one before."""
        low, high = self._reach(start, label=answerable)
        own_end = self.scope(start)[1]
        if high > own_end >= end and any(own_end <= n < high and not any(a <= n < b for a, b in words) for n, *_ in self.negations):
            return True  # a label the sentence after it denies: "Reimbursement: we know of no standard reimbursement"
        scope_end = self.scope(max(start, end - 1))[1]  # the answer comes after the claim's last words
        if answerable and self._under_denial(start):
            return True  # "Ce qui n'est pas possible :\n- Garantir un effacement complet."
        if answerable and self._after_denying_lead(low):
            return True  # "Why we do not show them: before-and-after photos are a selection of the best results"
        following = self._next(scope_end)
        asked = self.folded[low:scope_end].rstrip(" *_\"')»”").endswith("?")
        if answerable and not _says_yes(following, self.lang) and ((_NO.match(following) if asked else _answer_no(following)) or (len(_WORD.findall(following)) <= (8 if asked else 5)
                                                    and not C.CONSEQUENCE.match(following) and self._denies(following))):
            return True  # "Painless? Not really." "Called 'permanent'. It isn't."
        clause_low = max([low, *(c + 1 for c in self.clause_ends if c < start)])
        clause_high = min([high, *(c for c in self.clause_ends if c >= end)])
        for n_start, n_end, strong, token in self.negations:
            head = n_start + max(0, token.rfind(" ") + 1, token.rfind("'") + 1 if token.endswith("'") else 0)
            if not low <= n_start < high or any(a <= head < b or a <= n_start < b for a, b in words):
                continue  # "ne présente aucun risque": the negation is the claim's own word
            if n_start < end and n_end > start:
                return True  # among or around a claim's words: "n'est pas gratuite", "ne pouvons garantir aucun"
            if any(a <= n_start < b and not a <= start < b for a, b in self.quotes):
                continue  # inside someone's quoted words
            if n_start < start and any(a <= start < b and not self.folded[n_end:a].strip() for a, b in self.quotes):
                return True  # no "treat now, pay later": the negation heads the quoted words
            before = n_start < start
            if before and self.folded.startswith(token, start):
                continue  # "zero downtime and zero risk": the same word heads the claim, a list of claims
            first, last = (n_end, start) if before else (end, n_start)
            if any(first <= c < last for c in self.contrasts):
                continue
            if before and self._enclosed(n_start, first, last, low):
                continue  # "Afin de ne point grever votre budget, nous vous proposons ..."
            if not before and _CORRECTION.match(self.folded, n_end) is None and _CORRECTION.search(self.folded, n_end, high):
                continue  # "100% satisfaction is not a slogan, it is a pledge": the negation takes back a word of its own
            if not before and _NEW_CLAUSE.search(self.folded, first, last):
                continue  # "… slots close this Friday, and I don't expect to reopen it": a clause of its own
            if not before and _THEREFORE.search(self.folded, first, last) and any(first <= c < last for c in self.clause_ends) \
                    and not _LIST_ANY.search(self.folded, first, last):
                continue  # "völlig schmerzfrei, eine Betäubungscreme brauchen Sie deshalb nicht" (but "Fotos, Rabatte oder Aktionen gibt es deshalb nicht")
            # a subordinate clause the negation stands in ("painless, als u niet beweegt"), not one closed before it
            if not before and (token in _ONLY_BEFORE or _ALSO_NOT.search(self.folded, max(0, n_start - 8), n_start)
                               or any(first <= c <= last and (re.match(r"[\w']+\s*,", self.folded[c:c + 20])
                                                              or not any(c < e < n_start for e in self.clause_ends))
                                      for c in self.subordinators)
                               or any(low <= c <= start for c in self.frames)):
                continue  # "... no risk, nor side effects"; "Julie, qui ne se reconnaissait plus"
            if before and _RESULT_CLAUSE.search(self.folded, n_end, start):
                continue  # "we have not had a single complication, which shows that it is entirely safe"
            between = self.words_between(first, last)
            if strong and (between <= _STRONG_REACH or before and self._listed(n_end, start, end, high, item_words=10)):
                return True  # "soyez sceptique devant les réductions (…), les sites de bons, …, les galeries avant-après"
            commas = any(first <= c < last for c in self.clause_ends)
            if before and between <= _STRONG_REACH and _NONE_OF.match(self.folded, n_start) and self._heads_clause(n_start) \
                    and not any(first <= c < last for c in self.contrasts):
                return True  # "Keine der Behandlungen, die wir durchführen, ergibt ein dauerhaftes Ergebnis"
            if before and not commas and between <= _STRONG_REACH and self._heads_clause(n_start) \
                    and _MODAL.search(" ".join(_WORD.findall(self.folded, n_end, n_end + 60)[:4])):
                return True  # "Kein seriöser Arzt kann Ihnen das Ergebnis eines Eingriffs garantieren"
            if strong or not before and commas:
                continue
            if before and (not commas and between <= _WEAK_REACH
                           or between <= _WEAK_REACH + 6 and (_COPULA.search(self.folded[last - 30:last])
                                                              or _COMPLEMENT.search(self.folded[first:last]))
                           or self._listed(n_end, start, end, high)):
                return True  # "No treatment is risk-free", "Geen enkele ingreep, hoe klein ook, is zonder risico"
            if not before and not commas and 1 <= between <= 2 and _NONE_OF.match(self.folded, n_start):
                return True  # "Een definitief resultaat geeft geen enkele van onze behandelingen"
            if not before and clause_low <= n_start < clause_high and (
                    _CLOSING.match(self.folded[n_end:clause_high])
                    or between <= 6 and _COPULA.search(self.folded[end:n_start])):
                return True  # "Bijwerkingen zijn er geen", "Ohne Risiko ist kein Eingriff"
        return False

    def negated_inside(self, start: int, end: int) -> bool:
        """A negation stands between the first and the last word of ``start``-``end``:
        "betaalt niets terug" takes back what "betaalt … terug" says."""
        return any(start < n_start and n_end < end for n_start, n_end, _, _ in self.negations)

    def _heads_clause(self, index: int) -> bool:
        """The word at ``index`` is the first of its clause."""
        low = max([self.scope(index)[0], *(c + 1 for c in self.clause_ends if c < index)])
        return not _WORD.search(self.folded, low, index)

    def _after_denying_lead(self, low: int) -> bool:
        """The claim's clause follows a short lead-in that denies, on the same line:
        "Waarom we ze niet tonen: voor-en-na-foto's zijn een selectie van de beste resultaten"."""
        i = bisect.bisect_left(self.scope_starts, low) - 1
        if i < 0 or "\n" in self.folded[self.scopes[i][1]:low]:
            return False
        lead = self.folded[self.scopes[i][0]:self.scopes[i][1]]
        return lead.rstrip().endswith(":") and len(_WORD.findall(lead)) <= 8 and self._denies(lead)

    def _under_denial(self, start: int) -> bool:
        """The claim is an item of a Markdown list whose heading or lead-in line denies
        ("What we cannot do:", "## Ce qui n'est pas possible", "Was wir nicht anbieten:")."""
        lead = self._list_lead(start)
        return lead is not None and (self._denies(lead) or bool(_WHY_NOT.search(lead)))

    def under_myths(self, start: int) -> bool:
        """The claim is an item of a list under a heading of beliefs to correct ("## Häufige
        Missverständnisse", "Fabels en feiten"): each item quotes one, to refute it."""
        lead = self._list_lead(start)
        return lead is not None and bool(C.MYTH_HEADING.search(lead))

    def _list_lead(self, start: int) -> str | None:
        """The heading or lead-in line of the Markdown list the text at ``start`` is an item
        of, when it is short and no paragraph's last sentence."""
        at = self.folded.rfind("\n", 0, start) + 1
        while at > 0 and self.folded[at:at + 1] in " \t" and not _LIST_ITEM.match(self.folded, at):
            at = self.folded.rfind("\n", 0, at - 1) + 1  # a list item's continuation: back to the item
        if not _LIST_ITEM.match(self.folded, at):
            return None
        while at > 0:
            previous = self.folded.rfind("\n", 0, at - 1) + 1
            line = self.folded[previous:at - 1]
            if line.strip() and not _LIST_ITEM.match(line) and not line[:1].isspace():
                # a lead-in introduces the list; a paragraph's last sentence ("… reageren weinig of niet.") does not
                return line if len(_WORD.findall(line)) <= 14 and not re.search(r"[.!]\W*$", line) else None
            at = previous
        return None

    def under_denying_heading(self, start: int) -> bool:
        """The claim is in the first sentence of a paragraph under a heading that denies, a
        sentence that only continues it ("## What you will not read here" / "That we are
        the best, that a treatment is painless …")."""
        para = self.folded.rfind("\n\n", 0, start) + 2
        if para < 2 or not C.THAT_START.match(self.folded, para) or re.search(r"[.!?]\s", self.folded[para:start]):
            return False
        heading = self.folded[self.folded.rfind("\n", 0, para - 2) + 1:para - 2]
        return heading.lstrip().startswith("#") and self._denies(heading)

    def _denies(self, text: str) -> bool:
        """A sentence that is a negation: one of its words is a verb's negation or a denial."""
        spared = [(n.start(), n.end()) for n in _NOT_A_NEGATION.finditer(text)]  # "U hoeft niet bang te zijn"
        return any(strong and not any(a <= m.start() < b for a, b in spared)
                   for pattern, strong in _NEGATION[self.lang] for m in pattern.finditer(text))

    def _enclosed(self, n_start: int, first: int, last: int, low: int) -> bool:
        """The negation stands in a clause opened by a subordinator, which a comma closes
        before the claim: its negation stays there."""
        commas = [c for c in self.clause_ends if self.folded[c] == ","]
        opened = max([low, *(c + 1 for c in commas if c < n_start)])
        subordinator = max((c for c in self.subordinators if opened <= c < n_start), default=None)
        if subordinator is None or any(subordinator < other < n_start for other, *_ in self.negations):
            return False  # "un traitement dont vous n'aviez pas besoin n'est jamais avantageux": the second is the main clause's
        return any(first <= c < last for c in commas)

    def _listed(self, after: int, start: int, end: int, high: int, item_words: int = 4) -> bool:
        """The claim is an item of a list the negation heads: "geen promoties, getuigenissen
        of voor-en-nafoto's", "no discounts, special offers, packages or gift vouchers"."""
        def short(text: str) -> bool:  # the "or" that closes a list is no word of its last item
            return all(len([w for w in re.findall(r"[\w'-]+", item) if not _LIST_ANY.fullmatch(w)]) <= item_words
                       for item in text.split(","))
        conjunction = (_LIST_OR if item_words <= 4 else _LIST_ANY).search(self.folded, after, high)
        # the items up to the claim, and after it up to the "or" that closes the list, are short
        return short(self.folded[after:start]) and conjunction is not None \
            and (conjunction.start() < end + 60 or short(self.folded[end:conjunction.start()]))

    def asked(self, start: int, end: int | None = None) -> bool:
        """The claim's words stand in a question about a topic, not one that tempts nor
        one answered yes (nor go on into its answer: "Side effects? There aren't any")."""
        low, high = self.scope(start)
        sentence = self.folded[low:high]
        if _TEMPTING.search(sentence):
            return False
        if self.asks:
            return True
        following = self._next(high)
        if not sentence.rstrip(" *_\"')»”").endswith("?") or _says_yes(following, self.lang):
            return False
        words = len(_WORD.findall(sentence))
        if (end is None or end <= high) and _SEEN_ELSEWHERE.search(sentence) and _DOUBT_NEGATION[self.lang].search(following):
            return True  # "Vous avez vu ailleurs une « séance gratuite » ? Chez nous, aucun acte n'est offert."
        if (end is None or end <= high) and words <= 12 and (_CAUTION.match(following) or words <= 4 and any(
                pattern.search(following) for pattern, _ in _NEGATION.get(self.lang, _NEGATION["en"]))):
            return True  # "Black Friday? Our prices stay the same, no exceptions." "Seen discounted injections? Be careful: …"
        first = _LEAD.match(sentence)
        at = first.end() if first else 0
        starts = _QUESTION_START.get(self.lang)
        return bool((starts and starts.match(sentence, at))
                    or (self.lang == "fr" and _FRENCH_INVERSION.search(sentence[at:at + 60])))


# --- finding claims --------------------------------------------------------------------------

@dataclass
class Finding:
    text: Text
    start: int
    end: int
    rule: str
    severity: str
    message: str


# what each rule says, with the fix ("{said}" is the text that raised it)
MESSAGES = {
    "claim-superlative": "'{said}' ranks the clinic or its care, which no one can verify; say what you do and how "
                         "(the doctors' training, the equipment) instead",
    "claim-guarantee": "'{said}' promises a result; no treatment's result can be guaranteed. Say what the treatment "
                       "usually does and that results differ from person to person",
    "claim-no-risk": "'{said}' denies risks or pain that every treatment has; describe the usual discomfort and side "
                     "effects instead (the risks field of a treatment)",
    "claim-permanent": "'{said}' promises a lasting or miraculous result; say how long the effect usually lasts "
                       "(e.g. 'long-lasting', '4 to 6 months')",
    "before-after": "'{said}': before and after pictures promise a result that differs from person to person (in "
                    "Belgium they count as advertising); show how the treatment is done instead",
    "testimonial": "'{said}': testimonials present one patient's result as everyone's and hold their health data; "
                   "leave them out",
    "promo-discount": "'{said}' is a promotion on a medical act; show the usual price only",
    "promo-free": "'{said}': a medical act offered for free is a promotion; give its price, or say it is included "
                  "in another treatment's price",
    "promo-urgency": "'{said}' pushes the visitor to decide fast; a medical decision needs time. Remove it",
    "be-comparison": "'{said}' compares the clinic with others, which Belgian law forbids; describe your own care only",
    "be-payment-plan": "'{said}' is a financial argument, which Belgian law forbids for aesthetic procedures; say how "
                       "one can pay (card, cash), not how to spread the cost",
    "be-reimbursement": "'{said}': Belgian law forbids mentioning reimbursement by health insurance for aesthetic "
                        "procedures; say only, if asked, that they are not reimbursed",
    "be-call-to-action": "'{said}' urges the visitor to have a procedure, which Belgian law forbids; a plain 'make "
                         "an appointment' link is enough",
    "eu-prescription-brand": "'{said}' is the brand of a prescription-only medicine, which may not be advertised to "
                             "the public in the EU; write '{generic}' and keep the brand in aliases (used for "
                             "matching, never shown)",
}
_FINANCIAL_ONLY = ("'{said}' is a financial argument, which Belgian law forbids for aesthetic procedures; make sure "
                   "it is about no treatment, or remove it")
_UNCLEAR = ("'{said}' nearly denies a risk that every treatment has; say what the usual risks are, or check that the "
            "sentence is about something else")
_REIMBURSEMENT_SAID = "'{said}' speaks of reimbursement, which Belgian law forbids as an argument for aesthetic procedures; "
_NO_TREATMENT = _REIMBURSEMENT_SAID + "the sentence names no treatment, so check that it promises nothing"
# what makes news of a reimbursement an argument: "Remboursé par la mutuelle ! 🎉", "Good news: …"
_CHEER = re.compile(r"!|🎉|💶|💰|(?i:good news|great news|bonne nouvelle|goed nieuws|gute nachricht)")
_BRAND_ASKED = "; asked in a question, it is a warning: the answer can give the generic name"
_BRAND_EXPLAINED = "; naming it as a brand to explain the treatment is allowed here as a warning"
_INSURER_LEFT = _REIMBURSEMENT_SAID + "here it is left to the insurer, so check that the sentence promises nothing"

# each rule's words, as phrases (claims.py); concepts together are in claims.CONCEPT_RULES
_PHRASES = [
    ("claim-superlative", C.SUPERLATIVE), ("claim-guarantee", C.GUARANTEE), ("claim-no-risk", C.NO_RISK),
    ("claim-permanent", C.LASTING), ("before-after", C.BEFORE_AFTER), ("testimonial", C.TESTIMONIAL),
    ("promo-discount", C.DISCOUNT), ("promo-free", C.FREE), ("promo-free", C.NEXT_FREE), ("promo-urgency", C.URGENCY),
    ("be-comparison", C.COMPARISON), ("be-payment-plan", C.PAYMENT_PLAN), ("be-reimbursement", C.REIMBURSED),
    ("be-call-to-action", C.CALL_TO_ACT), ("eu-prescription-brand", C.PRESCRIPTION_BRANDS),
]
# the rules whose words need a medical act in their sentence to be a claim ("free parking" is none)
_NEEDS_AN_ACT = {"promo-free"}
_CLOCK = re.compile(r"\d{1,2}\s?(?:[:h.]\s?\d{2}|h|u|uur|uhr|heures?|pm|am|o'clock)(?!\w)")


@dataclass
class Match:
    """A rule's words found in a text: where, and the sentence around them."""

    start: int
    end: int
    rule: str
    sentence: str
    parts: list[tuple[int, int]]  # where the words themselves stand (concepts: one place each)
    question: str = ""  # the sentence before, when it asks what this one answers
    at: int = 0  # where the sentence starts


class Claims:
    """The claim, promotion and advertising rules of one site, over its texts."""

    def __init__(self, site: Site) -> None:
        from glowgen.analysis import STOP_WORDS

        self.site = site
        self.packs = packs(site.country)
        stop = set().union(*STOP_WORDS.values())
        own: set[str] = set()
        for treatment in site.treatments:
            # an alias of one word names the treatment ("botox"); longer ones are phrasings
            # ("first appointment") whose words are no medical act
            names = [*(a for aliases in treatment.aliases.values.values() for a in aliases
                       if len(re.findall(r"[\w-]+", a)) == 1)]
            for values in (treatment.title.values.values(), names,
                           (treatment.category.values.values() if treatment.category else ())):
                for value in values:
                    own.update(w for w in re.findall(r"[\w-]+", fold(value))
                               if len(w) >= 4 and w not in stop and not C.NOT_AN_ACT.fullmatch(w))
        extra = "|".join(re.escape(w) for w in sorted(own))
        self.medical = re.compile(C.MEDICAL_ACT + (f"|{C.W}(?:{extra}){C.E}" if extra else ""))
        self.not_care = re.compile(C.NOT_ABOUT_CARE)
        self.risk_context = re.compile(C.RISK_CONTEXT)

    def find(self, text: Text) -> Iterator[Finding]:
        """The text's claims that are neither excused, denied nor asked about."""
        matches = [m for m in self._matches(text) if RULES[m.rule].pack in self.packs
                   and (m.rule != "eu-prescription-brand" or text.shown)]
        if not matches:
            return
        reading = Reading(text.folded, text.lang, asks=text.field == "question")
        # a negation inside a claim's own words ("geen pijn, geen risico") denies nothing
        words = [part for m in matches for part in m.parts
                 if m.rule not in _GAPPED or len(m.parts) > 1 and not reading.negated_inside(*part)]
        kept: dict[tuple[int, str], tuple[Match, tuple[str, str]]] = {}
        for m in sorted(matches, key=lambda m: (m.start, m.rule)):
            judged = self._judge(text, m)
            if judged is None or (m.start, m.rule) in kept:
                continue
            if m.rule in _DENIABLE and (reading.denied(m.start, m.end, words, answerable=m.rule in _ASKABLE) or any(
                    reading.scope(a) != reading.scope(m.start) and reading.denied(a, b, words, answerable=m.rule in _ASKABLE)
                    for a, b in m.parts if m.start <= a < m.end)):
                continue  # a claim over two clauses ("…; een afbetaling is niet mogelijk") is taken back in either
            if m.rule in _ASKABLE and reading.asked(m.start, m.end):
                continue
            topic = re.split(r"[:;]", m.sentence)[0]  # the clause a topic put first heads
            if m.rule != "eu-prescription-brand" and reading.under_myths(m.start):
                continue  # "## Häufige Missverständnisse\n- **„Natürliches Ergebnis garantiert."** Ein Ergebnis kann niemand garantieren"
            if m.rule in _DENIABLE and (C.TOPIC_FIRST.match(topic) and C.SPEAKING.search(topic) and text.folded[m.start:m.end] in topic and any(
                    pattern.search(topic) for pattern, _ in _NEGATION.get(text.lang, _NEGATION["en"]))
                                        or reading.under_denying_heading(m.start)):
                continue  # "Over andere praktijken … doen wij geen uitspraken"; "## What you will not read here\n\nThat we are the best"
            kept[(m.start, m.rule)] = m, judged
        for m, (message, severity) in kept.values():
            doubt = self._doubt(text, m) if severity == ERROR else None
            if doubt:
                message, severity = message + _DOUBTED.format(doubt=doubt), WARNING
            if not any(o is not m and o.rule == m.rule and m.start <= o.start and o.end <= m.end and (o.start, o.end) != (m.start, m.end)
                       for o, _ in kept.values()):  # one claim, one finding: the narrowest words of it
                yield Finding(text, m.start, m.end, m.rule, severity, message)

    def _matches(self, text: Text) -> Iterator[Match]:
        """Every place a rule's words stand: phrases, concepts together, and shapes."""
        folded = text.folded
        bounds = [0, *(m.end() for m in _BOUNDARY.finditer(folded)), len(folded)]

        def sentence_at(start: int) -> tuple[int, int]:
            i = bisect.bisect_right(bounds, start)
            return bounds[max(i - 1, 0)], bounds[min(i, len(bounds) - 1)]

        def match(start: int, end: int, rule: str, parts: list[tuple[int, int]] | None = None) -> Match:
            low, high = sentence_at(start)
            question = folded[sentence_at(low - 1)[0]:low] if low and folded[:low].rstrip().endswith("?") else ""
            if question and _says_yes(folded[low:high].lstrip(), text.lang):
                low = sentence_at(low - 1)[0]  # a yes answer says what its question asked
            return Match(start, end, rule, folded[low:high], parts or [(start, end)], question, low)

        matched: list[tuple[int, int]] = []
        for rule, pattern in _PHRASES:
            for m in pattern.finditer(folded):
                matched.append(m.span())
                yield match(m.start(), m.end(), rule)
        for m in re.finditer(r"[\w-]{7,}", folded):
            rule = C.misspelt(m.group(0))
            if rule and not any(a <= m.start() < b for a, b in matched):
                yield match(m.start(), m.end(), rule)
        for m in C.BEFORE_AFTER_LABELS.finditer(folded):
            if re.search(r"photo|foto|picture|image|bild|clich", m.group(0)):  # "Avant : … Après : …, photographiés quinze jours après"
                yield match(m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \n*")), m.end(), "before-after")
        for m in C.BEFORE_AFTER_PAIR.finditer(folded):
            if C.SHOWING.search(match(m.start(), m.end(), "").sentence) or C.SESSIONS_AFTER.match(folded, m.end()):
                yield match(m.start(), m.end(), "before-after")
        for m in _TESTIMONIAL_RAW.finditer(text.masked):
            first = re.search(r"\w", m.group(0))  # past the quote: its words are the quoted person's
            yield match(m.start() + (first.start() if first else 0), m.end(), "testimonial")
        if C.RISK_TOPIC.search(folded):
            for start, end in self._denied_topics(folded):
                yield match(start, end, "claim-no-risk")
        # each concept found once in the whole text, then taken sentence by sentence
        tokens = C.tokens(folded)
        spans: dict[str, list[tuple[int, int]]] = {}
        for lang in {text.lang, "en"} & set(C.CONCEPTS):
            for name, found in C.CONCEPTS[lang].find(tokens).items():
                spans.setdefault(name, []).extend(found)
        yield from (match(s, e, "claim-no-risk", parts) for s, e, parts in _side_effect_denied(folded, bounds, spans))
        if not spans:
            return
        # the site's act words, the insurers and sums of money only where a concept needs them
        for name, pattern in (("act", self.medical), ("insurer", C.INSURER), ("amount", C.AMOUNT)):
            if not _PAIRED[name].isdisjoint(spans):
                spans[name] = [m.span() for m in pattern.finditer(folded)]
        # a short question and its answer are one sentence: "Geen resultaat? Dan betaalt u niets."
        # and so are the clauses of one sentence a semicolon divides ("à gauche, …; à droite, …")
        joined = [b for i, b in enumerate(bounds) if not 0 < i < len(bounds) - 1
                  or not (folded[bounds[i - 1]:b].rstrip().endswith("?") and len(_WORD.findall(folded, bounds[i - 1], b)) <= 7
                          or folded[bounds[i - 1]:b].rstrip().endswith(";"))]
        by_sentence: dict[int, dict[str, list[tuple[int, int]]]] = {}
        for name, found in spans.items():
            for span in found:
                by_sentence.setdefault(bisect.bisect_right(joined, span[0]) - 1, {}).setdefault(name, []).append(span)
        for index, present in sorted(by_sentence.items()):
            candidates = sorted({i for name in present for i in _RULES_OF.get(name, ())})
            for rule, concepts, reach in (C.CONCEPT_RULES[i] for i in candidates):
                if len(concepts) == 1 and concepts[0] in present:
                    for span in present[concepts[0]]:  # each one a claim: "Take the first step, you won't regret it"
                        yield match(*span, rule)
                elif all(name in present for name in concepts):
                    found = self._together(folded, [present[name] for name in concepts], reach)
                    if found and concepts in C.ORDERED and found[0][0] > found[1][0]:
                        continue
                    if found and not _double_negation(folded, text.lang, found):  # every place of its concepts in the sentence is one of the claim's words
                        yield match(min(s for s, _ in found), max(e for _, e in found), rule,
                                    [span for name in concepts for span in present[name]])

    @staticmethod
    def _together(folded: str, places: list[list[tuple[int, int]]], reach: int) -> list[tuple[int, int]] | None:
        """One place of each concept, all within ``reach`` words of each other beyond their
        own words, the first such in the sentence; ``None`` when there is none."""
        if not all(places):
            return None
        if len(places) == 1:
            return [min(places[0])]
        for first in sorted(places[0]):
            chosen = [first] + [min(spans, key=lambda s: abs(s[0] - first[0])) for spans in places[1:]]
            start, end = min(s for s, _ in chosen), max(e for _, e in chosen)
            if len(_WORD.findall(folded, start, end)) <= reach + sum(len(_WORD.findall(folded, s, e)) for s, e in chosen):
                return chosen
        return None

    def _judge(self, text: Text, m: Match) -> tuple[str, str] | None:
        """The message and severity of a match, or ``None`` when its sentence excuses it:
        the same words said of something else (a room number, free parking, an emergency)."""
        folded, about, rule = text.folded, m.sentence, m.rule
        claimed = folded[m.start:m.end]
        said = text.text[m.start:m.end]
        message = MESSAGES[rule].format(said=said, generic=C.GENERIC_NAME.get(text.lang, "botulinum toxin"))

        def near(before: int, after: int) -> list[str]:
            preceding = re.findall(r"\w+", folded[max(0, m.start - 14 * before):m.start])
            return preceding[max(0, len(preceding) - before):] + re.findall(r"\w+", folded[m.end:m.end + 14 * after])[:after]

        if rule in _NEEDS_AN_ACT and not C.NEXT_FREE.fullmatch(claimed) and not any(not C.EXCEPT.search(about[max(0, a.start() - 25):a.start()])
                                             for a in self.medical.finditer(about)):
            return None  # no act, or only one free is the exception to: "At no cost, apart from the consultation"
        if rule in ("be-call-to-action", "promo-urgency") and C.EMERGENCY.search(
                " ".join((about, m.question, text.name))):
            return None  # "Trouble breathing? Don't wait: call 112", "Worried? Don't wait for your next check-up."
        if rule == "promo-urgency" and (C.OPENING_HOURS.search(about) and _CLOCK.search(about)
                                        and not self.medical.search(about) or C.PARKING.search(about)):
            return None  # "This month only, the clinic closes at 5 pm on Fridays"
        if rule == "be-payment-plan" and C.DEFERRED.search(about) and not C.OFFERED_IF.search(about):
            return None
        if rule == "claim-superlative":
            if any(C.PRODUCT.fullmatch(w) and not w.startswith("cosmet") for w in near(0, 1)):
                return None  # "the best sunscreen is the one you actually use": advice on a product
            if any(C.IDIOM_NOUN.fullmatch(w) for w in near(0, 2)) or any(C.SELECTION.fullmatch(w) for w in near(3, 0)) \
                    or re.search(r"(?:montr\w*|voyez|vous voyez|see|shows?|toont|ziet u|zeigt|zeigen|sehen sie)\s+(?:\w+\s+){0,3}$",
                                 folded[max(0, m.start - 40):m.start]):
                return None  # "in the best of families", "a selection of the best results"
            if re.fullmatch(r"inégal(?:e|es|aux)?", said.lower()):
                return None  # "un résultat inégal" is uneven; "inégalé" is the ranking
            # "numéro un" spelled out numbers only the word just before it ("room number one"), not "Notre cabinet, numéro un"
            numbered_by = 2 if re.search(r"[#\d]", claimed) else 1 if re.search(r"\w\s+$", folded[max(0, m.start - 3):m.start]) else 0
            if re.match(r"[#n№]", claimed) and (re.match(r"[-./]?\d", folded[m.end:m.end + 2])
                                               or any(C.NUMBERED_THING.fullmatch(w) for w in near(numbered_by, 4))):
                return None  # "Treatment room #1", "RIZIV-nummer 1-23456-78-901", "Rule #1"
            if any(self.not_care.fullmatch(w) for w in near(0, 3)):
                return None  # "des informations parmi les plus confidentielles": of data, not of care
            if "referen" in claimed and C.ADMIN.search(about):
                return None  # "the reference of your invoice"
        if rule == "claim-guarantee" and self.not_care.search(about) and not self.medical.search(about):
            return None  # a guarantee about a gift voucher or privacy
        if rule == "be-comparison" and (C.HERE_OR_ELSEWHERE.search(about) or C.BODY_PLACE.search(folded, m.start, m.end + 30)
                                        or C.RISK_WORD.search(folded, m.at, m.start) and re.search(r"(?:ailleurs|elsewhere|elders|anderswo|woanders)$", claimed)
                                        or C.EQUAL.search(folded, m.at, m.start) and re.search(r"(?:als|as|que|wie) (?:elke|iedere|any|tout\w*|jede\w*) (?:other|andere|autre)", claimed)
                                        and not C.BETTER_OR_CHEAPER.search(about)):
            return None  # "elders op het lichaam", "injecté ici ou ailleurs", "Risiko … höher als anderswo", "dezelfde zorg als elke andere"
        if rule == "be-comparison" and any(C.TIME_COMPARATIVE.fullmatch(w) for w in near(2, 0)):
            return None  # "an den Lippen eher kürzer als anderswo"
        if rule == "be-comparison" and re.search(r"(?:ailleurs|else|anders|elders|sonst|woanders)$", claimed) \
                and re.match(r"\s*[.;]", folded[m.end:]) and re.search(r"(?:,|\band|\bet|\ben|\bund)\s*$",
                                                                                       folded[max(0, m.start - 6):m.start]):
            return None  # "les images sont conservées dans le dossier, nulle part ailleurs."
        if rule == "claim-no-risk":
            if text.field == "alternatives":
                return None  # "shaving: cheap and without risk of burns" describes another option
            if re.search(r"(?:sans|without|zonder|ohne)\s+(?:[\w']+\s+){0,2}(?:rendre|make|making|maken|machen|zu machen)\s+(?:[\w']+\s+)?$",
                         folded[max(0, m.start - 40):m.start]):
                return None  # "plus supportable sans la rendre sans douleur"
            if C.HARMLESS.fullmatch(claimed) and any(C.LOOKS.fullmatch(w) for w in near(4, 1)):
                return None  # "am Abend sieht alles noch harmlos aus"
            condition = any(C.CONDITION_NOUN.fullmatch(w) for w in near(3, 3))
            # "They're harmless": said of the condition the sentence before named
            condition = condition or bool(C.CONDITION_NOUN.search(folded[max(0, m.start - 250):m.start]))
            if C.HARMLESS.fullmatch(claimed) and (C.HEDGE.search(about) or condition) \
                    or C.NO_DANGER.fullmatch(claimed) and (C.HEDGE.search(about) or condition):
                return None  # "thread veins are mostly harmless", "small harmless growths", "lésions sans danger"
            if C.NEGATIVE_CLAIM.match(claimed) and any(C.RISK_TAKING.fullmatch(w) for w in near(3, 2)):
                return None  # "We take no risk", "wir gehen kein Risiko ein"
            if any(C.ALWAYS.fullmatch(w) for w in near(0, 2)):
                return None  # "Des bleus ? Il n'y en a pas toujours": that they always come is denied
            if C.NEGATIVE_CLAIM.match(claimed) and (any(w in ("almost", "nearly", "presque", "bijna", "nagenoeg", "fast", "nahezu")
                                                        for w in near(2, 0)) or C.USUALLY.search(folded, max(0, m.start - 30), m.start)):
                return _UNCLEAR.format(said=said), WARNING  # "shaving carries almost no risk"
            if C.NEGATIVE_CLAIM.match(claimed) and any(C.QUALIFIER.fullmatch(w) for w in near(0, 1)):
                return None  # "pas de douleur vive", "no particular risk": a lesser one is not denied
            if C.CONSULTATION.search(text.name):
                return None  # the consultation's own page: "Elle ne présente pas de risque physique"
            if re.search(C.CONSULTATION.pattern + r"\s+(?:itself|zelf|selbst|lui-meme|elle-meme|en soi)\b", folded[max(0, m.start - 60):m.start]):
                return None  # "Het onderzoek zelf heeft geen risico's": the examination, not a treatment
            line_start = folded.rfind("\n", 0, m.start) + 1
            if "|" in folded[line_start:m.start] and C.ANAESTHETIC.search(folded, line_start, m.start):
                return _UNCLEAR.format(said=said), WARNING  # "| anaesthetic injection for a biopsy | … | afterwards you feel nothing |"
            if re.search(r"\|[^|\n]*$", folded[max(0, m.start - 80):m.start]) and C.ANAESTHETIC.search(folded, m.end, m.end + 80) \
                    and "|" in folded[m.end:m.end + 80]:
                return _UNCLEAR.format(said=said), WARNING  # "| daarna druk, geen pijn | plaatselijke verdoving |"
            if any(C.STOPPING.fullmatch(w) for w in near(6, 0)):
                return None  # "Arrêter ne présente pas de danger": of stopping, not of a treatment
            acts = {a.group(0) for a in self.medical.finditer(_scope_of(folded, m.start))} or \
                {a.group(0) for a in self.medical.finditer(folded, max(0, m.start - 160), m.start)}
            if acts and all(C.CONSULTATION.fullmatch(act) for act in acts):
                return None  # "The consultation itself carries no risk: the doctor examines, but does not treat"
        if rule == "claim-permanent" and any(w in ("bijna", "presque", "almost", "nearly", "fast", "zelden") for w in near(1, 0)):
            return None  # "die tijd kunnen we bijna nooit meer aan iemand anders geven"
        if rule == "be-call-to-action" and claimed == "go on" and (re.match(r"\s+(?:to|with)\b", folded[m.end:]) or any(
                w in ("can", "could", "may", "might", "will", "would", "should", "must", "it", "they", "it'll") for w in near(1, 0))):
            return None  # "even if you go on to have a treatment"
        if rule == "claim-permanent" and any(C.REMAIN.fullmatch(w) for w in near(3, 0)) and C.CONDITION_NOUN.search(folded, m.at, m.start):
            return None  # "Most moles are harmless and stay so for life": of a condition, not of a result
        if rule == "claim-permanent" and C.LIFELONG.fullmatch(claimed) and re.match(r"\s+[\w-]*(?:ist|eur|euse|ster|aar|smoker|roker|raucher|fumeur|runner|loper|laufer|friend|vriend|freund|ami|fan)\b",
                                                                        folded[m.end:]):
            return None  # "a lifelong cyclist", "een levenslange roker": of a person, not of a result
        if rule == "claim-permanent" and C.LONGER.match(folded, m.end):
            return None  # "un résultat qui dure plus longtemps": longer than another option, not forever
        if rule == "claim-permanent" and C.BOOKED.search(" ".join(near(5, 1))):
            return None  # "uw afspraak is pas definitief als …", "ce n'est qu'alors que le diagnostic est définitif"
        if rule == "claim-permanent":
            miracle = re.search(r"mirac|wonder|wunder", claimed)  # a miracle is no duration, nor a state of the skin
            if any(C.REDUCTION.fullmatch(w) for w in near(3, 3)) and not C.FOREVER_WORDS.search(claimed):
                return None  # "permanent hair reduction", "die Behaarung dauerhaft reduziert"
            if any(re.search(r"mo|an|ja|ye", d.group(0).split()[-1][:2]) for d in C.DURATION.finditer(about)) \
                    and not C.FOREVER_WORDS.search(claimed) and not C.YOUNGER.search(about) and not miracle:
                return None  # "des résultats qui durent de 4 à 6 mois"
            if any(C.SOME.fullmatch(w) for w in near(2, 0)) and not C.FOREVER_WORDS.search(claimed):
                return None  # "Manche Äderchen verblassen nach einer Sitzung, andere brauchen mehr"
            if re.match(r"a\s", claimed) and near(1, 0) and near(1, 0)[0] in ("y", "en", "il", "elle", "on", "n"):
                return None  # "il n'y en a jamais": the verb avoir, not "à jamais"
            scope = _scope_of(folded, m.start)
            if not miracle and any(not C.TREATING.match(scope, r.end()) and not C.TREATING_BEFORE.search(scope, 0, r.start())
                                   for r in self.risk_context.finditer(scope)) \
                    or folded[m.start - 1:m.start] == "-":
                return None  # "a permanent scar", "semi-permanent"
            if not C.FOREVER_WORDS.search(claimed) and (any(C.LIFESTYLE.fullmatch(w) for w in near(0, 4))
                                                          or re.search(r"(?:parfois|soms|sometimes|manchmal|occasionally)\W+$",
                                                                       folded[max(0, m.start - 16):m.start])):
                return None  # "eine dauerhafte Umstellung der Ernährung"; "| gevoelloosheid | soms blijvend |": a risk
            if C.FINAL_WORDS.match(claimed) and C.FINAL.search(about):
                return None  # "the final look is judged after two weeks"
            if any(C.NOT_A_RESULT.fullmatch(w) for w in near(1, 1)) or not C.FOREVER_WORDS.search(claimed) and \
                    any(C.CONDITION.fullmatch(w) for w in near(3, 3)):
                return None  # "our permanent staff", "permanently widened vessels"
        if rule == "before-after" and re.search(C.DURATION.pattern + r"\s*$", folded[max(0, m.start - 24):m.start]):
            return None  # "Meiden Sie die Sonne 4 Wochen vorher und nachher"
        if rule == "before-after" and C.RECORD.search(about):
            return None  # photos before and after, for the medical record
        if rule == "promo-free":
            if re.search(r"\w+mal\s+umsonst", folded[max(0, m.start - 14):m.end + 1]):
                return None  # "lieber zehnmal umsonst angerufen als einmal zu spät": in vain
            if text.lang in C.FALSE_FRIENDS and C.FALSE_FRIENDS[text.lang].fullmatch(_WORD.findall(claimed)[-1]):
                return None  # Dutch "offerte" is a quote
            if C.SEPARATELY.search(claimed) and C.PRICE.search(about) or C.SAME.search(about) \
                    or any(C.SEPARATELY.fullmatch(w) for w in near(0, 1)):
                return None  # "€190, no extra charge", "a second consultation on the same question", "not charged separately"
            # within the sentence, or the one before when this one opens with a pronoun ("Il intervient gratuitement")
            opening = _WORD.search(folded, m.at)
            since = 0 if opening and opening.group(0) in _PRONOUNS else m.at
            in_sentence = _WORD.findall(folded, max(since, m.start - 14 * 12), m.start)[-12:]
            slug = _WORD.findall(text.name)  # "faq/absage": a cancellation's page
            if any(C.FREE_THING.fullmatch(w) for w in in_sentence + near(0, 3) + _WORD.findall(claimed) + slug) or re.search(r"(?:bons?|cartes?|cheques?)\s$",
                                                                               folded[max(0, m.start - 8):m.start]):
                return None  # "free parking", "la brochure est disponible gratuitement", "bon cadeau"
        if _quoted_mention(text, m) and not C.ENDORSED.search(about):
            return None  # 'Laser hair removal is often called "permanent".'
        if " " not in claimed and _DEFINITION.search(folded, max(0, m.start - 8), m.start) and re.match(
                r"\s+(?:en\s+)?(?:is|are|est|sont|zijn|ist|sind|says|means|dit|zegt|sagt|betekent|bedeutet|signifie|therefore|donc|dus|also)\b",
                folded[m.end:]):
            return None  # "A discount is a way of pushing someone to decide", "A guarantee therefore says more about …"
        if rule != "eu-prescription-brand" and C.MYTH.match(folded, folded.rfind("\n", 0, m.start) + 1, m.start):
            return None  # "**Myth:** 'Laser hair removal is permanent.'": a belief quoted to be corrected
        if (rule in _ASKABLE or rule == "claim-superlative") and C.INDIRECT_QUESTION.search(folded, max(0, m.start - 120), m.start):
            return None  # "Ein Journalist fragte mich, ob die Mesotherapie ein Wundermittel sei"
        if rule == "testimonial" and self.not_care.search(re.split(r"[.!?]", folded[m.start:m.end + 200])[0]):
            return None  # "Merci pour votre avis ; pour des raisons de secret médical, nous ne pouvons pas commenter"
        if rule == "promo-discount" and re.search(r"(?:less|minder|weniger|moins(?: de)?)$", claimed) \
                and re.match(r"\s+(?:hair|haar|haare|poils?|wrinkles?|rimpels?|rides?|falten|redness|roodheid|rougeurs?|rotung|pigment\w*|spots?|vlekken|taches|flecken|"
                             r"sweat\w*|zweet|transpiration|schwei\w*|acne|akne|pain|pijn|douleur|schmerz\w*|volume|fat|vet|graisse|fett)(?!\w)", folded[m.end:]):
            return None  # "70 to 90 % less hair": a result in percent, not a price
        if rule == "promo-discount" and C.VAT.search(folded, max(0, m.start - 40), m.end + 20):
            return None  # "21 % de TVA sur les traitements esthétiques"
        if rule != "eu-prescription-brand" and _names_a_topic(folded, m.start, m.end):
            return None  # "see [Reimbursement](faq/reimbursement.md)", "| Situation | Intervention de la mutualité |"
        if rule.startswith(("promo-", "be-call", "be-payment")) and C.CRITICIZED.search(about):
            return None  # "une décision prise sous l'effet d'une offre limitée dans le temps est une mauvaise décision"
        law = C.LAW_FORBIDS.search(about)
        if law and about.find(claimed) > law.start():
            return None  # "la loi n'autorise pas les cabinets à promouvoir … des traitements gratuits"
        if rule == "promo-urgency" and re.search(r"booking (?:page|site|link|system|calendar)|boekingspagina|boekingssite|page de (?:reservation|prise de rendez-vous)|buchungsseite|terminkalender|online-?agenda", about):
            return None  # "a freed slot appears straight away on the booking page"
        if rule == "promo-urgency" and C.CALLBACK.search(about):
            return None  # "a doctor will call you back as soon as possible"
        if rule == "claim-guarantee" and C.PREMISES.search(about):
            return None  # "l'hygiène et l'équipement d'urgence ne sont garantis qu'au cabinet"
        if rule in ("promo-urgency", "promo-discount") and re.fullmatch(r"offres? limitees?", claimed) \
                and re.match(r"\s+d(?:e\s|')\s*(?!\d)", folded[m.end:]):
            return None  # "une offre limitée d'injections et de peelings": a small range of care
        if rule == "claim-guarantee" and C.INSURER.search(" ".join((about, m.question, text.name))) \
                and (C.CONTRACT.search(about) or C.INSURER.search(about)):
            return None  # "certains contrats prévoient une garantie pour les soins ambulatoires": an insurance's cover
        if rule == "promo-urgency" and re.search(r"miss|manqu|verpass", claimed) and any(
                w in C.NOT_ADDRESSED.get(text.lang, ()) for w in _WORD.findall(re.split(r"[.!?:;]", folded[max(0, m.start - 80):m.start])[-1])):
            return None  # "we zouden ze ook niet missen"
        if rule == "be-comparison" and (re.search(r"(?:vos|votre|your|uw|je|jouw|ihre[nmr]?|deine[nmr]?)\s+(?:\w+\s+)?(?:andere\w*|other|autres)", claimed)
                                        or re.search(r"(?:anders|different|differente?s?|autrement)\s+(?:\w+\s+){0,2}$", folded[m.at:m.start])
                                        and not re.search(r"klinik|kliniek|clinic|cliniqu|praxis|praktijk|cabinet|centr|zentr|institu", about)):
            return None  # "pour que vos autres médecins puissent …", "eine Stelle, die anders aussieht als die anderen"
        if rule == "be-comparison" and re.search(r"(?:onze|our|nos|unsere\w*)\s+(?:andere\w*|other|autres)", claimed):
            return None  # "als voor onze andere fillers": the clinic's own other products
        if rule == "promo-discount" and C.DEPOSIT.search(about):
            return None  # "The €50 deposit is deducted from your invoice"
        offered = about[:excluded.start()] if (excluded := C.EXCLUDING.search(about)) else about
        offered = _NOT_AN_ACT_HERE.sub(" ", offered)  # "15% off sunscreen: a cosmetic product, not a treatment"
        if rule == "promo-discount" and not self.medical.search(offered) and C.PRODUCT.search(about):
            return None  # "Silver members get 10% off sun creams in our shop"
        if rule == "promo-discount" and not self.medical.search(about):
            return (_FINANCIAL_ONLY.format(said=said), WARNING) if "be" in self.packs else None
        if rule == "be-reimbursement":
            answered_yes = re.search(r":\s*(?:ja|yes|oui)\b", about)  # "Auf die Frage, ob …: Ja, sie wird erstattet"
            if not C.INSURER.search(about) or C.DEFERRED.search(about) and not answered_yes or C.INSURER_PROCEDURE.search(about) \
                    or re.match(r"\W*(?:of|ob|si|whether)\s", about):
                return None  # "Of uw ziekenfonds toch iets terugbetaalt, vraagt u best zelf na"
            if re.match(r"[\s*_]*:", folded[m.end:]) and C.ASK_THE_INSURER.search(about) \
                    and not _WORD.search(re.split(r"[.!?\n]", folded[max(0, m.start - 60):m.start])[-1]):
                return None  # "Reimbursement: please check with your health insurer"
            if C.NOT_AESTHETIC.search(about) or C.INSURANCE_SYSTEM.search(about) \
                    or C.ORDINARY_CARE.search(about) and not self.medical.search(C.ORDINARY_CARE.sub(" ", about)):
                return None  # "La reconstruction mammaire après un cancer est prise en charge"
            insurer = C.INSURER.search(about)
            if insurer and C.WHEN_INSURER.search(about, 0, insurer.start()):  # anchored at the insurer ("$" at endpos)
                return _INSURER_LEFT.format(said=said), WARNING  # "lorsque votre mutualité intervient, le devis détaille …"
            acts = list(self.medical.finditer(about))
            if acts and all(C.CONSULTATION.fullmatch(a.group(0)) or _of_a_consultation(about, a) for a in acts) \
                    or C.INSURER_ADMIN.search(about):
                return _INSURER_LEFT.format(said=said), WARNING  # "dermatology consultations are partly reimbursed"
            if C.MEDICAL_REASON.search(about):
                if C.MAY.search(about):
                    return None  # "une intervention de la mutuelle est possible lorsque la peau limite le champ de vision"
                return _INSURER_LEFT.format(said=said), WARNING  # "… is reimbursed, provided the skin impairs your field of vision"
            if any(re.search(r"(?:no|none of the|geen|geen enkele|keine|kein|aucune?)\s$", folded[max(0, i.start() - 12):i.start()])
                   for i in C.INSURER.finditer(folded, m.start, m.start + 60)):
                return None  # "beteiligt sich keine Krankenkasse an den Kosten"
            # "sommige ziekenfondsen geven via de aanvullende verzekering een tegemoetkoming"
            if C.ASK_THE_INSURER.search(about) or any(C.SOME.fullmatch(w) for w in near(3, 0)) or C.SOME_INSURERS.search(about) \
                    or C.CONSULTATION.search(text.name):
                return _INSURER_LEFT.format(said=said), WARNING  # "some supplementary policies contribute"
            page = " ".join((m.question, text.name))
            if not self.medical.search(" ".join((about, page))) and re.search(
                    r"rembours|terugbeta|vergoed|erstatt|reimburs|insuranc|verzeker|assuranc|versicher|mutu|ziekenfonds|krankenkass|kasse", page):
                # "many funds sell supplementary insurance with extra cover", on a page about health insurance: of no act
                return _INSURER_LEFT.format(said=said), WARNING
            treatment_page = "/treatments/" in text.path and self.medical.search(text.name)
            if not self.medical.search(" ".join((about, m.question))) and not treatment_page \
                    and not _CHEER.search(text.text, m.at, m.at + len(m.sentence)):
                # "the fund pays back part of the medical care at the RIZIV rates": of no treatment, and no cheer
                return _NO_TREATMENT.format(said=said), WARNING
        if rule == "eu-prescription-brand" and C.BRAND_EXPLAINED.search(about):
            return message + _BRAND_EXPLAINED, WARNING
        if rule == "eu-prescription-brand" and (text.field == "question" or about.rstrip(" *_\"')»”\n").endswith("?")):
            return message + _BRAND_ASKED, WARNING  # "Do you use Botox?": the visitor's word, asked
        return message, RULES[rule].severity

    @staticmethod
    def _doubt(text: Text, m: Match) -> str | None:
        """What in a claim's sentence leaves its reading unsure, or ``None``: a quotation,
        the claim's own clause asked, or a negation the reading could not tie to the claim.
        An error needs a sentence that plainly asserts; these make a warning."""
        signals = _DOUBT_SIGNALS.get(m.rule, ())
        folded, low, high = text.folded, m.at, m.at + len(m.sentence)
        # a quotation holds the claim ("called « définitive »") or is speech, not a name in quotes ("« Éclat »")
        if "quote" in signals and any(q.start() <= m.start < q.end() or len(_WORD.findall(q.group(0))) >= 4
                                      for q in _QUOTED.finditer(folded, low, high)):
            return "it quotes someone"
        asked = re.match(r"[^?]*\?", folded[m.end:high])  # "Is it reimbursed?", not "…, so why wait?"
        if "question" in signals and asked and not _WHY_THEN.search(asked.group(0)) \
                and not _says_yes(folded[m.end + asked.end():].lstrip(" *_\n"), text.lang):
            return "it asks"
        outside = folded[low:m.start] + " " + folded[m.end:high]
        if "negation" in signals and _DOUBT_NEGATION[text.lang if text.lang in _DOUBT_NEGATION else "en"].search(outside):
            return "it says no to something"
        return None

    @staticmethod
    def _denied_topics(folded: str) -> Iterator[tuple[int, int]]:
        """Pain, risks or side effects named first in a sentence and denied at its end, with
        a verb that has them between: "Side effects there are ... practically none"."""
        at = 0
        for m in [*_SCOPE.finditer(folded), None]:
            stop = m.end() if m else len(folded)
            lead = _LEAD.match(folded, at)
            topic = C.RISK_TOPIC.match(folded, lead.end() if lead else at)
            if topic:
                none = C.NONE_LEFT.search(folded, topic.end(), stop)
                if none and len(_WORD.findall(folded[topic.end():none.start()])) <= 14 and \
                        C.TOPIC_VERB.search(folded[topic.end():none.end()]):
                    yield topic.start(), none.end()
            at = stop


def _side_effect_denied(folded: str, bounds: list[int], spans: dict[str, list[tuple[int, int]]]
                        ) -> Iterator[tuple[int, int, list[tuple[int, int]]]]:
    """A side effect or pain asked alone ("Bruising?", "Q: ça fait mal ?") and denied by the
    answer's first or last word, unhedged: "Bruising? Never with our cannula.", "Zwelling?
    Met onze fijne naalden nooit.", "Tut das weh? Nö, überhaupt nicht." """
    for start, end in spans.get("side_effects", []):
        label = _NONE_ANSWER.match(folded, end)
        if label:  # "Side effects: none.", "Risico's: geen."
            yield label.start(1), label.end(1), [(start, end), label.span(1)]
    asked = [*spans.get("side_effects", []), *(m.span() for m in C.HURT.finditer(folded))]
    for start, end in asked:
        i = bisect.bisect_right(bounds, start) - 1
        if i + 2 >= len(bounds):
            continue
        question, answer = folded[bounds[i]:bounds[i + 1]], folded[bounds[i + 1]:bounds[i + 2]]
        words = list(_WORD.finditer(folded, bounds[i + 1], bounds[i + 2]))
        if words and len(words[0].group(0)) == 1 and folded.startswith(":", words[0].end()):
            words = words[1:]  # "A: nope" - a label, as in a Q&A post
        asked_words = [w for w in _WORD.findall(question) if len(w) > 1]
        if not question.rstrip().endswith("?") or len(asked_words) > 4 or not 0 < len(words) <= 16 \
                or C.CONTRAST_ANSWER.search(answer) or C.NO_RISK.search(question):
            continue  # "Sans risque ? Non : …" answers a claim asked about
            continue
        said = [w.group(0) for w in words]
        if any(C.NEVER.fullmatch(w) and _hedges(said[j + 1:j + 3]) for j, w in enumerate(said)):
            continue  # "Not always", "Not for long", "No more than a pinch"
        for word in (words[0], words[-1]):
            if C.NEVER.fullmatch(word.group(0)):  # every no of the answer is the claim's: "Nö, überhaupt nicht"
                yield word.start(), word.end(), [(start, end), *(w.span() for w in words if C.NEVER.fullmatch(w.group(0)))]
                break


_NONE_ANSWER = re.compile(r"[\s*_]*:[\s*_]*(none|nothing|zero|aucune?s?|rien|neant|geen|niets|nul|keine?|nichts)(?=[\s*_]*(?:[.!;]|$))")
_FILLER = {"for", "so", "that", "very", "pour", "si", "tres", "zo", "erg", "heel", "sehr", "zu", "too"}
_MORE = {"more", "plus", "meer", "mehr"}


def _hedges(after: list[str]) -> bool:
    """The words after a "no" make it a hedge: "not always", "not for long", "no more than"."""
    if after and after[0] in _FILLER:
        after = after[1:]
    return bool(after) and (bool(C.HEDGED_ANSWER.fullmatch(after[0]) or C.QUALIFIER.fullmatch(after[0])) or after[0] in _MORE)


def _of_a_consultation(folded: str, act: re.Match[str]) -> bool:
    """The act word names a consultation's field: "dermatology consultations", "consultations de dermatologie"."""
    before = re.search(r"(\w+)\W+(?:(?:de|d'|of|van|fur|der|des|en)\W+)?$", folded[max(0, act.start() - 30):act.start()])
    after = re.match(r"\W+(\w+)", folded[act.end():act.end() + 30])
    return any(m and C.CONSULTATION.fullmatch(m.group(1)) for m in (before, after))


def _says_yes(answer: str, lang: str) -> bool:
    """The sentence answers yes: "Yes.", "Dat kan." - but not "Dat kan bij ons niet."."""
    if not _YES.match(answer):
        return False
    first = " ".join(_WORD.findall(answer)[:6])
    return not any(strong and pattern.search(first) for pattern, strong in _NEGATION.get(lang, _NEGATION["en"]))


def _answer_no(following: str) -> bool:
    """The sentence answers no: "No.", "Nee, …", "Not really: …" - but not "no scars, no swelling"."""
    m = _NO.match(following)
    return bool(m) and not re.match(r"\s*\w", following[m.end():])


def _double_negation(folded: str, lang: str, found: list[tuple[int, int]]) -> bool:
    """The claim's own words deny and the word before them denies too: "Ohne
    Nebenwirkungen gibt es nicht", "without side effects does not exist"."""
    negations = _NEGATION.get(lang, _NEGATION["en"])
    first = min(found)[0]
    before = re.search(r"([\w']+)\W*$", folded[max(0, first - 20):first])
    return bool(before) and any(p.fullmatch(before.group(1)) for p, _ in negations) and \
        any(p.search(folded, s, e) for s, e in found for p, _ in negations)


def _names_a_topic(folded: str, start: int, end: int) -> bool:
    """The words from ``start`` to ``end`` name a topic rather than say something of it: the
    text of a link another sentence refers to ("see [Reimbursement: when does the fund
    contribute?]") or a cell of a table's header row."""
    if re.search(r"(?<!\w)(?:see|voir|zie|siehe|lees|read|lire|lesen)\b(?:(?!\n\n)[^.]){0,100}\[[^\[\]\n]{0,80}$",
                 folded[max(0, start - 200):start]) and re.match(r"[^\[\]\n]{0,80}\]", folded[end:]):
        return True
    line_end = folded.find("\n", end)
    return folded[folded.rfind("\n", 0, start) + 1:start].lstrip().startswith("|") and line_end >= 0 \
        and bool(re.match(r"\n[ \t]*\|?[ \t:]*-{3,}", folded[line_end:line_end + 12]))


def _scope_of(folded: str, index: int) -> str:
    """The scope (sentence, or clause before a colon) around ``index``."""
    low = max([0, *(m.end() for m in _SCOPE.finditer(folded, 0, index + 1) if m.end() <= index)])
    high = next((m.end() for m in _SCOPE.finditer(folded, index)), len(folded))
    return folded[low:high]


_QUOTES = "\"'«»“”„‘’*"


def _quoted_mention(text: Text, m: Match) -> bool:
    """A claim in quotes that is named ("called 'permanent'"), cited from someone's advert
    ("an ad for a 'free first session'") or from a question someone asked ("asked whether it
    could be « définitive »"): mentioned, not claimed."""
    before, after = text.text[max(0, m.start - 3):m.start], text.text[m.end:m.end + 3]
    if before.strip() and before.strip()[-1] in _QUOTES and after.strip() and after.strip()[0] in _QUOTES and (
            C.CALLED.search(text.folded[max(0, m.start - 40):m.start])
            or C.CALLED.match(text.folded, m.end + 1 + len(after) - len(after.lstrip()))
            or C.CALLED.search(text.folded[m.end:m.end + 20])):
        return True
    for quote in [*_QUOTED.finditer(text.folded), *_SHORT_QUOTE.finditer(text.folded)]:
        if quote.start() < m.start and m.end < quote.end() and len(_WORD.findall(quote.group(0))) <= 8:
            in_brackets = text.folded[:quote.start()].rstrip().endswith("(") and text.folded[quote.end():].lstrip().startswith(")")
            return in_brackets or bool(C.MENTIONED.search(m.sentence)  # '("this week only")': an example given
                                       or C.MENTIONED.search(text.folded[quote.end():quote.end() + 40]))
    return False


_SHORT_QUOTE = re.compile(r"(?<!\w)'[^'\n]{2,80}'(?!\w)")


# testimonials told by their shape, in the text as written (names have capitals): a quoted
# sentence signed with a first name ("« Je me sens renaître ! » — Sophie, 42 ans"), a name and an age
# in brackets, a patient's story by name ("L'histoire de Julie", "Markus erzählt")
_NAME = r"(?!(?:Dr|Dre|Prof|Docteur|Dokter|Doctor|Clinique|Clinic|Kliniek|Klinik|Praxis|Praktijk|Cabinet|Centre|Center)\b)[A-ZÀ-Ý](?:[a-zà-ÿ]+|\.)"
_HONORIFIC = r"(?:Mrs?|Ms|Mme|Mlle|Madame|Mademoiselle|Monsieur|Mevrouw|Meneer|Mevr|Dhr|Frau|Herr)\.?"
_SAID = (r"(?:nous |ons |uns |m'|me |mir )?(?:écrivait|a écrit|écrit|disait|a dit|confiait|wrote|writes|said|says|told us|"
         r"schreef|schrijft|zei|vertelde|vertelt|schrieb|schreibt|sagte|sagt|erzählte|erzählt|raconte|racontait|"
         r"témoigne|confie|getuigt|berichtet)")
_TESTIMONIAL_RAW = re.compile(
    rf"[!?.…,]\s*[»”\"“’'](?:\s*[-–—,]\s*|\s+(?={_HONORIFIC}\s))(?:{_HONORIFIC}\s+)?{_NAME}\b"
    rf"|\b{_NAME}(?:'s|’s|s) (?:story|journey|Geschichte)\b"
    rf"|(?:[»”\"“]|(?<![\s(]\w)['’])\s*,?\s*{_SAID}\b"
    rf"|(?:[»”\"“]|(?<![\s(]\w)['’])\s*,?\s*{_NAME},\s*\d{{2}},\s*{_SAID}\b"  # "'…,' Tom, 34, wrote to us"
    rf"|[»”\"“’']\s*[-–—]\s*{_NAME}(?=\s*,\s*\d{{2}}\b|\s+(?:uit|from|aus|de|d'|van|von|in)\s+[A-ZÀ-Ý]"
    rf"|\s*,\s*(?:about|on|sur|over|über|à propos)\b|\s*$)"
    rf"|\b{_HONORIFIC}\s+[A-Z]\.,\s*\d{{2}}\s*(?:ans|jaar|Jahre|years(?: old)?)\b"
    rf"|\b{_HONORIFIC}\s+[A-Z]\.,[^.:\n]{{0,100}}:\s*[«“\"'‚„]"
    rf"|\(\s*{_NAME},\s*\d{{2}}(?:\s*(?:ans|jaar|Jahre|years(?: old)?))?\s*(?:[,;][^)]{{0,60}})?\)"
    rf"|\b{_NAME}(?:\s+(?:aus|uit|de|from|van)\s+[A-ZÀ-Ý]\w+)?\s+{_SAID}\s*:\s*[«“\"„‚']"
    rf"|(?i:histoire|parcours|verhaal|geschichte|story|journey)\s+(?i:de|d'|van|von|of)\s+"
    rf"(?:(?i:mme|mevrouw|frau|mrs?\.?|m\.|mr\.?|madame|monsieur|meneer|herr)\s+)?{_NAME}"
    rf"|\b{_NAME}\s+(?:erzählt|vertelt|raconte|tells|shares)\b")


# --- personal data, through the engine's own redaction ---------------------------------------

class Redactor:
    """The engine's ``GlowEngine.redact`` in embedded V8: one definition of personal data."""

    def __init__(self, site: Site) -> None:
        address = " ".join([site.address.street.get(site.default_language), site.address.postcode,
                            site.address.city.get(site.default_language)])
        keep = [site.contact.phone.display, site.contact.phone.e164, site.contact.email or "",
                site.contact.whatsapp.display if site.contact.whatsapp else "", address, site.emergency_number]
        self.keep = keep + [site.address.street.get(lang) for lang in site.languages]
        self.v8: Any = None  # started on first use: V8 is a tenth of a second of a check

    def _start(self) -> Any:
        from py_mini_racer import MiniRacer

        from glowgen.bundle import ENGINE, shipped

        v8 = MiniRacer()
        v8.eval(shipped(ENGINE).decode("utf-8"))
        # year 1900: no date is anyone's birth date here (content dates are days and history)
        v8.eval("globalThis.__spans = (texts) => JSON.stringify(texts.map((t) => GlowEngine.redact(t, "
                f"{{keep: {json.dumps(self.keep, ensure_ascii=False)}, year: 1900}}).spans));")
        return v8

    def spans(self, texts: list[str]) -> list[list[dict[str, Any]]]:
        """Where personal data is in each text: [{start, end, type}]."""
        if not texts:
            return []
        self.v8 = self.v8 or self._start()
        return json.loads(self.v8.call("__spans", texts))


# Content names places, the team and dates on purpose; what it must not hold is someone's
# contact details or identifiers.
CONTENT_PERSONAL_DATA = ("email", "phone", "iban", "national_id", "card", "id_number")
# each of those types has a digit, an @ or a word the engine reads as one ("anne at mail dot be");
# the engine is not asked about the other texts
_MAY_HOLD_DATA = re.compile(r"[\d@]|(?<![a-z])(?:at|arobase|apenstaartje|apestaartje|aapje|klammeraffe)(?![a-z])",
                            re.I)


def personal_data(texts: list[Text], site: Site, redactor: Redactor) -> Iterator[Finding]:
    """E-mail addresses and numbers that are not the clinic's own (its domain counts as its own)."""
    domains = {(site.contact.email or "").rpartition("@")[2].lower()}
    if site.base_url:
        domains.add(re.sub(r"^(?:https?://)?(?:www\.)?", "", site.base_url).split("/")[0].lower())
    domains.discard("")
    texts = [text for text in texts if _MAY_HOLD_DATA.search(text.masked)]
    for text, spans in zip(texts, redactor.spans([text.masked for text in texts])):
        for span in spans:
            start, end, kind = int(span["start"]), int(span["end"]), span["type"]
            piece = text.text[start:end]
            if kind not in CONTENT_PERSONAL_DATA or (kind == "email" and piece.rpartition("@")[2].lower() in domains):
                continue
            if kind != "email" and (C.PUBLIC_NUMBER_CUE.search(fold(text.masked[max(0, start - 60):start]))
                                    or C.PRACTITIONER_NUMBER.fullmatch(piece) or C.COMPANY_NUMBER.search(piece)):
                continue  # "Ondernemingsnummer BE 0712.345.630", "RIZIV 1-23456-78-901": public on purpose
            yield Finding(text, start, end, "personal-data",
                          ERROR, f"'{piece}' looks like personal data ({kind.replace('_', ' ')}); content is public "
                          "and shipped to every visitor: remove it, or use the clinic's own contact details")


# --- links, the theme --------------------------------------------------------------------------

_PREFILL = re.compile(r"[?&](?:text|body|subject|message|msg|content|comment|note)=", re.I)
_TRACKERS = re.compile(
    r"googletagmanager|google-analytics|gtag\(|\bga\(|fbq\(|connect\.facebook\.net|hotjar|matomo|piwik|_paq\b|"
    r"plausible\.io|clarity\.ms|cdn\.segment|mixpanel|hs-scripts|hubspot|snap\.licdn|analytics\.tiktok|doubleclick|"
    r"umami|fathom|cloudflareinsights|static\.ads|adsbygoogle", re.I)
_TAG = re.compile(r"<(form|input|textarea|select|iframe|script|a|link|img)\b([^>]*)>", re.I)
_ATTR = re.compile(r"""\b(src|href|action)\s*=\s*["']?([^"'\s>]*)""", re.I)


def check_theme(theme: Any, report: Report) -> None:
    """The templates and scripts in effect: no form, no frame of another site, no tracker,
    no link that fills in a message (the assistant stays informational)."""
    seen: set[str] = set()
    for folder in theme.chain:
        for kind in ("templates", "static"):
            base = folder.path / kind
            if not base.is_dir():
                continue
            for file in sorted(base.rglob("*")):
                relative = f"{kind}/{file.relative_to(base).as_posix()}"
                if relative in seen or not file.is_file() or file.suffix not in (".html", ".j2", ".js", ".jinja", ".txt", ".xml"):
                    continue
                seen.add(relative)
                _check_template(file.read_text(encoding="utf-8", errors="replace"), theme.display(file), report)


def _check_template(text: str, path: str, report: Report) -> None:
    def place(index: int) -> tuple[int, int]:
        return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1

    for m in _TAG.finditer(text):
        tag, attrs = m.group(1).lower(), m.group(2)
        line, column = place(m.start())
        urls = {name.lower(): value for name, value in _ATTR.findall(attrs)}
        if tag in ("form", "input", "textarea", "select"):
            report.error(path, line, "form", f"<{tag}>: the site collects nothing from visitors (the assistant "
                         "is informational and its own field is built in); link to the booking page instead", column)
        elif tag == "iframe" and re.match(r"(?:https?:)?//", urls.get("src", "")):
            report.error(path, line, "iframe", f"<iframe src=\"{urls['src']}\"> shows another website, which sees "
                         "the visitor; link to it instead", column)
        elif tag == "script" and re.match(r"(?:https?:)?//", urls.get("src", "")):
            report.error(path, line, "tracking", f"<script src=\"{urls['src']}\"> loads code from another site; "
                         "glowgen's pages load nothing from elsewhere (put the file in the theme's static/)", column)
        for url in urls.values():
            problem = _theme_link_problem(url)
            if problem:
                report.error(path, line, "link-scheme", f"{url} {problem}", column)
            if _PREFILL.search(url):
                report.error(path, line, "link-prefill", f"{url} fills in a message for the visitor; link without "
                             "text, subject or body", column)
    for m in _TRACKERS.finditer(text):
        line, column = place(m.start())
        report.error(path, line, "tracking", f"'{m.group(0)}' is a tracker or analytics service; glowgen sites "
                     "do not track visitors (DESIGN.md, privacy)", column)


def _theme_link_problem(url: str) -> str | None:
    """What is wrong with an address written in a template; those the template fills in
    (``{{ ... }}``) come from content, which the schema checked."""
    from glowgen.markdown import EXTERNAL_SCHEMES
    from glowgen.schema import link_problem

    if "{" in url:
        return None
    if url.startswith("//"):
        return f"is missing https:; write https:{url}"
    if re.match(r"[a-z][a-z0-9+.-]*:", url, re.I):
        return link_problem(url, EXTERNAL_SCHEMES)
    return None


# --- the site's own sense ---------------------------------------------------------------------

def check_site_sense(site: Site, content: Content, today: dt.date, report: Report) -> None:
    """A price for every treatment, banners in date, hours that look right, images with a text."""
    from glowgen.markdown import find_links

    for treatment in site.treatments:
        path = treatment.paths[site.default_language]
        if treatment.price is None:
            report.error(path, 1, "treatment-price", "no price: write 'price: 250', 'price: {from: 250}' or "
                         "'price: on request', so the price list and the assistant can answer")
        if "be" in packs(site.country):
            missing = [name for name in ("risks", "aftercare", "alternatives") if getattr(treatment, name) is None]
            if missing:
                report.warning(path, 1, "be-treatment-info",
                               f"no {', '.join(missing)}: in Belgium only factual information about a procedure is "
                               f"allowed, and it includes these; add {', '.join(f'{m}: ...' for m in missing)}")
    for index, banner in enumerate(site.banners):
        if banner.until is not None and banner.until < today:
            line, column = content.banners[index] if index < len(content.banners) else (site.lines.get("banners", 1), 0)
            report.warning("content/site.yaml", line, "banner-expired",
                           f"this banner's last day was {banner.until.isoformat()}; it is no longer shown. "
                           "Remove it", column)
    _check_hours(site, report)
    if "be" in packs(site.country):
        _check_titles(site, content, report)
    for item in site.items():
        for lang, body in item.body.values.items():
            if lang != site.default_language and body is item.body.get(site.default_language):
                continue
            if "![" not in body.text:
                continue
            for link in find_links(body.tokens, body.text):
                if link.image and not link.alt.strip():
                    report.warning(body.path, body.line + link.line, "alt-text",
                                   f"the image {link.url} has no text for those who cannot see it; "
                                   "write it between the brackets: ![what it shows](...)")


def _check_hours(site: Site, report: Report) -> None:
    line = site.lines.get("hours", 1)
    if not any(site.hours):
        report.warning("content/site.yaml", line, "hours", "the clinic is never open in an ordinary week; "
                       "give the hours of each day, e.g. mon: \"09:00-18:00\"")
        return
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    for day, ranges in zip(days, site.hours):
        if not ranges:
            continue
        first, last = ranges[0][0], ranges[-1][1]
        if first < 6 * 60 or last > 22 * 60 or sum(end - start for start, end in ranges) > 14 * 60:
            report.warning("content/site.yaml", line, "hours",
                           f"{day}: open from {first // 60:02d}:{first % 60:02d} to {last // 60:02d}:{last % 60:02d}; "
                           "is that right? Write the hours as 24-hour times, e.g. \"09:00-18:00\"")


def _check_titles(site: Site, content: Content, report: Report) -> None:
    for person in site.team:
        for lang in site.languages:
            role, name = fold(person.role.get(lang)), fold(person.name.get(lang))
            if C.PROFESSIONAL_TITLE.search(role) or C.PROFESSIONAL_TITLE.search(name) or C.NOT_A_PRACTITIONER.search(role):
                continue
            path = person.paths.get(lang, person.paths[site.default_language])
            place = next(((t.place(0)) for t in content.texts if t.path == path and t.field == "role"), (1, 0))
            report.warning(path, place[0], "be-professional-title",
                           f"role '{person.role.get(lang)}' does not say the professional title (doctor, nurse, "
                           "dermatologist, ...); Belgian law wants practitioners named with it", place[1])
            break


# --- the stage ---------------------------------------------------------------------------------

def check_compliance(root: Path, site: Site, theme: Any | None, today: dt.date, report: Report) -> None:
    """Every compliance rule of the site's packs; findings a file allows are listed as allowed."""
    found = Report()
    content = read_content(root, site, found)
    claims = Claims(site)
    findings: list[Finding] = []
    for text in content.texts:
        if text.shown:
            findings.extend(claims.find(text))
    findings.extend(personal_data(content.texts, site, Redactor(site)))
    for finding in findings:
        line, column = finding.text.place(finding.start)
        _emit(found, finding.text.path, line, column, finding.severity, finding.rule, finding.message)
    _check_links(site, found)
    check_site_sense(site, content, today, found)
    if theme is not None:
        check_theme(theme, found)
    active = packs(site.country)
    for diagnostic in found.items:
        rule = RULES.get(diagnostic.rule)
        if rule is not None and rule.pack not in active:
            continue
        allowance = content.allowances.get(diagnostic.path)
        if rule is not None and allowance and rule.id in allowance.rules:
            report.allowed(diagnostic.path, diagnostic.line, diagnostic.rule,
                           f"{diagnostic.message} (allowed: {allowance.reason or 'no reason given'})", diagnostic.column)
        else:
            report.extend([diagnostic])


def _emit(report: Report, path: str, line: int, column: int, severity: str, rule: str, message: str) -> None:
    (report.error if severity == ERROR else report.warning)(path, line, rule, message, column)


def _check_links(site: Site, report: Report) -> None:
    """No link of the content fills in a message for the visitor (wa.me/...?text=, mailto:?body=)."""
    from glowgen.markdown import find_links

    urls: list[tuple[str, str, int]] = []
    for item in site.items():
        for body in {id(b): b for b in item.body.values.values()}.values():
            if "?" in body.text:
                urls += [(body.path, link.url, body.line + link.line) for link in find_links(body.tokens, body.text)]
    contact = site.contact
    for name, url in (("booking_url", contact.booking_url), ("maps_url", site.address.maps_url)):
        if url:
            urls.append(("content/site.yaml", url, site.lines.get("contact" if name == "booking_url" else "address", 1)))
    for banner in site.banners:
        if banner.url:
            urls.append(("content/site.yaml", banner.url, site.lines.get("banners", 1)))
    for path, url, line in urls:
        if _PREFILL.search(url):
            report.error(path, line, "link-prefill", f"{url} fills in a message for the visitor; link without "
                         "text, subject or body (the visitor writes their own)")

