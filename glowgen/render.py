"""The render stage: the site's pages, per language, through the theme's Jinja2 templates.

Templates receive plain values already in the page's language (documented in
docs/themes.md); every page works without JavaScript. The result is a mapping from
output path to bytes, which the bundle stage writes.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, Sequence

from glowgen import formats, hours
from glowgen.diagnostics import Report
from glowgen.markdown import link_target, to_html
from glowgen.model import WEEKDAYS, Body, Item, Localised, Site
from glowgen.themes import Theme
from glowgen.urls import SECTIONS, contact_links, file_for, home_path, item_path, relative, section_path

NAV_SECTIONS = ("treatments", "prices", "team", "faq", "contact")


@dataclass
class OutputPage:
    """One HTML page to render: where, with which template, and what it shows."""

    path: str  # site-relative folder, e.g. "fr/traitements/botox/"
    template: str
    section: str  # home, treatments, prices, team, faq, contact, page, treatment
    title: str
    description: str | None = None
    alternates: dict[str, str] = field(default_factory=dict)  # lang -> path
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class RenderInput:
    """What the render stage needs besides the site and its theme."""

    assets: Mapping[str, str]  # theme static name -> hashed path in build/, e.g. assets/style.1a2b.css
    today: dt.date  # the build date: banners, upcoming closures
    head_extra: str = ""  # markup a later stage adds to every <head>
    assistant: Mapping[str, str] | None = None  # {"loader": site path of the loader script}


def localise(value: Any, lang: str) -> Any:
    """A :class:`Localised` value in ``lang``; other values as they are."""
    return value.get(lang) if isinstance(value, Localised) else value


class LazyBody:
    """A Markdown body rendered for one page only when a template shows it."""

    def __init__(self, body: Body, resolve: Callable[[str, bool], str | None]) -> None:
        self.body, self.resolve = body, resolve

    def __html__(self) -> str:
        return to_html(self.body.tokens, self.resolve) if self.body.text.strip() else ""

    def __str__(self) -> str:
        return self.__html__()

    def __bool__(self) -> bool:
        return bool(self.body.text.strip())


class LazyList(Sequence[Any]):
    """A list computed on first use (iteration, indexing, length or truth)."""

    def __init__(self, make: Callable[[], list[Any]]) -> None:
        self._make, self._items = make, None

    @property
    def items(self) -> list[Any]:
        if self._items is None:
            self._items = self._make()
        return self._items

    def __getitem__(self, index: Any) -> Any:
        return self.items[index]

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[Any]:
        return iter(self.items)

    def __bool__(self) -> bool:
        return bool(self.items)


class LanguageSite:
    """Everything the templates of one language share, built once per language."""

    def __init__(self, site: Site, theme_strings: dict[str, str], lang: str, inputs: RenderInput) -> None:
        self.site, self.lang, self.t, self.inputs = site, lang, theme_strings, inputs
        self.locale = formats.locale_for(lang, site.country)
        today = inputs.today
        self.holidays = hours.public_holidays(site.country, today, today + dt.timedelta(days=400), lang)
        self.values = self._site_values()
        self.hours = self._hours()

    def text(self, value: Any) -> Any:
        return localise(value, self.lang)

    def _site_values(self) -> dict[str, Any]:
        s = self.site
        contact = s.contact
        return {
            "name": self.text(s.name),
            "languages": list(s.languages),
            "default_language": s.default_language,
            "country": s.country,
            "timezone": s.timezone,
            "currency": s.currency,
            "base_url": s.base_url,
            "address": {
                "street": self.text(s.address.street),
                "postcode": s.address.postcode,
                "city": self.text(s.address.city),
                "maps_url": s.address.maps_url,
                "directions": self.text(s.address.directions),
            },
            "contact": contact_links(contact),
            "emergency_number": s.emergency_number,
            "emergency_link": f"tel:{s.emergency_number}",
            "brand": {"primary": s.brand.primary, "accent": s.brand.accent, "logo": s.brand.logo},
            "assistant": {"name": self.text(s.assistant.name), "greeting": self.text(s.assistant.greeting)},
        }

    def _hours(self) -> dict[str, Any]:
        names = formats.day_names(self.locale)
        week = [
            {"key": WEEKDAYS[i], "day": names[i], "closed": not ranges,
             "ranges": [(hours.format_time(a), hours.format_time(b)) for a, b in ranges],
             "text": hours.format_ranges(ranges) if ranges else self.t["closed"]}
            for i, ranges in enumerate(self.site.hours)
        ]
        exceptions = []
        for exc in hours.upcoming_exceptions(self.site, self.inputs.today, self.holidays):
            exceptions.append({
                "start": exc.start.isoformat(), "end": exc.end.isoformat(),
                "dates": formats.date_range_text(exc.start, exc.end, self.locale),
                "closed": not exc.hours,
                "text": hours.format_ranges(exc.hours) if exc.hours else self.t["closed"],
                "note": exc.holiday or self.text(exc.note),
                "kind": "holiday" if exc.holiday else ("special" if exc.hours else "closure"),
            })
        return {"week": week, "exceptions": exceptions}

    def banners(self) -> list[dict[str, Any]]:
        today = self.inputs.today
        return [
            {"text": self.text(b.text), "url": b.url}
            for b in self.site.banners
            if (b.start is None or b.start <= today) and (b.until is None or today <= b.until)
        ]


class PageRenderer:
    """Renders the pages of one site with one theme."""

    def __init__(self, site: Site, theme: Theme, inputs: RenderInput, report: Report) -> None:
        self.site, self.theme, self.inputs, self.report = site, theme, inputs, report
        self.env = theme.environment()
        self._facts: dict[tuple[str, str], dict[str, Any]] = {}
        self.by_lang = {lang: LanguageSite(site, theme.strings(lang, report), lang, inputs)
                        for lang in site.languages}

    # -- per-page helpers --------------------------------------------------------

    def resolver(self, page_path: str, lang: str, source: str) -> Callable[[str, bool], str | None]:
        """How links in a body written in ``source`` resolve on the page at ``page_path``."""

        def resolve(url: str, image: bool) -> str | None:
            kind, value = link_target(url, source)
            if image and kind != "media":
                return None
            if kind in ("external", "anchor"):
                return url
            if kind == "media":
                return relative(page_path, value)
            target, _, fragment = value.partition("#")
            if kind == "section":
                name = target.strip("/")
                path = home_path(lang) if not name else section_path(name, lang)
            elif kind == "item":
                path = item_path(target, lang)
            else:
                return None
            # An item shown at an anchor (a FAQ, a person) keeps its own anchor.
            if fragment and "#" not in path:
                path += f"#{fragment}"
            return relative(page_path, path)

        return resolve

    def item_values(self, item: Item, lang: str, page_path: str) -> dict[str, Any]:
        """An item's fields in ``lang``, its page's URL, and its body ready to show."""
        values = dict(self.item_facts(item, lang))
        values["url"] = relative(page_path, item_path(item.ref, lang))
        body = item.body.get(lang)
        values["body"] = LazyBody(body, self.resolver(page_path, lang, body.path))
        return values

    def item_facts(self, item: Item, lang: str) -> dict[str, Any]:
        """What an item shows in ``lang`` whatever the page: computed once per item and language."""
        key = (item.ref, lang)
        if key in self._facts:
            return self._facts[key]
        ls = self.by_lang[lang]
        values: dict[str, Any] = {"slug": item.slug, "ref": item.ref, "order": item.order, "anchor": item.slug}
        for name in item.__dataclass_fields__:
            if name in ("kind", "slug", "paths", "body", "order"):
                continue
            values[name] = localise(getattr(item, name), lang)
        if item.kind == "treatments":
            values["price"] = formats.price_text(item.price, lang, self.site.currency, ls.locale, ls.t)  # type: ignore[attr-defined]
            values["price_value"] = item.price  # type: ignore[attr-defined]
            values["duration_text"] = formats.duration_text(item.duration, ls.t)  # type: ignore[attr-defined]
            values["category"] = values["category"] or ls.t["other_category"]
        if item.kind == "team":
            values["languages_text"] = ", ".join(formats.language_name(code, lang) for code in item.languages)  # type: ignore[attr-defined]
        self._facts[key] = values
        return values

    def common(self, page: OutputPage, lang: str) -> dict[str, Any]:
        ls = self.by_lang[lang]
        site = self.site

        def url(target: str) -> str:
            return relative(page.path, target)

        def asset(name: str) -> str:
            if name not in self.inputs.assets:
                raise KeyError(f"no static file '{name}' in the theme")
            return url(self.inputs.assets[name])

        canonical = site.base_url + page.path if site.base_url else None
        alternates = [
            {"lang": other, "href": (site.base_url + path) if site.base_url else url(path),
             "name": formats.native_language_name(other), "url": url(path), "current": other == lang}
            for other, path in page.alternates.items()
        ]
        nav = [{"key": key, "title": ls.t[key], "url": url(section_path(key, lang)),
                "current": page.section == key or (key == "treatments" and page.section == "treatment")}
               for key in NAV_SECTIONS]
        for p in site.pages:
            if p.menu:
                path = item_path(p.ref, lang)
                nav.append({"key": p.ref, "title": localise(p.title, lang), "url": url(path),
                            "current": page.path == path})
        return {
            "lang": lang,
            "locale": ls.locale,
            "t": ls.t,
            "site": ls.values,
            "hours": ls.hours,
            "banners": ls.banners(),
            "nav": nav,
            "languages": alternates,
            "home_url": url(home_path(lang)),
            "sections": {"home": url(home_path(lang)),
                         **{key: url(section_path(key, lang)) for key in SECTIONS}},
            "page": {"path": page.path, "title": page.title, "description": page.description,
                     "section": page.section, "canonical": canonical},
            "url": url,
            "asset": asset,
            "build_date": self.inputs.today.isoformat(),
            "head_extra": self.inputs.head_extra,
            "assistant": {"loader": url(self.inputs.assistant["loader"]), "url": url(section_path("assistant", lang)),
                          "name": ls.values["assistant"]["name"]} if self.inputs.assistant else None,
            "jsonld": page.extra.pop("jsonld", []),
        }

    # -- pages -----------------------------------------------------------------

    def pages_for(self, lang: str) -> list[OutputPage]:
        site, ls = self.site, self.by_lang[lang]
        t = ls.t

        def everywhere(path_of: Callable[[str], str]) -> dict[str, str]:
            return {other: path_of(other) for other in site.languages}

        pages = [
            OutputPage(home_path(lang), "home.html", "home", ls.values["name"],
                       description=self._first_summary(lang), alternates=everywhere(home_path)),
            OutputPage(section_path("treatments", lang), "treatments.html", "treatments", t["treatments_title"],
                       description=t["treatments_intro"],
                       alternates=everywhere(lambda o: section_path("treatments", o))),
            OutputPage(section_path("prices", lang), "prices.html", "prices", t["prices_title"],
                       alternates=everywhere(lambda o: section_path("prices", o))),
            OutputPage(section_path("team", lang), "team.html", "team", t["team_title"],
                       alternates=everywhere(lambda o: section_path("team", o))),
            OutputPage(section_path("faq", lang), "faq.html", "faq", t["faq_title"],
                       alternates=everywhere(lambda o: section_path("faq", o))),
            OutputPage(section_path("contact", lang), "contact.html", "contact", t["contact_title"],
                       alternates=everywhere(lambda o: section_path("contact", o))),
        ]
        for treatment in site.treatments:
            pages.append(OutputPage(
                item_path(treatment.ref, lang), "treatment.html", "treatment",
                localise(treatment.title, lang), description=localise(treatment.summary, lang),
                alternates=everywhere(lambda o, ref=treatment.ref: item_path(ref, o)),
                extra={"item": treatment},
            ))
        has_privacy = False
        for page in site.pages:
            has_privacy = has_privacy or page.slug == "privacy"
            pages.append(OutputPage(
                item_path(page.ref, lang), "page.html", "privacy" if page.slug == "privacy" else "page",
                localise(page.title, lang), description=localise(page.summary, lang),
                alternates=everywhere(lambda o, ref=page.ref: item_path(ref, o)),
                extra={"item": page},
            ))
        if self.inputs.assistant:
            pages.append(OutputPage(section_path("assistant", lang), "assistant.html", "assistant",
                                    ls.values["assistant"]["name"],
                                    alternates=everywhere(lambda o: section_path("assistant", o))))
        if not has_privacy:
            pages.append(OutputPage(section_path("privacy", lang), "page.html", "privacy", t["privacy"],
                                    alternates=everywhere(lambda o: section_path("privacy", o))))
        return pages

    def _first_summary(self, lang: str) -> str | None:
        page = next((p for p in self.site.pages if p.slug == "about"), None)
        return localise(page.summary, lang) if page and page.summary else None

    def context(self, page: OutputPage, lang: str) -> dict[str, Any]:
        from glowgen import jsonld

        site = self.site
        ctx = self.common(page, lang)

        def values(items: list[Any]) -> Callable[[], list[dict[str, Any]]]:
            return lambda: [self.item_values(i, lang, page.path) for i in items]

        # Lists are made only if the page's template uses them: a treatment page of a
        # site with thousands of treatments does not list them all.
        treatments = LazyList(values(site.treatments))
        ctx["treatments"] = treatments
        ctx["categories"] = LazyList(lambda: _by_category(list(treatments)))
        ctx["faqs"] = LazyList(values(site.faqs))
        ctx["team"] = LazyList(values(site.team))
        ctx["item"] = self.item_values(page.extra["item"], lang, page.path) if "item" in page.extra else None
        ctx["jsonld"] = [jsonld.dumps(data) for data in jsonld.for_page(site, ctx, page.section)]
        return ctx

    def render_all(self) -> dict[str, bytes]:
        """Every page, in one process (``glowgen.build`` spreads large sites over cores)."""
        files = self.render_pages([(lang, page) for lang in self.site.languages for page in self.pages_for(lang)])
        files.update(self.site_files())
        return files

    def site_files(self) -> dict[str, bytes]:
        """The files outside the language folders: root page, 404, sitemap, robots.txt."""
        files = self.root_pages()
        if self.site.base_url:
            files["sitemap.xml"] = self.sitemap().encode("utf-8")
            files["robots.txt"] = (f"User-agent: *\nAllow: /\n\nSitemap: {self.site.base_url}sitemap.xml\n").encode()
        return files

    def render_pages(self, jobs: Sequence[tuple[str, OutputPage]]) -> dict[str, bytes]:
        files: dict[str, bytes] = {}
        for lang, page in jobs:
            html = self.render(page.template, lambda p=page, l=lang: self.context(p, l))
            if html is not None:
                files[file_for(page.path)] = html.encode("utf-8")
        return files

    def root_pages(self) -> dict[str, bytes]:
        """``/index.html`` sends visitors to the default language; ``/404.html`` offers each language."""
        files = {}
        default = self.site.default_language
        ls = self.by_lang[default]
        for name, template in (("index.html", "root.html"), ("404.html", "404.html")):
            page = OutputPage(name, template, "root", ls.values["name"],
                              alternates={lang: home_path(lang) for lang in self.site.languages})
            ctx = None

            def make(page: OutputPage = page) -> dict[str, Any]:
                ctx = self.common(page, default)
                if page.path == "404.html":
                    # Served at any missing URL: links must not depend on the folder.
                    ctx["url"] = lambda target: "/" + target
                    ctx["asset"] = lambda name: "/" + self.inputs.assets[name]
                    for entry in ctx["languages"]:
                        entry["url"] = "/" + home_path(entry["lang"])
                ctx["default_url"] = ctx["url"](home_path(default))
                ctx["strings"] = {lang: self.by_lang[lang].t for lang in self.site.languages}
                return ctx

            html = self.render(template, make)
            if html is not None:
                files[name] = html.encode("utf-8")
            del ctx
        return files

    def sitemap(self) -> str:
        base = self.site.base_url
        entries = []
        for lang in self.site.languages:
            for page in self.pages_for(lang):
                links = "".join(
                    f'\n    <xhtml:link rel="alternate" hreflang="{other}" href="{html.escape(base + path, quote=False)}"/>'
                    for other, path in page.alternates.items()
                )
                entries.append(f"  <url>\n    <loc>{html.escape(base + page.path, quote=False)}</loc>{links}\n  </url>")
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' + "\n".join(entries) + "\n</urlset>\n")

    def render(self, template: str, make_context: Callable[[], dict[str, Any]]) -> str | None:
        """Render one template; a theme problem becomes a diagnostic with the template's line."""
        import jinja2

        try:
            return self.env.get_template(template).render(make_context())
        except jinja2.TemplateSyntaxError as exc:
            path = self.theme.display(Path(exc.filename)) if exc.filename else template
            self.report.error(path, exc.lineno or 1, "template", f"template syntax: {exc.message}")
        except jinja2.TemplateNotFound as exc:
            self.report.error(self._theme_path(), 1, "template",
                              f"template '{exc.name}' is in no theme of the chain "
                              f"({' -> '.join(f.name for f in self.theme.chain)}); add templates/{exc.name}")
        except (jinja2.TemplateError, KeyError, TypeError, ValueError, AttributeError) as exc:
            path, line = self._template_frame(exc, template)
            message = exc.message if isinstance(exc, jinja2.TemplateError) and exc.message else str(exc)
            self.report.error(path, line, "template", f"while rendering {template}: {message}")
        return None

    def _theme_path(self) -> str:
        folder = self.theme.chain[0]
        return self.theme.display(folder.path / "theme.yaml") if not folder.builtin else folder.name

    def _template_frame(self, exc: BaseException, template: str) -> tuple[str, int]:
        folders = [f.path.resolve() for f in self.theme.chain]
        for frame in reversed(traceback.extract_tb(exc.__traceback__)):
            file = Path(frame.filename)
            if file.suffix in (".html", ".xml", ".txt") and any(file.resolve().is_relative_to(f) for f in folders):
                return self.theme.display(file), frame.lineno or 1
        return template, 1


def _by_category(treatments: list[dict[str, Any]]) -> list[dict[str, Any]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for treatment in treatments:
        groups.setdefault(treatment["category"], []).append(treatment)
    return [{"name": name, "anchor": _anchor(name), "treatments": items} for name, items in groups.items()]


def _anchor(text: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or "section"


def render_site(site: Site, theme: Theme, inputs: RenderInput, report: Report) -> dict[str, bytes]:
    """Every page of the site, keyed by its path in ``build/``."""
    return PageRenderer(site, theme, inputs, report).render_all()


__all__ = ["PageRenderer", "RenderInput", "render_site", "localise", "SECTIONS"]
