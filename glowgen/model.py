"""The validated site: what `load` produces and every later stage reads.

Values that may differ by language are :class:`Localised`: complete for every language
of the site once loaded (a missing translation holds the default language's value).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Generic, Mapping, TypeVar

T = TypeVar("T")

SUPPORTED_LANGUAGES = ("fr", "nl", "en", "de")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class Localised(Generic[T]):
    """A value per language; ``missing`` lists the languages that fell back to the default."""

    values: Mapping[str, T]
    missing: tuple[str, ...] = ()

    def get(self, lang: str) -> T:
        return self.values[lang]

    @classmethod
    def same(cls, value: T, languages: tuple[str, ...]) -> "Localised[T]":
        return cls({lang: value for lang in languages})


@dataclass(frozen=True)
class Price:
    """A treatment's price: ``amount`` alone, ``from`` only, a range, or on request."""

    minimum: float | None = None  # None: on request
    maximum: float | None = None
    exact: bool = False  # a single amount rather than "from"
    per: Localised[str] | None = None

    @property
    def on_request(self) -> bool:
        return self.minimum is None


@dataclass(frozen=True)
class Phone:
    """A phone number as the clinic writes it and in E.164 form for links."""

    display: str
    e164: str  # "+3225550123"


TimeRange = tuple[int, int]  # minutes after midnight, start < end, end <= 1440


@dataclass(frozen=True)
class Closure:
    """An exception to the weekly hours: closed, or special hours, on a day or a range."""

    start: dt.date
    end: dt.date
    hours: tuple[TimeRange, ...] = ()  # empty: closed
    note: Localised[str] | None = None
    line: int = 0


@dataclass(frozen=True)
class Banner:
    text: Localised[str]
    start: dt.date | None
    until: dt.date | None
    url: str | None = None


@dataclass(frozen=True)
class Address:
    street: Localised[str]
    postcode: str
    city: Localised[str]
    maps_url: str | None = None
    directions: Localised[str] | None = None


@dataclass(frozen=True)
class Contact:
    phone: Phone
    email: str | None = None
    whatsapp: Phone | None = None
    booking_url: str | None = None


@dataclass(frozen=True)
class Brand:
    primary: str = "#5b4b8a"
    accent: str = "#c9a227"
    logo: str | None = None  # path inside content/, e.g. media/logo.svg


@dataclass(frozen=True)
class Assistant:
    name: Localised[str]
    greeting: Localised[str] | None = None


@dataclass(frozen=True)
class Body:
    """A Markdown body in one language, with where it comes from."""

    text: str
    path: str
    line: int

    @cached_property
    def tokens(self) -> list[Any]:
        from glowgen.markdown import parse

        return parse(self.text)


@dataclass(frozen=True)
class Item:
    """What every content item has: kind (folder), slug (file name), files, order, body."""

    kind: str
    slug: str
    paths: Mapping[str, str]  # language -> file that gives its text
    body: Localised[Body]
    order: int | None
    # language -> field -> the line of its file where the field is written, for messages
    lines: Mapping[str, Mapping[str, int]] = field(default_factory=dict, kw_only=True, compare=False)

    @property
    def ref(self) -> str:
        return f"{self.kind}/{self.slug}"


@dataclass(frozen=True)
class Treatment(Item):
    title: Localised[str]
    aliases: Localised[tuple[str, ...]]
    category: Localised[str] | None
    summary: Localised[str] | None
    price: Price | None
    duration: int | None
    downtime: Localised[str] | None
    risks: Localised[str] | None
    aftercare: Localised[str] | None
    alternatives: Localised[str] | None


@dataclass(frozen=True)
class Faq(Item):
    question: Localised[str]
    aliases: Localised[tuple[str, ...]]


@dataclass(frozen=True)
class Person(Item):
    name: Localised[str]
    role: Localised[str]
    languages: tuple[str, ...]
    registration: str | None
    photo: str | None


@dataclass(frozen=True)
class Page(Item):
    title: Localised[str]
    summary: Localised[str] | None
    menu: bool


@dataclass
class Site:
    """The whole clinic: settings from site.yaml and every content item."""

    root: str  # the site root folder
    name: Localised[str]
    languages: tuple[str, ...]
    country: str
    timezone: str
    currency: str
    theme: str
    base_url: str | None
    address: Address
    contact: Contact
    hours: tuple[tuple[TimeRange, ...], ...]  # seven days, Monday first
    holidays_closed: bool
    closures: tuple[Closure, ...]
    emergency_number: str
    assistant: Assistant
    banners: tuple[Banner, ...]
    brand: Brand
    frame_ancestors: tuple[str, ...]
    treatments: list[Treatment] = field(default_factory=list)
    faqs: list[Faq] = field(default_factory=list)
    team: list[Person] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    media: list[str] = field(default_factory=list)  # paths inside content/, e.g. media/logo.svg
    lines: Mapping[str, int] = field(default_factory=dict)  # site.yaml line of each field

    @property
    def default_language(self) -> str:
        return self.languages[0]

    def items(self) -> list[Item]:
        return [*self.treatments, *self.faqs, *self.team, *self.pages]

    def item(self, ref: str) -> Item | None:
        return next((item for item in self.items() if item.ref == ref), None)
