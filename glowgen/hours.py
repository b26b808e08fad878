"""Opening hours: the weekly schedule, closures, special hours and public holidays.

Pure functions over the model, except :func:`public_holidays`, which asks the
``holidays`` package. Times are minutes after midnight, local to the clinic.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping

from glowgen.model import Closure, Localised, Site, TimeRange


def format_time(minutes: int) -> str:
    """``540`` -> ``"09:00"``; 24-hour clock."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def format_ranges(ranges: tuple[TimeRange, ...], separator: str = ", ") -> str:
    """``((540, 750), (810, 1140))`` -> ``"09:00–12:30, 13:30–19:00"``."""
    return separator.join(f"{format_time(a)}–{format_time(b)}" for a, b in ranges)


@dataclass(frozen=True)
class Exception_:
    """A day or run of days that differ from the weekly hours."""

    start: dt.date
    end: dt.date
    hours: tuple[TimeRange, ...]  # empty: closed
    note: Localised[str] | None = None  # a closure's note
    holiday: str | None = None  # a public holiday's name, in the page's language


def public_holidays(country: str, first: dt.date, last: dt.date, lang: str) -> dict[dt.date, str]:
    """Public holidays of ``country`` between two dates, named in ``lang`` when possible."""
    return {day: name for day, name in _holidays(country, first.year, last.year, lang).items()
            if first <= day <= last}


@lru_cache(maxsize=64)
def _holidays(country: str, first_year: int, last_year: int, lang: str) -> Mapping[dt.date, str]:
    import holidays

    try:
        cls = holidays.country_holidays(country).__class__
    except NotImplementedError:
        return {}
    supported = getattr(cls, "supported_languages", ()) or ()
    choice = next((c for c in (lang, f"{lang}_US", f"{lang}_GB", f"{lang}_{country}") if c in supported), None)
    if choice is None and lang == "en":
        choice = next((c for c in supported if c.startswith("en")), None)
    table = holidays.country_holidays(country, years=range(first_year, last_year + 1), language=choice)
    return dict(sorted(table.items()))


def closure_on(closures: tuple[Closure, ...], day: dt.date) -> Closure | None:
    """The last listed closure that covers ``day``: a later line refines an earlier one."""
    found = None
    for closure in closures:
        if closure.start <= day <= closure.end:
            found = closure
    return found


def hours_on(site: Site, day: dt.date, holidays: Mapping[dt.date, str]) -> tuple[TimeRange, ...]:
    """The opening ranges on one date, closures and public holidays included."""
    closure = closure_on(site.closures, day)
    if closure is not None:
        return closure.hours
    if site.holidays_closed and day in holidays:
        return ()
    return site.hours[day.weekday()]


def upcoming_exceptions(site: Site, today: dt.date, holidays: Mapping[dt.date, str],
                        days: int = 366) -> list[Exception_]:
    """Closures, special hours and public holidays from ``today`` for ``days`` days.

    A public holiday is listed only when the clinic closes for it on a day it would open.
    """
    last = today + dt.timedelta(days=days)
    found = [
        Exception_(max(c.start, today), c.end, c.hours, note=c.note)
        for c in site.closures if c.end >= today and c.start <= last
    ]
    if site.holidays_closed:
        for day, name in holidays.items():
            if today <= day <= last and site.hours[day.weekday()] and closure_on(site.closures, day) is None:
                found.append(Exception_(day, day, (), holiday=name))
    return sorted(found, key=lambda e: (e.start, e.end))


def grouped_week(site: Site) -> list[tuple[tuple[int, ...], tuple[TimeRange, ...]]]:
    """Days with the same hours grouped, for schema.org: [((0, 1, 2), ranges), ...]."""
    groups: dict[tuple[TimeRange, ...], list[int]] = {}
    for index, ranges in enumerate(site.hours):
        if ranges:
            groups.setdefault(ranges, []).append(index)
    return [(tuple(days), ranges) for ranges, days in groups.items()]
