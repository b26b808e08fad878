"""The ``glowgen`` command: parse options, call one function. Imports stay lazy so --help is fast."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

SOURCE_HELP = "The site root: the folder that holds content/."


def _report_warnings(result: object, quiet: bool) -> None:
    if quiet:
        return
    for diagnostic in [*getattr(result, "warnings", []), *getattr(result, "allowed", [])]:
        click.echo(str(diagnostic), err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="glowgen")
@click.option("--debug", is_flag=True, hidden=True, help="Show tracebacks.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """glowgen builds a clinic's multilingual website with an assistant that runs in the visitor's browser."""
    ctx.obj = {"debug": debug}


@cli.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--languages", default="fr,nl,en", show_default=True,
              help="The site's languages, the default first (fr, nl, en, de).")
@click.option("--example", is_flag=True, help="Copy the full example clinic instead of the starter content.")
def init(directory: Path, languages: str, example: bool) -> None:
    """Create a new site in DIRECTORY with sample content, netlify.toml and a CI workflow."""
    from glowgen.scaffold import create_site

    created = create_site(directory, [code.strip() for code in languages.split(",") if code.strip()], example)
    click.echo(f"Created a glowgen site in {directory} ({len(created)} files).")
    click.echo(f"Next: cd {directory} && glowgen serve")


def _sources(verb: str):  # type: ignore[no-untyped-def]
    return click.option("--source", "-s", "sources", multiple=True, default=["."],
                        help=f"The site root: the folder that holds content/. Give it several times, or a pattern "
                             f"such as 'clinics/*', to {verb} several sites in one run.")


@cli.command()
@_sources("build")
@click.option("--out", "-o", default=None, type=click.Path(path_type=Path),
              help="Where to write the site.  [default: build/ in the site root]")
@click.option("--strict", is_flag=True, help="Treat warnings (such as missing translations) as errors.")
@click.option("--quiet", "-q", is_flag=True, help="Print errors only.")
def build(sources: tuple[str, ...], out: Path | None, strict: bool, quiet: bool) -> None:
    """Build the site into build/ (or --out); several sites each into their own build/."""
    from glowgen.build import build as run_build
    from glowgen.build import build_sites

    roots = _site_roots(sources)
    if _several(roots, sources):
        if out is not None:
            raise click.UsageError("--out names one folder; with several sites each is built into its own build/")
        _print_outcomes(build_sites(roots, strict), quiet, "built")
        return
    source = roots[0]
    result = run_build(source, out or source / "build", strict=strict)
    _report_warnings(result, quiet)
    if not quiet:
        click.echo(f"Built {result.summary()}")
        hint = "" if "YOUR-SITE" not in result.embed else " (set base_url in site.yaml to fill in the address)"
        click.echo(f"To add the assistant to another website{hint}, put this before </body>:\n  {result.embed}")


def _is_pattern(source: str) -> bool:
    return any(c in source for c in "*?[")


def _several(roots: list[Path], sources: tuple[str, ...]) -> bool:
    return len(roots) > 1 or any(_is_pattern(s) for s in sources)


def _site_roots(sources: tuple[str, ...]) -> list[Path]:
    """The site roots the --source values name; a pattern names the folders it matches."""
    import glob

    from glowgen.errors import UsageMistake

    roots: list[Path] = []
    for source in sources:
        if _is_pattern(source):
            matched = sorted(Path(p) for p in glob.glob(source) if Path(p).is_dir())
            if not matched:
                raise UsageMistake(f"--source {source}: no folder matches this pattern")
            roots += [p for p in matched if p not in roots]
        elif Path(source) not in roots:
            roots.append(Path(source))
    return roots


def _print_outcomes(outcomes: list, quiet: bool, done: str) -> None:
    """One line a site (its problems above it), then how many went well; exit 1 if any failed."""
    for outcome in outcomes:
        for diagnostic in outcome.diagnostics:
            if not quiet or diagnostic.severity == "error":
                click.echo(str(diagnostic), err=True)
        if outcome.ok:
            if not quiet:
                click.echo(f"{outcome.source}: {done} {outcome.summary}")
        else:
            click.echo(f"{outcome.source}: FAILED: {outcome.summary}", err=True)
    failed = sum(1 for o in outcomes if not o.ok)
    if not quiet or failed:
        click.echo(f"{len(outcomes) - failed} of {len(outcomes)} sites {done}" + (f", {failed} failed" if failed else ""),
                   err=bool(failed))
    if failed:
        sys.exit(1)


@cli.command()
@_sources("check")
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.option("--quiet", "-q", is_flag=True, help="Print errors only.")
@click.option("--format", "output", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="json: every finding as one JSON document on standard output, for tools.")
def check(sources: tuple[str, ...], strict: bool, quiet: bool, output: str) -> None:
    """Check the content and theme as a build would, compliance rules included, without writing anything."""
    from glowgen.build import build_sites
    from glowgen.build import check as run_check

    roots = _site_roots(sources)
    if _several(roots, sources):
        outcomes = build_sites(roots, strict, check_only=True)
        if output == "json":
            click.echo(json.dumps({"sites": [{"source": o.source, "ok": o.ok, **_as_json(o.diagnostics)}
                                             for o in outcomes]}, ensure_ascii=False, indent=2))
            if not all(o.ok for o in outcomes):
                sys.exit(1)
            return
        _print_outcomes(outcomes, quiet, "checked")
        return
    source = roots[0]
    if output == "json":
        from glowgen.errors import ContentError

        try:
            result = run_check(source, strict=strict)
            found, ok = [*result.warnings, *result.allowed], True
        except ContentError as error:
            found, ok = error.diagnostics, False
        click.echo(json.dumps(_as_json(found), ensure_ascii=False, indent=2))
        if not ok:
            sys.exit(1)
        return
    result = run_check(source, strict=strict)
    _report_warnings(result, quiet)
    if not quiet:
        click.echo(f"No errors: {result.summary()}")


def _as_json(diagnostics: list) -> dict:
    from dataclasses import asdict

    from glowgen.diagnostics import format_summary

    items = sorted(diagnostics)
    return {"summary": format_summary(items),
            "errors": sum(1 for d in items if d.severity == "error"),
            "warnings": sum(1 for d in items if d.severity == "warning"),
            "allowed": sum(1 for d in items if d.severity == "allowed"),
            "diagnostics": [asdict(d) for d in items]}


@cli.command()
@_sources("test")
@click.option("--junit", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the results as JUnit XML to this file, for CI annotations.")
@click.option("--quiet", "-q", is_flag=True, help="Print failures and the count only.")
def test(sources: tuple[str, ...], junit: Path | None, quiet: bool) -> None:
    """Ask the assistant the questions of content/assistant-tests.yaml and compare its answers.

    Builds first when build/ is missing or older than content/. Exit code 1 on any failure."""
    from glowgen.assistant_tests import failure_report, junit_xml, test_site
    from glowgen.build import shown_from
    from glowgen.errors import ContentError, GlowgenError

    roots = _site_roots(sources)
    several = _several(roots, sources)
    suites, failed_sites = [], 0
    for root in roots:
        prefix = f"{root}: " if several else ""
        try:
            run = test_site(root)
        except GlowgenError as error:
            if not several:
                raise
            failed_sites += 1
            for diagnostic in shown_from(root, error.diagnostics) if isinstance(error, ContentError) else []:
                click.echo(str(diagnostic), err=True)
            click.echo(f"{prefix}FAILED: {error.format_message()}", err=True)
            continue
        if run.built is not None:
            for diagnostic in shown_from(root, run.built.warnings) if several else run.built.warnings:
                if not quiet:
                    click.echo(str(diagnostic), err=True)
            if not quiet:
                click.echo(f"{prefix}Built {run.built.summary()}")
        failed = [o for o in run.outcomes if not o.passed]
        for outcome in failed:
            click.echo(failure_report(outcome, root if several else None))
        failed_sites += bool(failed)
        suites.append((str(root), run.outcomes))
        click.echo(f"{prefix}{len(run.outcomes) - len(failed)} of {len(run.outcomes)} assistant tests passed"
                   + (f", {len(failed)} failed" if failed else ""))
    if junit is not None:
        junit.parent.mkdir(parents=True, exist_ok=True)
        junit.write_bytes(junit_xml(suites))
    if several:
        click.echo(f"{len(roots) - failed_sites} of {len(roots)} sites passed their assistant tests"
                   + (f", {failed_sites} failed" if failed_sites else ""), err=bool(failed_sites))
    if failed_sites:
        sys.exit(1)


@cli.group()
def theme() -> None:
    """Make and inspect themes (the site's look): theme new, theme list."""


@theme.command("new")
@click.argument("name")
@click.option("--extends", "parent", default="default", show_default=True,
              help="The theme it starts from: a built-in theme or one in themes/.")
@click.option("--source", "-s", default=".", type=click.Path(file_okay=False, path_type=Path), help=SOURCE_HELP)
def theme_new(name: str, parent: str, source: Path) -> None:
    """Create themes/NAME/ in the site: theme.yaml, a base.html and a stylesheet to edit."""
    from glowgen.theme_scaffold import create_theme

    written = create_theme(source, name, parent)
    for path in written:
        click.echo(f"  {path}")
    click.echo(f"Created the theme {name} (extends {parent}). Use it with 'theme: {name}' in content/site.yaml, "
               "then: glowgen serve")


@theme.command("list")
@click.option("--source", "-s", default=".", type=click.Path(file_okay=False, path_type=Path), help=SOURCE_HELP)
def theme_list(source: Path) -> None:
    """Show the theme chain in effect (the site's theme first) and the other themes."""
    from glowgen.diagnostics import Report
    from glowgen.load import load
    from glowgen.themes import builtin_theme_names, chain_report, site_theme_names

    loaded = load(source, Report())
    name = loaded.theme or "default"
    click.echo(f"In effect (content/site.yaml:{loaded.theme_line}: theme: {name}):")
    chain = chain_report(source, name, loaded.theme_line)
    for _, line in chain:
        click.echo(f"  {line}")
    in_chain = {theme_name for theme_name, _ in chain}
    others = [f"{n} (built-in)" for n in builtin_theme_names() if n not in in_chain]
    others += [f"{n} (themes/{n}/)" for n in site_theme_names(source) if n not in in_chain]
    click.echo(f"Other themes: {', '.join(others) if others else 'none'}")


@cli.command()
@click.option("--source", "-s", default=".", type=click.Path(file_okay=False, path_type=Path), help=SOURCE_HELP)
@click.option("--port", "-p", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port on 127.0.0.1.")
@click.option("--open", "open_browser", is_flag=True, help="Open the site in a web browser.")
def serve(source: Path, port: int, open_browser: bool) -> None:
    """Build, serve on 127.0.0.1, rebuild on every change and reload the browser."""
    from glowgen.serve import serve as run_serve

    run_serve(source, port, open_browser)


@cli.command()
@click.argument("question", required=False)
@click.option("--site", default="build", show_default=True, type=click.Path(file_okay=False, path_type=Path),
              help="The built site whose assistant answers.")
@click.option("--lang", default=None, help="The page's language (the answer follows the question's language "
              "when it is clearly another language of the site).")
@click.option("--now", default=None, callback=lambda ctx, param, value: _moment(value),
              help="The moment to answer for, ISO 8601, e.g. 2026-11-23T10:00:00+01:00.  [default: now]")
@click.option("--json", "as_json", is_flag=True, help="Print the engine's answer as JSON, one object a line.")
def ask(question: str | None, site: Path, lang: str | None, now: str | None, as_json: bool) -> None:
    """Ask the built site's assistant QUESTION, or one question a line from standard input."""
    import json

    from glowgen.ask import Assistant, contract, readable

    assistant = Assistant(site)
    questions = [question] if question is not None else (line.rstrip("\n") for line in sys.stdin)
    for answer in assistant.answers(questions, lang, now):
        if as_json:
            click.echo(json.dumps(contract(answer), ensure_ascii=False))
        else:
            click.echo(readable(answer))


def _moment(value: str | None) -> str | None:
    import datetime as dt

    if value is not None:
        try:
            dt.datetime.fromisoformat(value)
        except ValueError:
            raise click.BadParameter(f"'{value}' is not a moment; write it as 2026-11-23T10:00:00+01:00 "
                                     "(or without the offset, in the clinic's time zone)") from None
    return value


def main() -> None:
    """Entry point of the console script: no traceback for user errors unless --debug."""
    debug = "--debug" in sys.argv[1:]
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        if debug:
            raise
        exc.show()
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    except OSError as exc:
        if debug:
            raise
        click.echo(f"Error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), err=True)
        sys.exit(1)
