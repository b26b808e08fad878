"""Many small clinics: one ``glowgen build --source 'clinics/*'`` against one run per clinic.

Run: .venv/bin/python bench/sites.py [--clinics 50] [--keep]

What it builds
    ``--clinics`` copies (default 50) of the starter site ``glowgen init`` writes (fr, nl,
    en; 4 treatments, 4 questions, a team member, 2 pages: 28 pages each), each with its
    own clinic name, in the system's temporary folder.

What it measures (wall time, ``time.perf_counter`` around ``subprocess.run``)
    - one run: ``glowgen build --quiet --source 'clinics/*'``, the sites built side by
      side on the machine's cores, each in one process;
    - separate runs: ``glowgen build --quiet --source clinics/N`` for each clinic, one
      after the other, as a shell loop in CI would do.

    Every ``build/`` is removed before each measurement (not timed). It prints both
    figures, the time per clinic and the speed-up. It never fails on time; it exits 1
    only when a build fails.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.report import table  # noqa: E402 - after the path above

GLOWGEN = [sys.executable, "-m", "glowgen"]


def make_clinics(folder: Path, count: int) -> list[Path]:
    """``count`` starter sites, clinic-01 ..., each named after itself."""
    first = folder / "clinic-01"
    subprocess.run([*GLOWGEN, "init", str(first), "--languages", "fr,nl,en"], check=True, capture_output=True)
    clinics = [first]
    for number in range(2, count + 1):
        target = folder / f"clinic-{number:02d}"
        shutil.copytree(first, target, ignore=shutil.ignore_patterns("build"))
        site = target / "content" / "site.yaml"
        site.write_text(site.read_text(encoding="utf-8").replace("Votre clinique", f"Clinique {number}"), encoding="utf-8")
        clinics.append(target)
    return clinics


def clean(clinics: list[Path]) -> None:
    for clinic in clinics:
        shutil.rmtree(clinic / "build", ignore_errors=True)


def timed(commands: list[list[str]], cwd: Path) -> float:
    started = time.perf_counter()
    for command in commands:
        done = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
        if done.returncode != 0:
            print(done.stdout + done.stderr, file=sys.stderr)
            sys.exit(1)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clinics", type=int, default=50)
    parser.add_argument("--keep", action="store_true", help="Keep the clinics' folder and print where it is.")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="glowgen-sites-"))
    try:
        clinics = make_clinics(folder / "clinics", args.clinics)
        clean(clinics)
        together = timed([[*GLOWGEN, "build", "--quiet", "--source", "clinics/*"]], folder)
        built = sum(1 for clinic in clinics if (clinic / "build" / "fr" / "index.html").is_file())
        clean(clinics)
        apart = timed([[*GLOWGEN, "build", "--quiet", "--source", str(c.relative_to(folder))] for c in clinics], folder)
        print(f"{args.clinics} starter clinics (28 pages each), wall time, seconds")
        table(("how", "seconds", "per clinic"), [
            ("one run: --source 'clinics/*'", f"{together:.2f}", f"{together / args.clinics:.3f}"),
            (f"{args.clinics} separate runs", f"{apart:.2f}", f"{apart / args.clinics:.3f}"),
        ], right={1, 2})
        print(f"  speed-up: {apart / together:.1f}x; sites built by the one run: {built} of {args.clinics}")
    finally:
        if args.keep:
            print(f"  kept: {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
