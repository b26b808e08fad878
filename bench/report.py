"""Printing for the benchmark scripts: aligned tables of figures."""

from __future__ import annotations


def table(headers: tuple[str, ...], rows: list[tuple[str, ...]], right: set[int]) -> None:
    """Print ``rows`` under ``headers``, two spaces in; the columns in ``right`` aligned right."""
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths))).rstrip()

    print("  " + line(headers))
    print("  " + "  ".join("-" * w for w in widths))
    for r in rows:
        print("  " + line(r))
