"""Markdown for content bodies: CommonMark with tables, raw HTML off, links under control.

Allowed links: ``https:``, ``mailto:``, ``tel:``, ``#anchors``, other content files
(``../treatments/botox.md``, relative to the file, as in MkDocs), the built pages by
their English name (``/contact/``, ``/prices/``, ``/treatments/``, ``/team/``, ``/faq/``,
``/``) and files in ``media/``. Images come from ``media/`` only. The check stage reports
every other link; the renderer turns an unresolvable one into plain text.
"""

from __future__ import annotations

import html
import posixpath
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token

SECTION_LINKS = ("/", "/treatments/", "/prices/", "/team/", "/faq/", "/contact/", "/privacy/")
EXTERNAL_SCHEMES = ("https", "mailto", "tel")

Resolver = Callable[[str, bool], "str | None"]


def _make_parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    # Every link is kept at parse time so the check stage can name the bad ones;
    # the renderer below decides what reaches the page.
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    md.add_render_rule("link_open", _render_link_open)
    md.add_render_rule("link_close", _render_link_close)
    md.add_render_rule("image", _render_image)
    return md


def _attrs(pairs: Sequence[tuple[str, str]]) -> str:
    return "".join(f' {name}="{html.escape(value)}"' for name, value in pairs)


def _render_link_open(self: Any, tokens: list[Token], idx: int, options: Any, env: dict[str, Any]) -> str:
    token = tokens[idx]
    href = str(token.attrGet("href") or "")
    target = env["resolve"](href, False)
    env.setdefault("open_links", []).append(target is not None)
    if target is None:
        return "<span>"  # an unresolvable link stays text; link_close closes the span
    pairs = [("href", target)]
    if token.attrGet("title"):
        pairs.append(("title", str(token.attrGet("title"))))
    if target.startswith("https:"):
        pairs.append(("rel", "noopener noreferrer"))
    return f"<a{_attrs(pairs)}>"


def _render_link_close(self: Any, tokens: list[Token], idx: int, options: Any, env: dict[str, Any]) -> str:
    return "</a>" if env["open_links"].pop() else "</span>"


def _render_image(self: Any, tokens: list[Token], idx: int, options: Any, env: dict[str, Any]) -> str:
    token = tokens[idx]
    alt = self.renderInlineAsText(token.children or [], options, env)
    target = env["resolve"](str(token.attrGet("src") or ""), True)
    if target is None:
        return html.escape(alt)
    pairs = [("src", target), ("alt", alt), ("loading", "lazy")]
    if token.attrGet("title"):
        pairs.append(("title", str(token.attrGet("title"))))
    return f"<img{_attrs(pairs)}>"


_PARSER = _make_parser()


def parse(text: str) -> list[Token]:
    """Parse Markdown into markdown-it tokens (cached on each :class:`Body`)."""
    return _PARSER.parse(text)


def to_html(tokens: list[Token], resolve: Resolver) -> str:
    """Render tokens; ``resolve(url, is_image)`` gives each link's final URL or ``None``."""
    return _PARSER.renderer.render(tokens, _PARSER.options, {"resolve": resolve})


def plain_text(tokens: list[Token]) -> str:
    """The text of a parsed body without Markdown, for structured data and descriptions."""
    parts = []
    for block in tokens:
        if block.type == "inline" and block.children:
            parts.append("".join(c.content for c in _walk(block.children) if c.type in ("text", "code_inline")))
    return " ".join(p.strip() for p in parts if p.strip())


@dataclass(frozen=True)
class Link:
    """A link or image in a body, with its line counted from the body's first line (0)."""

    url: str
    line: int
    image: bool
    alt: str = ""  # an image's text for those who cannot see it


def find_links(tokens: list[Token], text: str) -> list[Link]:
    """Every link and image of a parsed body, with the line it is written on."""
    lines = text.split("\n")
    found = []
    for block in tokens:
        if block.type != "inline" or not block.children:
            continue
        start, end = block.map or (0, 1)
        for child in _walk(block.children):
            if child.type not in ("link_open", "image"):
                continue
            url = str(child.attrGet("href" if child.type == "link_open" else "src") or "")
            line = next((n for n in range(start, end) if url and url in lines[n]), start)
            found.append(Link(url, line, child.type == "image", child.content if child.type == "image" else ""))
    return found


def _walk(tokens: list[Token]) -> list[Token]:
    out = []
    for token in tokens:
        out.append(token)
        if token.children:
            out.extend(_walk(token.children))
    return out


def link_target(url: str, source: str) -> tuple[str, str]:
    """Classify a link written in ``source`` (a path such as content/faq/parking.md).

    Returns (kind, value): ``("external", url)``, ``("anchor", "#x")``,
    ``("section", "/contact/#map")``, ``("item", "treatments/botox#x")``,
    ``("media", "media/x.svg")``, or ``("bad", reason)``.
    """
    from glowgen.schema import link_problem

    if url.startswith("#"):
        return ("anchor", url)
    if ":" in url.split("/")[0]:
        problem = link_problem(url, EXTERNAL_SCHEMES)
        return ("bad", problem) if problem else ("external", url)
    if url.startswith("//"):
        return ("bad", "is missing https:; write https://" + url[2:])
    path, _, fragment = url.partition("#")
    if url.startswith("/"):
        if path in SECTION_LINKS or path + "/" in SECTION_LINKS:
            section = path if path.endswith("/") else path + "/"
            return ("section", section + (f"#{fragment}" if fragment else ""))
        return ("bad", f"is not a page glowgen builds; link to a content file (../treatments/botox.md) "
                       f"or one of {', '.join(SECTION_LINKS)}")
    base = posixpath.dirname(source.removeprefix("content/"))
    resolved = posixpath.normpath(posixpath.join(base, path))
    if resolved.startswith("media/"):
        return ("media", resolved)
    parts = resolved.split("/")
    if len(parts) >= 2 and parts[0] in ("treatments", "faq", "team", "pages") and resolved.endswith(".md"):
        slug = parts[-1][:-3].split(".")[0]
        return ("item", f"{parts[0]}/{slug}" + (f"#{fragment}" if fragment else ""))
    return ("bad", "does not point to a content file or to media/; write e.g. ../treatments/botox.md "
                   "or ../media/photo.jpg")
