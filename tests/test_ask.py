"""glowgen ask: the shipped engine answers from the command line; clear errors for a missing,
foreign or stale build."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from glowgen.ask import ANSWER_FIELDS
from glowgen.build import build
from glowgen.cli import cli
from tests.conftest import TODAY

NOW = "2026-11-23T10:00:00+01:00"  # a Monday, open


@pytest.fixture
def built(make_site):
    root = make_site()
    build(root, root / "build", today=TODAY)
    return root


def ask(*args, stdin=None):
    return CliRunner().invoke(cli, ["ask", *args], input=stdin)


def test_one_question_as_json(built):
    result = ask("How much is a chemical peel?", "--site", str(built / "build"), "--now", NOW, "--json")
    assert result.exit_code == 0, result.output
    answer = json.loads(result.output)
    assert list(answer) == list(ANSWER_FIELDS)  # exactly DESIGN.md's fields, in its order
    assert answer["intent"] == "price" and answer["ref"] == "treatments/peel"
    assert "100" in answer["answer"] and answer["lang"] == "en"


def test_one_question_a_line_from_standard_input_in_order(built):
    questions = ["are you open now?", "Combien coûte un peeling ?", "asdfgh qwerty"]
    result = ask("--site", str(built / "build"), "--now", NOW, "--json", "--lang", "en", stdin="\n".join(questions) + "\n")
    assert result.exit_code == 0, result.output
    answers = [json.loads(line) for line in result.output.splitlines()]
    assert [a["text"] for a in answers] == questions
    assert [a["intent"] for a in answers] == ["hours", "price", "fallback"]
    assert answers[0]["open_now"] is True and answers[1]["lang"] == "fr"


def test_readable_answer(built):
    result = ask("are you open on sunday?", "--site", str(built / "build"), "--now", NOW)
    assert result.exit_code == 0
    first, second = result.output.splitlines()
    assert "Sunday" in first and "closed" in first
    assert second.strip() == "(hours; open now)"


def test_a_missing_build_says_to_build(tmp_path):
    result = ask("hello", "--site", str(tmp_path / "build"))
    assert result.exit_code == 1 and "glowgen build" in result.output and "Traceback" not in result.output


def test_a_build_without_assistant_says_to_rebuild(tmp_path):
    (tmp_path / "build").mkdir()
    result = ask("hello", "--site", str(tmp_path / "build"))
    assert result.exit_code == 1 and "holds no assistant" in result.output


def test_a_build_of_another_format_says_to_rebuild(built):
    entry = built / "build" / "assistant" / "glowgen-assistant.json"
    data = json.loads(entry.read_text())
    data["format"] = 99
    entry.write_text(json.dumps(data))
    result = ask("hello", "--site", str(built / "build"))
    assert result.exit_code == 1 and "index format 99" in result.output and "glowgen build" in result.output


def test_a_build_older_than_its_content_says_to_rebuild(built):
    peel = built / "content" / "treatments" / "peel.md"
    peel.write_text(peel.read_text().replace("Chemical peel", "Gentle peel"))
    result = ask("peel price?", "--site", str(built / "build"))
    assert result.exit_code == 1 and "older than" in result.output and "glowgen build" in result.output


def test_a_language_the_site_does_not_have(built):
    result = ask("hello", "--site", str(built / "build"), "--lang", "de")
    assert result.exit_code == 2 and "the site's languages are en, fr" in result.output


def test_a_moved_build_still_answers(built, tmp_path):
    moved = tmp_path / "elsewhere"
    shutil.copytree(built / "build", moved)
    result = ask("where are you?", "--site", str(moved), "--now", NOW, "--json")
    assert result.exit_code == 0 and json.loads(result.output)["intent"] == "location"
