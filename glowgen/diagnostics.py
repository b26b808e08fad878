"""Diagnostics: every problem found in a site, with its place, rule and fix.

A diagnostic prints like a compiler message, so editors and CI can annotate it::

    content/site.yaml:12:8: error hours: mon: ... ; write "09:00-18:00"
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Iterable, Iterator

ERROR = "error"
WARNING = "warning"
ALLOWED = "allowed"  # a finding the site switched off, with its reason: listed, never failing


def closest(word: str, choices: Iterable[str], cutoff: float = 0.75) -> str | None:
    """The choice a mistyped ``word`` most likely meant, or ``None`` when none is close:
    a suggestion that is far off misleads more than none. Names such as ``faq/prices``
    are compared by the part after their folder, within the same folder."""
    choices = list(choices)
    folder, _, name = word.rpartition("/")
    same_folder = {c.rpartition("/")[2]: c for c in choices if folder and c.rpartition("/")[0] == folder}
    names = same_folder or {c: c for c in choices}
    name = name if same_folder else word
    # one name inside the other ("peeling" for "peel") is close whatever its length
    found = [c for c in names if min(len(c), len(name)) >= 4 and (c.startswith(name) or name.startswith(c))]
    found = found[:1] or difflib.get_close_matches(name, list(names), n=1, cutoff=cutoff)
    return names[found[0]] if found else None


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem: where (path relative to the site root, 1-based line and column), what."""

    path: str
    line: int
    column: int
    severity: str
    rule: str
    message: str

    def __str__(self) -> str:
        place = f"{self.path}:{self.line}" + (f":{self.column}" if self.column else "")
        return f"{place}: {self.severity} {self.rule}: {self.message}"

    def as_error(self) -> "Diagnostic":
        return Diagnostic(self.path, self.line, self.column, ERROR, self.rule, self.message)


@dataclass
class Report:
    """Collects diagnostics from every stage, so all problems are shown at once."""

    items: list[Diagnostic] = field(default_factory=list)

    def error(self, path: str, line: int, rule: str, message: str, column: int = 0) -> None:
        self.items.append(Diagnostic(path, max(line, 1), column, ERROR, rule, message))

    def warning(self, path: str, line: int, rule: str, message: str, column: int = 0) -> None:
        self.items.append(Diagnostic(path, max(line, 1), column, WARNING, rule, message))

    def allowed(self, path: str, line: int, rule: str, message: str, column: int = 0) -> None:
        self.items.append(Diagnostic(path, max(line, 1), column, ALLOWED, rule, message))

    def extend(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.items.extend(diagnostics)

    def __iter__(self) -> Iterator[Diagnostic]:
        return iter(self.sorted())

    def sorted(self) -> list[Diagnostic]:
        """Unique diagnostics, in file and line order."""
        return sorted(set(self.items))

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.sorted() if d.severity == ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.sorted() if d.severity == WARNING]

    @property
    def allowances(self) -> list[Diagnostic]:
        return [d for d in self.sorted() if d.severity == ALLOWED]

    def strict(self) -> "Report":
        """The same report with every warning turned into an error (``--strict``)."""
        return Report([d.as_error() if d.severity == WARNING else d for d in self.items])


def plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def format_summary(diagnostics: Iterable[Diagnostic]) -> str:
    items = list(diagnostics)
    errors = sum(1 for d in items if d.severity == ERROR)
    warnings = sum(1 for d in items if d.severity == WARNING)
    allowed = sum(1 for d in items if d.severity == ALLOWED)
    return f"{plural(errors, 'error')}, {plural(warnings, 'warning')}" + (f", {allowed} allowed" if allowed else "")
