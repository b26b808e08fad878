"""Shared by the redaction tests: the message sets, how a leak is judged, and identifiers
made valid with their checksums and checked by the oracles (python-stdnum, phonenumbers).

A leak is a part of a personal value still readable in the text the engine kept. Both
are compared normalised (NFKC, so full-width digits are ASCII; invisible format
characters such as zero-width spaces removed; whitespace collapsed; case folded):

- the whole value, as a word of its own (not inside a longer word);
- for names, each word of three letters or more (particles such as "van" aside);
- for emails, the part before the @ (or before its spelled-out "at") when it has three
  characters or more;
- for values of six digits or more, any six of their digits in a row inside a number of
  the kept text read without its separators (spaces, . - / ( ) +), so "0476 12 34 56"
  leaks through "0476.123.456" and "+32 476 12 34 56" does not leak through "+32 [phone]".
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path
from typing import Any, Iterable

import yaml

HERE = Path(__file__).parent
PERSONAL_DATA = HERE / "personal-data.yaml"
CLEAN = HERE / "clean.yaml"

TYPES = ("email", "phone", "iban", "national_id", "card", "date_of_birth", "address", "name", "id_number")
LANGUAGES = ("fr", "nl", "en", "de")
NOW = "2026-11-23T10:00:00+01:00"  # the moment every question is asked (tests/conftest.py TODAY)
TODAY = dt.date(2026, 11, 23)
ADULT_BIRTH_YEARS = range(1900, TODAY.year - 18 + 1)

# The example clinic's own published contact details (content/site.yaml): never personal data.
CLINIC_PHONES = ("+32 2 555 01 23", "+32 470 55 01 23")
CLINIC_NATIONAL_NUMBERS = ("25550123", "470550123")  # the same, without country code or 0
CLINIC_EMAIL = "info@clinique-lumiere.example"

DIGIT_WINDOW = 6
NAME_PARTICLES = {"van", "von", "den", "der", "de", "del", "della", "des", "du", "le", "la", "el", "al", "ben", "ter",
                  "ten", "op", "da", "di"}


def load_personal_data() -> list[dict[str, Any]]:
    return yaml.safe_load(PERSONAL_DATA.read_text(encoding="utf-8"))["messages"]


def load_clean() -> list[dict[str, Any]]:
    return yaml.safe_load(CLEAN.read_text(encoding="utf-8"))["questions"]


def page_language(lang: str, site_languages: Iterable[str]) -> str | None:
    """The page a visitor writing in ``lang`` is on: that language when the site has it,
    else none (the engine detects it; German visitors on the example's fr/nl/en site)."""
    return lang if lang in site_languages else None


def ask_as_visitor(assistant: Any, text: str, lang: str) -> dict[str, Any]:
    """The engine's answer to ``text`` typed by a visitor writing in ``lang``, on the page
    of that language (``page_language``), at ``NOW``."""
    return assistant.ask(text, page_language(lang, assistant.languages), NOW)


# --- normalising and comparing ---------------------------------------------------

def normalise(text: str) -> str:
    """NFKC, invisible format characters (Unicode category Cf) removed, whitespace
    collapsed, case folded: the form in which two texts are compared."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return " ".join(text.split()).casefold()


def collapse_whitespace(text: str) -> str:
    """Runs of whitespace made one space, ends stripped: what the engine keeps of a clean question."""
    return " ".join(text.split())


def ascii_digits(text: str) -> str:
    """The digits of a text (full-width ones too), without anything else."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if "0" <= ch <= "9")


_NUMBER = re.compile(r"\d(?:[\s.\-/()+]{0,3}\d)*")


def numbers(text: str) -> list[str]:
    """The numbers of a text read without their separators: "0476/12.34.56" is "0476123456"."""
    return [ascii_digits(match.group()) for match in _NUMBER.finditer(normalise(text))]


def contains_word(text: str, fragment: str) -> bool:
    """Whether the normalised fragment is in the normalised text, not inside a longer word."""
    return re.search(r"(?<!\w)" + re.escape(fragment) + r"(?!\w)", text) is not None


_AT_WORD = re.compile(r"\s*(?:\(at\)|\[at\]|\{at\}|\bat\b|\bät\b|arobase|apenstaartje|klammeraffe|@)\s*", re.I)


def fragments(entity: dict[str, str]) -> list[str]:
    """The normalised pieces of a value that must not be readable after redaction."""
    value = normalise(entity["value"])
    pieces = [value]
    if entity["type"] == "name":
        pieces += [word for word in re.findall(r"[\w'’-]+", value) if len(word) >= 3 and word not in NAME_PARTICLES]
    if entity["type"] == "email":
        local = _AT_WORD.split(value, maxsplit=1)[0].strip(" .")
        if len(local) >= 3 and local != value:
            pieces.append(local)
    return list(dict.fromkeys(pieces))


def survivors(entity: dict[str, str], kept: str) -> list[str]:
    """What of an entity's value is still readable in the kept text (empty: redacted)."""
    text = normalise(kept)
    found = [piece for piece in fragments(entity) if contains_word(text, piece)]
    digits = ascii_digits(entity["value"])
    if len(digits) >= DIGIT_WINDOW:
        windows = {digits[i:i + DIGIT_WINDOW] for i in range(len(digits) - DIGIT_WINDOW + 1)}
        found += [number for number in numbers(kept) if any(window in number for window in windows)]
    return found


def ideal_redaction(text: str, entities: list[dict[str, str]]) -> str:
    """The text with every entity value replaced by its placeholder: what a perfect engine keeps."""
    for entity in sorted(entities, key=lambda e: -len(e["value"])):
        text = text.replace(entity["value"], f"[{entity['type']}]")
    return collapse_whitespace(text)


def clinic_phone(digits: str) -> bool:
    """Whether digits are one of the clinic's own phones, written in any of the Belgian ways."""
    return any(digits in (prefix + own for prefix in ("0", "32", "0032")) for own in CLINIC_NATIONAL_NUMBERS)


def long_numbers(text: str, at_least: int = 9) -> list[str]:
    """Numbers of ``at_least`` digits or more (separators removed), the clinic's own phones aside."""
    return [number for number in numbers(text) if len(number) >= at_least and not clinic_phone(number)]


_DATE = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"  # 12/03/1985
                   r"|\b\d{4}-\d{2}-\d{2}\b"  # 1985-03-12
                   r"|\b\d{1,2}(?:er|st|nd|rd|th|\.)? [^\W\d_]+ \d{4}\b")  # 12 maart 1985


def unlabelled_personal_data(text: str) -> list[str]:
    """What in a text is personal data by the spec's rules alone, without cues: runs of 9
    digits or more, emails, full dates in an adult's birth year (the clinic's own phones
    and email aside). Used to check the sets: nothing of the kind outside their entities."""
    text = normalise(text)
    found = long_numbers(text)
    found += [email for email in re.findall(r"[^\s(]+@[^\s)]+", text) if email.rstrip(".,;:!?") != CLINIC_EMAIL]
    found += [date for date in _DATE.findall(text) if (birth := birth_date(date)) and birth.year in ADULT_BIRTH_YEARS]
    return found


# --- identifiers made with their checksums -----------------------------------------

def luhn_complete(partial: str) -> str:
    """``partial`` followed by its Luhn check digit (payment cards)."""
    total = 0
    for position, ch in enumerate(reversed(partial)):
        digit = int(ch)
        if position % 2 == 0:  # doubled: the check digit will be to its right
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return partial + str((10 - total % 10) % 10)


def iban_from(country: str, bban: str) -> str:
    """The IBAN of a country's BBAN (ISO 13616: check digits by mod 97-10)."""
    number = int("".join(str(int(ch, 36)) for ch in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


# Bank codes of Belgian accounts (stdnum.be.iban knows them: an unknown one is invalid).
BELGIAN_BANKS = ("000", "001", "063", "068", "083", "091", "096", "103", "132", "143", "310", "363", "523",
                 "645", "652", "735", "750", "751", "850", "890", "973", "979")


def belgian_bban(bank: str, account: str) -> str:
    """A Belgian account (3-digit bank, 7-digit account) with its mod-97 check (97 for 0)."""
    base = bank + account
    return base + f"{int(base) % 97 or 97:02d}"


def french_bban(bank: str, branch: str, account: str) -> str:
    """A French RIB: bank (5), branch (5), account (11 digits) and its key."""
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return f"{bank}{branch}{account}{key:02d}"


def spanish_bban(bank: str, branch: str, account: str) -> str:
    """A Spanish CCC: bank (4), branch (4), two control digits, account (10)."""
    def control(digits: str) -> str:
        weights = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)
        check = 11 - sum(int(d) * w for d, w in zip(digits, weights)) % 11
        return str({11: 0, 10: 1}.get(check, check))
    return bank + branch + control("00" + bank + branch) + control(account) + account


def belgian_national_number(birth: dt.date, serial: int, bis_offset: int = 0) -> str:
    """A Belgian national register number (11 digits): birth date (month + 20 or + 40 for
    a BIS number), a 3-digit serial, and 97 - (number mod 97), with a 2 in front for
    people born in 2000 or later."""
    base = f"{birth.year % 100:02d}{birth.month + bis_offset:02d}{birth.day:02d}{serial:03d}"
    century = "2" if birth.year >= 2000 else ""
    return base + f"{97 - int(century + base) % 97:02d}"


# --- the oracles --------------------------------------------------------------------

ORACLE_REGIONS = ("BE", "FR", "NL", "DE", "LU")
_EMAIL = re.compile(r"[a-z0-9][a-z0-9._%+\-]*@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}")
_DOT_WORD = re.compile(r"\s*(?:\(dot\)|\[dot\]|\(punt\)|\[punt\]|\(point\)|\[point\]|\(punkt\)|\[punkt\]"
                       r"|\bdot\b|\bpunt\b|\bpoint\b|\bpunkt\b)\s*", re.I)


def plain_email(value: str) -> str:
    """An email as written, spaced out or obfuscated ("an punt claes at gmail punt com"), made plain."""
    text = normalise(value)
    text = _AT_WORD.sub("@", text, count=1)
    return _DOT_WORD.sub(".", text).replace(" ", "")


def valid_phone(value: str, regions: Iterable[str] = ORACLE_REGIONS) -> bool:
    """Whether phonenumbers finds a valid number: international, or national in one of ``regions``."""
    import phonenumbers

    text = unicodedata.normalize("NFKC", "".join(ch for ch in value if unicodedata.category(ch) != "Cf"))
    text = text.replace("(0)", "")
    for region in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(text, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def valid_national_number(digits: str) -> bool:
    from stdnum.be import bis, nn

    return nn.is_valid(digits) or bis.is_valid(digits)


MONTHS = {
    **dict.fromkeys(("jan", "januari", "janvier", "january", "januar", "jänner"), 1),
    **dict.fromkeys(("feb", "februari", "février", "fevrier", "february", "februar"), 2),
    **dict.fromkeys(("maart", "mars", "march", "märz", "maerz", "mrt"), 3),
    **dict.fromkeys(("april", "avril", "apr"), 4),
    **dict.fromkeys(("mei", "mai", "may"), 5),
    **dict.fromkeys(("juni", "juin", "june"), 6),
    **dict.fromkeys(("juli", "juillet", "july"), 7),
    **dict.fromkeys(("augustus", "août", "aout", "august", "aug"), 8),
    **dict.fromkeys(("september", "septembre", "sept", "sep"), 9),
    **dict.fromkeys(("oktober", "octobre", "october", "okt", "oct"), 10),
    **dict.fromkeys(("november", "novembre", "nov"), 11),
    **dict.fromkeys(("december", "décembre", "decembre", "dezember", "dec", "dez"), 12),
}


def birth_date(value: str) -> dt.date | None:
    """The date a date-of-birth value is (dd/mm/yyyy and its variants, ISO, month names in
    fr, nl, en, de; two-digit years read as 19xx), or None."""
    text = normalise(value)
    numeric = re.fullmatch(r"(\d{1,2})\s*[./\-]\s*(\d{1,2})\s*[./\-]\s*(\d{2}|\d{4})", text)
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    words = re.fullmatch(r"(?:le |the )?(\d{1,2})(?:er|st|nd|rd|th|\.)?\s+(?:of\s+)?([a-zéûä]+)\.?,?\s+(\d{4})", text)
    english = re.fullmatch(r"([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})", text)
    try:
        if numeric:
            day, month, year = (int(part) for part in numeric.groups())
            return dt.date(year + 1900 if year < 100 else year, month, day)
        if iso:
            return dt.date(*(int(part) for part in iso.groups()))
        if words and words.group(2) in MONTHS:
            return dt.date(int(words.group(3)), MONTHS[words.group(2)], int(words.group(1)))
        if english and english.group(1) in MONTHS:
            return dt.date(int(english.group(3)), MONTHS[english.group(1)], int(english.group(2)))
    except ValueError:
        return None
    return None


def named_by_checksum(digits: str) -> bool:
    """Whether the digits of a number written without letters or + would be named by their
    form or checksum: a Belgian national or BIS number, a card (Luhn), or a phone (from 0:
    valid written nationally in Belgium, France or the Netherlands or a German mobile; from
    00: a valid international number)."""
    if len(digits) == 11 and valid_national_number(digits):
        return True
    if 13 <= len(digits) <= 19:
        from stdnum import luhn

        if luhn.is_valid(digits):
            return True
    if digits.startswith("00"):
        return valid_phone("+" + digits[2:], ())
    if digits.startswith("0"):
        return valid_phone(digits, ("BE", "FR", "NL")) or (digits.startswith("01") and valid_phone(digits, ("DE",)))
    return False


def oracle_problem(entity: dict[str, str]) -> str | None:
    """Why an entity's value is not what its type says (None when the oracles agree)."""
    from stdnum import iban, luhn

    kind, value = entity["type"], entity["value"]
    digits = ascii_digits(value)
    if kind == "email":
        return None if _EMAIL.fullmatch(plain_email(value)) else f"not an email: {plain_email(value)!r}"
    if kind == "phone":
        return None if valid_phone(value) else "phonenumbers: not a valid number"
    if kind == "iban":
        compact = re.sub(r"[^0-9A-Za-z]", "", unicodedata.normalize("NFKC", value)).upper()
        return None if iban.is_valid(compact) else "stdnum.iban: invalid"
    if kind == "national_id":
        return None if valid_national_number(digits) else "stdnum.be.nn/bis: invalid"
    if kind == "card":
        return None if len(digits) in (15, 16) and luhn.is_valid(digits) else "stdnum.luhn: invalid (or not 15-16 digits)"
    if kind == "id_number":
        if not any(len(number) >= 9 for number in numbers(value)):
            return "no run of 9 digits or more"
        return "a checksum names its type" if named_by_checksum(digits) else None
    if kind == "date_of_birth":
        date = birth_date(value)
        if date is None:
            return "not a date"
        return None if date.year in ADULT_BIRTH_YEARS else f"{date.year} is not an adult's birth year"
    if kind in ("name", "address"):
        return None if value.strip() == value and any(ch.isalpha() for ch in value) else "no letters or stray spaces"
    return f"unknown type {kind}"
