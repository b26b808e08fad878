"""Every kind of bad input gives `path:line: ...`, exit code 1, no traceback, and keeps the old build."""

from __future__ import annotations

import hashlib
import re
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from glowgen.cli import cli
from tests.conftest import MINIMAL_SITE

SITE_YAML = textwrap.dedent(MINIMAL_SITE["content/site.yaml"])
PEEL = textwrap.dedent(MINIMAL_SITE["content/treatments/peel.md"])


def site_yaml(replace: dict[int, str] | None = None, add: str = "") -> str:
    """The minimal site.yaml with lines replaced (1-based) and lines added at the end."""
    lines = SITE_YAML.splitlines()
    for number, text in (replace or {}).items():
        lines[number - 1] = text
    return "\n".join(lines) + "\n" + textwrap.dedent(add)


def peel(replace: dict[int, str] | None = None, body: str | None = None) -> str:
    lines = PEEL.splitlines()
    for number, text in (replace or {}).items():
        lines[number - 1] = text
    text = "\n".join(lines) + "\n"
    return text if body is None else text.replace("General information about peels.", body)


def tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for file in sorted(folder.rglob("*")):
        digest.update(file.relative_to(folder).as_posix().encode())
        if file.is_file():
            digest.update(file.read_bytes())
    return digest.hexdigest()


# (id, files to change, expected "path:line", words the message must hold)
CASES = [
    ("yaml-syntax", {"content/site.yaml": site_yaml({1: "name: Test: Clinic"})},
     "content/site.yaml:1:11: error yaml", "quotes"),
    ("yaml-tab", {"content/site.yaml": site_yaml({4: "\tstreet: Main Street 1"})},
     "content/site.yaml:4", "tabs"),
    ("unclosed-front-matter", {"content/treatments/peel.md": "---\ntitle: Peel\nprice: 10\n\nBody text.\n"},
     "content/treatments/peel.md:1: error front-matter", "never closed"),
    ("no-front-matter", {"content/treatments/peel.md": "Just text.\n"},
     "content/treatments/peel.md:1: error front-matter", "must start with front matter"),
    ("wrong-type", {"content/treatments/peel.md": peel({7: "duration: thirty"})},
     "content/treatments/peel.md:7:11: error type", "whole number"),
    ("missing-required", {"content/treatments/peel.md": peel({2: "aliases_: []"})},
     "content/treatments/peel.md:2", "title: this field is required"),
    ("missing-site-yaml", {"content/site.yaml": None},
     "content/site.yaml:1: error missing-file", "site.yaml is missing"),
    ("unknown-language", {"content/site.yaml": site_yaml({2: "languages: [en, es]"})},
     "content/site.yaml:2:17: error language", "unknown language 'es'"),
    ("language-region", {"content/site.yaml": site_yaml({2: "languages: [en, nl-BE]"})},
     "content/site.yaml:2", "write nl"),
    ("unlisted-translation", {"content/treatments/peel.nl.md": "---\ntitle: Peeling\n---\nTekst.\n"},
     "content/treatments/peel.nl.md:1: error translation", "'nl' is not in the site's languages"),
    ("default-language-translation", {"content/treatments/peel.en.md": "---\ntitle: Peel\n---\n"},
     "content/treatments/peel.en.md:1: error translation", "belongs in peel.md"),
    ("orphan-translation", {"content/faq/lost.fr.md": "---\nquestion: Perdu ?\n---\nOui.\n"},
     "content/faq/lost.fr.md:1: error translation", "lost.md, which does not exist"),
    ("invalid-timezone", {"content/site.yaml": site_yaml(add="timezone: Europe/Bruxelles\n")},
     "content/site.yaml:14", "not a time zone"),
    ("invalid-hours", {"content/site.yaml": site_yaml({11: '  mon: "09:00-25:00"'})},
     "content/site.yaml:11:8: error hours", "does not exist"),
    ("hours-reversed", {"content/site.yaml": site_yaml({11: '  mon: "17:00-09:00"'})},
     "content/site.yaml:11", "ends before it starts"),
    ("hours-overlap", {"content/site.yaml": site_yaml({12: '  tue: ["09:00-13:00", "12:00-17:00"]'})},
     "content/site.yaml:12", "overlaps"),
    ("sexagesimal", {"content/site.yaml": site_yaml({11: "  mon: 9:30"})},
     "content/site.yaml:11:8: error hours", "as the number 570"),
    ("unknown-day", {"content/site.yaml": site_yaml({13: "  sunday: closed"})},
     "content/site.yaml:13", "did you mean sun"),
    ("impossible-date", {"content/site.yaml": site_yaml(add="closures:\n  - {date: 2026-02-30}\n")},
     "content/site.yaml:15", "2026-02-30 is not a date"),
    ("closure-backwards", {"content/site.yaml": site_yaml(add="closures:\n  - {from: 2026-12-26, to: 2026-12-24}\n")},
     "content/site.yaml:15", "is before from"),
    ("invalid-price", {"content/treatments/peel.md": peel({6: "price: 250 euros"})},
     "content/treatments/peel.md:6:8: error price", "without the currency"),
    ("price-words", {"content/treatments/peel.md": peel({6: "price: free"})},
     "content/treatments/peel.md:6:8: error price", "on request"),
    ("price-range-backwards", {"content/treatments/peel.md": peel({6: "price: {from: 300, to: 200}"})},
     "content/treatments/peel.md:6", "is below from"),
    ("neutral-field-in-translation",
     {"content/treatments/peel.fr.md": "---\ntitle: Peeling\nprice: 120\n---\nTexte.\n"},
     "content/treatments/peel.fr.md:3", "same in every language"),
    ("not-utf8", {"content/treatments/peel.md": peel().replace("A solution", "Une solution \u00e9").encode("latin-1")},
     "content/treatments/peel.md:5:", "not UTF-8"),
    ("unknown-theme", {"content/site.yaml": site_yaml(add="theme: fancy\n")},
     "content/site.yaml:14: error theme", "unknown theme 'fancy'"),
    ("duplicate-slug", {"content/treatments/face/peel.md": PEEL},
     "content/treatments/peel.md:1: error duplicate-slug", "face/peel.md"),
    ("bad-file-name", {"content/treatments/Lip Filler.md": PEEL},
     "content/treatments/Lip Filler.md:1: error file-name", "lip-filler.md"),
    ("page-takes-section", {"content/pages/contact.md": "---\ntitle: Contact\n---\nHi.\n"},
     "content/pages/contact.md:1: error duplicate-slug", "contact"),
    ("javascript-link", {"content/site.yaml": site_yaml(add="banners:\n  - text: Hello\n    link: javascript:alert(1)\n")},
     "content/site.yaml:16", "javascript: links can run code"),
    ("javascript-link-in-body", {"content/treatments/peel.md": peel(body="See [this](javascript:alert(1)).")},
     "content/treatments/peel.md:9: error link", "javascript:"),
    ("data-link-in-body", {"content/treatments/peel.md": peel(body="Intro.\n\n[x](data:text/html;base64,PHNjcmlwdD4=)")},
     "content/treatments/peel.md:11: error link", "data: links"),
    ("http-booking", {"content/site.yaml": site_yaml({9: "  booking_url: http://booking.example.com/x"})},
     "content/site.yaml:9:16: error link", "https://"),
    ("http-link-in-body", {"content/faq/parking.md": "---\nquestion: Parking?\n---\nSee [map](http://maps.example.com).\n"},
     "content/faq/parking.md:4: error link", "not encrypted"),
    ("missing-linked-item", {"content/faq/parking.md": "---\nquestion: Parking?\n---\nSee [x](../treatments/nope.md).\n"},
     "content/faq/parking.md:4: error link", "no content/treatments/nope.md"),
    ("external-image", {"content/faq/parking.md": "---\nquestion: Parking?\n---\n![map](https://example.com/a.png)\n"},
     "content/faq/parking.md:4: error image", "content/media"),
    ("malformed-whatsapp", {"content/site.yaml": site_yaml({9: '  whatsapp: "+32 470 12"'})},
     "content/site.yaml:9:13: error phone", "digits"),
    ("whatsapp-national", {"content/site.yaml": site_yaml({9: '  whatsapp: "0470 12 34 56"'})},
     "content/site.yaml:9", "international form"),
    ("phone-as-number", {"content/site.yaml": site_yaml({8: "  phone: 025550123"})},
     "content/site.yaml:8", "quotes"),
    ("colour-comment", {"content/site.yaml": site_yaml(add="brand:\n  primary: #6b3fa0\n")},
     "content/site.yaml:15", "'#' starts a comment"),
    ("duplicate-key", {"content/site.yaml": site_yaml(add="name: Other\n")},
     "content/site.yaml:14:1: error duplicate-key", "first at line 1"),
    ("unknown-field", {"content/site.yaml": site_yaml({3: "adress:"})},
     "content/site.yaml:3:1: error unknown-field", "did you mean address"),
    ("banner-dates", {"content/site.yaml": site_yaml(add="banners:\n  - {text: Hi, from: 2026-12-01, until: 2026-11-01}\n")},
     "content/site.yaml:15", "before from"),
    ("map-default-missing", {"content/site.yaml": site_yaml({6: "  city: {fr: Bruxelles}"})},
     "content/site.yaml:6", "needs a en value"),
    ("bad-media", {"content/site.yaml": site_yaml(add="brand:\n  logo: media/logo.png\n")},
     "content/site.yaml:15", "not a file in content/media"),
    ("email", {"content/site.yaml": site_yaml({9: "  email: info(at)clinic"})},
     "content/site.yaml:9", "not an email address"),
    # a field that lost its colon: reported on its own line, with the fix, not one line later
    ("field-without-colon", {"content/faq/parking.md": "---\nquestion Where can I park?\naliases: [car]\n---\nNearby.\n"},
     "content/faq/parking.md:2:1: error yaml", "write 'question: Where can I park?'"),
    ("last-field-without-colon", {"content/treatments/peel.md": peel({7: "duration 30"})},
     "content/treatments/peel.md:7:1: error yaml", "'duration' has no colon"),
    ("hours-day-without-colon", {"content/site.yaml": site_yaml({11: '  mon "09:00-17:00"'})},
     "content/site.yaml:11:1: error yaml", "write 'mon: \"09:00-17:00\"'"),
    ("day-in-dutch", {"content/site.yaml": site_yaml({13: "  zondag: closed"})},
     "content/site.yaml:13", "did you mean sun"),
    ("number-for-a-list", {"content/treatments/peel.md": peel({3: "aliases: 42"})},
     "content/treatments/peel.md:3:10: error type", "expected a list"),
    ("same-title-twice", {"content/treatments/peeling.md": peel()},
     "content/treatments/peel", "also the title of content/treatments/peel"),
    ("theme-mistyped", {"content/site.yaml": site_yaml(add="theme: defualt\n")},
     "content/site.yaml:14: error theme", "did you mean default?"),
]


@pytest.mark.parametrize("files, where, words", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_input_is_reported_and_keeps_the_previous_build(make_site, files, where, words):
    root = make_site()
    runner = CliRunner()
    first = runner.invoke(cli, ["build", "--source", str(root)])
    assert first.exit_code == 0, first.output
    before = tree_digest(root / "build")

    broken = make_site(files)
    assert broken == root
    result = runner.invoke(cli, ["build", "--source", str(root)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = result.output.splitlines()
    matching = [line for line in lines if line.startswith(where)]
    assert matching, f"no line starts with {where!r}:\n{result.output}"
    assert any(words in line for line in matching), result.output
    assert lines[-1].startswith("Error: ") and "left unchanged" in lines[-1]
    assert tree_digest(root / "build") == before


def test_empty_content_folder(make_site):
    root = make_site(base={})
    result = CliRunner().invoke(cli, ["check", "--source", str(root)])
    assert result.exit_code == 1
    assert "content:1: error missing-file: content/ is empty" in result.output


def test_missing_content_folder(tmp_path):
    result = CliRunner().invoke(cli, ["check", "--source", str(tmp_path)])
    assert result.exit_code == 1
    assert "no content/ folder" in result.output and "glowgen init" in result.output


def test_every_problem_is_reported_in_one_run(make_site):
    root = make_site({
        "content/site.yaml": site_yaml({11: "  mon: 9:30", 9: '  whatsapp: "+32 470"'}, add="theme: fancy\n"),
        "content/treatments/peel.md": peel({7: "duration: thirty"}),
        "content/treatments/peel.de.md": "---\ntitle: Peeling\n---\n",
        "content/faq/parking.md": "---\nquestion: Parking?\n---\nSee [map](http://maps.example.com).\n",
    })
    result = CliRunner().invoke(cli, ["check", "--source", str(root)])
    assert result.exit_code == 1
    places = {match.group(1) for match in re.finditer(r"^([^:\n]+:\d+)(?::\d+)?: error ", result.output, re.M)}
    assert places == {"content/site.yaml:9", "content/site.yaml:11", "content/site.yaml:14",
                      "content/treatments/peel.md:7", "content/treatments/peel.de.md:1",
                      "content/faq/parking.md:4"}, result.output
    assert "Error: " in result.output and "errors" in result.output


def test_assistant_tests_are_checked_whatever_else_is_wrong(make_site):
    root = make_site({
        "content/site.yaml": site_yaml({11: "  mon: 9:30"}),
        "content/assistant-tests.yaml": "- ask: Parking?\n  expect: {intent: parking, ref: faq/parkng}\n",
    })
    result = CliRunner().invoke(cli, ["check", "--source", str(root)])
    assert "content/site.yaml:11:8: error hours" in result.output
    assert "content/assistant-tests.yaml:2: error assistant-tests: intent 'parking'" in result.output
    ref = next(line for line in result.output.splitlines() if "ref 'faq/parkng' is not a content item" in line)
    assert ref.startswith("content/assistant-tests.yaml:2:") and "(did you mean faq/parking?)" in ref


def test_a_far_suggestion_is_no_suggestion(make_site):
    root = make_site({"content/assistant-tests.yaml": "- ask: Prices?\n  expect: {intent: faq, ref: faq/prices}\n"})
    result = CliRunner().invoke(cli, ["check", "--source", str(root)])
    line = next(line for line in result.output.splitlines() if "faq/prices" in line)
    assert "did you mean" not in line  # faq/parking shares only its folder


def test_a_link_to_an_item_with_errors_is_not_called_missing(make_site):
    root = make_site({
        "content/treatments/peel.md": peel({7: "duration: thirty"}),
        "content/faq/parking.md": "---\nquestion: Parking?\n---\nSee the [peel](../treatments/peel.md).\n",
    })
    result = CliRunner().invoke(cli, ["check", "--source", str(root)])
    assert "content/treatments/peel.md:7:11: error type" in result.output
    assert "no content/treatments/peel.md" not in result.output


def test_a_person_needs_no_translated_name(make_site):
    root = make_site({
        "content/team/anne.md": "---\nname: Dr Anne Peeters\nrole: {en: Physician, fr: Médecin}\n---\nBio.\n",
        "content/team/anne.fr.md": "---\nrole: Médecin\n---\nBio.\n",
    })
    result = CliRunner().invoke(cli, ["check", "--source", str(root)])
    assert result.exit_code == 0, result.output
    assert "anne" not in result.output  # no missing-translation for the name


def test_warnings_do_not_fail_unless_strict(make_site):
    root = make_site({"content/treatments/peel.fr.md": None})
    runner = CliRunner()
    result = runner.invoke(cli, ["build", "--source", str(root)])
    assert result.exit_code == 0, result.output
    assert "content/treatments/peel.md:1: warning missing-translation: no fr translation" in result.output
    assert "2 warnings" in result.output  # and be-treatment-info: the minimal peel gives no risks
    strict = runner.invoke(cli, ["build", "--source", str(root), "--strict"])
    assert strict.exit_code == 1
    assert "content/treatments/peel.md:1: error missing-translation" in strict.output


def test_debug_shows_the_traceback_only_when_asked(make_site):
    import subprocess
    import sys

    root = make_site({"content/site.yaml": site_yaml({11: "  mon: 9:30"})})
    plain = subprocess.run([sys.executable, "-m", "glowgen", "build", "--source", str(root)],
                           capture_output=True, text=True)
    assert plain.returncode == 1
    assert "Traceback" not in plain.stderr and "content/site.yaml:11:8" in plain.stderr
    debug = subprocess.run([sys.executable, "-m", "glowgen", "--debug", "build", "--source", str(root)],
                           capture_output=True, text=True)
    assert debug.returncode == 1 and "Traceback" in debug.stderr
