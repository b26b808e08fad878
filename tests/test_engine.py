"""The engine's public behaviour, through the very file the build ships, in embedded V8.

One V8 context per module holds the engine of the example build and engines for the
example clinic (fr, nl, en) and for a small generated site (en, fr). Unit tests cover the
analysis (fold, words, stemming, stop words), matching beyond exact words (typing,
typos, aliases, the glossary, words of another language), choosing the answer's
language, the intents, prices and times in answers, multi-part questions, the answer's
shape, the index format check and purity; Hypothesis checks that ``ask`` never throws
and always answers in the documented shape, and that analysis only yields [a-z0-9]
words, on arbitrary Unicode.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import textwrap
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glowgen.ask import Assistant
from glowgen.build import build
from tests.conftest import MINIMAL_SITE, TODAY

NOW = "2026-11-23T10:00:00+01:00"  # a Monday, open 09:00-18:00 at the example clinic
INTENTS = {"emergency", "medical", "hours", "location", "contact", "booking", "price", "treatment", "faq",
           "team", "greeting", "thanks", "fallback"}
REDACTIONS = {"email", "phone", "iban", "national_id", "card", "date_of_birth", "address", "name", "id_number"}
FIELDS = ("text", "lang", "redactions", "intent", "ref", "open_now", "answer", "alternatives")
REF = re.compile(r"(treatments|faq|team|pages)/[a-z0-9-]+")

HOST = """
globalThis.__E = {};
globalThis.__data = {};
globalThis.__load = (key, text) => { __data[key] = text; __E[key] = GlowEngine.createEngine(JSON.parse(text)); return key; };
globalThis.__ask = (key, text, options) => JSON.stringify(__E[key].ask(text, options));
globalThis.__status = (key, now) => JSON.stringify(__E[key].status(now));
globalThis.__refs = (key) => JSON.stringify(__E[key].docs.map((d) => d.ref));
globalThis.__analyze = (text, lang) => JSON.stringify(GlowEngine.analyze(text, lang));
globalThis.__words = (text) => JSON.stringify(GlowEngine.words(text));
globalThis.__error = (f) => { try { f(); return null; } catch (e) { return e.name + ": " + e.message; } };
"""


class Engines:
    """The engines in one V8 context, keyed "en", "fr", "nl" (example) and "min/en", "min/fr"."""

    def __init__(self, ctx: Any) -> None:
        self.v8 = ctx
        self.refs: dict[str, set[str]] = {}

    def load(self, key: str, text: str) -> None:
        self.v8.call("__load", key, text)
        self.refs[key] = set(json.loads(self.v8.call("__refs", key)))

    def ask(self, key: str, text: str, now: Any = NOW, typing: bool = False) -> dict[str, Any]:
        return json.loads(self.v8.call("__ask", key, text, {"now": now, "typing": typing}))

    def js(self, code: str) -> Any:
        return self.v8.eval(code)

    def call(self, name: str, *args: Any) -> Any:
        return json.loads(self.v8.call(name, *args))


def _load_build(engines: Engines, out: Path, prefix: str) -> None:
    entry = json.loads((out / "assistant" / "glowgen-assistant.json").read_text(encoding="utf-8"))
    for lang, file in entry["indexes"].items():
        engines.load(prefix + lang, (out / "assistant" / file).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def engines(example_build: Path, tmp_path_factory: pytest.TempPathFactory) -> Engines:
    from py_mini_racer import MiniRacer

    entry = json.loads((example_build / "assistant" / "glowgen-assistant.json").read_text(encoding="utf-8"))
    ctx = MiniRacer()
    ctx.eval((example_build / "assistant" / entry["engine"]).read_text(encoding="utf-8"))
    ctx.eval(HOST)
    found = Engines(ctx)
    _load_build(found, example_build, "")
    # the minimal site of conftest (no team, no booking link, an FAQ "Where can I park?")
    root = tmp_path_factory.mktemp("engine-sites") / "minimal"
    for path, text in MINIMAL_SITE.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(textwrap.dedent(text), encoding="utf-8")
    build(root, root / "build", today=TODAY)
    _load_build(found, root / "build", "min/")
    return found


def analyze(engines: Engines, text: str, lang: str) -> list[str]:
    return engines.call("__analyze", text, lang)


# --- analysis ---------------------------------------------------------------------








@pytest.mark.parametrize("key,question,ref", [
    ("en", "botxo", "treatments/botox"),  # 5 letters, one transposition
    ("en", "botx", "treatments/botox"),  # 4 letters, one edit
    ("en", "microneedeling", "treatments/microneedling"),
    ("en", "hyalluronnic", "treatments/hyaluronic-filler"),  # 12 letters, two edits
    ("en", "consulltattion", "treatments/consultation"),
    ("en", "thread lfit", "treatments/thread-lift"),
    ("nl", "laseronthaaring", "treatments/laser-hair-removal"),
    ("nl", "hyaluronzuuur", "treatments/hyaluronic-filler"),  # two edits
    ("fr", "microneedlng", "treatments/microneedling"),
    ("en", "how much is botxo?", "treatments/botox"),
])
def test_typos_are_tolerated(engines, key, question, ref):
    assert engines.ask(key, question)["ref"] == ref


@pytest.mark.parametrize("key,question,ref", [
    ("en", "microneedlign", "treatments/microneedling"),  # one transposition
    ("en", "mircroneedlingg", "treatments/microneedling"),  # two insertions, 15 letters
])
def test_typos_in_a_word_ending_are_tolerated(engines, key, question, ref):
    assert engines.ask(key, question)["ref"] == ref


@pytest.mark.parametrize("key,question", [
    ("en", "prx"),  # three letters: no typo allowed
    ("en", "bottoxx"),  # seven letters, two edits: only one allowed
    ("en", "bxtxx"),
])
def test_typo_tolerance_has_limits(engines, key, question):
    assert engines.ask(key, question)["intent"] == "fallback"


@pytest.mark.parametrize("key,question,ref", [
    ("en", "hydrafacial", "treatments/deep-cleansing-facial"),
    ("fr", "Botox", "treatments/botox"),
    ("en", "vampire lift", "treatments/prp"),
    ("min/en", "peeling", "treatments/peel"),
])
def test_aliases_find_their_treatment(engines, key, question, ref):
    assert engines.ask(key, question)["ref"] == ref


# Glossary phrases, asked as `glowgen ask` does: the engine chooses the answer's language
# from the question and the page, then searches that language's index.
GLOSSARY = [
    ("botulinetoxine", "nl", "treatments/botox"),
    ("anti-rimpel injecties", "nl", "treatments/botox"),
    ("kraaienpootjes", "nl", "treatments/botox"),
    ("pattes d'oie", "fr", "treatments/botox"),
    ("injections anti-rides", "fr", "treatments/botox"),
    ("anti-wrinkle injections", "en", "treatments/botox"),
    ("crow's feet", "en", "treatments/botox"),
    ("Faltenbehandlung", "fr", "treatments/botox"),  # German, a language the site does not have
    ("Lippen aufspritzen", "fr", "treatments/lip-filler"),
    ("fettwegspritze", "fr", "treatments/fat-dissolving"),
    ("Was kostet eine Faltenbehandlung?", "en", "treatments/botox"),  # clearly German: the default language
    ("lippen opvullen", "nl", "treatments/lip-filler"),
    ("vampire facial", "en", "treatments/prp"),
]


@pytest.fixture(scope="module")
def assistant(example_build: Path) -> Assistant:
    return Assistant(example_build)


@pytest.mark.parametrize("question,page,ref", GLOSSARY, ids=[f"{q}-{p}" for q, p, _ in GLOSSARY])
def test_the_glossary_finds_the_treatment_whatever_its_name(assistant, question, page, ref):
    answer = assistant.ask(question, page, NOW)
    assert answer["ref"] == ref
    assert answer["intent"] in ("treatment", "price")


@pytest.mark.parametrize("question,page,ref", [
    ("Faltenbehandlung", "en", "treatments/botox"),
    ("Lippen aufspritzen", "nl", "treatments/lip-filler"),
    ("botulinetoxine", "en", "treatments/botox"),
    ("lippen opvullen", "en", "treatments/lip-filler"),
])
def test_the_glossary_finds_the_treatment_from_any_page(assistant, question, page, ref):
    assert assistant.ask(question, page, NOW)["ref"] == ref


@pytest.mark.parametrize("key,question,ref", [
    ("en", "lippen", "treatments/lip-filler"),  # Dutch plural on the English page
    ("fr", "injecties botox", "treatments/botox"),  # Dutch word on the French page
    ("en", "épilation laser", "treatments/laser-hair-removal"),  # French words on the English page
])
def test_words_of_another_language_match(engines, key, question, ref):
    assert engines.ask(key, question)["ref"] == ref


# --- the answer's language -------------------------------------------------------


@pytest.mark.parametrize("text,lang", [
    ("Combien coûte le botox ?", "fr"),
    ("Où se trouve la clinique ?", "fr"),
    ("hoeveel kost botox", "nl"),
    ("waar kan ik parkeren?", "nl"),
    ("how much is botox", "en"),
    ("Are you open on Sunday?", "en"),
    ("Was kostet Botox?", "de"),
    ("Wann haben Sie geöffnet?", "de"),
])
def test_detect_language(engines, text, lang):
    found = engines.v8.call("GlowEngine.detectLanguage", text)
    assert found["lang"] == lang
    assert 0 < found["confidence"] <= 1


def test_detect_language_without_clues(engines):
    assert engines.v8.call("GlowEngine.detectLanguage", "botox 😀")["lang"] is None
    assert engines.v8.call("GlowEngine.detectLanguage", "")["confidence"] == 0


SITE_LANGUAGES = ["fr", "nl", "en"]


@pytest.mark.parametrize("text,page,lang", [
    # the question's language, when the site has it and the question is clear
    ("Combien coûte le botox ?", "en", "fr"),
    ("hoeveel kost botox", "fr", "nl"),
    ("how much is botox", "nl", "en"),
    ("ik wil een afspraak maken", None, "nl"),
    # clearly a language the site does not have: the default (README, "The assistant")
    ("Was kostet Botox?", "en", "fr"),
    ("Wie viel kostet eine Faltenbehandlung?", "nl", "fr"),
    # no clear language: the page's
    ("botox", "nl", "nl"),
    ("botox", "en", "en"),
    ("123", "en", "en"),
    # no page (or a page in a language the site does not have): the default
    ("botox", None, "fr"),
    ("Was kostet Botox?", None, "fr"),
    ("botox", "de", "fr"),
])
def test_choose_language(engines, text, page, lang):
    assert engines.v8.call("GlowEngine.chooseLanguage", text, SITE_LANGUAGES, page) == lang


def test_german_questions_are_answered_in_german_on_a_german_site(engines):
    assert engines.v8.call("GlowEngine.chooseLanguage", "Was kostet Botox?", ["fr", "de"], "fr") == "de"


@pytest.mark.parametrize("question,page,lang,ref", [
    ("hoeveel kost botox?", "en", "nl", "treatments/botox"),
    ("Combien coûte le botox ?", "nl", "fr", "treatments/botox"),
    ("how much is botox?", "fr", "en", "treatments/botox"),
    ("Was kostet Botox?", "nl", "fr", "treatments/botox"),
    ("Wie viel kostet eine Faltenbehandlung?", "en", "fr", "treatments/botox"),
])
def test_glowgen_ask_answers_in_the_question_language(assistant, question, page, lang, ref):
    answer = assistant.ask(question, page, NOW)
    assert (answer["lang"], answer["intent"], answer["ref"]) == (lang, "price", ref)


# --- intents ------------------------------------------------------------------------

TYPICAL = [
    # key, question, intent, ref (None: no document; ... : any)
    ("en", "are you open now?", "hours", None),
    ("fr", "Quels sont vos horaires ?", "hours", None),
    ("nl", "Wanneer zijn jullie open?", "hours", None),
    ("en", "Are you open on Saturday?", "hours", None),
    ("en", "What is your address?", "location", None),
    ("fr", "Où se trouve la clinique ?", "location", None),
    ("nl", "Hoe geraak ik er met de tram?", "location", None),
    ("en", "What is your phone number?", "contact", None),
    ("fr", "Quel est votre numéro de téléphone ?", "contact", None),
    ("nl", "Wat is jullie e-mailadres?", "contact", None),
    ("en", "I want to book an appointment", "booking", None),
    ("fr", "Je voudrais prendre rendez-vous", "booking", None),
    ("nl", "Ik wil een afspraak maken", "booking", None),
    ("en", "How much is botox?", "price", "treatments/botox"),
    ("fr", "Combien coûte le peeling chimique ?", "price", "treatments/chemical-peel"),
    ("nl", "Wat kost laserontharing?", "price", "treatments/laser-hair-removal"),
    ("en", "What are your prices?", "price", None),
    ("en", "What is microneedling?", "treatment", "treatments/microneedling"),
    ("fr", "Le PRP, c'est quoi ?", "treatment", "treatments/prp"),
    ("nl", "skinbooster", "treatment", "treatments/skin-booster"),
    ("en", "Which payment methods do you accept?", "faq", "faq/payment"),
    ("fr", "Avez-vous des bons cadeaux ?", "faq", "faq/gift-vouchers"),
    ("nl", "Is de kliniek toegankelijk met een rolstoel?", "faq", "faq/wheelchair-access"),
    ("en", "Who is Claire Dubois?", "team", "team/claire-dubois"),
    ("fr", "Qui est le docteur Janssens ?", "team", "team/pieter-janssens"),
    ("en", "Who is on your team?", "team", ...),
    ("en", "hello", "greeting", None),
    ("fr", "bonjour", "greeting", None),
    ("nl", "goedemorgen", "greeting", None),
    ("en", "thank you", "thanks", None),
    ("fr", "merci beaucoup", "thanks", None),
    ("nl", "bedankt", "thanks", None),
    ("en", "qwertzuiop asdfgh", "fallback", None),
    ("en", "", "fallback", None),
    ("fr", "???", "fallback", None),
    ("min/en", "how much is a peel?", "price", "treatments/peel"),
    ("min/fr", "combien coûte un peeling ?", "price", "treatments/peel"),
    ("min/en", "how do I book?", "booking", None),
    ("min/en", "opening hours", "hours", None),
]

SAFETY = [
    ("en", "I can't breathe after my filler", "emergency"),
    ("en", "my skin is turning white after the filler injection", "emergency"),
    ("fr", "urgence, mon visage gonfle beaucoup", "emergency"),
    ("nl", "spoed, ik heb pijn op de borst", "emergency"),
    ("en", "I am pregnant, can I still get botox?", "medical"),
    ("en", "I have a rash after my peel, what should I do?", "medical"),
    ("nl", "Ik neem bloedverdunners, mag ik een filler?", "medical"),
]


def check_shape(engines: Engines, key: str, answer: dict[str, Any]) -> None:
    """The answer object of DESIGN.md ("The engine's answer"), with the right types."""
    assert set(FIELDS) <= set(answer), set(FIELDS) - set(answer)
    assert isinstance(answer["text"], str)
    assert answer["lang"] == key.split("/")[-1]
    assert isinstance(answer["redactions"], list) and set(answer["redactions"]) <= REDACTIONS
    assert answer["intent"] in INTENTS
    assert answer["ref"] is None or (REF.fullmatch(answer["ref"]) and answer["ref"] in engines.refs[key])
    if answer["intent"] == "hours":
        assert isinstance(answer["open_now"], bool)
    else:
        assert answer["open_now"] is None
    assert isinstance(answer["answer"], str) and answer["answer"].strip()
    assert isinstance(answer["alternatives"], list)
    assert all(isinstance(ref, str) and ref in engines.refs[key] for ref in answer["alternatives"])
    assert answer["ref"] not in answer["alternatives"]
    assert answer.get("followup") is None or isinstance(answer["followup"], str)


@pytest.mark.parametrize("key,question,intent,ref", TYPICAL, ids=[f"{k}-{q}" for k, q, *_ in TYPICAL])
def test_typical_questions_have_their_intent_and_shape(engines, key, question, intent, ref):
    answer = engines.ask(key, question)
    assert answer["intent"] == intent, answer["answer"]
    if ref is not ...:
        assert answer["ref"] == ref
    check_shape(engines, key, answer)


def test_every_intent_but_safety_is_covered():
    assert {intent for _, _, intent, _ in TYPICAL} | {intent for *_, intent in SAFETY} == INTENTS


@pytest.mark.parametrize("key,question,intent", SAFETY, ids=[q for _, q, _ in SAFETY])
def test_safety_questions_are_emergency_or_medical(engines, key, question, intent):
    answer = engines.ask(key, question)
    check_shape(engines, key, answer)
    assert answer["intent"] == intent


@pytest.mark.parametrize("question,kind,secret", [
    ("my email is jan@example.be", "email", "jan@example.be"),
    ("call me on +32 470 12 34 56", "phone", "470 12 34 56"),
    ("mijn IBAN is BE68 5390 0754 7034", "iban", "5390 0754 7034"),
])
def test_personal_data_is_redacted(engines, question, kind, secret):
    answer = engines.ask("en", question)
    assert kind in answer["redactions"]
    assert secret not in answer["text"]


def test_redaction_comes_before_the_answer_and_safety_before_the_search(engines):
    """Personal data is out of the text the answer is looked up with, and an emergency is
    answered with the numbers whatever else the message asks."""
    answer = engines.ask("en", "how much is botox? I am jan@example.be")
    assert answer["redactions"] == ["email"]
    assert "jan@example.be" not in json.dumps(answer)
    assert (answer["intent"], answer["ref"]) == ("price", "treatments/botox")
    assert answer["text"] == "how much is botox? I am [email]"
    emergency = engines.ask("en", "I cannot breathe, how much is botox?")
    assert (emergency["intent"], emergency["ref"], emergency["alternatives"]) == ("emergency", None, [])
    assert "112" in emergency["answer"] and "€" not in emergency["answer"]
    check_shape(engines, "en", emergency)


# --- what answers say ---------------------------------------------------------------


def spaced(text: str) -> str:
    """Non-breaking spaces (which prices rightly use) as plain ones."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")



@pytest.mark.parametrize("key,question,price", [
    ("fr", "Combien coûte le botox ?", "de 250 € à 450 €"),
    ("en", "How much is botox?", "250 € to 450 €"),
    ("nl", "Hoeveel kost botox?", "€ 250 tot € 450"),
    ("fr", "prix de la consultation", "75 €"),
    ("en", "price of a consultation", "75 €"),
    ("nl", "prijs van een consultatie", "€ 75"),
    ("min/en", "how much is a peel?", "from 100 €"),
    ("min/fr", "prix du peeling", "à partir de 100 €"),
])
def test_prices_are_written_for_the_locale(engines, key, question, price):
    answer = engines.ask(key, question)
    assert answer["intent"] == "price"
    text = spaced(answer["answer"])
    assert price in text
    if key.endswith("nl"):
        assert not re.search(r"\d ?€", text)
    else:
        assert not re.search(r"€ ?\d", text)


@pytest.mark.parametrize("key,question", [("fr", "prix"), ("nl", "prijzen"), ("en", "prices")])
def test_the_price_list_is_written_for_the_locale(engines, key, question):
    answer = engines.ask(key, question)
    assert (answer["intent"], answer["ref"]) == ("price", None)
    amounts = re.findall(r"€ \d+|\d+ €", spaced(answer["answer"]))
    assert len(amounts) >= 5
    assert all(a.startswith("€") == (key == "nl") for a in amounts)


@pytest.mark.parametrize("key,question,now,times", [
    ("en", "opening hours", NOW, ["18:00", "09:00–12:30, 13:30–18:00", "11:00–20:00"]),
    ("fr", "horaires", NOW, ["18:00", "09:00–12:30, 13:30–18:00", "11:00–20:00"]),
    ("nl", "openingsuren", NOW, ["18:00", "09:00–12:30, 13:30–18:00", "11:00–20:00"]),
    ("en", "are you open now?", "2026-11-26T19:30:00+01:00", ["20:00"]),
    ("en", "are you open now?", "2026-11-26T21:30:00+01:00", ["09:00"]),
    ("en", "are you open now?", "2026-11-28T13:30:00+01:00", ["09:00"]),
    ("en", "are you open on thursday?", NOW, ["11:00–20:00"]),
])
def test_times_are_on_the_24_hour_clock(engines, key, question, now, times):
    answer = engines.ask(key, question, now)
    assert answer["intent"] == "hours"
    for time in times:
        assert time in answer["answer"]
    assert not re.search(r"\d\s*(am|pm|a\.m\.|p\.m\.)\b", answer["answer"], re.I)
    assert all(int(h) <= 24 for h in re.findall(r"\b(\d\d):\d\d\b", answer["answer"]))


@pytest.mark.parametrize("key,question,intent,ref,followup", [
    ("en", "how much is botox and are you open saturday?", "price", "treatments/botox", "are you open saturday?"),
    ("en", "how much is botox? where are you?", "price", "treatments/botox", "where are you?"),
    ("en", "where are you; how much is botox", "location", None, "how much is botox"),
    ("fr", "combien coûte le botox et êtes-vous ouverts samedi ?", "price", "treatments/botox",
     "êtes-vous ouverts samedi ?"),
    ("nl", "hoeveel kost botox en wanneer zijn jullie open?", "price", "treatments/botox",
     "wanneer zijn jullie open?"),
])
def test_a_multi_part_question_answers_the_first_part(engines, key, question, intent, ref, followup):
    answer = engines.ask(key, question)
    assert (answer["intent"], answer["ref"]) == (intent, ref)
    assert answer["followup"] == followup
    assert followup.rstrip("?") in answer["answer"]
    single = engines.ask(key, re.split(r"\?\s|;| and | et | en ", question)[0])
    assert answer["answer"].startswith(single["answer"])


@pytest.mark.parametrize("key,question", [
    ("en", "how much is botox?"),
    ("en", "botox and fillers"),  # "and" between names is one question
    ("fr", "botox et acide hyaluronique"),
    ("en", "are you open?"),
])
def test_a_single_question_has_no_followup(engines, key, question):
    assert engines.ask(key, question)["followup"] is None


def test_a_question_is_kept_as_written_apart_from_spaces(engines):
    answer = engines.ask("en", "  how\u00a0much   is\tbotox\u200b?  ")
    assert answer["text"] == "how much is botox?"
    assert engines.ask("fr", "Cafe\u0301 ?")["text"] == "Café ?"  # NFC


# --- the answers that came out wrong --------------------------------------------------


@pytest.mark.parametrize("key,question,wrong", [
    ("en", "are you open tomorrow?", "On tomorrow"),
    ("fr", "êtes-vous ouverts demain ?", "Le demain"),
    ("nl", "zijn jullie morgen open?", "Op morgen"),
])
def test_hours_for_tomorrow_read_well(engines, key, question, wrong):
    answer = engines.ask(key, question)
    assert answer["intent"] == "hours"
    assert wrong not in answer["answer"]


def test_a_date_with_its_weekday_is_that_date(engines):
    answer = engines.ask("en", "are you open on monday 28 december?")
    assert answer["intent"] == "hours"
    assert "closed" in answer["answer"].split("We are open now, until 18:00.")[-1]


def test_a_date_alone_is_that_date(engines):
    answer = engines.ask("en", "are you open on 28 december?")
    assert "28 December we are closed" in answer["answer"]


def test_tell_me_about_a_treatment_is_that_treatment(engines):
    answer = engines.ask("en", "Tell me about microneedling")
    assert answer["ref"] == "treatments/microneedling", answer["answer"]


def test_a_team_question_on_a_site_without_a_team_is_not_an_empty_list(engines):
    answer = engines.ask("min/en", "who is the doctor?")
    assert not re.search(r":\s*\.", answer["answer"]), answer["answer"]


def test_a_question_that_is_an_faq_gets_the_faq(engines):
    answer = engines.ask("min/en", "Where can I park?")
    assert answer["ref"] == "faq/parking", answer["answer"]


# --- the index format -------------------------------------------------------------


@pytest.mark.parametrize("change", ["d.format = 2", "d.format = 0", "delete d.format", "d.format = '1'"])
def test_an_index_of_another_format_is_refused_with_a_rebuild_message(engines, change):
    message = engines.js(f"__error(() => {{ const d = JSON.parse(__data.en); {change}; GlowEngine.createEngine(d); }})")
    assert message is not None and message.startswith("Error: ")
    assert "rebuild" in message and "glowgen build" in message


@pytest.mark.parametrize("data", ["null", "undefined", "{}", "[]", "'index'"])
def test_no_index_at_all_is_refused_with_a_rebuild_message(engines, data):
    message = engines.js(f"__error(() => GlowEngine.createEngine({data}))")
    assert message is not None and "rebuild" in message


def test_the_engine_says_which_format_it_reads(engines):
    assert engines.js("GlowEngine.FORMAT") == json.loads(engines.js("__data.en"))["format"]
    assert list(engines.js("GlowEngine.LANGUAGES")) == ["fr", "nl", "en", "de"]


# --- determinism and purity -------------------------------------------------------

PURITY_QUESTIONS = ["how much is botox?", "are you open now?", "are you open tomorrow?", "botxo", "micro",
                    "who is on your team?", "hello", "opening hours", "lippen opvullen", "where are you; prices"]


def test_ask_is_deterministic_and_does_not_depend_on_earlier_questions(engines):
    first = [engines.ask("en", q) for q in PURITY_QUESTIONS]
    again = [engines.ask("en", q) for q in reversed(PURITY_QUESTIONS)][::-1]
    assert first == again
    engines.load("en-fresh", engines.js("__data.en"))
    fresh = [engines.ask("en-fresh", q) for q in PURITY_QUESTIONS]
    assert fresh == first


def test_ask_is_pure_given_now(engines):
    """With `now` given, the clock of the machine does not matter, and the index data is
    left as it was."""
    nows = [NOW, "2026-11-23T09:00:00Z", 1795420800000]
    before = [engines.ask("en", q, now) for q in PURITY_QUESTIONS for now in nows]
    engines.js("""
      globalThis.__RealDate = Date;
      globalThis.Date = class extends __RealDate {
        constructor(...args) { if (args.length === 0) super(0); else super(...args); }
        static now() { return 0; }
      };
      globalThis.__pristine = JSON.parse(__data.en);
      globalThis.__used = JSON.parse(__data.en);
      __E["en-watched"] = GlowEngine.createEngine(__used);
    """)
    try:
        during = [engines.ask("en", q, now) for q in PURITY_QUESTIONS for now in nows]
        watched = [engines.ask("en-watched", q, now) for q in PURITY_QUESTIONS for now in nows]
        unchanged = engines.js("JSON.stringify(__used) === JSON.stringify(__pristine)")
    finally:
        engines.js("globalThis.Date = __RealDate;")
    assert during == before
    assert watched == before
    assert unchanged


def test_now_may_be_iso_text_epoch_milliseconds_or_a_date(engines):
    ms = 1795424400000  # 2026-11-23T10:00:00+01:00
    by_text = engines.ask("en", "are you open now?", NOW)
    by_ms = engines.ask("en", "are you open now?", ms)
    by_date = json.loads(engines.js(f"JSON.stringify(__E.en.ask('are you open now?', {{now: new Date({ms})}}))"))
    assert by_text == by_ms == by_date
    assert by_text["open_now"] is True


# --- properties ---------------------------------------------------------------------

KEYS = ["fr", "nl", "en", "min/en", "min/fr"]
PIECES = ["botox", "botxo", "price", "prix", "prijs", "kostet", "open", "ouvert", "geopend", "now", "today",
          "tomorrow", "demain", "morgen", "monday", "lundi", "zaterdag", "25", "12", "31", "0", "december",
          "février", "christmas", "noël", "and", "et", "en", "und", "?", ";", "are", "is", "where", "waar", "où",
          "how much", "combien", "hoeveel", "who", "qui", "dr", "claire", "email", "jan@example.be",
          "+32 470 12 34 56", "thanks", "merci", "hello", "bonjour", "lip", "lippen", "filler", "urgent",
          "Faltenbehandlung", "vampire", "facial", "constructor", "__proto__", "toString", "hasOwnProperty",
          "😀", "💉", "مرحبا", "שלום", "\u202e", "\u200f", "\x00", "\x1b", "\n", "ß", "œ", "İ", "ﬁ"]
SPECIAL = list("\u202e\u202d\u200e\u200f\u200b\u2060\ufeff\x00\x07\x1b\x7f\u0085\u2028\u2029\t\n\r ")
EMOJI = ["😀", "💉", "👩‍⚕️", "🏥", "❤️‍🔥", "🇧🇪", "🧴", "\U0001f9d1\u200d\U0001f52c"]
RTL = list("مرحباهلأنتممفتوحونשלוםמתיפתוחים")

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(SPECIAL + EMOJI + RTL + list("abcéßœ?;-' ")), max_size=300).map("".join),
    st.lists(st.sampled_from(PIECES), max_size=25).map(" ".join),
    st.builds(lambda piece, n: piece * n, st.text(min_size=1, max_size=40), st.integers(25, 120)),
    st.text(min_size=2000, max_size=4000),
)
ZONES = [dt.timezone.utc] + [dt.timezone(dt.timedelta(minutes=m)) for m in (60, 120, -300, -240, 540, 345, -570, 840, -720)]
nows = st.builds(lambda moment, zone: moment.replace(tzinfo=zone).isoformat(),
                 st.datetimes(min_value=dt.datetime(2026, 1, 1), max_value=dt.datetime(2028, 12, 31, 23, 59, 59)),
                 st.sampled_from(ZONES))
PROPERTY = settings(max_examples=1200, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                           HealthCheck.data_too_large])


@PROPERTY
@given(key=st.sampled_from(KEYS), text=texts, now=nows, typing=st.booleans())
def test_ask_never_throws_and_always_answers_in_shape(engines, key, text, now, typing):
    answer = engines.ask(key, text, now, typing)
    check_shape(engines, key, answer)
    assert engines.ask(key, text, now, typing) == answer  # deterministic
    if answer["intent"] == "hours":
        assert answer["open_now"] is engines.call("__status", key, now)["open"]


@settings(max_examples=1500, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=st.one_of(st.text(max_size=500), st.lists(st.sampled_from(SPECIAL + EMOJI + RTL + PIECES),
                                                      max_size=60).map("".join)),
       lang=st.sampled_from(["fr", "nl", "en", "de"]))
def test_analysis_never_throws_and_yields_ascii_words(engines, text, lang):
    terms = analyze(engines, text, lang)
    assert all(re.fullmatch(r"[a-z0-9]+", term) for term in terms)
    found = engines.call("__words", text)
    assert all(re.fullmatch(r"[a-z0-9]+", word) for word in found)
    assert len(terms) <= len(found)
