"""A build, stage by stage: load -> check -> render -> bundle, one way.

:func:`check` runs the stages up to the pages in memory; :func:`build` also writes
``build/``. Both collect every problem before stopping.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from glowgen.diagnostics import Diagnostic, Report
from glowgen.errors import ContentError

if TYPE_CHECKING:
    from glowgen.render import PageRenderer


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
    embed: str = ""  # the <script> tag that puts the assistant on another website
    allowed: list[Diagnostic] = field(default_factory=list)  # findings the content switched off, with why

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
              action: str = "nothing was written", sink: Sink | None = None,
              with_assistant: bool = True) -> BuildResult:
    """Run every stage; files go to ``sink`` (in memory by default, then in the result).

    ``with_assistant=False`` (``glowgen check``) leaves out the assistant's index and
    files: they raise no findings and are most of the time a check would take.
    Raises :class:`ContentError` with every problem found."""
    from glowgen import __version__
    from glowgen.ask import content_digest
    from glowgen.assistant_tests import read_assistant_tests
    from glowgen.bundle import ASSISTANT, FONT_SUFFIXES, MemorySink, assistant_files, brand_css, clinic_values, \
        prepare_assets
    from glowgen.check import check_links, check_site
    from glowgen.headers import Features, headers_file, redirects_file, security_headers
    from glowgen.load import load
    from glowgen.parallel import in_background
    from glowgen.render import PageRenderer, RenderInput
    from glowgen.themes import resolve_theme

    started = time.perf_counter()
    memory = MemorySink()
    sink = sink or memory
    report = Report()
    loaded = load(root, report)
    site, theme = loaded.site, None
    if site is not None:
        check_site(site, report)
    read_assistant_tests(root, report, loaded.refs, loaded.languages)
    if loaded.theme is not None:
        theme = resolve_theme(root, loaded.theme, report, loaded.theme_line)
    if site is None or theme is None or (report.strict() if strict else report).errors:
        check_links(loaded.items, loaded.media, report, known_refs=loaded.refs)  # every problem at once
        _fail_if_errors(report, strict, action)
    assert site is not None and theme is not None
    today = today or build_date(site.timezone)
    # the compliance rules (V8 and regular expressions) run beside the rendering
    compliance = in_background(partial(_compliance_findings, root, site, theme, today))
    assets = prepare_assets(theme.static_files, {"brand.css": brand_css(site)})
    renderer = PageRenderer(site, theme, RenderInput(assets.manifest, today), report)
    strings = {lang: renderer.by_lang[lang].t for lang in site.languages}
    if with_assistant:
        from glowgen.index import index_files

        assistant, loader = assistant_files(index_files(site, today, strings), site.languages,
                                            content_digest(root / "content"), __version__, strings,
                                            clinic_values(site, strings))
    else:
        assistant, loader = {}, f"{ASSISTANT}/glowgen.js"
    renderer.inputs.assistant = {"loader": loader}
    pages = check_and_render(renderer, loaded.media, sink)
    report.extend(compliance())
    _fail_if_errors(report, strict, action)
    other = renderer.site_files()
    other.update(assets.files)
    other.update(assistant)
    for path in site.media:
        other[path] = (root / "content" / path).read_bytes()
    features = Features(fonts=any(p.endswith(FONT_SUFFIXES) for p in assets.files))
    headers = security_headers(features, site.frame_ancestors)
    other["_headers"] = headers_file(headers, assistant=True).encode()
    other["_redirects"] = redirects_file(site.languages).encode()
    check_netlify_toml(root, headers, report)
    _fail_if_errors(report, strict, action)
    for path in sorted(other):
        sink.write(path, other[path])
    pages += sum(1 for p in other if p.endswith(".html"))
    embed = embed_snippet(site.base_url, loader, assistant[loader], site.default_language) if with_assistant else ""
    return BuildResult(None, pages, site.languages, report.warnings, time.perf_counter() - started,
                       dict(sorted(memory.files.items())), headers, embed, report.allowances)


def _compliance_findings(root: Path, site: Any, theme: Any, today: dt.date) -> list[Diagnostic]:
    from glowgen.compliance import check_compliance

    found = Report()
    check_compliance(root, site, theme, today, found)
    return found.items


def embed_snippet(base_url: str | None, loader: str, data: bytes, lang: str) -> str:
    """The tag a clinic puts on its existing website: the loader, checked by its hash
    (Subresource Integrity), fetched without cookies (crossorigin)."""
    import base64
    import hashlib

    integrity = "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()
    origin = base_url or "https://YOUR-SITE/"
    return (f'<script src="{origin}{loader}" integrity="{integrity}" crossorigin="anonymous" '
            f'data-lang="{lang}" defer></script>')


class Sink(Protocol):
    """Where built files go: ``bundle.Staging`` (a folder) or ``bundle.MemorySink``."""

    shared_by_processes: bool

    def write(self, path: str, data: bytes) -> None: ...


def check_and_render(renderer: "PageRenderer", media: list[str], sink: Sink) -> int:
    """Check the links of every body and render every page, on every core for a large site.

    Both parse the same Markdown, so each group of work checks some items and then renders
    the pages that show them, in the same process, and writes them out there. Pages of a
    site with link errors are rendered in vain, but never published: the build stops."""
    from glowgen.check import check_links
    from glowgen.parallel import chunked, fork_map, workers_for

    site, report = renderer.site, renderer.report
    refs = [item.ref for item in site.items()]
    jobs = {lang: renderer.pages_for(lang) for lang in site.languages}
    # One group per language for the lists, FAQ, team and free pages, with the links of
    # those items in that language; treatments in chunks, each with its pages in every language.
    others = [item for item in site.items() if item.kind != "treatments"]
    groups: list[tuple[list[Any], list[str], list[tuple[str, Any]]]] = [
        (others, [lang], [(lang, page) for page in jobs[lang] if page.section != "treatment"])
        for lang in site.languages
    ]
    workers = workers_for(sum(len(pages) for pages in jobs.values()))
    page_of = {(lang, page.extra["item"].ref): page for lang in jobs for page in jobs[lang]
               if page.section == "treatment"}
    for chunk in chunked(site.treatments, workers):
        groups.append((list(chunk), list(site.languages),
                       [(lang, page_of[(lang, t.ref)]) for t in chunk for lang in site.languages]))
    in_memory = not sink.shared_by_processes

    def run(index: int) -> tuple[list[Diagnostic], dict[str, bytes], int]:
        items, languages, pages = groups[index]
        local = Report()
        check_links(items, media, local, known_refs=refs, languages=languages)
        renderer.report = local
        files = renderer.render_pages(pages)
        if not in_memory or workers == 1:
            for path in sorted(files):
                sink.write(path, files[path])
        return local.items, files if in_memory and workers > 1 else {}, len(files)

    written = 0
    for diagnostics, files, count in fork_map(run, len(groups), workers):
        report.extend(diagnostics)
        for path in sorted(files):
            sink.write(path, files[path])
        written += count
    renderer.report = report
    return written


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
    from glowgen.bundle import Staging

    started = time.perf_counter()
    with Staging(out, root) as staging:
        result = make_site(root, strict, today, action=f"{out} was left unchanged", sink=staging)
        staging.commit()
    result.out = out
    result.seconds = time.perf_counter() - started
    return result


def build_if_needed(root: Path, out: Path) -> BuildResult | None:
    """Build unless ``out`` holds this glowgen's build of the current content; ``None`` when
    the build was up to date."""
    import json

    from glowgen import __version__
    from glowgen.ask import ENTRY, content_digest

    entry_file = out / ENTRY
    if entry_file.is_file():
        try:
            entry = json.loads(entry_file.read_text(encoding="utf-8"))
        except ValueError:
            entry = {}
        if entry.get("glowgen") == __version__ and entry.get("content") == content_digest(root / "content"):
            return None
    return build(root, out)


def check(root: Path, strict: bool = False, today: dt.date | None = None) -> BuildResult:
    """Validate everything a build would, writing nothing (and building no assistant index,
    which has nothing to report)."""
    return make_site(root, strict, today, action="nothing was written", with_assistant=False)


@dataclass
class SiteOutcome:
    """One site of a multi-site build, as the command prints it."""

    source: str
    ok: bool
    summary: str  # "71 pages in 3 languages ..." or "2 errors, 1 warning; ... unchanged"
    diagnostics: list[Diagnostic] = field(default_factory=list)  # paths from the working folder


def build_sites(roots: list[Path], strict: bool = False, check_only: bool = False) -> list[SiteOutcome]:
    """Build (or, with ``check_only``, check) each site root, its own ``build/`` for each,
    several sites at a time on a multi-core machine, each in one process; one site's
    failure stops no other."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from glowgen.parallel import workers_for

    workers = min(len(roots), workers_for(len(roots), threshold=2))
    if workers <= 1:
        return [_make_one_site(root, strict, check_only) for root in roots]
    # a fresh process for the workers (forkserver, else spawn): a forked one would inherit
    # this process's threads, and embedded V8 does not survive a fork
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(["glowgen.build", "glowgen.compliance", "glowgen.render", "glowgen.index"])
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_one_core) as pool:
        return list(pool.map(_make_one_site, roots, [strict] * len(roots), [check_only] * len(roots)))


def _one_core() -> None:
    os.environ["GLOWGEN_WORKERS"] = "1"  # sites in parallel; each site's stages in its own process


def _make_one_site(root: Path, strict: bool, check_only: bool = False) -> SiteOutcome:
    from glowgen.errors import ContentError, GlowgenError

    try:
        result = check(root, strict) if check_only else build(root, root / "build", strict)
    except ContentError as error:
        return SiteOutcome(str(root), False, error.format_message(), shown_from(root, error.diagnostics))
    except (GlowgenError, OSError) as error:
        return SiteOutcome(str(root), False, str(error))
    return SiteOutcome(str(root), True, result.summary(), shown_from(root, [*result.warnings, *result.allowed]))


def shown_from(root: Path, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Diagnostics with paths from the working folder rather than from the site root."""
    return [Diagnostic((root / d.path).as_posix(), d.line, d.column, d.severity, d.rule, d.message)
            for d in diagnostics]
