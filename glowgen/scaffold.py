"""``glowgen init``: a new site root with sample content in the languages asked for.

The sample content is a glowgen site itself (the starter, in fr, nl, en and de; or the
example clinic with ``--example``): it is loaded like any site and written back out with
the first language asked for as the default, so every file follows the content format.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import yaml

from glowgen.diagnostics import Report
from glowgen.errors import GlowgenError, UsageMistake
from glowgen.model import SUPPORTED_LANGUAGES, Faq, Item, Localised, Page, Person, Price, Treatment

PACKAGE = Path(__file__).parent
STARTER = PACKAGE / "starter"


def example_root() -> Path:
    """The example clinic: inside the installed package, or content/ of a source checkout."""
    packaged = PACKAGE / "example"
    if (packaged / "content" / "site.yaml").is_file():
        return packaged
    checkout = PACKAGE.parent
    if (checkout / "content" / "site.yaml").is_file() and (checkout / "pyproject.toml").is_file():
        return checkout
    raise GlowgenError("the example clinic is not part of this installation; reinstall glowgen")


def create_site(directory: Path, languages: list[str], example: bool = False) -> list[Path]:
    """Write a new site root into ``directory`` (which must be empty or absent)."""
    for code in languages:
        if code not in SUPPORTED_LANGUAGES:
            raise UsageMistake(f"--languages: '{code}' is not supported; choose from {', '.join(SUPPORTED_LANGUAGES)}")
    if not languages or len(set(languages)) != len(languages):
        raise UsageMistake("--languages: give each language once, the default first, e.g. fr,nl,en")
    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise UsageMistake(f"{directory} is not empty; glowgen init only writes into a new or empty folder")
    source = example_root() if example else STARTER
    from glowgen.load import load_site

    report = Report()
    site = load_site(source, report)
    if site is None or report.errors:  # pragma: no cover - the packaged content is tested
        raise GlowgenError("the sample content does not load: " + "; ".join(map(str, report.errors)))
    missing = [code for code in languages if code not in site.languages]
    if missing:
        raise UsageMistake(f"the example clinic is written in {', '.join(site.languages)}, not "
                           f"{', '.join(missing)}; use those languages or leave out --example")
    from glowgen.requirement import requirement

    installs, packages = requirement()
    files: dict[str, str] = {
        "content/site.yaml": site_yaml((source / "content" / "site.yaml").read_text(encoding="utf-8"), languages),
        ".gitignore": "build/\n.venv/\n__pycache__/\nassistant-tests.xml\n",
        "requirements.txt": installs,
        ".github/workflows/website.yml": WORKFLOW,
    }
    for item in site.items():
        files.update(item_files(item, languages))
    tests = source / "content" / "assistant-tests.yaml"
    if tests.is_file():
        files["content/assistant-tests.yaml"] = assistant_tests_for(tests.read_text(encoding="utf-8"), languages)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for path, text in sorted(files.items()):
        target = directory / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        written.append(target)
    for path, data in sorted(packages.items()):
        target = directory / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written.append(target)
    for media in site.media:
        target = directory / "content" / media
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source / "content" / media, target)
        written.append(target)
    written.append(_write_netlify_toml(directory))
    return written


def _write_netlify_toml(directory: Path) -> Path:
    """netlify.toml with the same security headers as the site's build/_headers."""
    from glowgen.build import make_site
    from glowgen.headers import netlify_toml_headers

    target = directory / "netlify.toml"
    target.write_text(NETLIFY_BUILD + "\n" + netlify_toml_headers(make_site(directory).headers), encoding="utf-8")
    return target


_LANGUAGE_LINE = re.compile(r"^\s+(fr|nl|en|de):\s")


def site_yaml(text: str, languages: list[str]) -> str:
    """The sample site.yaml for ``languages``: other languages' lines dropped, languages set.

    The sample writes each localised value one language a line, so lines can be filtered.
    """
    out = []
    for line in text.splitlines():
        match = _LANGUAGE_LINE.match(line)
        if match and match.group(1) not in languages:
            continue
        if line.startswith("languages:"):
            comment = line.partition("#")[2]
            line = f"languages: [{', '.join(languages)}]" + (f"   #{comment}" if comment else "")
        out.append(line)
    return "\n".join(out) + "\n"


_TEST_LANG = re.compile(r"^\s+lang:\s*(\w+)", re.M)


def assistant_tests_for(text: str, languages: list[str]) -> str:
    """The sample assistant tests of the site's languages: a test (from one ``- ask:`` line to
    the next) asked on a page in another language is dropped, comments stay."""
    head, *tests = re.split(r"(?m)^(?=- ask:)", text)
    kept = [test for test in tests if (m := _TEST_LANG.search(test)) is None or m.group(1) in languages]
    return head + "".join(kept).rstrip("\n") + "\n"


def _dump(front_matter: dict[str, Any], body: str) -> str:
    text = yaml.safe_dump(front_matter, allow_unicode=True, sort_keys=False, width=100)
    return f"---\n{text}---\n{body.strip()}\n"


def _price(price: Price | None, languages: list[str]) -> Any:
    if price is None:
        return None
    if price.on_request:
        return "on request"
    if price.exact and price.per is None:
        return price.minimum
    value: dict[str, Any] = {"from": price.minimum}
    if price.maximum is not None:
        value["to"] = price.maximum
    if price.per is not None:
        value["per"] = {lang: price.per.get(lang) for lang in languages}
    return value


_TEXT_FIELDS = {
    Treatment: ("title", "aliases", "category", "summary", "downtime", "risks", "aftercare", "alternatives"),
    Faq: ("question", "aliases"),
    Person: ("name", "role"),
    Page: ("title", "summary"),
}


def item_files(item: Item, languages: list[str]) -> dict[str, str]:
    """One item as ``<slug>.md`` in the default language and ``<slug>.<lang>.md`` translations."""
    default = languages[0]
    files = {}
    for lang in languages:
        front: dict[str, Any] = {}
        for name in _TEXT_FIELDS[type(item)]:
            value = getattr(item, name)
            if isinstance(value, Localised):
                text = value.get(lang)
                if text:
                    front[name] = list(text) if isinstance(text, tuple) else text
        if lang == default:
            if isinstance(item, Treatment):
                front.update({k: v for k, v in (("price", _price(item.price, languages)),
                                                ("duration", item.duration)) if v is not None})
            if isinstance(item, Person):
                front.update({k: v for k, v in (("languages", list(item.languages)),
                                                ("registration", item.registration),
                                                ("photo", item.photo)) if v})
            if isinstance(item, Page) and item.menu:
                front["menu"] = True
            if item.order is not None:
                front["order"] = item.order
        name = f"{item.slug}.md" if lang == default else f"{item.slug}.{lang}.md"
        files[f"content/{item.kind}/{name}"] = _dump(front, item.body.get(lang).text)
    return files


NETLIFY_BUILD = """\
# Netlify builds the site with glowgen on every push and publishes build/.
# Netlify installs requirements.txt (glowgen) before running the command, which stops
# (and publishes nothing) on a content error or a failing assistant test.
[build]
  command = "glowgen check && glowgen build && glowgen test"
  publish = "build"

[build.environment]
  PYTHON_VERSION = "3.11"

# The same security headers as build/_headers (glowgen build warns when they differ).
"""

WORKFLOW = """\
# Builds the website on every push, every pull request and every night
# (banners and upcoming closures follow the date of the build).
name: website

on:
  push:
  pull_request:
  schedule:
    - cron: "17 3 * * *"
  workflow_dispatch:

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements.txt
      - run: glowgen check
      - run: glowgen build
      # the questions of content/assistant-tests.yaml; the results are kept as a JUnit report
      - run: glowgen test --junit assistant-tests.xml
      - uses: actions/upload-artifact@v4
        with:
          name: website
          path: build/
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: assistant-tests
          path: assistant-tests.xml
"""
