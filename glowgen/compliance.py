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
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from glowgen import claims as C
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

class _FoldTable(dict):
    """str.translate's table, filled as characters come: each to one lower-case letter."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char in "\u2019\u2018\u02bc":
            base = "'"
        else:
            base = unicodedata.normalize("NFD", char)[0].lower()
        self[code] = base if len(base) == 1 else char
        return self[code]


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Lower case without accents, one character for one, so positions stay the text's."""
    return text.translate(_FOLD)


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

    def __post_init__(self) -> None:
        # link targets blanked (same length): a URL's words and numbers are no claim or data
        self.masked = _LINK_TARGET.sub(lambda m: m.group(0)[0] + " " * (len(m.group(0)) - 1), self.text)
        self.folded = fold(self.masked)

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
        gap = r"[\s\"'>|\\-]+"
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
_WORD = re.compile(r"[\w']+")
# headings, list markers, emphasis and quotes before a sentence's first word
_LEAD = re.compile(r"[\s#>*_+\-\"'«“„(\[]*(?:\d+[.)]\s*)?")


def _folded_words(words: list[str]) -> str:
    """Words and phrases as one folded alternation; a space is any run of spaces, and "…"
    stands for up to five words in between ("ne … pas"). French "ne" is also "n'"."""
    def one(word: str) -> str:
        parts = [r"\s+".join(re.escape(w) for w in part.split()) for part in fold(word).split("…")]
        parts = [r"(?:ne\b|n')" if part == "ne" else
                 r"(?:ne\s+|n')" + part[len(r"ne\s+"):] if part.startswith(r"ne\s+") else part for part in parts]
        return r"\s*(?:[\w'-]+\s+){0,5}?".join(parts)
    return "|".join(one(w) for w in sorted(words, key=len, reverse=True))


def _words_pattern(words: list[str]) -> re.Pattern[str]:
    """Whole words and phrases (a phrase may start with a comma, as Dutch relatives do)."""
    return re.compile(rf"(?<![\w-])(?:{_folded_words(words)})(?:(?<=')|(?![\w-]))")


def _negations(lang: str) -> list[tuple[re.Pattern[str], bool]]:
    words = C.NEGATIONS[lang]
    strong = [*words["strong"], *C.DENIALS[lang]]
    return [(re.compile(_words_pattern(strong).pattern + (r"|\w+n't" if lang == "en" else "")), True),
            (_words_pattern(words["weak"]), False)]


_NEGATION = {lang: _negations(lang) for lang in C.NEGATIONS}
_NOT_A_NEGATION = _words_pattern(C.NOT_A_NEGATION)
_CONTRAST = _words_pattern(C.CONTRAST)
_SUBORDINATOR = {lang: re.compile(rf"(?:{_folded_words(words)})(?![\w-])") for lang, words in C.SUBORDINATORS.items()}
_FRAME = {lang: _words_pattern(words) for lang, words in C.FRAMES.items()}
_COPULA = re.compile(rf"(?:{_folded_words(C.COPULAS)})\s+$")
_QUESTION_START = {lang: re.compile(rf"(?:{_folded_words(words)})(?![\w-])") for lang, words in C.QUESTION_STARTS.items()}
_FRENCH_INVERSION = re.compile(C.FRENCH_INVERSION)
_TEMPTING = _words_pattern(C.TEMPTING)
_YES = re.compile(rf"(?:{_folded_words(C.YES)})(?![\w-])")
_NO = re.compile(rf"(?:{_folded_words(C.NO)})(?![\w-])")
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
        self.clause_ends = [m.start() for m in _CLAUSE.finditer(folded)]
        self.word_starts = [m.start() for m in _WORD.finditer(folded)]
        self.contrasts = [m.start() for m in _CONTRAST.finditer(folded)]
        self.subordinators = [m.start() for m in _SUBORDINATOR[self.lang].finditer(folded)]
        self.frames = [m.start() for m in _FRAME[self.lang].finditer(folded)]
        no_negation = [(m.start(), m.end()) for m in _NOT_A_NEGATION.finditer(folded)]
        self.negations: list[tuple[int, int, bool]] = []
        for pattern, strong in _NEGATION[self.lang]:
            for m in pattern.finditer(folded):
                if not any(a <= m.start() < b for a, b in no_negation):
                    self.negations.append((m.start(), m.end(), strong))

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
        if i >= len(self.scopes):
            return ""
        text = self.folded[self.scopes[i][0]:self.scopes[i][1]]
        lead = _LEAD.match(text)
        return text[lead.end() if lead else 0:]

    def words_between(self, a: int, b: int) -> int:
        return bisect.bisect_left(self.word_starts, b) - bisect.bisect_left(self.word_starts, a)

    def _reach(self, start: int) -> tuple[int, int]:
        """The claim's scope, and the next one when the claim heads it as a short label
        ("Ratenzahlung oder Finanzierung – wir bieten beides nicht an")."""
        low, high = self.scope(start)
        if self.words_between(low, high) <= 6 and re.search(r"(?::|\s[-–—])\s*$", self.folded[low:high]):
            i = bisect.bisect_left(self.scope_starts, high)
            if i < len(self.scopes):
                high = self.scopes[i][1]
        return low, high

    def denied(self, start: int, end: int, ignore: list[tuple[int, int]]) -> bool:
        """A negation in the claim's scope denies it: a verb's anywhere within a reach of
        words (not across "but" or into a clause of its own), a determiner's in its clause
        when it heads the claim or closes the clause; a question answered "no" too."""
        low, high = self._reach(start)
        scope_end = self.scope(start)[1]
        if self.folded[low:scope_end].rstrip(" *_\"')»”").endswith("?") and _NO.match(self._next(scope_end)):
            return True
        clause_low = max([low, *(c + 1 for c in self.clause_ends if c < start)])
        clause_high = min([high, *(c for c in self.clause_ends if c >= end)])
        for n_start, n_end, strong in self.negations:
            if not low <= n_start < high or any(a <= n_start < b for a, b in ignore):
                continue
            first, last = (n_end, start) if n_start < start else (end, n_start)
            if any(first <= c < last for c in self.contrasts):
                continue
            # a negation after the claim, in a clause of its own or beyond a frame the claim is in
            if n_start >= end and (any(first <= c < last for c in self.subordinators)
                                   or any(low <= c <= start for c in self.frames)):
                continue
            between = self.words_between(first, last)
            if strong and between <= _STRONG_REACH:
                return True
            in_clause = clause_low <= n_start < clause_high and not any(first <= c < last for c in self.clause_ends)
            if not strong and in_clause and (
                    (n_start < start and between <= _WEAK_REACH)
                    or (n_start >= end and (_CLOSING.match(self.folded[n_end:clause_high])
                                            or (between <= 2 and _COPULA.search(self.folded[end:n_start]))))):
                return True
            if not strong and n_start < start and self._listed(n_end, start, end, high):
                return True
        return False

    def _listed(self, after: int, start: int, end: int, high: int) -> bool:
        """The claim is an item of a list the negation heads: "geen promoties, getuigenissen
        of voor-en-nafoto's", "no discounts, special offers, packages or gift vouchers"."""
        items = re.split(r",", self.folded[after:start])
        return (all(len(_WORD.findall(item)) <= 4 for item in items)
                and bool(_LIST_OR.search(self.folded[after:min(high, end + 60)])))

    def asked(self, start: int) -> bool:
        """The claim's words stand in a question about a topic, not one that tempts nor
        one answered yes."""
        low, high = self.scope(start)
        sentence = self.folded[low:high]
        if _TEMPTING.search(sentence):
            return False
        if self.asks:
            return True
        if not sentence.rstrip(" *_\"')»”").endswith("?") or _YES.match(self._next(high)):
            return False
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


# rules whose every match is a finding unless it is denied or asked: (words, rule, message)
_PLAIN_RULES = [
    (C.BEFORE_AFTER, "before-after", "'{said}': before and after pictures promise a result that differs from person "
     "to person (in Belgium they count as advertising); show how the treatment is done instead"),
    (C.TESTIMONIAL, "testimonial", "'{said}': testimonials present one patient's result as everyone's and hold their "
     "health data; leave them out"),
    (C.URGENCY, "promo-urgency", "'{said}' pushes the visitor to decide fast; a medical decision needs time. Remove it"),
    (C.COMPARISON, "be-comparison", "'{said}' compares the clinic with others, which Belgian law forbids; describe "
     "your own care only"),
    (C.PAYMENT_PLAN, "be-payment-plan", "'{said}' is a financial argument, which Belgian law forbids for aesthetic "
     "procedures; say how one can pay (card, cash), not how to spread the cost"),
    (C.CALL_TO_ACT, "be-call-to-action", "'{said}' urges the visitor to have a procedure, which Belgian law forbids; "
     "a plain 'make an appointment' link is enough"),
]


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
        """The text's claims that are neither denied nor asked about."""
        folded, lang = text.folded, text.lang
        candidates = [candidate for candidate in self._candidates(text) if RULES[candidate[2]].pack in self.packs]
        reading = Reading(folded, lang, asks=text.field == "question")
        # a negation inside a claim's own words ("geen pijn, geen risico") denies nothing
        spans = [(s, e) for s, e, rule, _ in candidates if rule not in _GAPPED]
        for start, end, rule, message in candidates:
            if rule in _DENIABLE and reading.denied(start, end, spans):
                continue
            if rule in _ASKABLE and reading.asked(start):
                continue
            yield Finding(text, start, end, rule, RULES[rule].severity if isinstance(message, str) else message[1],
                          message if isinstance(message, str) else message[0])

    def _candidates(self, text: Text) -> Iterator[tuple[int, int, str, str | tuple[str, str]]]:
        """Every match of the rules' words that its sentence does not excuse: (start, end,
        rule, message or (message, severity))."""
        folded, lang = text.folded, text.lang
        bounds = [m.end() for m in _BOUNDARY.finditer(folded)]

        def sentence(start: int) -> str:
            i = bisect.bisect_right(bounds, start)
            return folded[bounds[i - 1] if i else 0: bounds[i] if i < len(bounds) else len(folded)]

        def each(pattern: re.Pattern[str], source: str = folded) -> Iterator[tuple[int, int, str, str]]:
            for m in pattern.finditer(source):
                yield m.start(), m.end(), text.text[m.start():m.end()], sentence(m.start())

        def words_near(start: int, end: int, before: int, after: int) -> list[str]:
            return re.findall(r"\w+", folded[max(0, start - 14 * before):start])[-before:] + \
                re.findall(r"\w+", folded[end:end + 14 * after])[:after]

        for pattern, rule, message in _PLAIN_RULES:
            for start, end, said, about in each(pattern):
                if rule in ("be-call-to-action", "promo-urgency") and C.EMERGENCY.search(about):
                    continue  # "Trouble breathing? Don't wait: call 112"
                if rule == "promo-urgency" and C.OPENING_HOURS.search(about) and not self.medical.search(about):
                    continue  # "This month only, the clinic closes at 5 pm on Fridays"
                if rule == "be-payment-plan" and C.DEFERRED.search(about):
                    continue
                yield start, end, rule, message.format(said=said)
        for start, end, said, about in each(C.BEFORE_AFTER_PAIR):
            if (C.SHOWING.search(about) or C.SESSIONS_AFTER.match(folded, end)) and not C.RECORD.search(about):
                yield start, end, "before-after", _PLAIN_RULES[0][2].format(said=said)
        for start, end, said, _ in each(C.NEXT_FREE):
            yield (start, end, "promo-free", f"'{said}': a medical act offered for free is a promotion; give its "
                   "price, or say it is included in another treatment's price")
        for start, end in self._denied_topics(folded):
            yield (start, end, "claim-no-risk", f"'{text.text[start:end]}' denies risks or pain that every treatment "
                   "has; describe the usual discomfort and side effects instead (the risks field of a treatment)")
        for start, end, said, _ in each(_TESTIMONIAL_RAW, text.masked):
            yield start, end, "testimonial", _PLAIN_RULES[1][2].format(said=said)
        for start, end, said, _ in each(C.SUPERLATIVE):
            if re.match(r"[#n№]", folded[start:end]) and (
                    re.match(r"[-./]?\d", folded[end:end + 2])
                    or any(C.NUMBERED_THING.fullmatch(w) for w in words_near(start, end, 2, 0))):
                continue  # "Treatment room #1", "RIZIV-nummer 1-23456-78-901", "Kirchstraße Nr. 1"
            yield (start, end, "claim-superlative",
                   f"'{said}' ranks the clinic or its care, which no one can verify; say what you do and "
                   "how (the doctors' training, the equipment) instead")
        for start, end, said, about in each(C.GUARANTEE):
            if not (self.not_care.search(about) and not self.medical.search(about)):
                yield (start, end, "claim-guarantee",
                       f"'{said}' promises a result; no treatment's result can be guaranteed. Say what the "
                       "treatment usually does and that results differ from person to person")
        for start, end, said, about in each(C.NO_RISK):
            claimed = folded[start:end]
            if C.HARMLESS.fullmatch(claimed) and (C.HEDGE.search(about) or not self.medical.search(about)):
                continue  # "thread veins are mostly harmless", "most side effects are harmless"
            if C.NEGATIVE_CLAIM.match(claimed) and any(C.RISK_TAKING.fullmatch(w) for w in words_near(start, end, 3, 2)):
                continue  # "We take no risk", "wir gehen kein Risiko ein"
            acts = {m.group(0) for m in self.medical.finditer(about)}
            if acts and all(C.CONSULTATION.fullmatch(act) for act in acts):
                continue  # "The consultation itself carries no risk: the doctor examines, but does not treat"
            yield (start, end, "claim-no-risk",
                   f"'{said}' denies risks or pain that every treatment has; describe the usual "
                   "discomfort and side effects instead (the risks field of a treatment)")
        for start, end, said, about in each(C.LASTING):
            if self.risk_context.search(about) or folded[start - 1:start] == "-":
                continue
            if C.FINAL_WORDS.match(folded[start:end]) and C.FINAL.search(about):
                continue  # "the final look is judged after two weeks"
            if any(C.NOT_A_RESULT.fullmatch(word) for word in words_near(start, end, 1, 1)) or \
                    any(C.CONDITION.fullmatch(word) for word in words_near(start, end, 3, 3)):
                continue  # "our permanent staff", "permanently widened vessels"
            yield (start, end, "claim-permanent",
                   f"'{said}' promises a lasting or miraculous result; say how long the effect usually "
                   "lasts (e.g. 'long-lasting', '4 to 6 months')")
        for start, end, said, about in each(C.DISCOUNT):
            if self.medical.search(about):
                yield start, end, "promo-discount", f"'{said}' is a promotion on a medical act; show the usual price only"
            elif "be" in self.packs:
                yield (start, end, "promo-discount",
                       (f"'{said}' is a financial argument, which Belgian law forbids for aesthetic "
                        "procedures; make sure it is about no treatment, or remove it", WARNING))
        for start, end, said, about in each(C.FREE):
            if lang in C.FALSE_FRIENDS and C.FALSE_FRIENDS[lang].fullmatch(folded[start:end]):
                continue
            if any(C.FREE_THING.fullmatch(w) for w in words_near(start, end, 12, 1)):
                continue  # "free parking", "la brochure est disponible gratuitement"
            if self.medical.search(about):
                yield (start, end, "promo-free",
                       f"'{said}': a medical act offered for free is a promotion; give its price, or "
                       "say it is included in another treatment's price")
        if text.shown:
            for start, end, said, about in each(C.PRESCRIPTION_BRANDS):
                message = (f"'{said}' is the brand of a prescription-only medicine, which may not be advertised "
                           f"to the public in the EU; write '{C.GENERIC_NAME.get(lang, 'botulinum toxin')}' "
                           "and keep the brand in aliases (used for matching, never shown)")
                if C.BRAND_EXPLAINED.search(about):
                    # named as a brand to explain the generic name: information, but still a brand shown
                    yield start, end, "eu-prescription-brand", (message + "; naming it as a brand to explain "
                                                                "the treatment is allowed here as a warning", WARNING)
                else:
                    yield start, end, "eu-prescription-brand", message
        for start, end, said, about in each(C.REIMBURSED):
            if C.INSURER.search(about) and not C.DEFERRED.search(about):
                yield (start, end, "be-reimbursement",
                       f"'{said}': Belgian law forbids mentioning reimbursement by health insurance for "
                       "aesthetic procedures; say only, if asked, that they are not reimbursed")


    @staticmethod
    def _denied_topics(folded: str) -> Iterator[tuple[int, int]]:
        """Pain, risks or side effects named first in a sentence and denied at its end, with
        nothing else between that negates: "Side effects there are ... practically none"."""
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


# testimonials told by their shape, in the text as written (names have capitals): a quoted
# sentence signed with a first name ("« Je me sens renaître ! » — Sophie, 42 ans"), a name and an age
# in brackets, a patient's story by name ("L'histoire de Julie", "Markus erzählt")
_NAME = r"(?!(?:Dr|Dre|Prof|Docteur|Dokter|Doctor|Clinique|Clinic|Kliniek|Klinik|Praxis|Praktijk|Cabinet|Centre|Center)\b)[A-ZÀ-Ý][a-zà-ÿ]+"
_TESTIMONIAL_RAW = re.compile(
    rf"[!?.…]\s*[»”\"“’']\s*[-–—,]\s*{_NAME}"
    rf"|[»”\"“’']\s*[-–—]\s*{_NAME}(?=\s*,\s*\d{{2}}\b|\s+(?:uit|from|aus|de|d'|van|von|in)\s+[A-ZÀ-Ý])"
    rf"|\(\s*{_NAME},\s*\d{{2}}(?:\s*(?:ans|jaar|Jahre|years(?: old)?))?\s*\)"
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
            if kind != "email" and C.PUBLIC_NUMBER_CUE.search(fold(text.masked[max(0, start - 40):start])):
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

