"""Redaction of personal data by the shipped engine, judged on the sets in tests/guardrails/.

personal-data.yaml (written by tests/guardrails/generate.py: valid identifiers in many
written forms, emails, names, addresses and dates of birth, in fr, nl, en and de) must
leave no value readable in the text the engine keeps; the questions of clean.yaml must
come back whole, with nothing redacted. Misses are printed, all of them at once.
"""

from __future__ import annotations

from collections import Counter

import pytest

from glowgen.ask import Assistant
from tests.guardrails import (
    LANGUAGES, NOW, PERSONAL_DATA, TYPES, ask_as_visitor, collapse_whitespace, ideal_redaction, load_clean,
    load_personal_data, oracle_problem, survivors, unlabelled_personal_data,
)

REQUIRED_TYPE_SHARE = 0.95  # entities whose type the engine names in `redactions`


@pytest.fixture(scope="module")
def assistant(example_build):
    return Assistant(example_build)


@pytest.fixture(scope="module")
def personal_answers(assistant) -> list[tuple[dict, dict]]:
    """Each personal-data message with the engine's answer to it (asked once for the module)."""
    return [(message, ask_as_visitor(assistant, message["text"], message["lang"]))
            for message in load_personal_data()]


def report(capsys, title: str, failures: list[str]) -> None:
    """Print the score on the terminal (even under capture); fail with every failure, one a line."""
    with capsys.disabled():
        print("\n" + title)
    if failures:
        pytest.fail("\n".join([title, *(f"  {line}" for line in failures)]), pytrace=False)


# --- the engine -----------------------------------------------------------------------

def test_no_personal_value_survives_redaction(personal_answers, capsys):
    misses, missed_types = [], Counter()
    total = sum(len(message["entities"]) for message, _ in personal_answers)
    for message, answer in personal_answers:
        for entity in message["entities"]:
            left = survivors(entity, answer["text"])
            if left:
                missed_types[entity["type"]] += 1
                misses.append(f"{entity['type']} {entity['value']!r} [{message['lang']}]: "
                              f"{', '.join(map(repr, left))} still in {answer['text']!r}")
    by_type = ", ".join(f"{kind} {missed_types[kind]}" for kind in TYPES if missed_types[kind])
    report(capsys, f"redaction: {total - len(misses)}/{total} personal values removed"
                   + (f"; survivors by type: {by_type}" if by_type else ""), misses)


def test_redactions_name_the_types_found(personal_answers, capsys):
    """`redactions` lists the types found, each once; at least 95% of entities have theirs listed."""
    mismatches, malformed = [], []
    total = sum(len(message["entities"]) for message, _ in personal_answers)
    for message, answer in personal_answers:
        found = answer["redactions"]
        if len(set(found)) != len(found) or not set(found) <= set(TYPES):
            malformed.append(f"{found} for {message['text']!r}")
        for entity in message["entities"]:
            if entity["type"] not in found:
                mismatches.append(f"{entity['type']} {entity['value']!r} [{message['lang']}]: redactions {found} "
                                  f"for {answer['text']!r}")
    share = 1 - len(mismatches) / total
    title = (f"redaction types: {total - len(mismatches)}/{total} entities with their type listed "
             f"({share:.1%}, {REQUIRED_TYPE_SHARE:.0%} required)")
    report(capsys, title, malformed + (mismatches if share < REQUIRED_TYPE_SHARE else []))
    if mismatches:  # within the tolerance: shown, not failed
        with capsys.disabled():
            print("\n".join(f"  type not listed: {line}" for line in mismatches))


def test_clean_questions_are_kept_whole(assistant, capsys):
    """Nothing redacted, no character lost: the kept text is the question, whitespace collapsed."""
    questions = load_clean()
    failures = []
    for question in questions:
        answer = ask_as_visitor(assistant, question["text"], question["lang"])
        expected = collapse_whitespace(question["text"])
        if answer["redactions"] or answer["text"] != expected:
            failures.append(f"{question['text']!r} [{question['lang']}]: kept {answer['text']!r}, "
                            f"redactions {answer['redactions']}")
    report(capsys, f"clean questions: {len(questions) - len(failures)}/{len(questions)} kept whole", failures)


# --- the sets themselves -----------------------------------------------------------------

def test_an_answer_from_another_language_keeps_the_redaction(assistant):
    """A one-word English question on the French page is answered by the English index; the
    visitor's email is still removed and listed, as when the page's language answers."""
    answer = assistant.ask("wheelchair? anne.peeters@telenet.be", "fr", NOW)
    assert answer["lang"] == "en" and answer["ref"] == "faq/wheelchair-access"
    assert answer["text"] == "wheelchair? [email]" and answer["redactions"] == ["email"]


def test_every_identifier_is_valid_for_its_oracle():
    """stdnum (iban, luhn, be.nn, be.bis) and phonenumbers agree with every value's type."""
    problems = []
    for message in load_personal_data():
        for entity in message["entities"]:
            problem = "not in the text" if entity["value"] not in message["text"] else oracle_problem(entity)
            if problem:
                problems.append(f"{entity}: {problem}")
    assert not problems, "\n".join(problems)


def test_the_personal_data_file_is_what_the_generator_writes():
    from tests.guardrails.generate import generate, render

    assert PERSONAL_DATA.read_text(encoding="utf-8") == render(generate()), \
        "tests/guardrails/personal-data.yaml is out of date: .venv/bin/python -m tests.guardrails.generate"


def test_the_sets_are_large_and_varied():
    messages, questions = load_personal_data(), load_clean()
    types = Counter(entity["type"] for message in messages for entity in message["entities"])
    assert len(messages) >= 300 and len(questions) >= 150
    assert all(types[kind] >= 20 for kind in TYPES), types
    assert {message["lang"] for message in messages} >= set(LANGUAGES)
    assert {question["lang"] for question in questions} >= set(LANGUAGES)
    assert sum(len(message["entities"]) >= 2 for message in messages) >= 40  # messages mixing types


def test_the_leak_check_sees_raw_values_and_passes_ideal_redaction():
    """The judge itself: every value is seen in its unredacted message, and none once each
    value is replaced by its placeholder (so other numbers of a message never count)."""
    unseen, false_alarms = [], []
    for message in load_personal_data():
        ideal = ideal_redaction(message["text"], message["entities"])
        for entity in message["entities"]:
            if not survivors(entity, message["text"]):
                unseen.append(f"{entity} in {message['text']!r}")
            if survivors(entity, ideal):
                false_alarms.append(f"{entity}: {survivors(entity, ideal)} in {ideal!r}")
    assert not unseen, "\n".join(unseen)
    assert not false_alarms, "\n".join(false_alarms)


def test_clean_questions_hold_nothing_the_spec_redacts_without_a_cue():
    """No run of 9 digits or more, email or adult's full birth date, but the clinic's own."""
    found = [f"{question['text']!r}: {personal}" for question in load_clean()
             if (personal := unlabelled_personal_data(question["text"]))]
    assert not found, "\n".join(found)
