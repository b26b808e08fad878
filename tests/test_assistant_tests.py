"""glowgen test: the questions of content/assistant-tests.yaml through the shipped engine,
a readable report of each failure, JUnit XML, mistakes in the file reported with their
line, and a build made only when build/ is missing or older than content/."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from click.testing import CliRunner

from glowgen.build import check
from glowgen.cli import cli
from glowgen.errors import ContentError

TESTS = """\
    - ask: "Where can I park?"
      lang: en
      expect: {intent: [faq, location], ref: [faq/parking, null], lang: en}
    - ask: "Combien coûte un peeling ?"
      expect: {intent: price, ref: treatments/peel, lang: fr}
    - ask: "are you open now? my email is jan.peeters@example.be"
      lang: en
      now: "2026-11-23T10:00:00+01:00"
      expect: {intent: hours, open_now: true, redactions: [email]}
    """


def run(*args: str):
    return CliRunner().invoke(cli, ["test", *args])


def test_a_passing_set_builds_once_and_prints_the_count(make_site, tmp_path):
    root = make_site({"content/assistant-tests.yaml": TESTS})
    first = run("--source", str(root))
    assert first.exit_code == 0, first.output
    assert "Built " in first.output and first.output.rstrip().endswith("3 of 3 assistant tests passed")
    again = run("--source", str(root), "--junit", str(tmp_path / "reports" / "assistant.xml"))
    assert again.exit_code == 0 and "Built" not in again.output  # build/ was up to date
    suite = ET.parse(tmp_path / "reports" / "assistant.xml").getroot().find("testsuite")
    assert suite.get("tests") == "3" and suite.get("failures") == "0"
    assert [case.get("line") for case in suite.iter("testcase")] == ["1", "4", "6"]


def test_a_failure_says_what_was_asked_expected_and_answered(make_site, tmp_path):
    wrong = TESTS.rstrip(" ") + """\
    - ask: "Where can I park?"
      lang: en
      expect: {intent: booking, says: "free parking"}
    """
    root = make_site({"content/assistant-tests.yaml": wrong})
    result = run("--source", str(root), "--junit", str(tmp_path / "assistant.xml"))
    assert result.exit_code == 1
    report = result.output
    assert "content/assistant-tests.yaml:10: FAIL 'Where can I park?' (page en)" in report
    assert "expected: intent booking; an answer saying 'free parking'" in report
    assert "got:      intent faq, ref faq/parking, lang en, redactions none" in report
    assert "car park nearby" in report  # the answer the visitor would have read
    assert report.rstrip().endswith("3 of 4 assistant tests passed, 1 failed")
    suite = ET.parse(tmp_path / "assistant.xml").getroot().find("testsuite")
    failed = [case for case in suite.iter("testcase") if case.find("failure") is not None]
    assert suite.get("failures") == "1" and [case.get("line") for case in failed] == ["10"]
    assert "expected intent booking" in failed[0].find("failure").get("message")


def test_a_content_change_rebuilds_before_testing(make_site):
    root = make_site({"content/assistant-tests.yaml": TESTS})
    assert run("--source", str(root)).exit_code == 0
    faq = root / "content" / "faq" / "parking.md"
    faq.write_text(faq.read_text().replace("There is a car park nearby.", "Park in the Q-Park on Rue Neuve."))
    tests = root / "content" / "assistant-tests.yaml"
    tests.write_text(tests.read_text() + '- ask: "Where can I park?"\n  lang: en\n  expect: {says: Q-Park}\n')
    result = run("--source", str(root))
    assert result.exit_code == 0, result.output
    assert "Built " in result.output and "4 of 4" in result.output


def test_mistakes_in_the_file_are_reported_with_their_line_by_check_and_test(make_site):
    broken = """\
    - ask: "Combien coûte un peeling ?"
      expect: {intent: prise, ref: treatments/peeling}
    - ask: "Open now?"
      expect: {open_now: true}
    - ask: "Hours?"
      lang: de
      expct: {intent: hours}
    """
    root = make_site({"content/assistant-tests.yaml": broken})
    try:
        check(root)
        raise AssertionError("check passed a broken assistant-tests.yaml")
    except ContentError as error:
        found = [str(d) for d in error.diagnostics]
    assert any(d.startswith("content/assistant-tests.yaml:2: error assistant-tests: intent 'prise'")
               and "did you mean price?" in d for d in found), found
    assert any(d.startswith("content/assistant-tests.yaml:2:") and "ref 'treatments/peeling' is not a content item"
               in d and "did you mean treatments/peel?" in d for d in found), found
    assert any(d.startswith("content/assistant-tests.yaml:4:") and "needs the moment" in d for d in found), found
    assert any(d.startswith("content/assistant-tests.yaml:6:") and "lang 'de' is not a language" in d for d in found)
    assert any(d.startswith("content/assistant-tests.yaml:7:") and "unknown field 'expct' (did you mean expect?)" in d
               for d in found), found
    result = run("--source", str(root))
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "content/assistant-tests.yaml:2: error assistant-tests" in result.output
    assert not (root / "build").exists()


def test_a_wrong_ref_is_reported_with_its_line_when_the_build_is_up_to_date(make_site):
    root = make_site({"content/assistant-tests.yaml": TESTS})
    assert run("--source", str(root)).exit_code == 0
    tests = root / "content" / "assistant-tests.yaml"
    tests.write_text(tests.read_text() + '- ask: "Peeling?"\n  expect: {ref: treatments/peeling}\n')
    result = run("--source", str(root))
    assert result.exit_code == 1 and "Built" not in result.output  # the tests change no built file
    assert "content/assistant-tests.yaml:11: error assistant-tests: ref 'treatments/peeling'" in result.output


def test_without_a_test_file_the_command_says_how_to_write_one(make_site):
    result = run("--source", str(make_site()))
    assert result.exit_code == 1
    assert "assistant-tests.yaml does not exist" in result.output and "expect: {intent: hours}" in result.output


def test_the_example_clinic_passes_its_own_tests(example_build):
    from glowgen.assistant_tests import read_assistant_tests, run_assistant_tests
    from glowgen.diagnostics import Report
    from tests.conftest import EXAMPLE

    report = Report()
    tests = read_assistant_tests(EXAMPLE, report)
    assert report.sorted() == [] and len(tests) >= 10
    outcomes = run_assistant_tests(tests, example_build)
    assert [o.test.ask for o in outcomes if not o.passed] == []
