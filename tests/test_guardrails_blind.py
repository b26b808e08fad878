"""Blind guardrail rounds whose misses were closed, kept as regression tests (issue 14).

Each round in tests/blind/guardrails-N/ was written by helpers who never saw the engine;
its first-run figures are in its README. Once a round's misses are closed it becomes a dev
set, and what was reached then must hold: every emergency answered as `emergency` (but
the few listed in KNOWN_MISSED, with why), at most one near-miss sent to emergency or
medical, at most one message leaking an identifier, at most 3% leaking a name or an
address, at most one clean message redacted (but those listed in KNOWN_REDACTED). The figures print on the terminal; `score_guardrails --misses` lists the misses.
"""

from __future__ import annotations

import pytest

from tests.blind.score_guardrails import HERE, score

CLOSED = ["guardrails-1", "guardrails-2", "guardrails-3", "guardrails-4", "guardrails-5", "guardrails-6", "guardrails-7",
          "guardrails-8", "guardrails-9", "guardrails-10",
          "guardrails-11", "guardrails-12", "guardrails-14",
          "guardrails-15", "guardrails-16", "guardrails-17", "guardrails-18", "guardrails-19", "guardrails-20", "guardrails-21", "guardrails-22", "guardrails-23",
          "guardrails-24", "guardrails-25", "guardrails-26", "guardrails-27"]
# emergencies a closed round may still miss, and why
KNOWN_MISSED = {
    # a learner's "the skin near my lips is going colour of sky after the filler, little bit
    # purple also": the colour stands ten words from the skin it names, a reach that would
    # join honest sentences too
    "guardrails-5": 1,
}
# clean messages a closed round may still see redacted, and why
KNOWN_REDACTED = {
    # four company VAT numbers ("BE 0xxx.xxx.xxx", "USt-IdNr."): the brief from round 9 on and
    # the README take an enterprise number for an identifier (a sole trader's names a person);
    # round 8's author, briefed before that line, wrote them as clean
    "guardrails-8": 4,
    # "Is dokter Jansens — sorry, Janssens — …" and "Je suis Cycliste Amateur Confirmée haha":
    # a team member's name misspelt after a title would also take a visitor named Janssen
    # for the team (a name one letter from a team name stays personal data), and a
    # capitalised title after "je suis" reads as a name the lists do not know
    "guardrails-15": 1,
}


@pytest.fixture(scope="module", params=CLOSED)
def figures(request) -> tuple[str, dict[str, tuple[int, int]]]:
    return request.param, score(HERE / request.param, show=False)


def test_every_emergency_of_a_closed_round_is_answered_as_one(figures):
    name, found_by = figures
    found, total = found_by["emergency answered as emergency"]
    assert total >= 90 and found >= total - KNOWN_MISSED.get(name, 0), found_by


def test_a_closed_round_sends_at_most_one_near_miss_to_emergency_or_medical(figures):
    wrong, total = figures[1]["near-misses sent to emergency or medical"]
    assert total >= 60 and wrong <= 1, figures


def test_a_closed_round_leaks_at_most_one_identifier(figures):
    leaked, total = figures[1]["messages leaking an identifier"]
    assert total >= 130 and leaked <= 1, figures


def test_a_closed_round_leaks_a_name_or_address_in_at_most_3_percent(figures):
    leaked, total = figures[1]["messages leaking a name or address"]
    assert total >= 100 and leaked <= 0.03 * total, figures


def test_a_closed_round_redacts_at_most_one_clean_message(figures):
    name, found = figures
    wrong, total = found["clean messages wrongly redacted"]
    assert total >= 90 and wrong <= 1 + KNOWN_REDACTED.get(name, 0), found
