"""Scores glowgen's compliance rules on a blind round (tests/blind/<round>/), printing figures.

    .venv/bin/python -m tests.blind.score_compliance compliance-1 [--misses]

A round may hold:
- ``claims/*.yaml``: sentences per language, ``flagged`` ({rule, also?, text}) and ``clean``;
  recall is the share of flagged sentences that raise their rule (or one of ``also``), and
  also the share that raise any claim rule; false positives are clean sentences that
  raise any claim, promotion or advertising rule;
- ``sites/<name>/``: honest clinic sites; each is checked as ``glowgen check`` does, and
  its errors and warnings are counted;
- ``claims-site/``: a site with claims at known places (``expected.yaml``: claims with
  path, line, rule; honest look-alikes with path, line), scored as found at their line.

``--misses`` prints what was missed or wrongly flagged: read it only after the first run
is recorded in the round's README (../shared/EVALUATION.md).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent
CLAIM_RULES = {"claim-superlative", "claim-guarantee", "claim-no-risk", "claim-permanent", "before-after",
               "testimonial", "promo-discount", "promo-free", "promo-urgency", "be-comparison", "be-payment-plan",
               "be-reimbursement", "be-call-to-action", "eu-prescription-brand"}


def sentence_findings(claims: Any, lang: str, sentence: str) -> set[str]:
    from glowgen.compliance import Text

    text = Text("content/faq/x.md", "body", lang, sentence, sentence, 0, True)
    return {finding.rule for finding in claims.find(text)}


def score_sentences(folder: Path, misses: bool) -> dict[str, Any]:
    from glowgen.compliance import Claims
    from glowgen.diagnostics import Report
    from glowgen.load import load_site
    from tests.conftest import EXAMPLE

    site = load_site(EXAMPLE, Report())
    assert site is not None
    claims = Claims(site)
    totals: dict[str, Counter[str]] = defaultdict(Counter)
    by_rule: dict[str, Counter[str]] = defaultdict(Counter)
    for file in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
        for lang, sets in data.items():
            for case in sets.get("flagged") or []:
                wanted = {case["rule"], *(case.get("also") or [])}
                got = sentence_findings(claims, lang, case["text"])
                exact, anything = bool(wanted & got), bool(got & CLAIM_RULES)
                for key in (lang, "all"):
                    totals[key].update(flagged=1, exact=exact, any=anything)
                by_rule[case["rule"]].update(flagged=1, exact=exact)
                if misses and not exact:
                    print(f"  missed [{file.stem} {lang}] {case['rule']}: {case['text']!r} (got {sorted(got)})")
            for sentence in sets.get("clean") or []:
                got = sentence_findings(claims, lang, sentence) & CLAIM_RULES
                for key in (lang, "all"):
                    totals[key].update(clean=1, false=bool(got))
                if misses and got:
                    print(f"  false alarm [{file.stem} {lang}] {sorted(got)}: {sentence!r}")
    return {"totals": totals, "by_rule": by_rule}


def check_site(root: Path) -> list[Any]:
    """Every diagnostic `glowgen check` gives on the site (errors, warnings, allowed)."""
    from glowgen.build import check
    from glowgen.errors import ContentError

    try:
        result = check(root)
        return [*result.warnings, *result.allowed]
    except ContentError as error:
        return list(error.diagnostics)


def score_sites(folder: Path, misses: bool) -> None:
    for root in sorted(p for p in folder.iterdir() if (p / "content").is_dir()):
        diagnostics = check_site(root)
        count = Counter(d.severity for d in diagnostics)
        rules = Counter(f"{d.severity} {d.rule}" for d in diagnostics)
        print(f"site {root.name}: {count['error']} errors, {count['warning']} warnings "
              f"({', '.join(f'{n} {r}' for r, n in sorted(rules.items())) or 'none'})")
        if misses:
            for d in diagnostics:
                print(f"  {d}")


def claim_lines(root: Path, claim: dict[str, Any]) -> range:
    """The lines a claim of a claims site spans: from the line given to the one holding the
    last word of its text (a sentence may run over two lines)."""
    lines = (root / claim["path"]).read_text(encoding="utf-8").splitlines()
    last = str(claim.get("text", "")).split()[-1:] or [""]
    first = claim["line"]
    for end in range(first, min(first + 4, len(lines)) + 1):
        if last[0] in lines[end - 1]:
            return range(first, end + 1)
    return range(first, first + 1)


def found_at(root: Path, claim: dict[str, Any], at_line: dict[tuple[str, int], set[str]]) -> set[str]:
    """The rules found on the lines of a claim."""
    return set().union(*(at_line.get((claim["path"], line), set()) for line in claim_lines(root, claim)))


def score_claims_site(root: Path, misses: bool) -> None:
    expected = yaml.safe_load((root / "expected.yaml").read_text(encoding="utf-8"))
    diagnostics = check_site(root)
    at_line = defaultdict(set)
    for d in diagnostics:
        at_line[(d.path, d.line)].add(d.rule)
    claims = expected.get("claims") or []
    exact = sum(1 for c in claims if c["rule"] in found_at(root, c, at_line))
    anything = sum(1 for c in claims if found_at(root, c, at_line) & CLAIM_RULES)
    honest = expected.get("honest") or []
    false = [h for h in honest if at_line[(h["path"], h["line"])] & CLAIM_RULES]
    print(f"claims site: {exact}/{len(claims)} claims flagged with their rule on their lines, "
          f"{anything}/{len(claims)} with any claim rule; {len(false)}/{len(honest)} honest look-alikes flagged")
    others = Counter(f"{d.severity} {d.rule}" for d in diagnostics if d.rule not in CLAIM_RULES)
    print(f"  other findings: {', '.join(f'{n} {r}' for r, n in sorted(others.items())) or 'none'}")
    if misses:
        for c in claims:
            if c["rule"] not in found_at(root, c, at_line):
                near = {(p, line): r for (p, line), r in at_line.items() if p == c["path"] and abs(line - c["line"]) <= 2}
                print(f"  missed {c['path']}:{c['line']} {c['rule']}: {c['text']!r} (near: {near})")
        for h in false:
            print(f"  false alarm {h['path']}:{h['line']} {sorted(at_line[(h['path'], h['line'])])}: {h['text']!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("round")
    parser.add_argument("--misses", action="store_true", help="print misses (only after the first run)")
    args = parser.parse_args(argv)
    folder = HERE / args.round
    if (folder / "claims").is_dir():
        scored = score_sentences(folder / "claims", args.misses)
        for key, count in sorted(scored["totals"].items(), key=lambda kv: kv[0] != "all"):
            print(f"claims {key}: recall {count['exact']}/{count['flagged']} ({count['exact'] / max(count['flagged'], 1):.1%})"
                  f" with their rule, {count['any']}/{count['flagged']} with any; false positives "
                  f"{count['false']}/{count['clean']} ({count['false'] / max(count['clean'], 1):.1%})")
        for rule, count in sorted(scored["by_rule"].items()):
            print(f"  {rule}: {count['exact']}/{count['flagged']}")
    if (folder / "sites").is_dir():
        score_sites(folder / "sites", args.misses)
    if (folder / "claims-site").is_dir():
        score_claims_site(folder / "claims-site", args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
