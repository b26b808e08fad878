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


# A claim is an error only where its sentence plainly asserts it. Quoted words, the claim's
# own clause asked, or (for reimbursement, which Belgian pages must explain) a "no" the
# rules could not tie to it leave the reading unsure: a warning, which never stops a build.
PLAIN_AND_UNSURE = [
    ("en", "claim-permanent", "Results are completely permanent after three sessions.",
     'Our nurse likes to say the treatment is "completely permanent after three sessions", and she means it kindly.'),
    ("fr", "be-reimbursement", "La mutuelle rembourse le traitement de la transpiration excessive.",
     "Remboursé par la mutuelle, le traitement de la transpiration excessive, dans le nouveau régime de 2026 ?"),
    ("nl", "be-reimbursement", "Het ziekenfonds betaalt de behandeling van overmatig zweten terug.",
     "Het ziekenfonds betaalt de behandeling van overmatig zweten terug, maar daar komen wij niet aan te pas."),
    ("de", "claim-superlative", "Wir sind die beste Praxis für Laserbehandlungen in Ostbelgien.",
     "Eine Patientin schrieb uns: „Sie sind die beste Praxis für Laserbehandlungen in Ostbelgien“, und wir haben uns gefreut."),
]


@pytest.mark.parametrize("lang, rule, plain, unsure", PLAIN_AND_UNSURE, ids=[case[1] + "-" + case[0] for case in PLAIN_AND_UNSURE])
def test_an_unsure_sentence_is_warned_about_a_plain_claim_refused(claims, lang, rule, plain, unsure):
    def severities(sentence: str) -> set[str]:
        text = Text("content/faq/x.md", "body", lang, sentence, sentence, 0, True)
        return {f.severity for f in claims.find(text) if f.rule == rule}

    assert severities(plain) == {"error"}
    assert severities(unsure) == {"warning"}


# Information that a careful clinic may publish but should read once more: a warning, never an error.
WARNED = [
    ("fr", "claim-no-risk", "Vous sentez une pression, mais en général pas de douleur."),
    ("en", "eu-prescription-brand", "Is Dysport the same as the product you use?"),
    ("en", "be-reimbursement", "Dermatology consultations are partly reimbursed by a Belgian mutuelle."),
    ("de", "be-reimbursement", "Ihre Krankenkasse erstattet den dafür vorgesehenen Anteil, elektronisch über die eHealth-Plattform."),
    ("nl", "be-reimbursement", "Uw ziekenfonds betaalt een deel van het bedrag terug."),  # names no treatment
    ("fr", "be-reimbursement", "Lorsque votre mutualité intervient pour la blépharoplastie, le devis précise ce qui reste à payer."),
]


@pytest.mark.parametrize("lang, rule, sentence", WARNED, ids=[f"{rule}-{lang}" for lang, rule, _ in WARNED])
def test_information_to_read_again_is_a_warning(claims, lang, rule, sentence):
    text = Text("content/faq/x.md", "body", lang, sentence, sentence, 0, True)
    assert {(f.rule, f.severity) for f in claims.find(text)} == {(rule, "warning")}


@pytest.mark.parametrize("lang, sentence", [
    ("fr", "Remboursé en partie par la mutuelle ! 🎉"),
    ("en", "Good news: your health insurance fund pays part of it back."),
    ("en", "Your health insurance fund reimburses part of your lip filler."),
])
def test_reimbursement_cheered_or_said_of_a_treatment_is_an_error(claims, lang, sentence):
    text = Text("content/faq/x.md", "body", lang, sentence, sentence, 0, True)
    assert "error" in {f.severity for f in claims.find(text) if f.rule == "be-reimbursement"}
