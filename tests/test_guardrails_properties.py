"""Property tests of redaction, through the shipped engine in mini-racer (hypothesis).

A valid IBAN, Belgian national or BIS number, card number, email or phone, made from
random digits with its checksum and checked by python-stdnum or phonenumbers, embedded
anywhere in random multilingual text, never survives in the kept text nor anywhere in
the answer; and `ask` never throws, whatever the text.
"""

from __future__ import annotations

import datetime as dt
import json
import string

import phonenumbers
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from stdnum import iban as stdnum_iban
from stdnum import luhn

from glowgen.ask import Assistant
from tests.guardrails import (
    BELGIAN_BANKS, NOW, TYPES, belgian_bban, belgian_national_number, french_bban, iban_from, luhn_complete,
    spanish_bban, survivors, valid_national_number,
)

PROPERTY = settings(max_examples=200, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow])

# Words of visitors' questions in fr, nl, en and de, with capitalised names, numbers and punctuation.
VOCABULARY = """
combien coûte le botox pour front ? vous êtes ouverts samedi rdv Juvéderm 1 ml épilation laser
séances 3 merci bonjour à 10h30 le 3 mars Dr Dubois Bruxelles Ixelles 1050 €250 prix
wat kost botox voorhoofd zijn jullie open zaterdag afspraak graag lipfiller Gent Antwerpen
hoeveel sessies CO2 bedankt groetjes om 14u 24 december Dr. Janssens parking aub
how much is a HydraFacial are you open Saturday book appointment Profhilo 20 units please
thanks hi the on at 2:30pm 45 min Brussels price list Sophie Martin
was kostet Fadenlifting haben Sie geöffnet Termin Sitzungen bitte danke Eupen um 17 Uhr
am 5. Mai 10% Preis wie viel mein meine ist is mijn est my
""".split() + ["?", "!", ",", ".", ":", "-", "(", ")", "…", "😊", "«", "»"]
BEFORE = [" ", ": ", " (", ", ", "\n", " - ", " « ", " :", "\t"]
AFTER = [" ", ", ", ". ", "? ", "! ", ") ", "\n", " » ", ""]
PAGE_LANGUAGES = [None, "fr", "nl", "en"]

words = st.lists(st.sampled_from(VOCABULARY), max_size=14).map(" ".join)


def digits(count: int) -> st.SearchStrategy[str]:
    return st.text(alphabet=string.digits, min_size=count, max_size=count)


def spaced_in_groups(compact: str, size: int, separator: str = " ") -> str:
    return separator.join(compact[i:i + size] for i in range(0, len(compact), size))


# --- identifiers ---------------------------------------------------------------------

@st.composite
def ibans(draw) -> str:
    country = draw(st.sampled_from(["BE", "BE", "NL", "FR", "DE", "LU", "ES", "GB", "CH"]))
    if country == "BE":
        bban = belgian_bban(draw(st.sampled_from(BELGIAN_BANKS)), draw(digits(7)))
    elif country == "FR":
        bban = french_bban(draw(digits(5)), draw(digits(5)), draw(digits(11)))
    elif country == "ES":
        bban = spanish_bban(draw(digits(4)), draw(digits(4)), draw(digits(10)))
    else:
        bank = {"NL": st.sampled_from(["ABNA", "INGB", "RABO", "TRIO"]), "GB": st.sampled_from(["NWBK", "BARC"]),
                "DE": digits(8), "LU": digits(3), "CH": digits(5)}[country]
        bban = draw(bank) + draw(digits({"NL": 10, "GB": 14, "DE": 10, "LU": 13, "CH": 12}[country]))
    number = iban_from(country, bban)
    assert stdnum_iban.is_valid(number), number
    form = draw(st.sampled_from(["grouped", "compact", "lower"]))
    return {"grouped": spaced_in_groups(number, 4), "compact": number, "lower": spaced_in_groups(number, 4).lower()}[form]


@st.composite
def national_numbers(draw) -> str:
    birth = draw(st.dates(min_value=dt.date(1930, 1, 1), max_value=dt.date(2007, 12, 31)))
    number = belgian_national_number(birth, draw(st.integers(1, 997)), draw(st.sampled_from([0, 0, 20, 40])))
    assert valid_national_number(number), number
    form = draw(st.sampled_from(["official", "compact", "dashes", "spaces"]))
    return {
        "official": f"{number[0:2]}.{number[2:4]}.{number[4:6]}-{number[6:9]}.{number[9:]}",
        "compact": number,
        "dashes": f"{number[:6]}-{number[6:9]}-{number[9:]}",
        "spaces": f"{number[:2]} {number[2:4]} {number[4:6]} {number[6:9]} {number[9:]}",
    }[form]


@st.composite
def cards(draw) -> str:
    start = draw(st.sampled_from(["4", "51", "53", "55", "2221", "2720", "34", "37"]))
    length = 15 if start in ("34", "37") else 16
    number = luhn_complete(start + draw(digits(length - 1 - len(start))))
    assert luhn.is_valid(number), number
    sizes = (4, 6, 5) if length == 15 else (4, 4, 4, 4)
    groups, position = [], 0
    for size in sizes:
        groups.append(number[position:position + size])
        position += size
    return draw(st.sampled_from([" ".join(groups), number, "-".join(groups)]))


@st.composite
def emails(draw) -> str:
    local = draw(st.from_regex(r"[a-z][a-z0-9]{1,9}([._\-][a-z][a-z0-9]{0,8})?", fullmatch=True))
    domain = draw(st.sampled_from(["gmail.com", "telenet.be", "skynet.be", "hotmail.fr", "gmx.de", "outlook.com"])
                  | st.from_regex(r"[a-z]{3,10}\.(be|com|fr|nl|de|lu|eu)", fullmatch=True))
    email = f"{local}@{domain}"
    return email.capitalize() if draw(st.booleans()) else email


# Mobile prefixes (after the country code) and national significant number lengths.
MOBILES = {"BE": (["470", "472", "475", "476", "477", "478", "479", "484", "485", "486", "487", "488", "489",
                   "491", "492", "493", "494", "495", "496", "497", "498", "499"], 9),
           "FR": (["6", "7"], 9), "NL": (["6"], 9), "DE": (["151", "160", "170", "171", "176"], 11),
           "LU": (["621", "628", "661", "691"], 9)}


@st.composite
def phones(draw) -> str:
    region = draw(st.sampled_from(["BE", "BE", "BE", "FR", "NL", "DE", "LU"]))
    prefixes, length = MOBILES[region]
    prefix = draw(st.sampled_from(prefixes))
    number = phonenumbers.parse(f"+{phonenumbers.country_code_for_region(region)}{prefix}{draw(digits(length - len(prefix)))}")
    assume(phonenumbers.is_valid_number(number))
    if region == "BE":
        nsn = phonenumbers.national_significant_number(number)
        return draw(st.sampled_from([
            f"0{nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}", f"0{nsn[:3]}/{nsn[3:5]}.{nsn[5:7]}.{nsn[7:]}", f"0{nsn}",
            f"+32 {nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}", f"+32{nsn}", f"0032 {nsn[:3]} {nsn[3:]}",
        ]))
    form = draw(st.sampled_from([phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.E164]))
    return phonenumbers.format_number(number, form)


IDENTIFIERS = {"iban": ibans(), "national_id": national_numbers(), "card": cards(), "email": emails(), "phone": phones()}


@st.composite
def embedded(draw, kind: str) -> tuple[str, str]:
    """Random multilingual words with an identifier of ``kind`` somewhere among them: (text, identifier)."""
    value = draw(IDENTIFIERS[kind])
    text = draw(words) + draw(st.sampled_from(BEFORE)) + value + draw(st.sampled_from(AFTER)) + draw(words)
    return text, value


# --- the properties ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def assistant(example_build):
    return Assistant(example_build)


def assert_redacted(assistant: Assistant, kind: str, text: str, value: str, page: str | None) -> None:
    """The identifier is gone from the kept text (beyond what its placeholder would leave)
    and from the whole answer, and a redaction is listed."""
    answer = assistant.ask(text, page, NOW)
    entity = {"type": kind, "value": value}
    baseline = survivors(entity, text.replace(value, f"[{kind}]"))  # numbers of the words around it
    left = [piece for piece in survivors(entity, answer["text"]) if piece not in baseline]
    assert not left, f"{kind} {value!r} survives ({left}) in {answer['text']!r}"
    assert value not in json.dumps(answer, ensure_ascii=False), f"{value!r} in the answer {answer}"
    assert answer["redactions"], f"nothing listed as redacted for {text!r}"


@pytest.mark.parametrize("kind", sorted(IDENTIFIERS))
@PROPERTY
@given(data=st.data(), page=st.sampled_from(PAGE_LANGUAGES))
def test_an_identifier_anywhere_in_random_text_is_redacted(assistant, kind, data, page):
    text, value = data.draw(embedded(kind), label="text, identifier")
    assert_redacted(assistant, kind, text, value, page)


printable_or_not = st.characters(exclude_categories=("Cs",))  # any code point a JS string holds whole


@PROPERTY
@given(text=st.text(alphabet=printable_or_not, max_size=400), page=st.sampled_from(PAGE_LANGUAGES))
def test_ask_never_throws_on_any_text(assistant, text, page):
    answer = assistant.ask(text, page, NOW)
    assert isinstance(answer["text"], str)
    assert isinstance(answer["redactions"], list) and set(answer["redactions"]) <= set(TYPES)


@settings(PROPERTY, max_examples=25)
@given(piece=st.text(alphabet=printable_or_not, min_size=1, max_size=300), times=st.integers(5, 40),
       value=st.one_of(*IDENTIFIERS.values()))
def test_ask_never_throws_on_long_text_full_of_identifiers(assistant, piece, times, value):
    """A few KB of random text with identifiers repeated in it: an answer, in reasonable time."""
    text = (piece + " " + value + " ") * times
    answer = assistant.ask(text, None, NOW)
    assert isinstance(answer["text"], str) and value not in answer["text"]
