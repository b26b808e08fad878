"""Opening hours in the shipped engine against a Python oracle, instant by instant.

The engine turns any instant into the clinic's local day and minute with the UTC offset
table of its index, then reads the day's hours (weekly hours, closures, special hours,
public holidays). The oracle does the same from first principles: ``zoneinfo`` for the
local time and :func:`glowgen.hours.hours_on` for the day's ranges. Both must agree on
``status(now)`` (open, until which minute, or the next opening) and on ``open_now`` of
an hours question, every 7 minutes over several weeks per clinic (DST changes, public
holidays, closures and special hours included), at each opening and closing minute, and
at midnight. Every instant is given in several forms that denote the same moment
(epoch milliseconds, a Date, ISO 8601 with Z, +01:00, -05:00, +09:00, ...): the answer
never depends on the offset written.

The example clinic and five generated sites (different hours, time zones and holiday
rules) are built once per module; one V8 context runs the engine shipped by the build.
"""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from glowgen import hours
from glowgen.build import build
from glowgen.diagnostics import Report
from glowgen.load import load_site
from glowgen.model import Site
from tests.conftest import EXAMPLE, MINIMAL_SITE, TODAY

UTC = dt.timezone.utc
STEP = dt.timedelta(minutes=7)  # 7 and 60 are coprime: the samples visit every minute of the hour
OFFSETS = [dt.timezone(dt.timedelta(hours=h, minutes=m)) for h, m in
           ((1, 0), (-5, 0), (9, 0), (5, 45), (-9, -30), (14, 0), (-12, 0))]

# --- the generated sites ----------------------------------------------------------

SITE_HEAD = """\
name: Test Clinic
languages: [en, fr]
address:
  street: Main Street 1
  postcode: "1000"
  city: {en: Brussels, fr: Bruxelles}
contact:
  phone: "+32 2 555 01 23"
  email: info@test-clinic.example
"""

GENERATED = {
    # several ranges a day, closures (a run of days, special hours, a later line that
    # refines an earlier one, special hours on a public holiday), holidays closed
    "split": """\
        timezone: Europe/Brussels
        public_holidays: closed
        hours:
          mon: ["08:00-12:00", "13:00-18:30"]
          tue: ["07:30-10:00", "11:00-13:00", "14:00-19:45"]
          wed: "12:00-20:00"
          thu: closed
          fri: "09:15-17:45"
          sat: ["09:00-12:00"]
          sun: closed
        closures:
          - {from: 2027-02-01, to: 2027-02-07}
          - {date: 2027-02-03, hours: "10:00-12:00"}
          - {date: 2027-02-10, hours: ["10:00-11:00", "15:00-16:00"]}
          - {date: 2027-11-11, hours: "10:00-14:00"}
          - {from: 2026-12-24, to: 2026-12-26}
        """,
    # open through midnight (a day until 24:00, the next from 00:00), touching ranges,
    # a Sunday that spans both DST changes, public holidays open, a one-day closure
    "midnight": """\
        timezone: Europe/Brussels
        public_holidays: open
        hours:
          mon: "09:00-17:00"
          tue: closed
          wed: ["09:00-12:00", "12:00-15:00"]
          thu: "20:00-24:00"
          fri: ["00:00-01:30", "18:00-24:00"]
          sat: ["00:00-02:00", "10:00-24:00"]
          sun: "00:00-04:00"
        closures:
          - {from: 2027-01-02, to: 2027-01-02}
        """,
    # the same weekly hours as "midnight" but public holidays closed
    "midnight-holidays-closed": """\
        timezone: Europe/Brussels
        public_holidays: closed
        hours:
          mon: "09:00-17:00"
          tue: closed
          wed: ["09:00-12:00", "12:00-15:00"]
          thu: "20:00-24:00"
          fri: ["00:00-01:30", "18:00-24:00"]
          sat: ["00:00-02:00", "10:00-24:00"]
          sun: "00:00-04:00"
        """,
    # another time zone, US holidays, a night that spans the US DST changes
    "new-york": """\
        country: US
        timezone: America/New_York
        currency: USD
        public_holidays: closed
        hours:
          mon: "09:00-17:00"
          tue: ["09:00-12:00", "13:00-17:00"]
          wed: "09:00-17:00"
          thu: "09:00-17:00"
          fri: "09:00-17:00"
          sat: "22:00-24:00"
          sun: ["00:00-03:30", "10:00-14:00"]
        closures:
          - {from: 2026-12-28, to: 2026-12-31}
        """,
    # far east of UTC: local midnight is mid-afternoon UTC
    "tokyo": """\
        country: JP
        timezone: Asia/Tokyo
        currency: JPY
        emergency: {number: "119"}
        public_holidays: closed
        hours:
          mon: "00:00-09:00"
          tue: "10:00-19:00"
          wed: "10:00-19:00"
          thu: "10:00-19:00"
          fri: "10:00-19:00"
          sat: "10:00-24:00"
          sun: closed
        """,
}

# Local date windows sampled for each clinic: (first day, last day), both included.
# None is earlier than a week before TODAY: the index keeps closures and holidays from then.
WINDOWS: dict[str, list[tuple[str, str]]] = {
    "example": [
        ("2026-11-16", "2026-12-06"),  # around the build day
        ("2026-12-20", "2027-01-04"),  # year-end closure, Christmas, New Year
        ("2027-02-08", "2027-02-15"),  # special hours on Saturday 13 February
        ("2027-03-22", "2027-04-04"),  # EU DST change (28 March), Easter Monday
        ("2027-05-03", "2027-05-18"),  # Ascension, Whit Monday
        ("2027-07-12", "2027-08-03"),  # summer closure with the national day in it
        ("2027-10-25", "2027-11-14"),  # EU DST change (31 October), All Saints, Armistice
    ],
    "split": [
        ("2026-11-16", "2026-12-06"),
        ("2026-12-21", "2027-01-03"),
        ("2027-01-25", "2027-02-14"),
        ("2027-03-22", "2027-04-04"),
        ("2027-10-25", "2027-11-14"),
    ],
    "midnight": [
        ("2026-11-16", "2026-12-06"),
        ("2026-12-28", "2027-01-10"),
        ("2027-03-22", "2027-04-04"),
        ("2027-10-25", "2027-11-07"),
    ],
    "midnight-holidays-closed": [
        ("2026-12-21", "2027-01-10"),
        ("2027-03-22", "2027-04-04"),
        ("2027-10-25", "2027-11-14"),
    ],
    "new-york": [
        ("2026-11-16", "2026-12-06"),  # Thanksgiving
        ("2026-12-21", "2027-01-03"),  # Christmas, closure, New Year
        ("2027-03-08", "2027-03-21"),  # US DST change (14 March)
        ("2027-05-24", "2027-06-06"),  # Memorial Day
        ("2027-06-28", "2027-07-11"),  # Independence Day (a Sunday: observed on Monday)
        ("2027-10-31", "2027-11-14"),  # US DST change (7 November), Veterans Day
    ],
    "tokyo": [
        ("2026-11-16", "2026-12-06"),
        ("2026-12-28", "2027-01-17"),
    ],
}

CASES = [(name, first, last) for name, windows in WINDOWS.items() for first, last in windows]


def _write(root: Path, files: dict[str, str]) -> Path:
    """What conftest's make_site does, for a module-scoped site."""
    merged = dict(MINIMAL_SITE)
    merged.update(files)
    for path, text in merged.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


# --- the oracle -----------------------------------------------------------------


@dataclass
class Clinic:
    """One built site: its model for the oracle and its engines (a key per language)."""

    name: str
    site: Site
    keys: dict[str, str]  # language -> engine key in V8
    zone: ZoneInfo = field(init=False)
    holidays: dict[dt.date, str] = field(init=False)
    _days: dict[dt.date, tuple[tuple[int, int], ...]] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.zone = ZoneInfo(self.site.timezone)
        self.holidays = hours.public_holidays(self.site.country, dt.date(2026, 1, 1), dt.date(2029, 12, 31),
                                              self.site.languages[0])

    @property
    def key(self) -> str:
        return self.keys[self.site.languages[0]]

    def ranges(self, day: dt.date) -> tuple[tuple[int, int], ...]:
        if day not in self._days:
            self._days[day] = hours.hours_on(self.site, day, self.holidays)
        return self._days[day]

    def local(self, instant: dt.datetime) -> tuple[dt.date, int]:
        here = instant.astimezone(self.zone)
        return here.date(), here.hour * 60 + here.minute

    def status(self, instant: dt.datetime) -> list[int]:
        """[1, days, minute] of the real closing when open (ranges that touch, within a day
        or over midnight, are one opening); [0, days, minute] of the next opening when
        closed; [0] when it never opens again."""
        day, minute = self.local(instant)
        for start, end in self.ranges(day):
            if start <= minute < end:
                return [1, *self.closing(instant)]
        for days in range(400):
            for start, _ in self.ranges(day + dt.timedelta(days=days)):
                if days or start > minute:
                    return [0, days, start]
        return [0]

    def closing(self, instant: dt.datetime) -> tuple[int, int]:
        """When the clinic really closes, open at ``instant``: (days from today, minute),
        following ranges that touch, within a day or over midnight."""
        day, minute = self.local(instant)
        end = next(b for a, b in self.ranges(day) if a <= minute < b)
        days = 0
        while days < 14:
            touching = next((b for a, b in self.ranges(day + dt.timedelta(days=days)) if a == end), None)
            if touching is not None:
                end = touching
                continue
            following = self.ranges(day + dt.timedelta(days=days + 1))
            if end == 1440 and following and following[0][0] == 0:
                days, end = days + 1, following[0][1]
                continue
            break
        return days, end

    def at(self, day: dt.date, minute: int, second: int = 0) -> list[dt.datetime]:
        """The instants whose local wall clock reads ``day`` ``minute``: none in a DST gap,
        two in the repeated hour."""
        naive = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minute, seconds=second)
        found = []
        for fold in (0, 1):
            instant = naive.replace(tzinfo=self.zone, fold=fold).astimezone(UTC)
            if instant.astimezone(self.zone).replace(tzinfo=None) == naive and instant not in found:
                found.append(instant)
        return found

    def samples(self, first: dt.date, last: dt.date) -> list[dt.datetime]:
        """Every 7 minutes from local midnight of ``first`` to the end of ``last``, then the
        minutes around each opening and closing, and around midnight, of each day."""
        start = self.at(first, 0)[0] + dt.timedelta(minutes=3)
        stop = self.at(last + dt.timedelta(days=1), 0)[0]
        instants = []
        moment = start
        while moment < stop:
            instants.append(moment)
            moment += STEP
        day = first
        while day <= last:
            edges = {(0, 0), (1, 0), (1439, 0), (1439, 59), (1440, 0)}
            for start_minute, end_minute in set(self.ranges(day)) | set(self.site.hours[day.weekday()]):
                for minute in (start_minute, end_minute):
                    edges |= {(minute - 1, 0), (minute - 1, 59), (minute, 0), (minute, 30), (minute + 1, 0)}
            for minute, second in sorted(edges):
                if 0 <= minute <= 1440:
                    instants.extend(self.at(day, minute, second))
            day += dt.timedelta(days=1)
        return instants


def forms(instant: dt.datetime, zone: ZoneInfo) -> list[Any]:
    """One instant written many ways: epoch ms, ISO 8601 in UTC (Z, with milliseconds),
    in the clinic's own offset and in several others."""
    instant = instant.astimezone(UTC)
    ms = int(instant.timestamp() * 1000)
    written = [ms, instant.strftime("%Y-%m-%dT%H:%M:%SZ"), instant.strftime("%Y-%m-%dT%H:%M:%S.") +
               f"{instant.microsecond // 1000:03d}Z", instant.astimezone(zone).isoformat()]
    written += [instant.astimezone(offset).isoformat() for offset in OFFSETS]
    return written


# --- fixtures ---------------------------------------------------------------------

HOST = """
globalThis.__E = {};
globalThis.__load = (key, text) => { __E[key] = GlowEngine.createEngine(JSON.parse(text)); return key; };
const __code = (s) => s.open ? [1, s.untilDays, s.until] : (s.next ? [0, s.next.days, s.next.minute] : [0]);
// each item: the instant's forms, the first being epoch ms; a Date of it is tried too
globalThis.__statuses = (key, items) => JSON.stringify(items.map((list) =>
  [__code(__E[key].status(new Date(list[0])))].concat(list.map((form) => __code(__E[key].status(form))))));
globalThis.__asks = (key, question, nows) => JSON.stringify(nows.map((now) => {
  const a = __E[key].ask(question, {now});
  return [a.intent, a.open_now, a.answer];
}));
"""

QUESTION = {"en": "are you open now?", "fr": "êtes-vous ouverts maintenant ?", "nl": "zijn jullie nu open?",
            "de": "haben Sie jetzt geöffnet?"}


@pytest.fixture(scope="module")
def v8(example_build: Path):
    from py_mini_racer import MiniRacer

    entry = json.loads((example_build / "assistant" / "glowgen-assistant.json").read_text(encoding="utf-8"))
    ctx = MiniRacer()
    ctx.eval((example_build / "assistant" / entry["engine"]).read_text(encoding="utf-8"))
    ctx.eval(HOST)
    return ctx


def _load(v8, name: str, out: Path, site: Site) -> Clinic:
    entry = json.loads((out / "assistant" / "glowgen-assistant.json").read_text(encoding="utf-8"))
    keys = {}
    for lang, file in entry["indexes"].items():
        keys[lang] = v8.call("__load", f"{name}/{lang}", (out / "assistant" / file).read_text(encoding="utf-8"))
    return Clinic(name, site, keys)


@pytest.fixture(scope="module")
def clinics(v8, example_build: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Clinic]:
    found = {"example": _load(v8, "example", example_build, load_site(EXAMPLE, Report()))}
    base = tmp_path_factory.mktemp("hours-sites")
    for name, hours_text in GENERATED.items():
        root = _write(base / name, {"content/site.yaml": SITE_HEAD + textwrap.dedent(hours_text)})
        report = Report()
        site = load_site(root, report)
        assert site is not None, report
        build(root, root / "build", today=TODAY)
        found[name] = _load(v8, name, root / "build", site)
    return found


def statuses(v8, key: str, items: list[list[Any]]) -> list[list[list[int]]]:
    return json.loads(v8.call("__statuses", key, items))


def clock(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


# --- the oracle itself ------------------------------------------------------------


def test_the_oracle_knows_the_calendar(clinics):
    """The oracle's own facts, checked by hand before it judges the engine."""
    example, ny = clinics["example"], clinics["new-york"]
    assert example.ranges(day("2026-11-23")) == ((540, 1080),)  # a Monday
    assert example.ranges(day("2026-12-28")) == ()  # year-end closure
    assert example.ranges(day("2027-02-13")) == ((600, 840),)  # special hours
    assert example.ranges(day("2027-03-29")) == ()  # Easter Monday
    assert ny.ranges(day("2026-11-26")) == ()  # Thanksgiving
    assert ny.ranges(day("2027-07-05")) == ()  # Independence Day observed
    assert clinics["split"].ranges(day("2027-02-03")) == ((600, 720),)  # a later closure line refines
    assert clinics["split"].ranges(day("2027-11-11")) == ((600, 840),)  # special hours on a holiday
    assert clinics["midnight"].ranges(day("2027-11-01")) == ((540, 1020),)  # holidays open
    assert clinics["midnight-holidays-closed"].ranges(day("2027-11-01")) == ()
    # a DST gap has no instant, the repeated hour two
    assert example.at(day("2027-03-28"), 150) == []
    assert len(example.at(day("2027-10-31"), 150)) == 2
    assert len(ny.at(day("2027-11-07"), 90)) == 2


# --- status and open_now, instant by instant ------------------------------------


@pytest.mark.parametrize("name,first,last", CASES, ids=[f"{n}-{a}" for n, a, _ in CASES])
def test_status_matches_the_oracle_in_every_written_form(v8, clinics, name, first, last):
    clinic = clinics[name]
    instants = clinic.samples(day(first), day(last))
    got = statuses(v8, clinic.key, [forms(i, clinic.zone) for i in instants])
    wrong = []
    for instant, answers in zip(instants, got):
        expected = clinic.status(instant)
        if any(answer != expected for answer in answers):
            local = instant.astimezone(clinic.zone)
            wrong.append(f"{local.isoformat()} {local:%a}: expected {expected}, got {answers}")
    assert len(instants) >= ((day(last) - day(first)).days + 1) * 24 * 60 // 7
    assert not wrong, f"{len(wrong)} of {len(instants)} instants differ:\n" + "\n".join(wrong[:20])


@pytest.mark.parametrize("name,first,last", CASES, ids=[f"{n}-{a}" for n, a, _ in CASES])
def test_open_now_of_an_hours_question_matches_the_oracle(v8, clinics, name, first, last):
    """Every third sample, asked in each of the site's languages with a varying offset;
    the answer also gives the right closing or opening time (24-hour clock)."""
    clinic = clinics[name]
    instants = clinic.samples(day(first), day(last))[::3]
    for lang, key in clinic.keys.items():
        nows = [forms(instant, clinic.zone)[1 + n % 10] for n, instant in enumerate(instants)]
        answers = json.loads(v8.call("__asks", key, QUESTION[lang], nows))
        wrong = []
        for instant, now, (intent, open_now, text) in zip(instants, nows, answers):
            expected = clinic.status(instant)
            time_said = clock(expected[2]) if len(expected) > 2 else ""
            if intent != "hours" or open_now is not bool(expected[0]) or time_said not in text:
                wrong.append(f"{now} [{lang}]: expected {expected}, got {intent} {open_now}: {text[:90]}")
        assert not wrong, f"{len(wrong)} of {len(instants)} answers wrong:\n" + "\n".join(wrong[:20])


def test_every_language_of_a_site_tells_the_same_hours(v8, clinics):
    clinic = clinics["example"]
    instants = [i for first, last in WINDOWS["example"] for i in clinic.samples(day(first), day(last))[::5]]
    items = [[int(i.timestamp() * 1000)] for i in instants]
    results = {lang: statuses(v8, key, items) for lang, key in clinic.keys.items()}
    assert len(results) == 3
    first = next(iter(results.values()))
    for lang, got in results.items():
        assert got == first, lang


# --- the same moment, whatever offset it is written with ------------------------

SAME_MOMENT = [
    # Monday 23 November 2026, 09:00 in Brussels: opening minute
    (["2026-11-23T09:00:00+01:00", "2026-11-23T08:00:00Z", "2026-11-23T03:00:00-05:00",
      "2026-11-23T17:00:00+09:00", "2026-11-23T08:00:00.000Z", 1795420800000], [1, 0, 1080]),
    # a minute earlier: closed, opens today at 09:00
    (["2026-11-23T08:59:00+01:00", "2026-11-23T07:59:00Z", "2026-11-23T02:59:00-05:00",
      "2026-11-23T16:59:00+09:00", 1795420740000], [0, 0, 540]),
    # Saturday 28 November, 13:00: closing minute; next: Monday 09:00
    (["2026-11-28T13:00:00+01:00", "2026-11-28T12:00:00Z", "2026-11-28T07:00:00-05:00",
      "2026-11-28T21:00:00+09:00"], [0, 2, 540]),
    # Thursday 26 November, 19:59:59 local: still open until 20:00
    (["2026-11-26T19:59:59+01:00", "2026-11-26T18:59:59Z", "2026-11-26T13:59:59-05:00",
      "2026-11-27T03:59:59+09:00"], [1, 0, 1200]),
    # the local date differs from the date written: Friday 12:30 in Brussels, Friday 20:30 in Tokyo
    (["2026-11-27T12:30:00+01:00", "2026-11-27T11:30:00Z", "2026-11-27T06:30:00-05:00",
      "2026-11-27T20:30:00+09:00"], [0, 0, 810]),
    # Saturday 23:30 in New York is already Sunday in Brussels (closed, opens Monday)
    (["2026-11-28T23:30:00-05:00", "2026-11-29T04:30:00Z", "2026-11-29T05:30:00+01:00",
      "2026-11-29T13:30:00+09:00"], [0, 1, 540]),
]


@pytest.mark.parametrize("written,expected", SAME_MOMENT, ids=[w[0] for w, _ in SAME_MOMENT])
def test_one_moment_written_with_any_offset_has_one_answer(v8, clinics, written, expected):
    clinic = clinics["example"]
    instants = {int(dt.datetime.fromisoformat(w.replace("Z", "+00:00")).timestamp() * 1000) if isinstance(w, str)
                else w for w in written}
    assert len(instants) == 1  # the forms do denote one moment
    instant = dt.datetime.fromtimestamp(instants.pop() / 1000, UTC)
    assert clinic.status(instant) == expected
    got = statuses(v8, clinic.key, [[int(instant.timestamp() * 1000), *written]])[0]
    assert got == [expected] * len(got)


# --- midnight, DST and holidays, by hand -----------------------------------------

HAND = [
    # (clinic, instant as written, status)
    # a day open until 24:00 and the next from 00:00 ("midnight": thu 20-24, fri 00-01:30)
    ("midnight", "2026-11-26T23:59:00+01:00", [1, 1, 90]),  # on into Friday 00:00-01:30
    ("midnight", "2026-11-26T23:59:59+01:00", [1, 1, 90]),
    ("midnight", "2026-11-27T00:00:00+01:00", [1, 0, 90]),
    ("midnight", "2026-11-27T00:01:00+01:00", [1, 0, 90]),
    ("midnight", "2026-11-27T01:30:00+01:00", [0, 0, 1080]),
    ("midnight", "2026-11-26T19:59:00+01:00", [0, 0, 1200]),
    # touching ranges on Wednesday: 09-12 and 12-15
    ("midnight", "2026-11-25T11:59:00+01:00", [1, 0, 900]),  # 09-12 touches 12-15
    ("midnight", "2026-11-25T12:00:00+01:00", [1, 0, 900]),
    ("midnight", "2026-11-25T15:00:00+01:00", [0, 1, 1200]),
    # closed all Tuesday: Monday 17:00 -> Wednesday 09:00; Tuesday 23:59 and 00:00
    ("midnight", "2026-11-23T17:00:00+01:00", [0, 2, 540]),
    ("midnight", "2026-11-24T23:59:00+01:00", [0, 1, 540]),
    ("midnight", "2026-11-25T00:00:00+01:00", [0, 0, 540]),
    ("midnight", "2026-11-25T00:01:00+01:00", [0, 0, 540]),
    # Sunday 00:00-04:00 over the EU DST changes
    ("midnight", "2027-03-28T01:59:00+01:00", [1, 0, 240]),
    ("midnight", "2027-03-28T03:00:00+02:00", [1, 0, 240]),  # the next minute, an hour later on the clock
    ("midnight", "2027-03-28T03:59:00+02:00", [1, 0, 240]),
    ("midnight", "2027-03-28T04:00:00+02:00", [0, 1, 540]),
    ("midnight", "2027-10-31T02:30:00+02:00", [1, 0, 240]),  # the repeated hour, first time
    ("midnight", "2027-10-31T02:30:00+01:00", [1, 0, 240]),  # and second time
    ("midnight", "2027-10-31T04:00:00+01:00", [0, 1, 540]),
    # a one-day closure on Saturday 2 January: Friday's night ends at 24:00, Sunday opens at 00:00
    ("midnight", "2027-01-01T23:59:00+01:00", [1, 0, 1440]),
    ("midnight", "2027-01-02T00:00:00+01:00", [0, 1, 0]),
    ("midnight", "2027-01-02T23:59:00+01:00", [0, 1, 0]),
    ("midnight", "2027-01-03T00:00:00+01:00", [1, 0, 240]),
    # New Year's Day is a public holiday: open when holidays are open, closed otherwise
    ("midnight", "2027-01-01T19:00:00+01:00", [1, 0, 1440]),
    ("midnight-holidays-closed", "2027-01-01T19:00:00+01:00", [0, 1, 0]),
    ("midnight-holidays-closed", "2027-01-01T00:30:00+01:00", [0, 1, 0]),
    ("midnight", "2027-11-01T10:00:00+01:00", [1, 0, 1020]),  # All Saints, a Monday
    ("midnight-holidays-closed", "2027-11-01T10:00:00+01:00", [0, 2, 540]),
    # the example clinic: Saturday before Easter Monday and before All Saints -> Tuesday
    ("example", "2027-03-27T13:00:00+01:00", [0, 3, 540]),
    ("example", "2027-10-30T13:00:00+02:00", [0, 3, 540]),
    # its year-end closure: Wednesday 23 December 18:00 -> Saturday 2 January 09:00
    ("example", "2026-12-23T18:00:00+01:00", [0, 10, 540]),
    ("example", "2026-12-23T17:59:59+01:00", [1, 0, 1080]),
    # special hours on Saturday 13 February: 10:00-14:00 instead of 09:00-13:00
    ("example", "2027-02-13T09:30:00+01:00", [0, 0, 600]),
    ("example", "2027-02-13T13:30:00+01:00", [1, 0, 840]),
    ("example", "2027-02-13T14:00:00+01:00", [0, 2, 540]),
    # midnight edges on an ordinary week: Monday 00:00 / Sunday 23:59
    ("example", "2026-11-22T23:59:00+01:00", [0, 1, 540]),
    ("example", "2026-11-23T00:00:00+01:00", [0, 0, 540]),
    ("example", "2026-11-23T00:01:00+01:00", [0, 0, 540]),
    # lunch break on Tuesday 12:30-13:30
    ("example", "2026-11-24T12:29:59+01:00", [1, 0, 750]),
    ("example", "2026-11-24T12:30:00+01:00", [0, 0, 810]),
    # New York: Saturday 22:00-24:00, Sunday 00:00-03:30 and 10:00-14:00, over US DST changes
    ("new-york", "2027-03-13T23:59:00-05:00", [1, 1, 210]),  # on into Sunday 00:00-03:30
    ("new-york", "2027-03-14T00:00:00-05:00", [1, 0, 210]),
    ("new-york", "2027-03-14T01:59:00-05:00", [1, 0, 210]),
    ("new-york", "2027-03-14T03:00:00-04:00", [1, 0, 210]),  # 02:00 does not exist that night
    ("new-york", "2027-03-14T03:30:00-04:00", [0, 0, 600]),
    ("new-york", "2027-11-07T01:30:00-04:00", [1, 0, 210]),  # the repeated hour, first time
    ("new-york", "2027-11-07T01:30:00-05:00", [1, 0, 210]),  # and second time
    ("new-york", "2027-11-07T03:30:00-05:00", [0, 0, 600]),
    # the same instants written in Brussels time and in UTC
    ("new-york", "2027-03-14T08:00:00+01:00", [1, 0, 210]),
    ("new-york", "2027-11-07T06:30:00Z", [1, 0, 210]),
    # US holidays: Thanksgiving (Thursday 26 November 2026) and the observed Independence Day
    ("new-york", "2026-11-26T10:00:00-05:00", [0, 1, 540]),
    ("new-york", "2027-07-05T10:00:00-04:00", [0, 1, 540]),
    # Sunday 27 December 23:00: closure Monday 28 - Thursday 31, New Year's Day on Friday,
    # so next Saturday 22:00
    ("new-york", "2026-12-27T23:00:00-05:00", [0, 6, 1320]),
    # Tokyo: Monday 00:00-09:00 follows Sunday closed; Monday 23 November 2026 is a public
    # holiday in Japan (Labour Thanksgiving Day)
    ("tokyo", "2026-11-23T08:00:00+09:00", [0, 1, 600]),
    ("tokyo", "2026-11-29T23:59:00+09:00", [0, 1, 0]),
    ("tokyo", "2026-11-29T15:00:00Z", [1, 0, 540]),  # Monday 00:00 in Tokyo
    ("tokyo", "2026-11-30T00:01:00+09:00", [1, 0, 540]),
    ("tokyo", "2026-11-28T23:59:00+09:00", [1, 0, 1440]),
    ("tokyo", "2026-11-28T15:00:00Z", [0, 1, 0]),  # Sunday 00:00 in Tokyo: closed until Monday 00:00
]


@pytest.mark.parametrize("name,written,expected", HAND, ids=[f"{n}-{w}" for n, w, _ in HAND])
def test_status_at_hand_picked_instants(v8, clinics, name, written, expected):
    clinic = clinics[name]
    instant = dt.datetime.fromisoformat(written.replace("Z", "+00:00"))
    assert clinic.status(instant) == expected, "the oracle disagrees with the hand-written answer"
    got = statuses(v8, clinic.key, [forms(instant, clinic.zone) + [written]])[0]
    assert got == [expected] * len(got)


# --- the real closing time -------------------------------------------------------

CONTINUOUS = [
    # (written, real closing: days from today, minute)
    ("2026-11-26T23:00:00+01:00", (1, 90)),  # Thursday 20-24, Friday 00-01:30
    ("2026-11-28T23:00:00+01:00", (1, 240)),  # Saturday 10-24, Sunday 00-04
    ("2026-11-25T11:00:00+01:00", (0, 900)),  # Wednesday 09-12, 12-15
]


def test_until_is_the_real_closing_time_when_ranges_do_not_touch(v8, clinics):
    """Where no range continues another, the end of the current range is when the clinic
    closes: status's ``until`` is the real closing time."""
    for name in ("example", "split", "tokyo"):
        clinic = clinics[name]
        instants = [i for first, last in WINDOWS[name] for i in clinic.samples(day(first), day(last))[::4]]
        got = statuses(v8, clinic.key, [[int(i.timestamp() * 1000)] for i in instants])
        opened = [(i, g[0]) for i, g in zip(instants, got) if g[0][0] == 1]
        assert opened
        for instant, answer in opened:
            assert clinic.closing(instant) == (answer[1], answer[2]), instant


@pytest.mark.parametrize("written,closing", CONTINUOUS, ids=[w for w, _ in CONTINUOUS])
def test_until_is_the_real_closing_time_when_hours_continue(v8, clinics, written, closing):
    clinic = clinics["midnight"]
    instant = dt.datetime.fromisoformat(written)
    assert clinic.closing(instant) == closing  # the oracle
    got = statuses(v8, clinic.key, [[int(instant.timestamp() * 1000)]])[0][0]
    assert got[0] == 1
    assert (got[1], got[2]) == closing


# --- answers about hours -----------------------------------------------------------


def test_hours_answers_use_the_24_hour_clock(v8, clinics):
    nows = ["2026-11-26T19:00:00+01:00", "2026-11-26T21:00:00+01:00", "2026-11-28T14:00:00+01:00"]
    for lang, key in clinics["example"].keys.items():
        for (intent, open_now, text), expected in zip(json.loads(v8.call("__asks", key, QUESTION[lang], nows)),
                                                      ["20:00", "11:00", "09:00"]):
            assert intent == "hours"
            assert expected in text, (lang, text)
            assert not any(mark in text.lower() for mark in (" am", " pm", "a.m.", "p.m.")), text
    ny = clinics["new-york"]
    (intent, open_now, text), = json.loads(v8.call("__asks", ny.keys["en"], "are you open now?",
                                                   ["2026-11-28T23:00:00-05:00"]))
    assert open_now is True and "24:00" in text


def test_a_clinic_that_never_opens_again_says_it_is_closed(v8, tmp_path: Path):
    root = _write(tmp_path / "closed", {"content/site.yaml": SITE_HEAD + textwrap.dedent("""\
        hours:
          mon: "09:00-17:00"
        closures:
          - {from: 2026-11-01, to: 2029-12-31}
        """)})
    build(root, root / "build", today=TODAY)
    site = load_site(root, Report())
    clinic = _load(v8, "closed", root / "build", site)
    instant = dt.datetime(2026, 11, 23, 10, tzinfo=UTC)
    assert clinic.status(instant) == [0]
    assert statuses(v8, clinic.key, [forms(instant, clinic.zone)])[0] == [[0]] * (len(forms(instant, clinic.zone)) + 1)
    (intent, open_now, text), = json.loads(v8.call("__asks", clinic.keys["en"], "are you open now?",
                                                   ["2026-11-23T10:00:00+01:00"]))
    assert (intent, open_now) == ("hours", False)
    assert text.startswith("We are closed now.")


def test_status_and_ask_refuse_a_now_that_is_no_time(v8, clinics):
    key = clinics["example"].key
    for bad in ('"next tuesday"', '"2026-13-45T10:00:00Z"', "NaN", "Infinity", '""'):
        message = v8.eval(f"try {{ __E[{json.dumps(key)}].status({bad}); 'no error' }} catch (e) {{ e.name + ': ' + e.message }}")
        assert message.startswith("TypeError: now must be"), (bad, message)
        message = v8.eval(f"try {{ __E[{json.dumps(key)}].ask('open?', {{now: {bad}}}); 'no error' }} "
                          f"catch (e) {{ e.name + ': ' + e.message }}")
        assert message.startswith("TypeError: now must be"), (bad, message)


def test_a_now_outside_the_date_range_is_refused_clearly(v8, clinics):
    key = json.dumps(clinics["example"].key)
    message = v8.eval(f"try {{ __E[{key}].status(1e20); 'no error' }} catch (e) {{ e.name + ': ' + e.message }}")
    assert message.startswith("TypeError: now must be"), message

