"""``content/assistant-tests.yaml``: questions the clinic's assistant must answer right.

Each test asks one question through the engine shipped in ``build/`` (the ``glowgen ask``
machinery) and compares what came back with what the clinic expects::

    - ask: "Combien coûte le botox ?"
      expect: {intent: price, ref: treatments/botox}

``glowgen check`` and ``glowgen build`` read the file and report mistakes in it;
``glowgen test`` runs it and reports each failure with what came back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Collection, Mapping

from glowgen.diagnostics import Report, closest

FILE = "content/assistant-tests.yaml"
INTENTS = ("emergency", "medical", "hours", "location", "contact", "booking", "price", "treatment", "faq", "team",
           "greeting", "thanks", "fallback")
REDACTIONS = ("email", "phone", "iban", "national_id", "card", "date_of_birth", "address", "name", "id_number")
_TEST_KEYS = ("ask", "expect", "lang", "now")
_EXPECT_KEYS = ("intent", "ref", "redactions", "open_now", "lang", "says")
# expectations whose values come from a list: what they are, and the list (refs: the site's)
_CHOICES = {
    "intent": (f"an intent the assistant gives ({', '.join(INTENTS)})", INTENTS),
    "ref": ("a content item: write treatments/<file name>, faq/<...>, team/<...> or pages/<...>", ()),
    "redactions": (f"a kind of personal data the assistant removes ({', '.join(REDACTIONS)})", REDACTIONS),
}


@dataclass
class AssistantTest:
    """One question and what its answer must have."""

    line: int
    ask: str
    expect: dict[str, Any]
    lang: str | None = None  # the page the visitor is on
    now: str | None = None  # ISO 8601; needed for open_now


@dataclass
class Outcome:
    """A test and what the engine answered; ``wrong`` lists each expectation it missed."""

    test: AssistantTest
    answer: dict[str, Any]
    wrong: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.wrong


def read_assistant_tests(root: Path, report: Report, refs: Collection[str] | None = None,
                         languages: tuple[str, ...] = ()) -> list[AssistantTest]:
    """The site's assistant tests; mistakes go to ``report`` with their line. A test's
    ``ref`` is checked against ``refs`` (the site's items) and its ``lang`` against
    ``languages``, when they are known."""
    from glowgen.source import YamlList, YamlMap, parse_yaml, read_text

    file = root / FILE
    if not file.is_file():
        return []
    text = read_text(file, FILE, report)
    data = parse_yaml(text, FILE, report) if text is not None else None
    if data is None:
        return []
    if not isinstance(data, YamlList):
        report.error(FILE, 1, "assistant-tests", "the file is a list of tests, each starting with '- ask:' "
                     "(see docs/content.md)")
        return []
    tests = []
    for index, entry in enumerate(data):
        line = data.item_positions[index][0]
        if not isinstance(entry, YamlMap):
            report.error(FILE, line, "assistant-tests", "each test is 'ask: question' with 'expect: {...}' "
                         "below it")
            continue
        found = _read_test(entry, line, report, refs, languages)
        if found is not None:
            tests.append(found)
    return tests


def _read_test(entry: Any, line: int, report: Report, refs: Collection[str] | None,
               languages: tuple[str, ...]) -> AssistantTest | None:
    def where(key: str, inside: Any = entry) -> int:
        return inside.key_positions.get(key, (line, 0))[0]

    def problem(key: str, message: str, inside: Any = entry) -> None:
        report.error(FILE, where(key, inside), "assistant-tests", message)

    before = len(report.items)
    for key in entry:
        if key not in _TEST_KEYS:
            problem(key, f"unknown field '{key}'{_suggest(str(key), _TEST_KEYS)}; a test has "
                    f"{', '.join(_TEST_KEYS)}")
    ask = entry.get("ask")
    if not isinstance(ask, str) or not ask.strip():
        problem("ask", "'ask' is the question, as a visitor would type it, e.g. ask: \"Are you open on Sunday?\"")
    lang = entry.get("lang")
    if lang is not None and languages and lang not in languages:
        problem("lang", f"lang '{lang}' is not a language of the site ({', '.join(languages)})")
    now = entry.get("now")
    if now is not None and not _moment(now):
        problem("now", f"now '{now}' is not a moment; write it as \"2026-11-23T10:00:00+01:00\"")
    expect = entry.get("expect")
    if not isinstance(expect, Mapping) or not expect:
        problem("expect", "'expect' says what the answer must have, e.g. expect: {intent: price, ref: "
                "treatments/botox}")
        expect = {}
    for key, value in expect.items():
        if key not in _EXPECT_KEYS:
            problem(key, f"unknown expectation '{key}'{_suggest(str(key), _EXPECT_KEYS)}; expect knows "
                    f"{', '.join(_EXPECT_KEYS)}", expect)
        elif key in _CHOICES:
            what, choices = _CHOICES[key]
            if key == "ref":
                choices = tuple(sorted(refs)) if refs is not None else ()
            for chosen in _as_list(value):
                if choices and chosen not in choices and not (key == "ref" and chosen is None):
                    problem(key, f"{key} '{chosen}' is not {what}{_suggest(str(chosen), choices)}", expect)
        elif key == "open_now":
            if not isinstance(value, bool):
                problem(key, "open_now is true or false", expect)
            elif now is None:
                problem(key, "a test of open_now needs the moment it is asked: add now: "
                        "\"2026-11-23T10:00:00+01:00\", so it gives the same result every day", expect)
        elif key == "says" and not all(isinstance(v, str) and v for v in _as_list(value)):
            problem(key, "says is a text (or a list of texts) the answer must contain", expect)
    if len(report.items) > before:
        return None
    return AssistantTest(line, ask, dict(expect), lang, now)


def _moment(value: Any) -> bool:
    try:
        return dt.datetime.fromisoformat(str(value)).tzinfo is not None
    except ValueError:
        return False


def _as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else [value]


def _suggest(word: str, choices: Any) -> str:
    close = closest(word, choices)
    return f" (did you mean {close}?)" if close else ""


def judge(test: AssistantTest, answer: Mapping[str, Any]) -> list[str]:
    """What the answer misses of the test's expectations, one phrase each; a list of values
    in ``intent``, ``ref`` or ``lang`` means any of them."""
    wrong = []
    for key, value in test.expect.items():
        if key in ("intent", "ref", "lang"):
            if answer.get(key) not in _as_list(value):
                wanted = " or ".join("none" if v is None else str(v) for v in _as_list(value))
                wrong.append(f"{key} {wanted}")
        elif key == "redactions":
            if sorted(set(answer.get("redactions") or [])) != sorted(set(_as_list(value))):
                wrong.append(f"redactions {', '.join(_as_list(value)) or 'none'}")
        elif key == "open_now":
            if answer.get("open_now") is not value:
                wrong.append("open now" if value else "closed now")
        elif key == "says":
            for piece in _as_list(value):
                if piece.casefold() not in str(answer.get("answer", "")).casefold():
                    wrong.append(f"an answer saying '{piece}'")
    return wrong


@dataclass
class SiteTests:
    """One site's tests as `glowgen test` runs them: the build it made first, if any."""

    built: Any  # a build.BuildResult, or None when build/ was up to date
    outcomes: list[Outcome]


def test_site(root: Path) -> SiteTests:
    """Build ``root`` when its build is missing or stale, then ask its tests; raises
    :class:`~glowgen.errors.GlowgenError` when the tests or the site cannot be read."""
    from glowgen.build import build_if_needed
    from glowgen.errors import ContentError, GlowgenError
    from glowgen.load import load

    if not (root / FILE).is_file():
        raise GlowgenError(f"{root / FILE} does not exist: write the questions the assistant must answer there, "
                           "e.g. '- ask: \"Are you open on Sunday?\"' with 'expect: {intent: hours}' "
                           "(docs/content.md)")
    built = build_if_needed(root, root / "build")
    # read again, with the site: build/ may be up to date while the tests changed (they build nothing)
    report = Report()
    loaded = load(root, Report())
    tests = read_assistant_tests(root, report, loaded.refs, loaded.languages)
    if report.errors:
        raise ContentError(report.sorted(), "no test was run")
    return SiteTests(built, run_assistant_tests(tests, root / "build"))


def run_assistant_tests(tests: list[AssistantTest], site: Path) -> list[Outcome]:
    """Ask each test's question of the assistant built in ``site``."""
    from glowgen.ask import Assistant

    assistant = Assistant(site)
    outcomes = []
    for test in tests:
        answer = assistant.ask(test.ask, test.lang, test.now)
        outcomes.append(Outcome(test, answer, judge(test, answer)))
    return outcomes


def describe(answer: Mapping[str, Any]) -> str:
    """What came back, in the words of the expectations."""
    parts = [f"intent {answer.get('intent')}", f"ref {answer.get('ref') or 'none'}", f"lang {answer.get('lang')}"]
    if answer.get("open_now") is not None:
        parts.append("open now" if answer["open_now"] else "closed now")
    parts.append(f"redactions {', '.join(answer.get('redactions') or []) or 'none'}")
    return ", ".join(parts)


def failure_report(outcome: Outcome, root: Path | None = None) -> str:
    """A failed test as a person reads it: where (from ``root`` when several sites are
    tested), the question, expected, got."""
    test, answer = outcome.test, outcome.answer
    said = " ".join(str(answer.get("answer", "")).split())
    said = said if len(said) <= 160 else said[:157] + "..."
    where = (root / FILE).as_posix() if root is not None else FILE
    lines = [f"{where}:{test.line}: FAIL {test.ask!r}" + (f" (page {test.lang})" if test.lang else ""),
             f"  expected: {'; '.join(outcome.wrong)}",
             f"  got:      {describe(answer)}",
             f"  answer:   {said}"]
    return "\n".join(lines)


def junit_xml(suites: list[tuple[str, list[Outcome]]]) -> bytes:
    """The outcomes as JUnit XML, one test suite a site, which CI services show as annotations."""
    import xml.etree.ElementTree as ET

    several = len(suites) > 1
    root = ET.Element("testsuites", name="glowgen", tests=str(sum(len(o) for _, o in suites)),
                      failures=str(sum(1 for _, outcomes in suites for o in outcomes if not o.passed)))
    for site, outcomes in suites:
        failures = [o for o in outcomes if not o.passed]
        file = f"{site}/{FILE}" if several else FILE
        suite = ET.SubElement(root, "testsuite", name=f"{site}: assistant-tests" if several else "assistant-tests",
                              tests=str(len(outcomes)), failures=str(len(failures)), errors="0", skipped="0")
        for outcome in outcomes:
            case = ET.SubElement(suite, "testcase", classname=file.replace("/", ".").removesuffix(".yaml"),
                                 name=outcome.test.ask, file=file, line=str(outcome.test.line))
            if not outcome.passed:
                failure = ET.SubElement(case, "failure", message=f"expected {'; '.join(outcome.wrong)}; "
                                        f"got {describe(outcome.answer)}")
                failure.text = failure_report(outcome, Path(site) if several else None)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
