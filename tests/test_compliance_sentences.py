"""The claim rules on sentences clinics might write, in fr, nl, en and de: each flagged
sentence raises its rule, and no clean one raises any claim, promotion or advertising
rule, in a Belgian clinic (every pack).

Two sets, each written from docs/compliance.md without reading the rules:
tests/compliance/sentences.yaml, which the rules were then tuned on, and
tests/compliance/held-out.yaml, written afterwards for four other clinics. Its first run
found 107 of 126 claims and flagged 4 of 128 harmless sentences; the misses that showed
a gap in the rules for a language were closed after that. tests/compliance/classes.yaml
holds the developers' own examples of each class blind round compliance-1 showed
(tests/blind/, run by tests/test_compliance_blind.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from glowgen.compliance import Claims, Text
from glowgen.diagnostics import Report
from glowgen.load import load_site
from tests.conftest import EXAMPLE

SETS = {name: yaml.safe_load((Path(__file__).parent / "compliance" / f"{name}.yaml").read_text(encoding="utf-8"))
        for name in ("sentences", "held-out", "classes")}
FLAGGED = [(f"{name}-{lang}-{i}", lang, case["rule"], case["text"]) for name, sentences in SETS.items()
           for lang, sets in sentences.items() for i, case in enumerate(sets["flagged"])]
CLEAN = [(f"{name}-{lang}-{i}", lang, text) for name, sentences in SETS.items()
         for lang, sets in sentences.items() for i, text in enumerate(sets["clean"])]


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
    for name, sentences in SETS.items():
        assert set(sentences) == {"fr", "nl", "en", "de"}
        if name == "classes":
            continue  # examples of the classes a blind round showed, not a tour of every rule
        for lang, sets in sentences.items():
            assert {case["rule"] for case in sets["flagged"]} == rules, (name, lang)
            assert len(sets["clean"]) >= 25, (name, lang)


@pytest.mark.parametrize("lang, rule, sentence", [case[1:] for case in FLAGGED], ids=[case[0] for case in FLAGGED])
def test_a_claim_is_flagged(claims, lang, rule, sentence):
    assert rule in {r for r, _ in found(claims, lang, sentence)}, found(claims, lang, sentence)


@pytest.mark.parametrize("lang, sentence", [case[1:] for case in CLEAN], ids=[case[0] for case in CLEAN])
def test_a_harmless_sentence_is_left_alone(claims, lang, sentence):
    assert found(claims, lang, sentence) == []
