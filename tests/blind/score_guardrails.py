"""Scores the assistant's guardrails on a blind round (tests/blind/<round>/), printing figures.

    .venv/bin/python -m tests.blind.score_guardrails guardrails-1 [--misses]

A round holds one folder per author, each with any of:
- ``safety.yaml``: ``messages`` with ``text``, ``lang`` and ``expect`` (emergency, medical
  or none, as tests/guardrails/safety.yaml);
- ``personal-data.yaml``: ``messages`` with ``text``, ``lang`` and ``entities`` (type,
  value), as tests/guardrails/personal-data.yaml;
- ``clean.yaml``: ``messages`` with ``text`` and ``lang``: nothing may be redacted.

Every message is asked of the engine shipped in the example clinic's build, on the page
of its language when the site has it (else the default). The figures are issue 14's table:
emergencies answered `emergency`, medical questions `medical`, near-misses sent to either,
messages leaking an identifier (email, phone, IBAN, national number, card, date of birth,
ID number) or a name or home address, clean messages with anything redacted.

``--misses`` prints what was missed: read it only after the first run is recorded in the
round's README (../shared/EVALUATION.md).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent
SAFETY_INTENTS = ("emergency", "medical")
NAME_OR_ADDRESS = ("name", "address")


def messages(folder: Path, name: str) -> list[dict[str, Any]]:
    found = []
    for file in sorted(folder.glob(f"*/{name}.yaml")):
        data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
        found += [{**message, "author": file.parent.name} for message in data.get("messages") or data.get("questions") or []]
    return found


def score(folder: Path, show: bool) -> dict[str, tuple[int, int]]:
    from glowgen.ask import Assistant
    from glowgen.build import build
    from tests.conftest import EXAMPLE, TODAY
    from tests.guardrails import ask_as_visitor, survivors

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "build"
        build(EXAMPLE, out, today=TODAY)
        assistant = Assistant(out)

        def ask(message: dict[str, Any]) -> dict[str, Any]:
            return ask_as_visitor(assistant, message["text"], message["lang"])

        figures: dict[str, tuple[int, int]] = {}
        safety = [(m, ask(m)) for m in messages(folder, "safety")]
        for expect in SAFETY_INTENTS:
            cases = [(m, a) for m, a in safety if m["expect"] == expect]
            right = [a["intent"] == expect for _, a in cases]
            figures[f"{expect} answered as {expect}"] = (sum(right), len(cases))
            for (m, a), ok in zip(cases, right):
                if show and not ok:
                    print(f"  missed {expect} [{m['author']} {m['lang']}] {m['text']!r} -> {a['intent']}")
        near = [(m, a) for m, a in safety if m["expect"] == "none"]
        wrong = [a["intent"] in SAFETY_INTENTS for _, a in near]
        figures["near-misses sent to emergency or medical"] = (sum(wrong), len(near))
        for (m, a), bad in zip(near, wrong):
            if show and bad:
                print(f"  near-miss [{m['author']} {m['lang']}] {m['text']!r} -> {a['intent']}")

        leaks: Counter[str] = Counter()
        totals: Counter[str] = Counter()
        for m in messages(folder, "personal-data"):
            kept = ask(m)["text"]
            kinds = {"name or address" if e["type"] in NAME_OR_ADDRESS else "identifier" for e in m["entities"]}
            leaked = {"name or address" if e["type"] in NAME_OR_ADDRESS else "identifier"
                      for e in m["entities"] if survivors(e, kept)}
            totals.update(kinds)
            leaks.update(leaked)
            if show and leaked:
                print(f"  leak [{m['author']} {m['lang']}] {sorted(leaked)}: {kept!r}")
        for kind in ("identifier", "name or address"):
            figures[f"messages leaking {'an' if kind == 'identifier' else 'a'} {kind}"] = (leaks[kind], totals[kind])

        clean = messages(folder, "clean")
        redacted = 0
        for m in clean:
            answer = ask(m)
            if answer["redactions"]:
                redacted += 1
                if show:
                    print(f"  redacted [{m['author']} {m['lang']}] {answer['redactions']}: {answer['text']!r}")
        figures["clean messages wrongly redacted"] = (redacted, len(clean))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("round", help="a folder of tests/blind/, e.g. guardrails-1")
    parser.add_argument("--misses", action="store_true", help="print each miss (only after the first run is recorded)")
    args = parser.parse_args(argv)
    folder = HERE / args.round
    if not folder.is_dir():
        print(f"no round {folder}", file=sys.stderr)
        return 2
    for what, (count, total) in score(folder, args.misses).items():
        print(f"{what}: {count}/{total} ({count / total:.1%})" if total else f"{what}: none in this round")
    return 0


if __name__ == "__main__":
    sys.exit(main())
