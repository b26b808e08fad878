"""The load stage: read ``content/`` into a validated :class:`~glowgen.model.Site`.

Every problem goes to the report with its file and line; loading goes on after a
problem so that one run shows them all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from glowgen.diagnostics import Report
from glowgen.model import (
    SUPPORTED_LANGUAGES, Address, Assistant, Banner, Body, Brand, Closure, Contact, Faq, Item, Localised, Page,
    Person, Site, Treatment,
)
from glowgen.schema import EMERGENCY_NUMBERS, INVALID, KINDS, SITE, At, Context
from glowgen.source import YamlMap, parse_yaml, read_document, read_text

CONTENT = "content"
_FILE_NAME = re.compile(r"^(?P<slug>[^.]+)(?:\.(?P<lang>[^.]+))?\.md$")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_KNOWN_TOP = {"site.yaml", "assistant-tests.yaml", "media", *KINDS}
_ASSISTANT_NAMES = {"fr": "Assistant", "nl": "Assistent", "en": "Assistant", "de": "Assistent"}


@dataclass
class Loaded:
    """What the load stage read: the site when site.yaml is valid, and all it could read besides."""

    site: Site | None
    items: list[Item] = field(default_factory=list)
    media: list[str] = field(default_factory=list)
    theme: str | None = None  # the theme site.yaml names, when that much is readable
    theme_line: int = 1
    refs: set[str] = field(default_factory=set)  # every item that has a file, valid or not
    languages: tuple[str, ...] = ()  # the site's languages, when site.yaml says them validly


def load_site(root: Path, report: Report) -> Site | None:
    """Load the site in ``root``; ``None`` when site.yaml has errors (all reported)."""
    return load(root, report).site


def load(root: Path, report: Report) -> Loaded:
    """Read everything under ``root/content``, reporting every problem."""
    content = root / CONTENT
    if not content.is_dir():
        report.error(CONTENT, 1, "missing-file",
                     f"there is no content/ folder in {root}; run 'glowgen init {root}' to start a site "
                     "or give the site root with --source")
        return Loaded(None)
    if not any(p for p in content.iterdir() if not p.name.startswith(".")):
        report.error(CONTENT, 1, "missing-file",
                     "content/ is empty; add content/site.yaml (see docs/content.md) or start "
                     "from 'glowgen init'")
        return Loaded(None)
    media = _list_media(content)
    site_path = f"{CONTENT}/site.yaml"
    theme: tuple[str | None, int] = ("default", 1)
    if not (content / "site.yaml").is_file():
        report.error(site_path, 1, "missing-file",
                     "content/site.yaml is missing: it names the clinic, its languages, hours and "
                     "contact; copy one from 'glowgen init' and edit it")
        settings, languages = None, None
    else:
        settings, languages, theme = _load_settings(content / "site.yaml", site_path, media, report)
    for entry in sorted(content.iterdir()):
        if entry.name not in _KNOWN_TOP and not entry.name.startswith("."):
            report.warning(f"{CONTENT}/{entry.name}", 1, "unused-file",
                           "glowgen does not use this; content/ holds site.yaml, treatments/, faq/, "
                           "team/, pages/ and media/")
    # Without the site's languages, items are still checked, but not their languages.
    known = languages is not None
    languages = languages or SUPPORTED_LANGUAGES
    country = settings["country"] if settings else "BE"
    refs: set[str] = set()
    items = {kind: _load_kind(content, kind, languages, country, media, report, known, refs) for kind in KINDS}
    everything = [item for kind in KINDS for item in items[kind]]
    loaded = Loaded(None, everything, sorted(media), *theme, refs=refs, languages=languages if known else ())
    if settings is None:
        return loaded
    site = _build_site(root, settings, languages, report)
    site.treatments = items["treatments"]  # type: ignore[assignment]
    site.faqs = items["faq"]  # type: ignore[assignment]
    site.team = items["team"]  # type: ignore[assignment]
    site.pages = items["pages"]  # type: ignore[assignment]
    site.media = sorted(media)
    loaded.site = site
    return loaded


def _list_media(content: Path) -> frozenset[str]:
    folder = content / "media"
    if not folder.is_dir():
        return frozenset()
    return frozenset(
        p.relative_to(content).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


# --- site.yaml ---------------------------------------------------------------------


Settings = tuple[dict[str, Any] | None, tuple[str, ...] | None, tuple[str | None, int]]


def _load_settings(file: Path, path: str, media: frozenset[str], report: Report) -> Settings:
    """site.yaml's fields (``None`` if any is wrong), its languages (``None`` if unknown),
    and its theme with the line naming it (``None`` if unreadable)."""
    text = read_text(file, path, report)
    data = parse_yaml(text, path, report) if text is not None else None
    if text is None or data is None:
        return None, None, (None, 1)
    if not isinstance(data, dict):
        report.error(path, 1, "type", "site.yaml must hold fields written 'name: value', e.g. "
                     "'name: Clinique Lumière'")
        return None, None, (None, 1)
    # The languages come first: every localised value is checked against them.
    ctx = Context(path, report, media=media)
    languages = SITE.fields["languages"].type(data.get("languages"), At("", 1).child("languages", data), ctx) \
        if "languages" in data else INVALID
    if languages is not INVALID and not languages:
        At("", 1).child("languages", data).error(ctx, "language", "list at least one language, e.g. [fr, nl, en]")
        languages = INVALID
    if languages is not INVALID and len(set(languages)) != len(languages):
        At("", 1).child("languages", data).error(ctx, "language", "a language is listed twice")
        languages = INVALID
    if languages is not INVALID:
        ctx.languages = tuple(languages)
    if isinstance(data.get("country"), str):
        ctx.country = data["country"]
    settings, ok = SITE.partial(data, At("", 1), ctx)
    theme = (settings["theme"], data.key_positions.get("theme", (1, 0))[0] if isinstance(data, YamlMap) else 1)
    if languages is INVALID:
        return None, None, theme
    if not ok:
        return None, tuple(languages), theme
    settings["languages"] = tuple(languages)
    settings["_lines"] = {key: pos[0] for key, pos in data.key_positions.items()} if isinstance(data, YamlMap) else {}
    settings["_path"] = path
    settings["_values"] = data
    return settings, tuple(languages), theme


def complete(values: dict[str, Any] | None, languages: tuple[str, ...]) -> Localised[Any] | None:
    """A full :class:`Localised` from a validator's dict, the default filling the gaps."""
    if not values:
        return None
    if "*" in values:
        return Localised.same(values["*"], languages)
    default = values[languages[0]]
    missing = tuple(lang for lang in languages if lang not in values)
    return Localised({lang: values.get(lang, default) for lang in languages}, missing)


def _site_text(settings: dict[str, Any], key: str, languages: tuple[str, ...], report: Report,
               values: Any, name: str | None = None) -> Localised[Any] | None:
    localised = complete(settings.get(key), languages)
    if localised is not None and localised.missing and isinstance(values, YamlMap):
        line, column = values.value_positions.get(key, (1, 0))
        report.warning(settings.get("_path", f"{CONTENT}/site.yaml"), line, "missing-translation",
                       f"{name or key}: no {', '.join(localised.missing)} text; visitors in "
                       f"{', '.join(localised.missing)} see the {languages[0]} text", column)
    return localised


def _build_site(root: Path, s: dict[str, Any], languages: tuple[str, ...], report: Report) -> Site:
    raw = s["_values"]

    def text(section: dict[str, Any] | None, key: str, values: Any, prefix: str) -> Any:
        section = section or {}
        section.setdefault("_path", s["_path"])
        return _site_text(section, key, languages, report, values, f"{prefix}{key}")

    address, contact = s["address"], s["contact"]
    raw_address = raw.get("address", {})
    assistant = s["assistant"] or {}
    raw_assistant = raw.get("assistant", {}) or {}
    closures = tuple(
        Closure(
            start=c["start"], end=c["end"], hours=c["hours"],
            note=text(c, "note", raw["closures"][i], f"closures[{i + 1}]."),
            line=raw["closures"].item_positions[i][0] if hasattr(raw["closures"], "item_positions") else 0,
        )
        for i, c in enumerate(s["closures"])
    )
    banners = tuple(
        Banner(text=text(b, "text", raw["banners"][i], f"banners[{i + 1}]."),
               start=b["from"], until=b["until"], url=b["link"])
        for i, b in enumerate(s["banners"])
    )
    brand = s["brand"] or {}
    emergency = (s["emergency"] or {}).get("number") or EMERGENCY_NUMBERS.get(s["country"], "112")
    security = s["security"] or {}
    return Site(
        root=str(root),
        name=text(s, "name", raw, ""),
        languages=languages,
        country=s["country"],
        timezone=s["timezone"],
        currency=s["currency"],
        theme=s["theme"],
        base_url=s["base_url"].rstrip("/") + "/" if s["base_url"] else None,
        address=Address(
            street=text(address, "street", raw_address, "address."),
            postcode=address["postcode"],
            city=text(address, "city", raw_address, "address."),
            maps_url=address["maps_url"],
            directions=text(address, "directions", raw_address, "address."),
        ),
        contact=Contact(phone=contact["phone"], email=contact["email"],
                        whatsapp=contact["whatsapp"], booking_url=contact["booking_url"]),
        hours=s["hours"],
        holidays_closed=s["public_holidays"] == "closed",
        closures=closures,
        emergency_number=emergency,
        assistant=Assistant(
            name=text(assistant, "name", raw_assistant, "assistant.")
            or Localised({lang: _ASSISTANT_NAMES[lang] for lang in languages}),
            greeting=text(assistant, "greeting", raw_assistant, "assistant."),
        ),
        banners=banners,
        brand=Brand(**{k: v for k, v in brand.items() if v is not None and not k.startswith("_")}),
        frame_ancestors=tuple(security.get("frame_ancestors") or ("'none'",)),
        lines=s["_lines"],
    )


# --- treatments, faq, team, pages ----------------------------------------------------


def _load_kind(content: Path, kind: str, languages: tuple[str, ...], country: str,
               media: frozenset[str], report: Report, known: bool = True,
               refs: set[str] | None = None) -> list[Item]:
    """The valid items of one folder; ``refs`` gets the name of every item with a file."""
    folder = content / kind
    if not folder.is_dir():
        return []
    groups: dict[str, dict[str, Path]] = {}
    seen: dict[tuple[str, str], str] = {}
    for file in sorted(folder.rglob("*")):
        relative = file.relative_to(content).as_posix()
        if not file.is_file() or any(part.startswith(".") for part in file.relative_to(folder).parts):
            continue
        path = f"{CONTENT}/{relative}"
        match = _FILE_NAME.match(file.name)
        if not match:
            report.warning(path, 1, "unused-file", f"only .md files are read in {kind}/; rename it to "
                           f"{file.stem}.md or move it to media/")
            continue
        slug, lang = match["slug"], match["lang"]
        if not _SLUG.match(slug):
            suggestion = re.sub(r"[^a-z0-9]+", "-", slug.lower()).strip("-") or "name"
            report.error(path, 1, "file-name", f"'{file.name}': a file name may hold only lowercase "
                         f"letters, digits and hyphens; rename it to {suggestion}"
                         f"{'.' + lang if lang else ''}.md")
            continue
        if lang is not None and known:
            if lang == languages[0]:
                report.error(path, 1, "translation", f"{lang} is the default language, so this text "
                             f"belongs in {slug}.md, not {file.name}")
                continue
            if lang not in languages:
                known = "is not in the site's languages" if len(lang) == 2 else "is not a language code"
                report.error(path, 1, "translation", f"'{lang}' {known} ({', '.join(languages)}); add it "
                             f"to languages in site.yaml or remove {file.name}")
                continue
        if lang is not None and lang not in SUPPORTED_LANGUAGES:
            report.error(path, 1, "translation", f"'{lang}' is not a language glowgen supports "
                         f"({', '.join(SUPPORTED_LANGUAGES)}); rename the file")
            continue
        key = (slug, lang or "")
        if key in seen:
            report.error(path, 1, "duplicate-slug", f"another file, {seen[key]}, has the name "
                         f"{file.name}: every {kind[:-1] if kind.endswith('s') else kind} needs its own "
                         "file name; rename one")
            continue
        seen[key] = path
        groups.setdefault(slug, {})[lang or ""] = file
    items = []
    for slug, files in sorted(groups.items()):
        if "" not in files:
            for lang, file in sorted(files.items()):
                report.error(f"{CONTENT}/{file.relative_to(content).as_posix()}", 1, "translation",
                             f"this translates {slug}.md, which does not exist; add {kind}/{slug}.md in "
                             f"{languages[0]}, the default language")
            continue
        if refs is not None:
            refs.add(f"{kind}/{slug}")
        files = {languages[0] if lang == "" else lang: file for lang, file in files.items()}
        item = _load_item(content, kind, slug, files, languages, country, media, report, known)
        if item is not None:
            items.append(item)
    return sorted(items, key=_item_order)


def _item_order(item: Item) -> tuple[Any, ...]:
    title = getattr(item, "title", None) or getattr(item, "question", None) or getattr(item, "name")
    return (item.order is None, item.order or 0, next(iter(title.values.values())).casefold(), item.slug)


def _load_item(content: Path, kind: str, slug: str, files: dict[str, Path], languages: tuple[str, ...],
               country: str, media: frozenset[str], report: Report, known: bool = True) -> Item | None:
    schema = KINDS[kind]
    default = languages[0]
    merged: dict[str, dict[str, Any]] = {}  # field -> {lang or "*": value}
    bodies: dict[str, Body] = {}
    paths: dict[str, str] = {}
    lines: dict[str, dict[str, int]] = {}
    base_fields: dict[str, Any] = {}
    ok = True
    for lang in [default, *[lang for lang in languages[1:] if lang in files]]:
        file = files[lang]
        path = f"{CONTENT}/{file.relative_to(content).as_posix()}"
        paths[lang] = path
        document = read_document(file, path, report)
        if document is None:
            ok = False
            continue
        ctx = Context(path, report, languages, None if lang == default else lang, media, country)
        if isinstance(document.front_matter, YamlMap):
            lines[lang] = {str(key): line for key, (line, _) in document.front_matter.key_positions.items()}
        fields = schema(document.front_matter, At("", 1), ctx)
        if fields is INVALID:
            ok = False
            continue
        if lang == default:
            # In <slug>.md a plain text is the default language's, which translations replace.
            fields = {name: {default: v["*"]} if isinstance(v, dict) and "*" in v else v
                      for name, v in fields.items()}
            base_fields = fields
        elif ok and known:
            _warn_untranslated(schema, fields, base_fields, bool(document.body.strip()),
                               default in bodies, path, lang, default, report)
        for name, value in fields.items():
            if isinstance(value, dict) and value:
                merged.setdefault(name, {}).update(value)
        if document.body.strip():
            bodies[lang] = Body(document.body, path, document.body_line)
    if not ok:
        return None
    missing = [lang for lang in languages[1:] if lang not in files]
    if missing and known:
        report.warning(paths[default], 1, "missing-translation",
                       f"no {', '.join(missing)} translation ({', '.join(f'{slug}.{m}.md' for m in missing)}); "
                       f"visitors in {', '.join(missing)} see the {default} text")
    fallback_body = bodies.get(default, Body("", paths[default], 1))
    common = dict(
        kind=kind, slug=slug, paths=paths, order=base_fields.get("order"), lines=lines,
        body=Localised({lang: bodies.get(lang, fallback_body) for lang in languages}),
    )
    text = {name: complete(merged.get(name), languages) for name, spec in schema.fields.items() if not spec.neutral}

    def aliases() -> Localised[tuple[str, ...]]:
        return text["aliases"] or Localised.same((), languages)

    if kind == "treatments":
        price = base_fields.get("price")
        if price is not None and price.per is not None:
            price = replace(price, per=complete(price.per, languages))
        return Treatment(**common, title=text["title"], aliases=aliases(), category=text["category"],
                         summary=text["summary"], price=price,
                         duration=base_fields.get("duration"), downtime=text["downtime"],
                         risks=text["risks"], aftercare=text["aftercare"], alternatives=text["alternatives"])
    if kind == "faq":
        return Faq(**common, question=text["question"], aliases=aliases())
    if kind == "team":
        return Person(**common, name=text["name"], role=text["role"], languages=base_fields["languages"],
                      registration=base_fields.get("registration"), photo=base_fields.get("photo"))
    return Page(**common, title=text["title"], summary=text["summary"], menu=bool(base_fields.get("menu")))


def _warn_untranslated(schema: Any, fields: dict[str, Any], base: dict[str, Any], has_body: bool,
                       base_has_body: bool, path: str, lang: str, default: str, report: Report) -> None:
    """A translation that leaves out a text the default language has falls back; say so."""
    names = [
        name for name, spec in schema.fields.items()
        if not spec.neutral and not spec.names and isinstance(base.get(name), dict) and base[name]
        and lang not in base[name] and not fields.get(name)
    ]
    if base_has_body and not has_body:
        names.append("the text below the front matter")
    if names:
        report.warning(path, 1, "missing-translation",
                       f"no {lang} text for {', '.join(names)}; visitors in {lang} see the {default} text")
