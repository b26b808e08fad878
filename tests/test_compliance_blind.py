"""The blind rounds of the compliance rules, kept as regression tests once their first run
was recorded (tests/blind/<round>/README.md; ../shared/EVALUATION.md): every claim sentence
raises its rule, no look-alike raises any claim rule, every honest clinic site is checked
without an error, and every claim of a claims site is found at its `path:line` (or the next
line, where its sentence runs on). A round's known-misses.yaml lists the claims left
missed, with why: each is a strict expected failure, so finding one takes it off the list."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from glowgen.compliance import Claims
from glowgen.diagnostics import Report
from glowgen.load import load_site
from tests.blind.score_compliance import CLAIM_RULES, check_site, found_at, sentence_findings
from tests.conftest import EXAMPLE

BLIND = Path(__file__).parent / "blind"
ROUNDS = sorted(p for p in BLIND.glob("compliance-*") if (p / "README.md").is_file())


def known_misses(folder: Path) -> dict:
    """The round's claims the rules are known to miss, with why (known-misses.yaml)."""
    file = folder / "known-misses.yaml"
    return yaml.safe_load(file.read_text(encoding="utf-8")) if file.is_file() else {}


FLAGGED, CLEAN = [], []
for folder in ROUNDS:
    known = {case["text"]: case["why"] for case in known_misses(folder).get("sentences") or []}
    for file in sorted((folder / "claims").glob("*.yaml")):
        for lang, sets in yaml.safe_load(file.read_text(encoding="utf-8")).items():
            for i, case in enumerate(sets.get("flagged") or []):
                marks = [pytest.mark.xfail(strict=True, reason=known[case["text"]])] if case["text"] in known else []
                FLAGGED.append(pytest.param(lang, {case["rule"], *(case.get("also") or [])}, case["text"],
                                            id=f"{folder.name}-{file.stem}-{lang}-{i}", marks=marks))
            for i, text in enumerate(sets.get("clean") or []):
                CLEAN.append(pytest.param(lang, text, id=f"{folder.name}-{file.stem}-{lang}-{i}"))
SITES = [pytest.param(site, id=f"{folder.name}-{site.name}") for folder in ROUNDS
         for site in sorted((folder / "sites").glob("*")) if (site / "content").is_dir()]
CLAIMS_SITES = [pytest.param(folder / "claims-site", id=folder.name) for folder in ROUNDS
                if (folder / "claims-site" / "expected.yaml").is_file()]


@pytest.fixture(scope="module")
def claims() -> Claims:
    site = load_site(EXAMPLE, Report())
    assert site is not None
    return Claims(site)


@pytest.mark.parametrize("lang, rules, sentence", FLAGGED)
def test_a_blind_claim_is_flagged_with_its_rule(claims, lang, rules, sentence):
    found = sentence_findings(claims, lang, sentence)
    assert found & rules, found


@pytest.mark.parametrize("lang, sentence", CLEAN)
def test_a_blind_look_alike_is_left_alone(claims, lang, sentence):
    assert not sentence_findings(claims, lang, sentence) & CLAIM_RULES


@pytest.mark.parametrize("root", SITES)
def test_an_honest_blind_site_is_checked_without_an_error(root):
    errors = [str(d) for d in check_site(root) if d.severity == "error"]
    assert errors == []


@pytest.mark.parametrize("root", CLAIMS_SITES)
def test_every_claim_of_a_blind_claims_site_is_found_on_its_lines(root):
    expected = yaml.safe_load((root / "expected.yaml").read_text(encoding="utf-8"))
    found: dict[tuple[str, int], set[str]] = {}
    for diagnostic in check_site(root):
        found.setdefault((diagnostic.path, diagnostic.line), set()).add(diagnostic.rule)
    missed = [(c["path"], c["line"]) for c in expected["claims"] if c["rule"] not in found_at(root, c, found)]
    wrong = [h for h in expected.get("honest") or [] if found.get((h["path"], h["line"]), set()) & CLAIM_RULES]
    known = [(c["path"], c["line"]) for c in known_misses(root.parent).get("claims-site") or []]
    assert (missed, wrong) == (known, [])
