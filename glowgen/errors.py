"""The small exception hierarchy of glowgen.

Every error a user can cause is a :class:`GlowgenError`: click prints its message
and exits with its code, without a traceback (``--debug`` shows one).
"""

from __future__ import annotations

from typing import IO, Any, Sequence

import click

from glowgen.diagnostics import Diagnostic, format_summary


class GlowgenError(click.ClickException):
    """A problem the user can fix; the message says what and how."""

    exit_code = 1

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"Error: {self.format_message()}", err=True, file=file)


class UsageMistake(GlowgenError):
    """A mistake in the command itself (an option's value, a folder that cannot be used):
    exit code 2, as click gives for its own usage errors."""

    exit_code = 2


class ContentError(GlowgenError):
    """The site's content or theme has problems; carries every diagnostic found."""

    def __init__(self, diagnostics: Sequence[Diagnostic], action: str = "nothing was written") -> None:
        self.diagnostics = list(diagnostics)
        super().__init__(format_summary(self.diagnostics) + f"; {action}")

    def show(self, file: IO[Any] | None = None) -> None:
        for diagnostic in self.diagnostics:
            click.echo(str(diagnostic), err=True, file=file)
        super().show(file)


class SiteNotFound(GlowgenError):
    """The source folder is not a glowgen site root."""


class ThemeError(GlowgenError):
    """A theme cannot be found or loaded."""
