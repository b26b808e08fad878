"""The check stage: rules over the whole loaded site, after each file passed its schema.

Each rule reports ``path:line`` diagnostics; nothing here changes the site.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from glowgen.diagnostics import Report
from glowgen.markdown import find_links, link_target
from glowgen.model import Item, Localised, Site
from glowgen.urls import reserved_page_slugs


def check_site(site: Site, report: Report) -> None:
    """Run every site-wide rule (the links too: see :func:`check_links`)."""
    check_page_names(site, report)
    check_distinct_titles(site, report)
    check_not_empty(site, report)
    check_brand(site, report)


def check_brand(site: Site, report: Report) -> None:
    """Text on the brand colours must be readable (WCAG 2.2 AA: 4.5:1); when it is not,
    say so and which shade glowgen uses instead."""
    from glowgen.colours import contrast, readable

    for name, colour in (("primary", site.brand.primary), ("accent", site.brand.accent)):
        background, text = readable(colour)
        if background != colour:
            report.warning("content/site.yaml", site.lines.get("brand", 1), "contrast",
                           f"brand.{name} {colour}: text on it reaches only {contrast(text, colour):.1f}:1 "
                           f"(4.5:1 is needed to read it easily); glowgen uses {background} for buttons and "
                           "the assistant. Choose a darker or lighter colour to keep yours")


def check_links(items: Sequence[Item], media_files: Sequence[str], report: Report,
                known_refs: Iterable[str] | None = None, languages: Iterable[str] | None = None) -> None:
    """Links and images in bodies must be allowed and point to something that exists.

    Runs on the items even when site.yaml has errors, so one run reports everything.
    ``known_refs`` are all the site's items when ``items`` is only a part of them;
    ``languages`` limits the check to those languages' bodies.
    """
    refs = set(known_refs) if known_refs is not None else {item.ref for item in items}
    media = set(media_files)
    wanted = set(languages) if languages is not None else None
    for item in items:
        seen_bodies = set()
        for lang, body in item.body.values.items():
            # A Markdown link or image needs "[" or "<"; other bodies need no parsing here.
            if wanted is not None and lang not in wanted:
                continue
            if id(body) in seen_bodies or not ("[" in body.text or "<" in body.text):
                continue
            seen_bodies.add(id(body))
            for link in find_links(body.tokens, body.text):
                kind, value = link_target(link.url, body.path)
                line = body.line + link.line
                if link.image and kind != "media":
                    report.error(body.path, line, "image",
                                 f"image {link.url}: images come from content/media; put the file there "
                                 "and write ../media/<file>")
                elif kind == "bad":
                    report.error(body.path, line, "link", f"link {link.url} {value}")
                elif kind == "item" and value.partition("#")[0] not in refs:
                    report.error(body.path, line, "link", f"link {link.url}: there is no "
                                 f"content/{value.partition('#')[0]}.md; check the name")
                elif kind == "media" and value not in media:
                    report.error(body.path, line, "link", f"{link.url}: there is no content/{value}; "
                                 "check the name")


def check_page_names(site: Site, report: Report) -> None:
    """A free page cannot take the folder of a built page, such as contact or faq."""
    for page in site.pages:
        for lang in site.languages:
            if page.slug in reserved_page_slugs(lang):
                report.error(page.paths[site.default_language], 1, "duplicate-slug",
                             f"the page name '{page.slug}' is taken by a page glowgen builds "
                             f"({lang}/{page.slug}/); rename the file, e.g. {page.slug}-info.md")
                break


def check_distinct_titles(site: Site, report: Report) -> None:
    """Two treatments (or questions, or pages) with the same title in one language cannot be
    told apart by a visitor or by the assistant: name both files."""
    groups: list[tuple[str, Sequence[Item]]] = [
        ("title", site.treatments), ("question", site.faqs), ("title", site.pages)]
    for name, items in groups:
        for lang in site.languages:
            seen: dict[str, Item] = {}
            for item in items:
                value: Localised[str] = getattr(item, name)
                if lang in value.missing:
                    continue  # the default language's title, reported in that language
                key = " ".join(value.get(lang).casefold().split())
                first = seen.setdefault(key, item)
                if first is item:
                    continue
                path = item.paths.get(lang, item.paths[site.default_language])
                line = item.lines.get(lang, {}).get(name, 1)
                other = first.paths.get(lang, first.paths[site.default_language])
                report.error(path, line, "duplicate-title",
                             f"{name} '{value.get(lang)}' is also the {name} of {other}; visitors and the "
                             f"assistant cannot tell them apart: give each its own {name}")


def check_not_empty(site: Site, report: Report) -> None:
    if not site.treatments:
        report.warning("content/treatments", 1, "empty",
                       "there are no treatments yet; add content/treatments/<name>.md (see docs/content.md)")
