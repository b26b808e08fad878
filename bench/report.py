"""For the benchmark scripts: aligned tables of figures, and measurements that may fail."""

from __future__ import annotations

import sys
import traceback
from typing import Any, Callable


def table(headers: tuple[str, ...], rows: list[tuple[str, ...]], right: set[int]) -> None:
    """Print ``rows`` under ``headers``, two spaces in; the columns in ``right`` aligned right."""
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths))).rstrip()

    print("  " + line(headers))
    print("  " + "  ".join("-" * w for w in widths))
    for r in rows:
        print("  " + line(r))


def attempt(errors: list[dict[str, str]], what: str, func: Callable[[], Any]) -> Any:
    """``func()``, or None when it fails: the failure is printed and listed in ``errors``,
    and the benchmark goes on with its other measurements."""
    try:
        return func()
    except Exception as exc:  # noqa: BLE001 - report, go on with the other measurements
        print(f"  ERROR in {what}: {exc}", file=sys.stderr)
        traceback.print_exc(file=sys.stderr)
        errors.append({"what": what, "error": f"{type(exc).__name__}: {exc}"})
        return None
