"""The claim rules on sentences a clinic might write, in fr, nl, en and de
(tests/compliance/sentences.yaml, written from docs/compliance.md without reading the
rules): each flagged sentence raises its rule, and no clean one raises any claim,
promotion or advertising rule, in a Belgian clinic (every pack)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from glowgen.compliance import Claims, Text
from glowgen.diagnostics import Report
from glowgen.load import load_site
from tests.conftest import EXAMPLE

SENTENCES = yaml.safe_load((Path(__file__).parent / "compliance" / "sentences.yaml").read_text(encoding="utf-8"))
FLAGGED = [(lang, case["rule"], case["text"]) for lang, sets in SENTENCES.items() for case in sets["flagged"]]
CLEAN = [(lang, text) for lang, sets in SENTENCES.items() for text in sets["clean"]]


@pytest.fixture(scope="module")
def claims() -> Claims:
    site = load_site(EXAMPLE, Report())
    assert site is not None and site.country == "BE"
    return Claims(site)


def found(claims: Claims, lang: str, sentence: str) -> list[tuple[str, str]]:
    text = Text("content/faq/x.md", "body", lang, sentence, sentence, 0, True)
    return [(f.rule, sentence[f.start:f.end]) for f in claims.find(text)]


def test_the_set_covers_every_claim_rule_in_every_language():
    rules = {"claim-superlative", "claim-guarantee", "claim-no-risk", "claim-permanent", "promo-discount", "promo-free",
             "promo-urgency", "be-comparison", "be-payment-plan", "be-reimbursement", "be-call-to-action",
             "eu-prescription-brand", "before-after", "testimonial"}
    for lang, sets in SENTENCES.items():
        assert {case["rule"] for case in sets["flagged"]} == rules, lang
        assert len(sets["clean"]) >= 25, lang


@pytest.mark.parametrize("lang, rule, sentence", FLAGGED, ids=[f"{lang}-{rule}-{i}" for i, (lang, rule, _) in enumerate(FLAGGED)])
def test_a_claim_is_flagged(claims, lang, rule, sentence):
    assert rule in {r for r, _ in found(claims, lang, sentence)}, found(claims, lang, sentence)


@pytest.mark.parametrize("lang, sentence", CLEAN, ids=[f"{lang}-{i}" for i, (lang, _) in enumerate(CLEAN)])
def test_a_harmless_sentence_is_left_alone(claims, lang, sentence):
    assert found(claims, lang, sentence) == []
