"""Field validators, with phonenumbers as the oracle for phone numbers."""

from __future__ import annotations

import random

import phonenumbers
import pytest

from glowgen.diagnostics import Report
from glowgen.model import Phone
from glowgen.schema import INVALID, At, Colour, Context, Hours, link_problem, parse_phone
from glowgen.source import parse_yaml


@pytest.mark.parametrize("written", [
    "+32 476 12 34 56", "0476/12.34.56", "0032 476 12 34 56", "0476123456", "+32 (0)476 12 34 56",
    "+32-476-12-34-56", "04 76 12 34 56",
])
def test_belgian_mobile_in_every_common_form(written):
    phone = parse_phone(written, "BE")
    assert isinstance(phone, Phone) and phone.e164 == "+32476123456"


@pytest.mark.parametrize("written, e164", [
    ("02 555 01 23", "+3225550123"), ("09 123 45 67", "+3291234567"), ("0032 9 123 45 67", "+3291234567"),
    ("+31 20 555 0123", "+31205550123"), ("+33 1 23 45 67 89", "+33123456789"),
    ("+49 30 1234567", "+49301234567"), ("+352 621 123 456", "+352621123456"),
])
def test_landlines_and_neighbours(written, e164):
    assert parse_phone(written, "BE").e164 == e164


@pytest.mark.parametrize("written, why", [
    ("+32 470 12", "digits"), ("+32 0470 12 34 56", "drop it"), ("+32 2 555 01 234", "not a Belgian number"),
    ("call 02 555", "only digits"), ("555 01 23", "country code"), ("+32 2 555 01 23 ext 4", "only digits"),
])
def test_malformed_numbers_say_why(written, why):
    assert why in parse_phone(written, "BE")


def test_agrees_with_phonenumbers_on_belgian_numbers():
    """Numbers phonenumbers calls valid are accepted; impossible lengths are refused."""
    rng = random.Random(7)
    checked = 0
    for _ in range(3000):
        national = str(rng.choice([2, 3, 4, 9, 10, 11, 12, 13, 14, 15, 16, 19, 50, 51, 52, 53, 54, 55, 56, 57, 58,
                                   59, 60, 61, 63, 64, 65, 67, 69, 71, 80, 81, 82, 83, 84, 85, 86, 87, 89,
                                   460, 465, 467, 468, 47, 48, 49]))
        national += "".join(rng.choice("0123456789") for _ in range(rng.randint(5, 9)))
        parsed = phonenumbers.parse("+32" + national)
        ours = parse_phone("+32 " + national, "BE")
        if phonenumbers.is_valid_number(parsed):
            assert isinstance(ours, Phone), national
            checked += 1
        if not phonenumbers.is_possible_number(parsed):
            assert isinstance(ours, str), national
    assert checked > 300


@pytest.mark.parametrize("url, ok", [
    ("https://booking.example.com/a?b=1", True), ("http://booking.example.com", False),
    ("javascript:alert(1)", False), ("JavaScript:alert(1)", False), ("data:text/html,x", False),
    ("https://", False), ("https://a b.example", False), ("www.example.be", False), ("ftp://x.example", False),
    ("https://exa\tmple.com", False),
])
def test_links(url, ok):
    assert (link_problem(url) is None) == ok


def check(validator, yaml_text, key="value"):
    report = Report()
    data = parse_yaml(yaml_text, "t.yaml", report)
    result = validator(data[key], At("", 1).child(key, data), Context("t.yaml", report))
    return result, report


@pytest.mark.parametrize("text, expected", [
    ('value: "#6b3fa0"', "#6b3fa0"), ('value: "#FFF"', "#ffffff"), ("value: '#12ab9C'", "#12ab9c"),
])
def test_colours(text, expected):
    assert check(Colour(), text)[0] == expected


@pytest.mark.parametrize("text", ['value: "6b3fa0"', 'value: "#6b3fa"', "value: red", "value: #6b3fa0"])
def test_bad_colours(text):
    result, report = check(Colour(), text)
    assert result is INVALID and report.errors


def test_hours_forms():
    result, report = check(Hours(), 'value:\n  mon: "9:00-18:00"\n  tue: 09:00 – 12:30\n  wed: [\'09:00-12:00\', "13:00-24:00"]\n'
                                     "  thu: closed\n  fri: '00:00-24:00'\n")
    assert report.errors == []
    assert result == (((540, 1080),), ((540, 750),), ((540, 720), (780, 1440)), (), ((0, 1440),), (), ())
