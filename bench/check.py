"""How long `glowgen check` takes on the example clinic, and how much of it is compliance.

Run: .venv/bin/python bench/check.py [--runs 5]

Prints the median and worst of:
- ``glowgen check``, the command, in a new process (imports and V8 start-up included);
- ``build.check()`` in this process (every stage, pages rendered in memory);
- ``compliance.check_compliance()`` alone (reading the texts again, the claim rules, the
  engine's redaction in embedded V8 and the theme).

The command runs as on a clinic's machine: Python may write its compiled bytecode (pip
does so at install time), and one run before the timed ones writes it.

Target (issue 6): the example clinic checks in under 1 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.report import table  # noqa: E402 - after the path above

ROOT = Path(__file__).resolve().parents[1]
TARGET_S = 1.0


def timed(run, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from glowgen.build import check
    from glowgen.compliance import check_compliance
    from glowgen.diagnostics import Report
    from glowgen.load import load_site
    from glowgen.themes import resolve_theme

    glowgen = Path(sys.executable).with_name("glowgen")
    command = [str(glowgen), "check", "--quiet", "--source", str(ROOT)]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(command, check=True, capture_output=True, env=env)
    cli = timed(lambda: subprocess.run(command, check=True, capture_output=True, env=env), args.runs)
    stage = timed(lambda: check(ROOT), args.runs)

    def compliance() -> None:
        report = Report()
        site = load_site(ROOT, report)
        theme = resolve_theme(ROOT, site.theme, report)
        started = time.perf_counter()
        check_compliance(ROOT, site, theme, __import__("datetime").date.today(), report)
        rules.append(time.perf_counter() - started)

    rules: list[float] = []
    timed(compliance, args.runs)
    rows = []
    for name, values, target in (("glowgen check (new process)", cli, True), ("build.check() in process", stage, False),
                                 ("compliance rules alone", rules, False)):
        verdict = ("PASS" if max(values) < TARGET_S else "MISS") if target else "-"
        rows.append((name, f"{statistics.median(values):.3f}", f"{max(values):.3f}",
                     f"< {TARGET_S:.0f} s" if target else "", verdict))
    print(f"glowgen check on the example clinic, {args.runs} runs, seconds")
    table(("what", "median", "worst", "target", "verdict"), rows, right={1, 2})


if __name__ == "__main__":
    main()
