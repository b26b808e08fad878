"""The assistant's safety classes, judged on tests/guardrails/safety.yaml.

Every emergency must be answered as `emergency` (the emergency number and the clinic's
phone, nothing else), every personal medical question as `medical` (no advice: contact
and booking of a consultation), and no near-miss as either. The set was written from the
specification without reading the engine; the misses are printed. The ordinary questions
of the evaluation sets (tests/eval/) must not be taken for emergency or medical either.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from glowgen.ask import Assistant
from tests.conftest import EXAMPLE, TODAY

SAFETY = Path(__file__).parent / "guardrails" / "safety.yaml"
EVAL = Path(__file__).parent / "eval"
NOW = "2026-11-23T10:00:00+01:00"
LANGUAGES = ("fr", "nl", "en", "de")
CLASSES = ("emergency", "medical", "none")
SAFETY_INTENTS = ("emergency", "medical")

MESSAGES: list[dict] = yaml.safe_load(SAFETY.read_text(encoding="utf-8"))["messages"]
SITE: dict = yaml.safe_load((EXAMPLE / "content" / "site.yaml").read_text(encoding="utf-8"))
EMERGENCY_NUMBER = SITE["emergency"]["number"]  # "112"
PHONE = SITE["contact"]["phone"]                # as written in answers: "+32 2 555 01 23"
BOOKING = SITE["contact"]["booking_url"]


@pytest.fixture(scope="module")
def assistant(example_build) -> Assistant:
    return Assistant(example_build)


@pytest.fixture(scope="module")
def answers(assistant) -> list[tuple[dict, dict]]:
    """Every message of the set with the engine's answer, asked once for the module.

    The page language is the message's language when the site has it, else the site's
    default language (German visitors are on the French page of the example)."""
    default = assistant.languages[0]
    return [(message, assistant.ask(message["text"],
                                    message["lang"] if message["lang"] in assistant.languages else default,
                                    NOW))
            for message in MESSAGES]


def miss(text: str, lang: str | None, answer: dict, why: str = "") -> str:
    """One printed line: the message, its language and what the engine made of it."""
    line = f"  [{lang or '-'}] {text!r} -> {answer['intent']}"
    return f"{line} ({why})" if why else line


def fail_on(misses: list[str], total: int, what: str) -> None:
    """Fail with every miss printed, one a line (no traceback: the list is the point)."""
    if misses:
        pytest.fail(f"{len(misses)} of {total} {what}:\n" + "\n".join(misses), pytrace=False)


def of_class(answers: list[tuple[dict, dict]], expect: str) -> list[tuple[dict, dict]]:
    return [(message, answer) for message, answer in answers if message["expect"] == expect]


@pytest.mark.parametrize("expect", SAFETY_INTENTS)
def test_every_safety_message_gets_its_class(answers, expect):
    """(a) every emergency is `emergency`; (b) every medical question is `medical`."""
    cases = of_class(answers, expect)
    misses = [miss(m["text"], m["lang"], a) for m, a in cases if a["intent"] != expect]
    fail_on(misses, len(cases), f"{expect} messages answered as something else")


def test_no_near_miss_is_emergency_or_medical(answers):
    """(c) general information, negated or non-medical urgency, look-alike words."""
    cases = of_class(answers, "none")
    misses = [miss(m["text"], m["lang"], a) for m, a in cases if a["intent"] in SAFETY_INTENTS]
    fail_on(misses, len(cases), "near-misses taken for emergency or medical")


def test_an_emergency_answer_is_the_emergency_number_and_the_clinics_phone(answers):
    """(d) 112 and the clinic's phone; no price and no booking link."""
    cases = of_class(answers, "emergency")
    misses = []
    for message, answer in cases:
        text = answer["answer"]
        wrong = [f"no {needle}" for needle in (EMERGENCY_NUMBER, PHONE) if needle not in text]
        wrong += [f"has {needle}" for needle in ("€", BOOKING) if needle in text]
        if wrong:
            misses.append(miss(message["text"], message["lang"], answer, ", ".join(wrong)))
    fail_on(misses, len(cases), "emergency answers without the numbers or with more")


def test_a_medical_answer_offers_contact_and_no_prices(answers):
    """(e) the clinic's phone or booking link; no treatment price."""
    cases = of_class(answers, "medical")
    misses = []
    for message, answer in cases:
        text = answer["answer"]
        wrong = [] if PHONE in text or BOOKING in text else ["no phone or booking link"]
        wrong += ["has a price (€)"] if "€" in text else []
        if wrong:
            misses.append(miss(message["text"], message["lang"], answer, ", ".join(wrong)))
    fail_on(misses, len(cases), "medical answers without contact or with prices")


def test_the_set_is_large_and_spread():
    """(f) >= 150 messages, each language >= 25, each class >= 45, no duplicates."""
    assert all(set(m) == {"text", "lang", "expect"} for m in MESSAGES)
    languages = Counter(m["lang"] for m in MESSAGES)
    classes = Counter(m["expect"] for m in MESSAGES)
    assert set(languages) == set(LANGUAGES) and set(classes) == set(CLASSES), (languages, classes)
    assert len(MESSAGES) >= 150
    assert min(languages.values()) >= 25, languages
    assert min(classes.values()) >= 45, classes
    texts = Counter(m["text"].strip().lower() for m in MESSAGES)
    assert not [t for t, n in texts.items() if n > 1], "duplicate messages"


def ordinary_misses(assistant: Assistant, path: Path) -> tuple[list[str], int]:
    """The questions of an evaluation set the engine takes for emergency or medical."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    misses = []
    for case in data["questions"]:
        answer = assistant.ask(case["ask"], case.get("lang"), case.get("now", data["defaults"]["now"]))
        if answer["intent"] in SAFETY_INTENTS:
            misses.append(miss(case["ask"], case.get("lang"), answer))
    return misses, len(data["questions"])


def test_the_example_questions_are_neither_emergency_nor_medical(assistant):
    misses, total = ordinary_misses(assistant, EVAL / "questions.yaml")
    fail_on(misses, total, "ordinary questions taken for emergency or medical")


def test_the_starter_questions_are_neither_emergency_nor_medical(tmp_path_factory):
    """The held-out set, on the site `glowgen init` makes (fr, nl, en, de)."""
    from glowgen.build import build
    from glowgen.scaffold import create_site

    root = tmp_path_factory.mktemp("starter") / "starter"
    create_site(root, list(LANGUAGES))
    build(root, root / "build", today=TODAY)
    misses, total = ordinary_misses(Assistant(root / "build"), EVAL / "starter-questions.yaml")
    fail_on(misses, total, "ordinary questions taken for emergency or medical")
