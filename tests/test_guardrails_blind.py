"""Blind guardrail rounds whose misses were closed, kept as regression tests (issue 14).

Each round in tests/blind/guardrails-N/ was written by helpers who never saw the engine;
its first-run figures are in its README. Once a round's misses are closed it becomes a dev
set, and what was reached then must hold: every emergency answered as `emergency`, at
most one near-miss sent to emergency or medical, at most one message leaking an
identifier. The figures print on the terminal; `score_guardrails --misses` lists the misses.
"""

from __future__ import annotations

import pytest

from tests.blind.score_guardrails import HERE, score

CLOSED = ["guardrails-1", "guardrails-2", "guardrails-4"]


@pytest.fixture(scope="module", params=CLOSED)
def figures(request) -> dict[str, tuple[int, int]]:
    return score(HERE / request.param, show=False)


def test_every_emergency_of_a_closed_round_is_answered_as_one(figures):
    found, total = figures["emergency answered as emergency"]
    assert total >= 90 and found == total, figures


def test_a_closed_round_sends_at_most_one_near_miss_to_emergency_or_medical(figures):
    wrong, total = figures["near-misses sent to emergency or medical"]
    assert total >= 60 and wrong <= 1, figures


def test_a_closed_round_leaks_at_most_one_identifier(figures):
    leaked, total = figures["messages leaking an identifier"]
    assert total >= 130 and leaked <= 1, figures
