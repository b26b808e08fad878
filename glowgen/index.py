"""The index stage: one Whoosh index per language, exported for the in-page engine.

Whoosh analyses and indexes every item (treatments, questions, team, pages) with field
boosts; the export reads back from the Whoosh reader exactly what its BM25F scorer uses
(weights, quantised field lengths, field totals, document count), so the engine ranks
plain term queries as Whoosh does. The same file carries everything an answer needs:
cards, hours, closures, public holidays, time zone offsets, contact links and wording.
The format is documented in docs/index-format.md; :data:`FORMAT` is its version.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping, Sequence

from glowgen import formats, hours
from glowgen.analysis import LANGUAGES, analyze, analyzer, words
from glowgen.model import Faq, Item, Page, Person, Site, Treatment
from glowgen.urls import contact_links, item_path, section_path

FORMAT = 1
FIELDS = ("title", "aliases", "category", "summary", "body")
BOOSTS = {"title": 3.0, "aliases": 3.0, "category": 1.5, "summary": 1.5, "body": 1.0}
B, K1 = 0.75, 1.2
KINDS = {"treatments": "treatment", "faq": "faq", "team": "team", "pages": "page"}
GLOSSARY = Path(__file__).parent / "assistant" / "glossary.yaml"
HOLIDAY_MONTHS = 24
FOREIGN_PHRASES = 4  # glossary phrases per concept for a language the site does not have
# A treatment's text is indexed by its introduction: it says what the treatment is, and
# the rest (sessions, results) is found through the treatment's name anyway.
BODY_WORDS = 80


def markdown_text(text: str) -> str:
    """Markdown as plain text for answers and indexing: link targets, images and markup dropped."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<(https?|mailto|tel):[^>]*>", "", text)
    text = re.sub(r"^\s{0,3}(#{1,6}|[-*+]|\d+[.)])\s+", "", text, flags=re.M)
    text = re.sub(r"[*_`>|]+", "", text)
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True)
class Document:
    """One item in one language, as indexed and as the engine shows it."""

    ref: str
    fields: Mapping[str, str]  # field name -> text to index
    card: Mapping[str, Any]  # what an answer shows


def documents(site: Site, lang: str, strings: Mapping[str, str]) -> list[Document]:
    """Every item of the site in ``lang``: treatments, questions, team, pages."""
    locale = formats.locale_for(lang, site.country)
    found = []
    for item in site.items():
        get = lambda value: value.get(lang) if value is not None else ""  # noqa: E731
        body = markdown_text(item.body.get(lang).text)
        card: dict[str, Any] = {"ref": item.ref, "url": item_path(item.ref, lang)}
        if isinstance(item, Treatment):
            fields = {"title": get(item.title), "aliases": " ; ".join(item.aliases.get(lang)),
                      "category": get(item.category), "summary": get(item.summary),
                      "body": " ".join(body.split()[:BODY_WORDS])}
            card.update(title=get(item.title), category=get(item.category), summary=get(item.summary),
                        price=formats.price_text(item.price, lang, site.currency, locale, strings),
                        duration=formats.duration_text(item.duration, strings), downtime=get(item.downtime))
        elif isinstance(item, Faq):
            fields = {"title": get(item.question), "aliases": " ; ".join(item.aliases.get(lang)), "body": body}
            card.update(title=get(item.question), body=body)
        elif isinstance(item, Person):
            languages = ", ".join(formats.language_name(code, lang) for code in item.languages)
            fields = {"title": get(item.name), "category": get(item.role), "summary": languages, "body": body}
            card.update(title=get(item.name), category=get(item.role), summary=languages)
        else:
            assert isinstance(item, Page)
            # a free page (about, privacy) is found by its title and summary
            fields = {"title": get(item.title), "summary": get(item.summary)}
            card.update(title=get(item.title), summary=get(item.summary))
        found.append(Document(item.ref, {k: v for k, v in fields.items() if v}, {k: v for k, v in card.items() if v}))
    return found


def whoosh_index(docs: Sequence[Document], lang: str) -> Any:
    """An in-memory Whoosh index of the documents, in their order."""
    from whoosh.fields import ID, TEXT, Schema
    from whoosh.filedb.filestore import RamStorage

    class MemoryStorage(RamStorage):  # type: ignore[misc]
        # Whoosh's writer keeps temporary files in /tmp/MAIN.tmp, the same folder for every
        # process: two builds at once would delete each other's files. Keep them in memory.
        def temp_storage(self, name: str | None = None) -> RamStorage:
            return RamStorage()

    text = {name: TEXT(analyzer=analyzer(lang), field_boost=BOOSTS[name], phrase=False) for name in FIELDS}
    index = MemoryStorage().create_index(Schema(ref=ID(stored=True), **text))
    from whoosh.codec.whoosh3 import W3Codec

    # in memory and read back once: no need to compress posting blocks
    writer = index.writer(codec=W3Codec(compression=0))
    for doc in docs:
        writer.add_document(ref=doc.ref, **doc.fields)
    writer.commit()
    return index


DERIVED = ("title", "category", "summary", "body")


def export_search(index: Any, docs: Sequence[Document] = ()) -> dict[str, Any]:
    """What the engine needs to score as Whoosh's BM25F does, read from the Whoosh reader.

    ``terms`` maps each term to its postings, written ``<doc><field letter><tf>``: the
    document number, an uppercase letter for the field (A is the first), and the term's
    frequency in base 26 with lowercase letters, left out when 1 (``3A12Cc``: document
    3 in the first field once, document 12 in the third field twice). A posting's weight
    is its frequency times the field's boost, as Whoosh stores it.

    Postings of a field whose exact text a document's card already holds (the fields
    of :data:`DERIVED`: titles, questions, summaries, FAQ answers) are left out: the
    engine analyses that text itself, as Whoosh did (a parity test holds them equal).
    """
    derived = {(number, field) for number, doc in enumerate(docs) for field in DERIVED
               if field in doc.fields and doc.card.get(field) == doc.fields[field]}
    with index.reader() as reader:
        count = reader.doc_count_all()
        postings: dict[str, list[str]] = {}
        for number, field in enumerate(FIELDS):
            letter = chr(ord("A") + number)
            for term in reader.field_terms(field):
                matcher = reader.postings(field, term)
                while matcher.is_active():
                    if (matcher.id(), field) in derived:
                        matcher.next()
                        continue
                    weight = matcher.weight()
                    frequency = round(weight / BOOSTS[field])
                    assert frequency * BOOSTS[field] == weight, (field, term, weight)
                    postings.setdefault(term, []).append(
                        f"{matcher.id()}{letter}{_base26(frequency) if frequency != 1 else ''}")
                    matcher.next()
        lengths = [reader.doc_field_length(doc, field, 0) for doc in range(count) for field in FIELDS]
        totals = [reader.field_length(field) for field in FIELDS]
    return {
        "fields": list(FIELDS),
        "derived": [field for field in FIELDS if field in DERIVED],
        "boosts": [BOOSTS[f] for f in FIELDS],
        "B": B,
        "K1": K1,
        "count": count,
        "totals": totals,
        "lengths": lengths,
        "terms": {term: "".join(sorted(p, key=_posting_order)) for term, p in sorted(postings.items())},
    }


def _base26(number: int) -> str:
    """``2`` -> ``"c"``, ``26`` -> ``"ba"``: digits a-z."""
    text = ""
    while True:
        number, digit = divmod(number, 26)
        text = chr(ord("a") + digit) + text
        if not number:
            return text


def _posting_order(posting: str) -> tuple[int, str]:
    number = re.match(r"\d+", posting)
    return (int(number.group()) if number else 0, posting)


@lru_cache(maxsize=None)
def _glossary() -> list[dict[str, list[str]]]:
    from glowgen.source import read_plain_yaml

    if not GLOSSARY.is_file():
        return []
    return list((read_plain_yaml(GLOSSARY) or {}).get("concepts", {}).values())


def glossary(lang: str, vocabulary: set[str], names: Sequence[set[str]],
             languages: Sequence[str]) -> list[list[Any]]:
    """The glossary concepts this index can use: ``[patterns, documents]`` each.

    A concept is used when one of its phrases in the index's language names documents:
    all its terms are in a document's title or aliases (``names``, per document); the
    numbers of those ``documents`` come with it. ``patterns`` maps a language to the
    concept's phrases, separated by ``|``, kept only where they hold a word the index
    does not know already, and only for ``languages``: the index's own, and for the
    default language's index those the site does not have (a question in them is
    answered in the default language). So a visitor's "botulinetoxine" finds the page
    titled "Toxine botulique", concepts the clinic does not offer stay out, and the file
    stays small."""
    found = []
    for concept in _glossary():
        phrases = [terms for text in concept.get(lang, []) for terms in [set(analyze(text, lang))] if terms]
        documents = [number for number, doc in enumerate(names) if any(terms <= doc for terms in phrases)]
        if not documents:
            continue
        patterns: dict[str, list[str]] = {}
        seen: set[tuple[str, tuple[str, ...]]] = set()
        texts: set[str] = set()
        for code in languages:
            # another language's visitors get the concept's usual names: its first phrases
            phrases = concept.get(code, []) if code == lang else concept.get(code, [])[:FOREIGN_PHRASES]
            analysed = [(text, tuple(analyze(text, code))) for text in phrases]
            for text, terms in sorted(analysed, key=lambda pair: len(pair[1])):
                if not terms or text in texts or all(term in vocabulary for term in terms):
                    continue
                if len(terms) == 1 and len(words(text)) > 1:
                    continue  # "met de auto" is only "auto": too vague a phrase for a concept
                if any(_contains(terms, shorter) for (c, shorter) in seen if c == code):
                    continue  # "botox injections" adds nothing to "botox"
                seen.add((code, terms))
                texts.add(text)
                patterns.setdefault(code, []).append(text)
        if patterns:
            found.append([{code: "|".join(texts) for code, texts in patterns.items()}, documents])
    return found


def _contains(terms: tuple[str, ...], part: tuple[str, ...]) -> bool:
    return any(terms[i:i + len(part)] == part for i in range(len(terms) - len(part) + 1))


def utc_offsets(timezone: str, start: dt.date, years: int = 3) -> list[list[int]]:
    """The clinic's UTC offset in minutes, and from when (epoch ms) it applies, for ``years``.

    The engine turns any instant into the clinic's local time with this table: the same
    answer in every browser, whatever the visitor's own time zone."""
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(timezone)

    def offset(moment: dt.datetime) -> int:
        return int(moment.astimezone(zone).utcoffset().total_seconds() // 60)  # type: ignore[union-attr]

    moment = dt.datetime(start.year - 1, 1, 1, tzinfo=dt.timezone.utc)
    end = dt.datetime(start.year + years, 1, 1, tzinfo=dt.timezone.utc)
    table = [[int(moment.timestamp() * 1000), offset(moment)]]
    while moment < end:
        following = moment + dt.timedelta(days=1)
        if offset(following) != offset(moment):
            low, high = moment, following  # the change is in this day: find its minute
            while high - low > dt.timedelta(minutes=1):
                middle = low + dt.timedelta(minutes=(high - low) // dt.timedelta(minutes=1) // 2)
                if offset(middle) == offset(low):
                    low = middle
                else:
                    high = middle
            table.append([int(high.timestamp() * 1000), offset(high)])
        moment = following
    return table


def hours_data(site: Site, lang: str, today: dt.date, strings: Mapping[str, str]) -> dict[str, Any]:
    """Weekly hours, closures, public holidays and time zone, for ``open_now`` and hour answers."""
    locale = formats.locale_for(lang, site.country)
    last = today + dt.timedelta(days=HOLIDAY_MONTHS * 31)
    holidays = hours.public_holidays(site.country, today - dt.timedelta(days=7), last, lang)
    return {
        "week": [[list(r) for r in ranges] for ranges in site.hours],
        "closures": [
            [c.start.isoformat(), c.end.isoformat(), [list(r) for r in c.hours], c.note.get(lang) if c.note else ""]
            for c in site.closures if c.end >= today - dt.timedelta(days=7)
        ],
        "holidays_closed": site.holidays_closed,
        "holidays": [[day.isoformat(), name] for day, name in sorted(holidays.items())],
        "offsets": utc_offsets(site.timezone, today),
        "days": list(formats.day_names(locale)),
        "weekdays": _weekday_names(locale),
        "months": _month_names(locale),
    }


def _weekday_names(locale: str) -> list[str]:
    """Monday to Sunday as written in a sentence: "lundi", "Monday", "maandag", "Montag"."""
    from babel.dates import get_day_names

    names = get_day_names("wide", locale=locale)
    return [names[i] for i in range(7)]


def _month_names(locale: str) -> list[str]:
    from babel.dates import get_month_names

    names = get_month_names("wide", locale=locale)
    return [names[i] for i in range(1, 13)]


def site_data(site: Site, lang: str) -> dict[str, Any]:
    """The clinic's name, address, contact links and page paths, in ``lang``."""
    address = site.address
    data = {
        "name": site.name.get(lang),
        "languages": list(site.languages),
        "address": f"{address.street.get(lang)}, {address.postcode} {address.city.get(lang)}",
        "maps_url": address.maps_url,
        "directions": address.directions.get(lang) if address.directions else None,
        **contact_links(site.contact),
        "emergency": site.emergency_number,
        "assistant": site.assistant.name.get(lang),
        "greeting": site.assistant.greeting.get(lang) if site.assistant.greeting else None,
        "pages": {name: section_path(name, lang) for name in ("treatments", "prices", "team", "faq", "contact")},
    }
    return {key: value for key, value in data.items() if value is not None}


def build_index(site: Site, lang: str, today: dt.date, strings: Mapping[str, str]) -> dict[str, Any]:
    """The assistant's whole index for one language (docs/index-format.md)."""
    docs = documents(site, lang, strings)
    search = export_search(whoosh_index(docs, lang), docs)
    names = [{term for field in ("title", "aliases") for term in analyze(doc.fields.get(field, ""), lang)}
             for doc in docs]
    return {
        "format": FORMAT,
        "lang": lang,
        "site": site_data(site, lang),
        "hours": hours_data(site, lang, today, strings),
        "strings": {key[len("assistant_"):]: value for key, value in sorted(strings.items())
                    if key.startswith("assistant_") and not (key == "assistant_greeting" and site.assistant.greeting)}
                   | {"closed": strings["closed"]},
        "docs": [doc.card for doc in docs],
        "search": search,
        "glossary": glossary(lang, set(search["terms"]) | {t for doc in docs for f in DERIVED
                                                            for t in analyze(doc.card.get(f, ""), lang)},
                             names, [lang] + [code for code in LANGUAGES if code not in site.languages
                                              and lang == site.default_language]),
    }


def dumps(data: Mapping[str, Any]) -> bytes:
    """Compact, deterministic JSON."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")


def index_files(site: Site, today: dt.date, strings: Mapping[str, Mapping[str, str]]) -> dict[str, bytes]:
    """Each language's index as JSON, keyed by language; a large site's languages are
    indexed in parallel processes."""
    from glowgen.parallel import fork_map, workers_for

    languages = list(site.languages)
    workers = min(len(languages), workers_for(len(site.items()) * len(languages), threshold=300))
    built = fork_map(lambda i: dumps(build_index(site, languages[i], today, strings[languages[i]])),
                     len(languages), workers)
    return dict(zip(languages, built))


__all__ = ["FORMAT", "build_index", "index_files", "documents", "export_search", "whoosh_index", "Item"]
