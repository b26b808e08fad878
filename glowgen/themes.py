"""Themes: folders of Jinja2 templates, static files and strings, which can extend each other.

A theme is ``themes/<name>/`` in the site root or a built-in theme, holding
``theme.yaml`` (``extends: default``), ``templates/``, ``static/`` and optional
``strings/<lang>.yaml``. A file in a theme replaces the file of the same path in the
theme it extends; lookups go child -> parent -> ... -> built-in. Every theme of the
chain is also reachable by name, ``{% extends "default:base.html" %}``, so a child can
extend its parent's template of the same name (a built-in one also as
``builtin-default:base.html``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Mapping

from glowgen.diagnostics import Report, closest

BUILTIN_THEMES = Path(__file__).parent / "themes"


@dataclass(frozen=True)
class ThemeFolder:
    name: str
    path: Path
    builtin: bool


def builtin_theme_names() -> list[str]:
    return sorted(p.name for p in BUILTIN_THEMES.iterdir() if (p / "templates").is_dir())


@dataclass
class Theme:
    """A resolved theme: the chain of folders from the site's theme to a built-in one."""

    chain: list[ThemeFolder]
    root: Path

    def display(self, file: Path) -> str:
        """A theme file's path as shown in messages: relative to the site root when inside it."""
        try:
            return file.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            for folder in self.chain:
                if folder.builtin and file.resolve().is_relative_to(folder.path.resolve()):
                    return f"(built-in theme {folder.name})/{file.resolve().relative_to(folder.path.resolve()).as_posix()}"
            return file.as_posix()

    @cached_property
    def static_files(self) -> dict[str, Path]:
        """Static files by their path inside ``static/``; a child's file wins."""
        found: dict[str, Path] = {}
        for folder in reversed(self.chain):
            static = folder.path / "static"
            if static.is_dir():
                for file in sorted(static.rglob("*")):
                    if file.is_file() and not file.name.startswith("."):
                        found[file.relative_to(static).as_posix()] = file
        return dict(sorted(found.items()))

    def strings(self, lang: str, report: Report) -> dict[str, str]:
        """Interface text for ``lang``: glowgen's, then each theme's overrides, parent first."""
        from glowgen.formats import builtin_strings
        from glowgen.source import parse_yaml, read_text

        merged = dict(builtin_strings(lang))
        for folder in reversed(self.chain):
            file = folder.path / "strings" / f"{lang}.yaml"
            if file.is_file():
                path = self.display(file)
                text = read_text(file, path, report)
                data = parse_yaml(text, path, report) if text is not None else None
                if isinstance(data, dict):
                    merged.update({str(k): str(v) for k, v in data.items()})
                elif data is not None:
                    report.error(path, 1, "theme", "strings must be written 'key: text', one a line")
        return merged

    def environment(self, **globals_: Any) -> Any:
        """A Jinja2 environment that finds templates along the chain, strict about undefined names."""
        import jinja2

        by_name: dict[str, jinja2.BaseLoader] = {}
        for folder in self.chain:
            loader = jinja2.FileSystemLoader(str(folder.path / "templates"))
            by_name.setdefault(folder.name, loader)
            if folder.builtin:
                by_name.setdefault(f"builtin-{folder.name}", loader)
        env = jinja2.Environment(
            loader=jinja2.ChoiceLoader([
                jinja2.FileSystemLoader([str(f.path / "templates") for f in self.chain]),
                jinja2.PrefixLoader(by_name, delimiter=":"),
            ]),
            autoescape=jinja2.select_autoescape(["html", "xml"], default_for_string=True),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        env.globals.update(globals_)
        return env


def resolve_theme(root: Path, name: str, report: Report, line: int = 1) -> Theme | None:
    """Follow ``extends`` from the site's theme ``name`` to a built-in theme."""
    from glowgen.source import parse_yaml, read_text

    chain: list[ThemeFolder] = []
    current: str | None = name
    where, where_line = "content/site.yaml", line
    while current is not None:
        local = root / "themes" / current
        seen_local = any(f.name == current and not f.builtin for f in chain)
        if local.is_dir() and not seen_local:
            folder = ThemeFolder(current, local, builtin=False)
        elif (BUILTIN_THEMES / current / "templates").is_dir():
            folder = ThemeFolder(current, BUILTIN_THEMES / current, builtin=True)
        elif seen_local:
            report.error(where, where_line, "theme", f"themes extend each other in a circle: "
                         f"{' -> '.join(f.name for f in chain)} -> {current}; end the chain with a built-in theme")
            return None
        else:
            close = closest(current, [*builtin_theme_names(), *site_theme_names(root)], cutoff=0.6)
            report.error(where, where_line, "theme",
                         f"unknown theme '{current}': " + (f"did you mean {close}? " if close else "")
                         + f"There is no folder themes/{current}/ in the site and no built-in theme of that name "
                         f"(built-in: {', '.join(builtin_theme_names())})")
            return None
        if folder in chain:
            report.error(where, where_line, "theme", f"themes extend each other in a circle: "
                         f"{' -> '.join(f.name for f in chain)} -> {current}; end the chain with a built-in theme")
            return None
        chain.append(folder)
        if folder.builtin:
            manifest = folder.path / "theme.yaml"
        else:
            manifest = local / "theme.yaml"
        current = None
        if manifest.is_file():
            path = f"themes/{folder.name}/theme.yaml" if not folder.builtin else str(manifest)
            text = read_text(manifest, path, report)
            data = parse_yaml(text, path, report) if text is not None else None
            if data is None:
                return None
            if not isinstance(data, Mapping):
                report.error(path, 1, "theme", "theme.yaml holds fields such as 'extends: default'")
                return None
            unknown = sorted(set(data) - {"extends", "name", "description"})
            for key in unknown:
                report.warning(path, data.key_positions.get(key, (1, 0))[0], "theme",
                               f"unknown field '{key}'; theme.yaml knows extends, name and description")
            if data.get("extends"):
                current = str(data["extends"])
                where, where_line = path, data.key_positions.get("extends", (1, 0))[0]
        elif not folder.builtin:
            current = "default"  # a site theme without theme.yaml extends the default theme
            where, where_line = f"themes/{folder.name}", 1
    return Theme(chain, root)


def chain_report(root: Path, name: str, line: int = 1) -> list[tuple[str, str]]:
    """The theme chain in effect, child first: each theme's name and a line saying where it
    is, what it extends, and how many templates, static files and string files it brings.
    ``line`` is where site.yaml names the theme."""
    report = Report()
    theme = resolve_theme(root, name, report, line)
    if theme is None:
        from glowgen.errors import ContentError

        raise ContentError(report.sorted(), "no theme is in effect")
    lines = []
    for index, folder in enumerate(theme.chain):
        where = f"built-in ({folder.path})" if folder.builtin else f"themes/{folder.name}/"
        counts = []
        for kind, noun in (("templates", "template"), ("static", "static file"), ("strings", "string file")):
            count = sum(1 for f in (folder.path / kind).rglob("*") if f.is_file()) if (folder.path / kind).is_dir() else 0
            counts.append(f"{count} {noun}{'' if count == 1 else 's'}")
        parent = f"extends {theme.chain[index + 1].name}" if index + 1 < len(theme.chain) else "the end of the chain"
        lines.append((folder.name, f"{folder.name}: {where}, {parent}; {', '.join(counts)}"))
    return lines


def site_theme_names(root: Path) -> list[str]:
    """The themes in the site's themes/ folder."""
    folder = root / "themes"
    return sorted(p.name for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")) if folder.is_dir() else []
