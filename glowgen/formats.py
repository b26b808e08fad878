"""Locale formatting with Babel: prices, durations, dates, day and language names.

Used by the pages and, later, by the assistant's index, so visitors read the same
"250 €" or "€ 250" everywhere. Times use the 24-hour clock in every language.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path
from typing import Mapping

from glowgen.model import Price
from glowgen.source import read_plain_yaml

STRINGS_DIR = Path(__file__).parent / "strings"


@lru_cache(maxsize=None)
def builtin_strings(lang: str) -> Mapping[str, str]:
    """glowgen's interface text for ``lang`` (themes may override keys)."""
    return read_plain_yaml(STRINGS_DIR / f"{lang}.yaml")


@lru_cache(maxsize=None)
def locale_for(lang: str, country: str) -> str:
    """The Babel locale for a language in the clinic's country: ``fr`` in BE -> ``fr_BE``."""
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(f"{lang}_{country}")
        return f"{lang}_{country}"
    except (UnknownLocaleError, ValueError):
        return lang


def money(amount: float, currency: str, locale: str) -> str:
    """``money(250, "EUR", "fr_BE")`` -> ``"250 €"``; cents only when the amount has them."""
    from babel.numbers import format_currency

    whole = float(amount).is_integer()
    return format_currency(amount, currency, locale=locale, currency_digits=False,
                           format=_pattern(locale, whole))


@lru_cache(maxsize=None)
def _pattern(locale: str, whole: bool) -> str:
    from babel import Locale

    pattern = Locale.parse(locale).currency_formats["standard"].pattern.split(";")[0]
    return pattern.replace(".00", "") if whole else pattern


def price_text(price: Price | None, lang: str, currency: str, locale: str, strings: Mapping[str, str]) -> str:
    """A price as a visitor reads it: "de 250 € à 450 € par zone", "vanaf € 90", "on request"."""
    if price is None or price.on_request or price.minimum is None:
        return strings["price_on_request"]
    if price.exact:
        text = money(price.minimum, currency, locale)
    elif price.maximum is None:
        text = strings["price_from"].format(amount=money(price.minimum, currency, locale))
    else:
        text = strings["price_range"].format(minimum=money(price.minimum, currency, locale),
                                             maximum=money(price.maximum, currency, locale))
    if price.per is not None:
        text = strings["price_per"].format(price=text, per=price.per.get(lang))
    return text


def duration_text(minutes: int | None, strings: Mapping[str, str]) -> str | None:
    """``30`` -> ``"30 min"``, ``90`` -> ``"1 h 30"``."""
    if minutes is None:
        return None
    if minutes < 60:
        return strings["minutes"].format(minutes=minutes)
    hours, rest = divmod(minutes, 60)
    if rest:
        return strings["hours_minutes"].format(hours=hours, minutes=rest)
    return strings["hours_only"].format(hours=hours)


@lru_cache(maxsize=None)
def day_names(locale: str) -> tuple[str, ...]:
    """Monday to Sunday, capitalised, in the locale."""
    from babel.dates import get_day_names

    names = get_day_names("wide", locale=locale)
    return tuple(names[i][:1].upper() + names[i][1:] for i in range(7))


def date_text(day: dt.date, locale: str) -> str:
    """``"jeudi 24 décembre 2026"``: weekday, day, month and year in the locale."""
    from babel.dates import format_date

    return format_date(day, format="full", locale=locale)


def date_range_text(start: dt.date, end: dt.date, locale: str) -> str:
    """One date, or an interval such as ``"24 – 26 décembre 2026"``."""
    from babel.dates import format_interval

    if start == end:
        return date_text(start, locale)
    return format_interval(start, end, skeleton="yMMMMEEEEd", locale=locale)


def language_name(code: str, lang: str) -> str:
    """A language's own name in ``lang``: ``language_name("nl", "fr")`` -> ``"néerlandais"``."""
    from babel import Locale

    return Locale.parse(lang).languages.get(code, code)


def native_language_name(code: str) -> str:
    """A language's name in itself, capitalised, for the language switcher: ``Nederlands``."""
    from babel import Locale

    name = Locale.parse(code).get_display_name(code) or code
    return name[:1].upper() + name[1:]
