"""A build, stage by stage: load -> check -> render -> bundle, one way.

:func:`check` runs the stages up to the pages in memory; :func:`build` also writes
``build/``. Both collect every problem before stopping.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from glowgen.diagnostics import Diagnostic, Report
from glowgen.errors import ContentError


@dataclass
class BuildResult:
    """What a build made, for the summary line."""

    out: Path | None
    pages: int
    languages: tuple[str, ...]
    warnings: list[Diagnostic] = field(default_factory=list)
    seconds: float = 0.0
    files: dict[str, bytes] = field(default_factory=dict)
    headers: list[tuple[str, str]] = field(default_factory=list)  # served with every page

    def summary(self) -> str:
        from glowgen.diagnostics import plural

        where = f" -> {self.out}" if self.out else ""
        return (f"{plural(self.pages, 'page')} in {plural(len(self.languages), 'language')} "
                f"({', '.join(self.languages)}), {plural(len(self.warnings), 'warning')}, "
                f"{self.seconds:.2f} s{where}")


def build_date(timezone: str) -> dt.date:
    """The day the build is for: SOURCE_DATE_EPOCH when set (reproducible builds), else today
    in the clinic's time zone. Banners and upcoming closures depend on it."""
    from zoneinfo import ZoneInfo

    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc) if epoch and epoch.isdigit() \
        else dt.datetime.now(dt.timezone.utc)
    return moment.astimezone(ZoneInfo(timezone)).date()


def _fail_if_errors(report: Report, strict: bool, action: str) -> None:
    effective = report.strict() if strict else report
    if effective.errors:
        raise ContentError(effective.sorted(), action)


def make_site(root: Path, strict: bool = False, today: dt.date | None = None,
              action: str = "nothing was written") -> BuildResult:
    """Run every stage in memory and return the files of ``build/``; raise on errors."""
    from glowgen.bundle import FONT_SUFFIXES, Assets, brand_css, prepare_assets
    from glowgen.check import check_links, check_site
    from glowgen.headers import Features, headers_file, redirects_file, security_headers
    from glowgen.load import load
    from glowgen.render import RenderInput, render_site
    from glowgen.themes import resolve_theme

    started = time.perf_counter()
    report = Report()
    loaded = load(root, report)
    site, theme = loaded.site, None
    check_links(loaded.items, loaded.media, report)
    if site is not None:
        check_site(site, report)
    if loaded.theme is not None:
        theme = resolve_theme(root, loaded.theme, report, loaded.theme_line)
    _fail_if_errors(report, strict, action)
    assert site is not None and theme is not None
    today = today or build_date(site.timezone)
    assets: Assets = prepare_assets(theme.static_files, {"brand.css": brand_css(site)})
    files = render_site(site, theme, RenderInput(assets.manifest, today), report)
    _fail_if_errors(report, strict, action)
    files.update(assets.files)
    for path in site.media:
        files[path] = (root / "content" / path).read_bytes()
    features = Features(
        scripts=any(p.endswith(".js") for p in files),
        fonts=any(p.endswith(FONT_SUFFIXES) for p in assets.files),
    )
    headers = security_headers(features, site.frame_ancestors)
    files["_headers"] = headers_file(headers).encode()
    files["_redirects"] = redirects_file(site.languages).encode()
    check_netlify_toml(root, headers, report)
    _fail_if_errors(report, strict, action)
    pages = sum(1 for p in files if p.endswith(".html"))
    return BuildResult(None, pages, site.languages, report.warnings, time.perf_counter() - started,
                       dict(sorted(files.items())), headers)


def check_netlify_toml(root: Path, headers: list[tuple[str, str]], report: Report) -> None:
    """Warn when netlify.toml sets security headers that differ from build/_headers."""
    toml_path = root / "netlify.toml"
    if not toml_path.is_file():
        return
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        return
    text = toml_path.read_text(encoding="utf-8", errors="replace")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        report.error("netlify.toml", getattr(exc, "lineno", 1) or 1, "netlify", f"netlify.toml cannot be read: {exc}")
        return
    for block in data.get("headers", []):
        if block.get("for") != "/*":
            continue
        values = block.get("values", {})
        wanted = dict(headers)
        differ = [name for name in wanted if name in values and values[name] != wanted[name]]
        if differ:
            line = next((n for n, l in enumerate(text.splitlines(), 1) if differ[0] in l), 1)
            report.warning("netlify.toml", line, "netlify",
                           f"{', '.join(differ)} differ from build/_headers; Netlify would apply both. "
                           f"Set: {differ[0]} = \"{wanted[differ[0]]}\" (or remove the header from netlify.toml)")


def build(root: Path, out: Path, strict: bool = False, today: dt.date | None = None) -> BuildResult:
    """Build the site in ``root`` into ``out``; the previous ``out`` stays if anything fails."""
    from glowgen.bundle import write_build

    started = time.perf_counter()
    result = make_site(root, strict, today, action=f"{out} was left unchanged")
    write_build(out, root, result.files)
    result.out = out
    result.seconds = time.perf_counter() - started
    return result


def check(root: Path, strict: bool = False, today: dt.date | None = None) -> BuildResult:
    """Validate everything a build would, writing nothing."""
    return make_site(root, strict, today, action="nothing was written")
