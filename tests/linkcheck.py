"""A link checker over a built site: every internal link and anchor must resolve."""

from __future__ import annotations

import posixpath
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class PageParser(HTMLParser):
    """Collects the links, resources, ids and tags of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str, str]] = []  # (tag, attribute, url)
        self.ids: set[str] = set()
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        self.tags.append((tag, values))
        if "id" in values:
            self.ids.add(values["id"])
        for attribute in ("href", "src"):
            if attribute in values:
                self.links.append((tag, attribute, values[attribute]))


def parse_page(file: Path) -> PageParser:
    parser = PageParser()
    parser.feed(file.read_text(encoding="utf-8"))
    return parser


def site_path(page: str, url: str) -> str:
    """The site path a relative URL on ``page`` (e.g. fr/index.html) points to."""
    base = posixpath.dirname(page)
    return posixpath.normpath(posixpath.join(base, unquote(urlsplit(url).path))).lstrip("./") \
        if not url.startswith("/") else unquote(urlsplit(url).path).lstrip("/")


def check_links(build: Path) -> list[str]:
    """Every broken internal link or anchor, as 'page: url (why)'."""
    pages = {p.relative_to(build).as_posix(): parse_page(p) for p in build.rglob("*.html")}
    problems = []
    for page, parsed in sorted(pages.items()):
        for tag, attribute, url in parsed.links:
            parts = urlsplit(url)
            if parts.scheme in ("https", "mailto", "tel"):
                continue
            if parts.scheme:
                problems.append(f"{page}: {url} (scheme {parts.scheme} is not allowed)")
                continue
            if url.startswith("#"):
                target_page, fragment = page, url[1:]
            else:
                target = site_path(page, url) if page != "404.html" else url.lstrip("/").split("#")[0]
                if url.split("#")[0].endswith("/") or target in ("", "."):
                    target = posixpath.join(target, "index.html") if target not in ("", ".") else "index.html"
                if not (build / target).is_file():
                    problems.append(f"{page}: {url} (no {target})")
                    continue
                target_page, fragment = target, parts.fragment
            if fragment and target_page.endswith(".html") and fragment not in pages[target_page].ids:
                problems.append(f"{page}: {url} (no id {fragment} in {target_page})")
    return problems
