"""The content schema, declared once: every field, its type, and a line of documentation.

Validators take a YAML value and where it stands, report any problem with the fix, and
return the clean value or :data:`INVALID`. They never raise for bad content, so one run
reports every problem. ``docs/content.md`` documents the same fields; a test keeps the
two in step.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Mapping
from urllib.parse import urlsplit

from glowgen.diagnostics import Report, closest
from glowgen.model import SUPPORTED_LANGUAGES, WEEKDAYS, Phone, TimeRange
from glowgen.source import YamlList, YamlMap, is_date


class _Invalid:
    def __repr__(self) -> str:
        return "INVALID"


INVALID: Any = _Invalid()


@dataclass
class Context:
    """What validators need to know about the file being read."""

    path: str
    report: Report
    languages: tuple[str, ...] = SUPPORTED_LANGUAGES  # the site's, default first
    file_language: str | None = None  # set when reading a <slug>.<lang>.md translation
    media: frozenset[str] = frozenset()  # files under content/media, as "media/..."
    country: str = "BE"


@dataclass(frozen=True)
class At:
    """Where a value stands: its dotted name, position and source text."""

    name: str
    line: int
    column: int = 0
    raw: str | None = None

    def child(self, key: Any, container: Any) -> "At":
        name = f"{self.name}.{key}" if self.name else str(key)
        if isinstance(container, YamlMap):
            line, column = container.value_positions.get(key, (self.line, self.column))
            return At(name, line, column, container.raw.get(key))
        if isinstance(container, YamlList) and isinstance(key, int):
            line, column = container.item_positions[key]
            return At(f"{self.name}[{key + 1}]", line, column, container.raw[key])
        return At(name, self.line, self.column)

    def error(self, ctx: Context, rule: str, message: str) -> Any:
        ctx.report.error(ctx.path, self.line, rule, f"{self.name}: {message}", self.column)
        return INVALID

    def warning(self, ctx: Context, rule: str, message: str) -> None:
        ctx.report.warning(ctx.path, self.line, rule, f"{self.name}: {message}", self.column)


def _where(value: Any) -> tuple[int, int]:
    return getattr(value, "position", (1, 0))


def _shown(value: Any, at: At) -> str:
    return at.raw if at.raw is not None else repr(value)


# --- scalar validators --------------------------------------------------------------


class Validator:
    """Base class: ``doc`` says in a few words what is accepted."""

    doc = ""

    def __call__(self, value: Any, at: At, ctx: Context) -> Any:  # pragma: no cover
        raise NotImplementedError


class Text(Validator):
    """Text; numbers and words YAML would read otherwise (yes, 12) are kept as written."""

    doc = "text"

    def __call__(self, value: Any, at: At, ctx: Context) -> Any:
        if value is None:
            return at.error(ctx, "type", "has no value; write the text after the colon")
        if isinstance(value, (dict, list)):
            return at.error(ctx, "type", "expected text, found a list or fields; "
                            "put the text on the same line, in quotes if it contains ': '")
        text = value if isinstance(value, str) else (at.raw if at.raw is not None else str(value))
        text = text.strip()
        if not text:
            return at.error(ctx, "type", "is empty; write the text or remove the field")
        return text


class TextRule(Validator):
    """Text that must also pass a rule of its own (:meth:`check_text`)."""

    def __call__(self, value: Any, at: At, ctx: Context) -> Any:
        text = Text()(value, at, ctx)
        return text if text is INVALID else self.check_text(text, at, ctx)

    def check_text(self, text: str, at: At, ctx: Context) -> Any:  # pragma: no cover
        raise NotImplementedError


class Integer(Validator):
    def __init__(self, minimum: int, maximum: int, unit: str = "") -> None:
        self.minimum, self.maximum, self.unit = minimum, maximum, unit
        self.doc = f"a whole number{' of ' + unit if unit else ''}"

    def __call__(self, value: Any, at: At, ctx: Context) -> Any:
        if isinstance(value, bool) or not isinstance(value, int):
            return at.error(ctx, "type", f"expected a whole number{' of ' + self.unit if self.unit else ''}, "
                            f"found {_shown(value, at)}; write e.g. 30")
        if not self.minimum <= value <= self.maximum:
            return at.error(ctx, "range", f"{value} is out of range; use a number from "
                            f"{self.minimum} to {self.maximum}")
        return value


class Boolean(Validator):
    doc = "true or false"

    def __call__(self, value: Any, at: At, ctx: Context) -> Any:
        if not isinstance(value, bool):
            return at.error(ctx, "type", f"expected true or false, found {_shown(value, at)}")
        return value


class Choice(Validator):
    def __init__(self, *choices: str) -> None:
        self.choices = choices
        self.doc = " or ".join(choices)

    def __call__(self, value: Any, at: At, ctx: Context) -> Any:
        text = at.raw if at.raw is not None else value
        if not isinstance(text, str) or text.strip().lower() not in self.choices:
            return at.error(ctx, "type", f"expected {self.doc}, found {_shown(value, at)}")
        return text.strip().lower()


class Date(Validator):
    doc = "a date written YYYY-MM-DD"

    def __call__(self, value: Any, at: At, ctx: Context) -> Any:
        if is_date(value):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        return at.error(ctx, "date", f"{_shown(value, at)} is not a date; write it as YYYY-MM-DD, "
                        "e.g. 2026-12-24")


_SCHEME_HINTS = {
    "http": "plain http:// is not encrypted; use the https:// address",
    "javascript": "javascript: links can run code and are not allowed; use an https:// address",
    "data": "data: links can hide content and are not allowed; use an https:// address",
    "vbscript": "vbscript: links can run code and are not allowed; use an https:// address",
    "file": "file: links only work on your own computer; use an https:// address",
}


def link_problem(url: str, allowed: tuple[str, ...] = ("https",)) -> str | None:
    """Why a link is refused, or ``None``: only the allowed schemes, no whitespace."""
    if re.search(r"[\s\x00-\x1f\x7f]", url):
        return "contains spaces or invisible characters; remove them"
    scheme = urlsplit(url).scheme.lower()
    if scheme not in allowed:
        if scheme in _SCHEME_HINTS:
            return _SCHEME_HINTS[scheme]
        if not scheme:
            return "is not a full address; write it with https://, e.g. https://www.example.be/"
        return f"{scheme}: links are not allowed; use {' or '.join(s + ':' for s in allowed)}"
    if scheme in ("http", "https") and not urlsplit(url).hostname:
        return "has no host name; write it as https://www.example.be/..."
    return None


class Url(TextRule):
    doc = "an https:// address"

    def check_text(self, url: str, at: At, ctx: Context) -> Any:
        problem = link_problem(url)
        if problem:
            return at.error(ctx, "link", f"{url} {problem}")
        return url


_EMAIL = re.compile(r"^[^@\s<>()\[\]:;,\"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")


class Email(TextRule):
    doc = "an email address"

    def check_text(self, text: str, at: At, ctx: Context) -> Any:
        if text.lower().startswith("mailto:"):
            return at.error(ctx, "email", f"write the address without 'mailto:': {text[7:]}")
        if not _EMAIL.match(text):
            return at.error(ctx, "email", f"{text} is not an email address; write it as name@example.be")
        return text


# Country calling codes of the countries glowgen knows a national number format for.
# Numbers from elsewhere are accepted in international form (+CC ...).
CALLING_CODES = {
    "BE": "32", "NL": "31", "FR": "33", "DE": "49", "LU": "352", "GB": "44", "IE": "353",
    "ES": "34", "PT": "351", "IT": "39", "CH": "41", "AT": "43", "DK": "45", "SE": "46",
    "NO": "47", "FI": "358", "PL": "48", "CZ": "420", "US": "1", "CA": "1",
}
# Emergency numbers where 112 is not the one people know first.
EMERGENCY_NUMBERS = {"US": "911", "CA": "911", "GB": "999"}
_TRUNK_ZERO = {"BE", "NL", "FR", "DE", "GB", "IE", "CH", "AT", "FI", "PT", "ES", "PL", "CZ"}


def parse_phone(text: str, country: str) -> Phone | str:
    """A :class:`Phone` for a written number, or the reason it is not one."""
    written = text.strip()
    if not re.fullmatch(r"\+?[0-9 ()./\-\u00a0]+", written):
        return "may hold only digits, spaces, a leading +, and ( ) . / -"
    compact = re.sub(r"[ ()./\-\u00a0]", "", written.replace("(0)", ""))
    if compact.startswith("+"):
        digits = compact[1:]
    elif compact.startswith("00"):
        digits = compact[2:]
    elif compact.startswith("0") and country in CALLING_CODES:
        digits = CALLING_CODES[country] + compact[1:]
    else:
        return "is not a full phone number; write it with the country code, e.g. +32 2 555 01 23"
    if not 8 <= len(digits) <= 15:
        return (f"has {len(digits)} digits with the country code; a phone number has 8 to 15, "
                "e.g. +32 2 555 01 23")
    for code, name in sorted(((c, n) for n, c in CALLING_CODES.items()), key=lambda cn: -len(cn[0])):
        if digits.startswith(code):
            national = digits[len(code):]
            if name in _TRUNK_ZERO and national.startswith("0"):
                return f"has a 0 after +{code}; drop it: +{code} {national[1:]}"
            if name == "BE" and not (len(national) == 8 or (len(national) == 9 and national[0] == "4")):
                return ("is not a Belgian number: after +32 come 8 digits for a landline "
                        "(+32 2 555 01 23) or 9 starting with 4 for a mobile (+32 470 12 34 56)")
            break
    return Phone(display=written, e164="+" + digits)


class PhoneNumber(TextRule):
    doc = "a phone number, e.g. \"+32 2 555 01 23\""

    def __call__(self, value: Any, at: At, ctx: Context) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            return at.error(ctx, "phone", f"put the number in quotes so YAML keeps it as written: "
                            f"\"{at.raw or value}\"")
        return super().__call__(value, at, ctx)

    def check_text(self, text: str, at: At, ctx: Context) -> Any:
        phone = parse_phone(text, ctx.country)
        if isinstance(phone, str):
            return at.error(ctx, "phone", f"{text} {phone}")
        return phone


class WhatsAppNumber(PhoneNumber):
    doc = "a mobile number in international form, e.g. \"+32 470 55 01 23\""

    def check_text(self, text: str, at: At, ctx: Context) -> Any:
        phone = super().check_text(text, at, ctx)
        if phone is INVALID:
            return phone
        if not phone.display.lstrip().startswith(("+", "00")):
            return at.error(ctx, "phone", f"{phone.display}: WhatsApp needs the international form "
                            f"with the country code: {phone.e164}")
        return phone


class EmergencyNumber(TextRule):
    doc = "a short emergency number, e.g. \"112\""

    def check_text(self, text: str, at: At, ctx: Context) -> Any:
        if not re.fullmatch(r"\d{2,6}", text):
            return at.error(ctx, "phone", f"{text} is not an emergency number; write the digits, e.g. \"112\"")
        return text


class Colour(Validator):
    doc = "a colour written \"#rrggbb\" (in quotes)"

    def __call__(self, value: Any, at: At, ctx: Context) -> Any:
        if value is None:
            return at.error(ctx, "colour", "has no value: in YAML '#' starts a comment, so put the "
                            "colour in quotes, e.g. primary: \"#6b3fa0\"")
        text = str(value).strip()
        if not re.fullmatch(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})", text):
            return at.error(ctx, "colour", f"{text} is not a colour; write it as \"#6b3fa0\"")
        if len(text) == 4:
            text = "#" + "".join(ch * 2 for ch in text[1:])
        return text.lower()


class Timezone(TextRule):
    doc = "an IANA time zone, e.g. Europe/Brussels"

    def check_text(self, text: str, at: At, ctx: Context) -> Any:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            if "/" not in text and text != "UTC":
                raise ValueError(text)
            ZoneInfo(text)
        except (ValueError, ZoneInfoNotFoundError):
            return at.error(ctx, "timezone", f"{text} is not a time zone; write a region/city name "
                            "such as Europe/Brussels")
        return text


@lru_cache(maxsize=None)
def _territories() -> frozenset[str]:
    from babel import Locale

    return frozenset(code for code in Locale("en").territories if code.isalpha())


class Country(TextRule):
    doc = "a two-letter country code, e.g. BE"

    def check_text(self, text: str, at: At, ctx: Context) -> Any:
        if text.upper() != text or text not in _territories():
            hint = f"; did you mean {text.upper()}?" if text.upper() in _territories() else ""
            return at.error(ctx, "country", f"{text} is not a country code (ISO 3166, e.g. BE, NL, FR){hint}")
        return text


class Currency(TextRule):
    doc = "a currency code, e.g. EUR"

    def check_text(self, text: str, at: At, ctx: Context) -> Any:
        from babel.numbers import list_currencies

        if text not in list_currencies():
            return at.error(ctx, "currency", f"{text} is not a currency code (ISO 4217, e.g. EUR)")
        return text


class Postcode(TextRule):
    doc = "a postcode, in quotes, e.g. \"1050\""

    def check_text(self, text: str, at: At, ctx: Context) -> Any:
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 -]{1,9}", text):
            return at.error(ctx, "postcode", f"{text} is not a postcode")
        return text


class Slug(TextRule):
    doc = "a name of lowercase letters, digits and hyphens"

    def check_text(self, text: str, at: At, ctx: Context) -> Any:
        if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", text):
            return at.error(ctx, "name", f"{text} may hold only lowercase letters, digits, - and _")
        return text


class LanguageCode(TextRule):
    """One of the languages glowgen's assistant speaks."""

    doc = "fr, nl, en or de"

    def check_text(self, text: str, at: At, ctx: Context) -> Any:
        if text not in SUPPORTED_LANGUAGES:
            base = text.lower().replace("_", "-").split("-")[0]
            hint = f"; write {base}" if base in SUPPORTED_LANGUAGES else ""
            return at.error(ctx, "language", f"unknown language '{text}': glowgen supports "
                            f"{', '.join(SUPPORTED_LANGUAGES)}{hint}")
        return text


class SpokenLanguage(TextRule):
    doc = "a language code, e.g. fr, nl, en, es, ar"

    def check_text(self, text: str, at: At, ctx: Context) -> Any:
        from babel import Locale

        if not re.fullmatch(r"[a-z]{2,3}", text) or text not in Locale("en").languages:
            return at.error(ctx, "language", f"'{text}' is not a language code; write e.g. fr, nl, en, es")
        return text


_TIME_RANGE = re.compile(r"(\d{1,2})[:h.](\d{2})\s*[-–—]\s*(\d{1,2})[:h.](\d{2})")


def parse_ranges(value: Any, at: At, ctx: Context, what: str) -> Any:
    """Opening times: "closed", "09:00-18:00", or a list of such ranges in order."""
    if isinstance(value, int) and not isinstance(value, bool) and at.raw and ":" in at.raw:
        return at.error(ctx, "hours", f"YAML reads {at.raw} as the number {value} (base 60); "
                        f"put {what} in quotes as a range, e.g. \"09:00-18:00\"")
    if value is False or (isinstance(value, str) and value.strip().lower() == "closed"):
        return ()
    items = value if isinstance(value, list) else [value]
    ranges: list[TimeRange] = []
    for index, item in enumerate(items):
        item_at = at.child(index, value) if isinstance(value, list) else at
        if isinstance(item, int) and not isinstance(item, bool) and item_at.raw and ":" in item_at.raw:
            return item_at.error(ctx, "hours", f"YAML reads {item_at.raw} as the number {item} (base 60); "
                                 "put the range in quotes, e.g. \"09:00-18:00\"")
        match = _TIME_RANGE.fullmatch(item.strip()) if isinstance(item, str) else None
        if not match:
            return item_at.error(ctx, "hours", f"{_shown(item, item_at)} is not {what}; write \"closed\", "
                                 "a range such as \"09:00-18:00\", or a list of ranges")
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        if h1 > 23 or m1 > 59 or h2 > 24 or m2 > 59 or (h2 == 24 and m2):
            return item_at.error(ctx, "hours", f"{item.strip()} holds a time that does not exist; "
                                 "hours go from 00:00 to 24:00")
        start, end = h1 * 60 + m1, h2 * 60 + m2
        if end <= start:
            return item_at.error(ctx, "hours", f"{item.strip()} ends before it starts; a range stays within "
                                 "one day (use 24:00 for midnight)")
        if ranges and start < ranges[-1][1]:
            return item_at.error(ctx, "hours", f"{item.strip()} overlaps or comes before the range "
                                 "before it; list ranges in order, e.g. [\"09:00-12:30\", \"13:30-19:00\"]")
        ranges.append((start, end))
    return tuple(ranges)


def _weekday(name: str) -> str | None:
    """The day key a mistaken one meant: a day named in full in one of the site languages
    ("lundi", "Maandag", "Monday", "Montag") or a near spelling ("thur")."""
    from babel import Locale

    folded = name.strip().casefold()
    for lang in SUPPORTED_LANGUAGES:
        days = Locale(lang).days["format"]
        for index, key in enumerate(WEEKDAYS):
            if folded in (days["wide"][index].casefold(), days["abbreviated"][index].casefold().rstrip(".")):
                return key
    return closest(folded[:3], WEEKDAYS, cutoff=0.6) if len(folded) <= 5 else None


class Hours(Validator):
    doc = "each day: \"09:00-18:00\", a list of ranges, or closed"

    def __call__(self, value: Any, at: At, ctx: Context) -> Any:
        if not isinstance(value, dict):
            return at.error(ctx, "hours", "expected one line per day, e.g. 'mon: \"09:00-18:00\"'")
        week: list[tuple[TimeRange, ...]] = []
        ok = True
        for key in value:
            if key not in WEEKDAYS:
                close = _weekday(str(key))
                hint = f"did you mean {close}? " if close else ""
                key_at = At(f"{at.name}.{key}", *value.key_positions.get(key, (at.line, 0))) \
                    if isinstance(value, YamlMap) else at
                key_at.error(ctx, "hours", f"unknown day; {hint}days are {', '.join(WEEKDAYS)}")
                ok = False
        for day in WEEKDAYS:
            if day not in value:
                week.append(())
                continue
            ranges = parse_ranges(value[day], at.child(day, value), ctx, "opening hours")
            ok = ok and ranges is not INVALID
            week.append(() if ranges is INVALID else ranges)
        return tuple(week) if ok else INVALID


class Price(Validator):
    doc = "250, {from: 250}, {from: 250, to: 450}, each with optional per, or on request"

    def __call__(self, value: Any, at: At, ctx: Context) -> Any:
        from glowgen.model import Price as PriceValue

        forms = ("write a number (250), {from: 250}, {from: 250, to: 450} "
                 "(each may add per: zone), or: on request")
        if isinstance(value, str) and value.strip().lower() == "on request":
            return PriceValue()
        if isinstance(value, str) and re.fullmatch(r"\d+(?:\.\d+)?", value.strip()):
            value = float(value) if "." in value else int(value)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if value < 0:
                return at.error(ctx, "price", f"{value} is negative; {forms}")
            return PriceValue(minimum=value, maximum=value, exact=True)
        if not isinstance(value, dict):
            hint = " (write the amount without the currency)" if isinstance(value, str) and re.search(r"\d", value) else ""
            return at.error(ctx, "price", f"{_shown(value, at)} is not a price{hint}; {forms}")
        fields = _PRICE_RANGE(value, at, ctx)
        if fields is INVALID:
            return INVALID
        minimum, maximum = fields["from"], fields["to"]
        if maximum is not None and maximum < minimum:
            return at.child("to", value).error(ctx, "price", f"{maximum} is below from ({minimum}); "
                                               "write the lowest price in from and the highest in to")
        # {from: 250, to: 250, per: zone} is exactly 250 per zone.
        exact = maximum is not None and maximum == minimum
        return PriceValue(minimum=minimum, maximum=maximum, exact=exact, per=fields["per"])


class _Amount(Validator):
    doc = "an amount"

    def __call__(self, value: Any, at: At, ctx: Context) -> Any:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            return at.error(ctx, "price", f"{_shown(value, at)} is not an amount; write a number "
                            "without the currency, e.g. 250")
        return value


class MediaPath(TextRule):
    doc = "a file in content/media, e.g. media/logo.svg"

    def check_text(self, text: str, at: At, ctx: Context) -> Any:
        path = text.removeprefix("./").removeprefix("/")
        if path not in ctx.media:
            lower = {m.lower(): m for m in ctx.media}
            hint = f"; did you mean {lower[path.lower()]}?" if path.lower() in lower else \
                "; put the file in content/media/ and write its path as media/<file>"
            return at.error(ctx, "media", f"{text} is not a file in content/media{hint}")
        return path


class FrameAncestor(TextRule):
    doc = "'self', 'none' or an https:// origin allowed to frame the site"

    def check_text(self, text: str, at: At, ctx: Context) -> Any:
        if text.strip("'") in ("self", "none"):
            return f"'{text.strip(chr(39))}'"
        parts = urlsplit(text)
        if parts.scheme != "https" or not parts.hostname or parts.path not in ("", "/") or parts.query:
            return at.error(ctx, "link", f"{text} is not an origin; write 'self' or https://www.example.be")
        return f"https://{parts.netloc}"


# --- containers ---------------------------------------------------------------------


class Localised(Validator):
    """A value for every language, or a map from language code to value.

    Returns a plain dict language -> value; ``load`` completes it with fallbacks.
    In a translation file the value is for that file's language only.
    """

    def __init__(self, inner: Validator) -> None:
        self.inner = inner
        self.doc = f"{inner.doc}, or one per language: {{fr: ..., nl: ...}}"

    def __call__(self, value: Any, at: At, ctx: Context) -> Any:
        if isinstance(value, dict):
            if ctx.file_language:
                return at.error(ctx, "translation", f"a translation file gives the "
                                f"{ctx.file_language} text only; write it without language codes")
            result: dict[str, Any] = {}
            for lang, item in value.items():
                key_at = At(f"{at.name}.{lang}", *value.key_positions.get(lang, (at.line, 0))) \
                    if isinstance(value, YamlMap) else at
                if lang not in SUPPORTED_LANGUAGES:
                    key_at.error(ctx, "language", f"unknown language '{lang}': glowgen supports "
                                 f"{', '.join(SUPPORTED_LANGUAGES)}")
                    return INVALID
                if lang not in ctx.languages:
                    key_at.warning(ctx, "language", f"'{lang}' is not in the site's languages "
                                   f"({', '.join(ctx.languages)}); this text is not used")
                    continue
                checked = self.inner(item, at.child(lang, value), ctx)
                if checked is INVALID:
                    return INVALID
                result[lang] = checked
            if ctx.languages[0] not in result:
                return at.error(ctx, "translation", f"needs a {ctx.languages[0]} value: "
                                f"{ctx.languages[0]} is the site's default language")
            return result
        checked = self.inner(value, at, ctx)
        if checked is INVALID:
            return INVALID
        if ctx.file_language:
            return {ctx.file_language: checked}
        return {"*": checked}  # the same in every language


class ListOf(Validator):
    def __init__(self, inner: Validator, single: bool = False) -> None:
        self.inner, self.single = inner, single
        self.doc = f"a list of: {inner.doc}"

    def __call__(self, value: Any, at: At, ctx: Context) -> Any:
        if value is None:
            return ()
        if not isinstance(value, list):
            if self.single and not isinstance(value, str):
                return at.error(ctx, "type", f"expected a list ({self.doc}), e.g. [one, two] or one '- item' "
                                f"a line; found {_shown(value, at)}. If it is meant as text, put it in quotes: "
                                f"[\"{_shown(value, at)}\"]")
            if self.single:
                value = [value]
            else:
                return at.error(ctx, "type", "expected a list, e.g. [a, b] or one '- item' a line")
        out = []
        for index, item in enumerate(value):
            checked = self.inner(item, at.child(index, value), ctx)
            if checked is INVALID:
                return INVALID
            out.append(checked)
        return tuple(out)


@dataclass
class Field:
    """One field of a record: type, whether required, default, and a line of documentation.

    ``neutral`` fields are the same in every language: set in ``<slug>.md`` only.
    ``names`` fields may be translated, but need not be: a person's name is the same in
    every language, so a translation without it is no gap to warn about.
    """

    type: Validator
    required: bool = False
    default: Any = None
    doc: str = ""
    neutral: bool = False
    names: bool = False


@dataclass
class Record(Validator):
    """Fields written ``name: value``; reports unknown, missing and invalid ones."""

    fields: Mapping[str, Field]
    doc: str = "fields"
    check: Callable[[dict[str, Any], At, Context, Any], Any] | None = field(default=None)

    def __call__(self, value: Any, at: At, ctx: Context) -> Any:
        if not isinstance(value, dict):
            return at.error(ctx, "type", f"expected fields written 'name: value', found {_shown(value, at)}")
        result, ok = self.partial(value, at, ctx)
        if ok and self.check:
            return self.check(result, at, ctx, value)
        return result if ok else INVALID

    def partial(self, value: dict[Any, Any], at: At, ctx: Context) -> tuple[dict[str, Any], bool]:
        """Every field that is valid (defaults for the others), and whether all were."""
        result: dict[str, Any] = {}
        ok = True
        for key in value:
            if key in self.fields:
                continue
            line, column = value.key_positions.get(key, _where(value)) if isinstance(value, YamlMap) else (at.line, 0)
            close = closest(str(key), self.fields)
            hint = f"did you mean {close}?" if close else f"known fields: {', '.join(self.fields)}"
            ctx.report.error(ctx.path, line, "unknown-field",
                             f"{at.name + '.' if at.name else ''}{key}: unknown field; {hint}", column)
            ok = False
        line, column = _where(value) if isinstance(value, YamlMap) else (at.line, at.column)
        for name, spec in self.fields.items():
            if name not in value:
                if spec.required and not ctx.file_language:
                    full = f"{at.name}.{name}" if at.name else name
                    ctx.report.error(ctx.path, line, "missing-field",
                                     f"{full}: this field is required ({spec.doc})", column)
                    ok = False
                result[name] = spec.default
                continue
            child = at.child(name, value)
            if spec.neutral and ctx.file_language:
                child.error(ctx, "translation", "is the same in every language; set it in the "
                            "default language's file (<slug>.md), not in a translation")
                ok = False
                continue
            checked = spec.type(value[name], child, ctx)
            ok = ok and checked is not INVALID
            result[name] = spec.default if checked is INVALID else checked
        return result, ok


def _check_closure(fields: dict[str, Any], at: At, ctx: Context, value: Any) -> Any:
    if fields["date"] is not None and (fields["from"] is not None or fields["to"] is not None):
        return at.error(ctx, "closure", "give either date: or from: and to:, not both")
    if fields["date"] is None and (fields["from"] is None or fields["to"] is None):
        return at.error(ctx, "closure", "give date: for one day, or from: and to: for several days")
    start = fields["date"] or fields["from"]
    end = fields["date"] or fields["to"]
    if end < start:
        return at.child("to", value).error(ctx, "closure", f"{end} is before from: {start}")
    fields["start"], fields["end"] = start, end
    return fields


class _ClosureHours(Validator):
    doc = "closed, or special hours such as \"10:00-16:00\""

    def __call__(self, value: Any, at: At, ctx: Context) -> Any:
        return parse_ranges(value, at, ctx, "special hours")


def _check_banner(fields: dict[str, Any], at: At, ctx: Context, value: Any) -> Any:
    if fields["from"] and fields["until"] and fields["until"] < fields["from"]:
        return at.child("until", value).error(ctx, "banner", f"{fields['until']} is before from: {fields['from']}")
    return fields


TEXT = Localised(Text())
_PRICE_RANGE = Record({
    "from": Field(_Amount(), required=True, doc="the lowest price"),
    "to": Field(_Amount(), doc="the highest price"),
    "per": Field(TEXT, doc="what the price is for: zone, session, syringe"),
})
TEXT_LIST = Localised(ListOf(Text(), single=True))

CLOSURE = Record({
    "date": Field(Date(), doc="the day, for a one-day exception"),
    "from": Field(Date(), doc="the first day of a closure"),
    "to": Field(Date(), doc="the last day of a closure (included)"),
    "hours": Field(_ClosureHours(), default=(), doc="special hours that day; closed when left out"),
    "note": Field(TEXT, doc="why, shown to visitors"),
}, check=_check_closure)

BANNER = Record({
    "text": Field(TEXT, required=True, doc="the message"),
    "from": Field(Date(), doc="first day shown"),
    "until": Field(Date(), doc="last day shown"),
    "link": Field(Url(), doc="an optional https:// link"),
}, check=_check_banner)

COMPLIANCE = Field(Record({
    "allow": Field(ListOf(Text(), single=True), required=True, doc="ids of the rules switched off here"),
    "reason": Field(Text(), required=True, doc="why, listed in the report"),
}), neutral=True, doc="compliance rules switched off for this file, with the reason (docs/compliance.md)")

SITE = Record({
    "name": Field(TEXT, required=True, doc="the clinic's name, shown on every page"),
    "languages": Field(ListOf(LanguageCode()), required=True,
                       doc="the site's languages, the default first: fr, nl, en, de"),
    "country": Field(Country(), default="BE", doc="country code: public holidays, emergency number, phone numbers"),
    "timezone": Field(Timezone(), default="Europe/Brussels", doc="the clinic's time zone"),
    "currency": Field(Currency(), default="EUR", doc="currency of the prices"),
    "theme": Field(Slug(), default="default", doc="the theme: default, or a folder in themes/"),
    "base_url": Field(Url(), doc="the site's public address: canonical links, sitemap.xml, robots.txt"),
    "address": Field(Record({
        "street": Field(TEXT, required=True, doc="street and number"),
        "postcode": Field(Postcode(), required=True, doc="postcode, in quotes"),
        "city": Field(TEXT, required=True, doc="city"),
        "maps_url": Field(Url(), doc="a map link (https)"),
        "directions": Field(TEXT, doc="how to get there: parking, public transport"),
    }), required=True, doc="where the clinic is"),
    "contact": Field(Record({
        "phone": Field(PhoneNumber(), required=True, doc="the clinic's phone number"),
        "email": Field(Email(), doc="the clinic's email address"),
        "whatsapp": Field(WhatsAppNumber(), doc="a WhatsApp number; the link carries no text"),
        "booking_url": Field(Url(), doc="online booking page (https)"),
    }), required=True, doc="how visitors reach the clinic"),
    "hours": Field(Hours(), required=True, doc="weekly opening hours in local time"),
    "public_holidays": Field(Choice("closed", "open"), default="closed",
                             doc="whether the clinic is closed on the country's public holidays"),
    "closures": Field(ListOf(CLOSURE), default=(), doc="exceptions: closed days and special hours"),
    "emergency": Field(Record({
        "number": Field(EmergencyNumber(), required=True, doc="the emergency number"),
    }), doc="the emergency number the assistant gives; default from country"),
    "assistant": Field(Record({
        "name": Field(TEXT, doc="the assistant's name"),
        "greeting": Field(TEXT, doc="its first message"),
    }), doc="the assistant's name and greeting"),
    "banners": Field(ListOf(BANNER), default=(), doc="notices shown between from and until"),
    "brand": Field(Record({
        "primary": Field(Colour(), doc="main colour"),
        "accent": Field(Colour(), doc="second colour"),
        "logo": Field(MediaPath(), doc="logo file in media/"),
    }), doc="colours and logo"),
    "security": Field(Record({
        "frame_ancestors": Field(ListOf(FrameAncestor(), single=True),
                                 doc="who may show the site in a frame; none by default"),
    }), doc="security headers you may adjust"),
    "compliance": COMPLIANCE,
})

TREATMENT = Record({
    "title": Field(TEXT, required=True, doc="the treatment's name"),
    "aliases": Field(TEXT_LIST, default={}, doc="other names visitors use: brands, common words"),
    "category": Field(TEXT, doc="the group it is listed under"),
    "summary": Field(TEXT, doc="one or two sentences"),
    "price": Field(Price(), neutral=True, doc="250, {from: 250}, {from: 250, to: 450} with optional per, or on request"),
    "duration": Field(Integer(1, 1440, "minutes"), neutral=True, doc="minutes"),
    "downtime": Field(TEXT, doc="time before usual activities resume"),
    "order": Field(Integer(-100000, 100000), neutral=True, doc="position in lists, smallest first"),
    "risks": Field(TEXT, doc="general side effects and risks"),
    "aftercare": Field(TEXT, doc="general aftercare information"),
    "alternatives": Field(TEXT, doc="other treatments for the same aim"),
    "compliance": COMPLIANCE,
})

FAQ = Record({
    "question": Field(TEXT, required=True, doc="the question"),
    "aliases": Field(TEXT_LIST, default={}, doc="other ways visitors ask it"),
    "order": Field(Integer(-100000, 100000), neutral=True, doc="position in the list"),
    "compliance": COMPLIANCE,
})

PERSON = Record({
    "name": Field(TEXT, required=True, names=True, doc="name with title, e.g. Dr Claire Dubois"),
    "role": Field(TEXT, required=True, doc="professional title"),
    "languages": Field(ListOf(SpokenLanguage(), single=True), default=(), neutral=True,
                       doc="languages spoken, e.g. [fr, nl, en]"),
    "registration": Field(Text(), neutral=True, doc="public professional registration number"),
    "photo": Field(MediaPath(), neutral=True, doc="portrait in media/"),
    "order": Field(Integer(-100000, 100000), neutral=True, doc="position in the list"),
    "compliance": COMPLIANCE,
})

PAGE = Record({
    "title": Field(TEXT, required=True, doc="the page title"),
    "summary": Field(TEXT, doc="a sentence for search engines and lists"),
    "menu": Field(Boolean(), default=False, neutral=True, doc="show in the main navigation"),
    "order": Field(Integer(-100000, 100000), neutral=True, doc="position in the navigation"),
    "compliance": COMPLIANCE,
})

KINDS: dict[str, Record] = {"treatments": TREATMENT, "faq": FAQ, "team": PERSON, "pages": PAGE}
