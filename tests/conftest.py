"""Shared fixtures: sites written from text, the example clinic built once, a browser."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import textwrap
from pathlib import Path
from typing import Callable, Iterator

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO  # the example clinic is content/ at the repository root
TODAY = dt.date(2026, 11, 23)  # every test build is for this day, so outputs are stable

MINIMAL_SITE = {
    "content/site.yaml": """\
        name: Test Clinic
        languages: [en, fr]
        address:
          street: Main Street 1
          postcode: "1000"
          city: {en: Brussels, fr: Bruxelles}
        contact:
          phone: "+32 2 555 01 23"
          email: info@test-clinic.example
        hours:
          mon: "09:00-17:00"
          tue: ["09:00-12:00", "13:00-17:00"]
          sun: closed
        """,
    "content/treatments/peel.md": """\
        ---
        title: Chemical peel
        aliases: [peeling]
        category: {en: Skin, fr: Peau}
        summary: A solution that exfoliates the skin.
        price: {from: 100, per: {en: session, fr: séance}}
        duration: 30
        ---
        General information about peels.
        """,
    "content/treatments/peel.fr.md": """\
        ---
        title: Peeling chimique
        summary: Une solution qui exfolie la peau.
        ---
        Informations générales sur les peelings.
        """,
    "content/faq/parking.md": """\
        ---
        question: Where can I park?
        ---
        There is a car park nearby.
        """,
    "content/faq/parking.fr.md": """\
        ---
        question: Où se garer ?
        ---
        Il y a un parking à proximité.
        """,
}


SiteFactory = Callable[..., Path]


@pytest.fixture
def make_site(tmp_path: Path) -> SiteFactory:
    """Write a site root: the minimal site, with files replaced (text) or removed (None)."""

    def make(files: dict[str, str | bytes | None] | None = None, base: dict[str, str] | None = None,
             name: str = "site") -> Path:
        root = tmp_path / name
        merged: dict[str, str | bytes | None] = dict(MINIMAL_SITE if base is None else base)
        merged.update(files or {})
        for path, text in merged.items():
            target = root / path
            if text is None:
                target.unlink(missing_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(text, bytes):
                target.write_bytes(text)
            else:
                target.write_text(textwrap.dedent(text), encoding="utf-8")
        (root / "content").mkdir(parents=True, exist_ok=True)
        return root

    return make


@pytest.fixture(scope="session")
def example_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example clinic built once for the whole session (read-only for tests)."""
    from glowgen.build import build

    out = tmp_path_factory.mktemp("example") / "build"
    build(EXAMPLE, out, today=TODAY)
    return out


@pytest.fixture(scope="session")
def example_theme_build(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The example clinic built with a built-in theme, once per theme for the whole session
    (read-only): ``example_theme_build("atelier")`` builds a copy of the example whose
    site.yaml says ``theme: atelier`` and returns its build folder, whose parent is the
    copy's site root. Tests run over every theme with ``glowgen.themes.builtin_theme_names()``."""
    from glowgen.build import build

    site_yaml = (EXAMPLE / "content" / "site.yaml").read_text(encoding="utf-8")
    built: dict[str, Path] = {}

    def make(theme: str) -> Path:
        if theme not in built:
            root = tmp_path_factory.mktemp(f"example-{theme}")
            shutil.copytree(EXAMPLE / "content", root / "content")
            text, found = re.subn(r"(?m)^theme:.*$", f"theme: {theme}", site_yaml)
            (root / "content" / "site.yaml").write_text(text if found else f"{site_yaml}\ntheme: {theme}\n",
                                                        encoding="utf-8")
            build(root, root / "build", today=TODAY)
            built[theme] = root / "build"
        return built[theme]

    return make


@pytest.fixture
def example_copy(tmp_path: Path) -> Path:
    """A writable copy of the example site root."""
    root = tmp_path / "example"
    shutil.copytree(EXAMPLE / "content", root / "content")
    return root


@pytest.fixture(scope="session")
def bench():
    """bench/build.py as a module (its generate_site makes synthetic sites)."""
    import importlib.util
    import sys

    name = "glowgen_bench_build"  # not "build": that name belongs to other packages
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, REPO / "bench" / "build.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look the module up while the file runs
        spec.loader.exec_module(module)
    return sys.modules[name]


# --- browser ---------------------------------------------------------------------

def _no_browser(reason: str) -> None:
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"browser tests cannot run ({reason}); in CI a skipped browser test is a failure")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Chromium through Playwright: Playwright's own when installed, else the system's."""
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        _no_browser("playwright is not installed")
    from tests.chromium import NoChromium, launch_chromium

    manager = sync_playwright().start()
    try:
        try:
            instance = launch_chromium(manager)
        except NoChromium as exc:
            _no_browser(str(exc))
        except Error as exc:
            _no_browser(f"Chromium does not start: {exc}")
        yield instance
        instance.close()
    finally:
        manager.stop()


ARTIFACTS = REPO / "test-artifacts"


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where browser tests save screenshots for people to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def built_wording(build: Path) -> dict[str, dict[str, str]]:
    """The panel's wording per language, as the build wrote it into the widget script."""
    [widget] = (build / "assistant").glob("widget.*.js")
    literal = re.search(r'JSON\.parse\(("(?:[^"\\]|\\.)*")\)', widget.read_text(encoding="utf-8"))
    assert literal, "no wording in the widget"
    return json.loads(json.loads(literal.group(1)))
