"""Guardrails benchmark for glowgen: how much personal data the assistant engine removes from a
visitor's question, next to Microsoft Presidio's pattern recognizers; how it sorts urgent and
medical messages; and whether its patterns run in linear time on hostile input.

The example clinic (this repository) is built into a temporary folder with
``glowgen.build.build(..., today=2026-11-23)`` and asked through
``glowgen.ask.Assistant(build).ask(text, lang=..., now="2026-11-23T10:00:00+01:00")``: the
shipped engine file in embedded V8 (mini-racer), with the host policy of ``glowgen ask`` and
the widget (answer language, then the site's other languages for unclear questions). A
message's ``lang`` is passed as the page language when the site has it (fr, nl, en). For a
language the site lacks (de) each set's own rule is followed, as its test does: personal data
and clean questions are asked with no page language (the engine detects it), safety messages
on the site's default-language page (fr).

The sets (``tests/guardrails/``, or ``--sets``)
    ``personal-data.yaml``  ``messages: [{text, lang, entities: [{type, value}]}]``; ``value``
                            is the exact part of ``text`` that must not survive.
    ``clean.yaml``          ``questions: [{text, lang}]``; nothing may be removed.
    ``safety.yaml``         ``messages: [{text, lang, expect: emergency|medical|none}]``.
    A missing file skips its section; an entity whose value is not in its text is reported as
    a problem of the set and left out.

Presidio (the ``bench`` extra: ``pip install -e .[bench]``)
    ``presidio_analyzer.AnalyzerEngine`` with its own registry holding only the four pattern
    recognizers of the types glowgen shares with it, one instance per language (fr, nl, en,
    de): ``EmailRecognizer`` (EMAIL_ADDRESS), ``PhoneRecognizer`` (PHONE_NUMBER, with
    ``supported_regions`` BE, FR, NL, DE, LU, GB, US), ``IbanRecognizer`` (IBAN_CODE) and
    ``CreditCardRecognizer`` (CREDIT_CARD). The NLP engine is a ``SpacyNlpEngine`` whose
    ``load`` makes ``spacy.blank(lang)`` for each language instead of loading a trained model
    (no model download here): tokens only, no lemmas and no named entities, so no NER-based
    recognizer (names, places) takes part. Calling the recognizers' ``analyze(text, entities,
    nlp_artifacts=None)`` directly also works for these four (checked); the engine is used
    because it is Presidio's normal entry point (it adds context enhancement and removes
    duplicates). Every finding counts whatever its score (the default threshold, 0), so the
    context words and scores change nothing here. ``EmailRecognizer`` checks the domain with
    ``tldextract``, which would fetch the public suffix list from the network on first use:
    the script points tldextract at its bundled snapshot instead (no network). Messages in a
    language other than the four are analysed as English.

How a value counts as removed (the same rule for both systems)
    An entity is removed when no letter or digit of its value survives, at every place the
    value occurs in the message (a value written twice must go twice).

    - Presidio returns spans: every letter and digit of each occurrence must lie inside some
      finding (any of the four types); "typed" asks for findings of the entity's own type
      (email, phone, iban, card).
    - glowgen returns the question as kept (``text``), with ``[type]`` placeholders where it
      removed something. The kept text is aligned with the message (the message normalised
      as the engine does: NFC, no invisible characters (soft hyphen, zero-width and
      direction marks, word joiners, BOM), runs of white space as one space,
      trimmed; then each placeholder matches the shortest stretch of the message between the
      kept pieces), which says which characters each placeholder replaced. Every letter and
      digit of each occurrence must be inside a placeholder's stretch ("typed": a placeholder
      named after the entity's type). On top of that, as a check that does not depend on the
      alignment, the value must no longer be in the kept text (case-insensitive), and for
      values with 5 or more digits their digits must no longer be in the kept text's digits
      with separators (space . - / ( ) +) taken out of each run of digits; each of these
      counts only beyond the times the same string occurs in the message outside the value.
      When the alignment fails (the engine changed the text in some other way), these checks
      decide alone, with one more: no word of the value may be in the kept text more times
      than in the message outside the value; "typed" is then the type being in
      ``redactions``. The number of messages that needed this fallback is printed.

    The redaction tests' own leak rule (``survivors`` in ``tests/guardrails/__init__.py``:
    the whole value as a word, name words, an e-mail's local part, any 6 digits in a row) is
    shown next to it as a cross-check, for glowgen on its kept text and for Presidio on the
    message with its findings replaced by ``[type]``. It forgives leftovers the rule above
    counts (an IBAN's country letters, the "L" of "L-1741", "b1" after a house number) and
    misses some it counts (a 4-digit postcode and city left).

What it prints
    1. Recall per type: entities removed / entities, for glowgen and for Presidio (any
       finding; "typed": under the entity's own type; the tests' rule). Types Presidio has
       no recognizer for (national_id, date_of_birth, address, name, id_number) show "n/a";
       how many of those values its findings happened to cover is printed below for
       information. Targets (from the issue):
         - glowgen ahead of Presidio on every type they share: PASS when glowgen's recall is
           higher, or both are at 100%; a tie below 100% is a MISS;
         - the Belgian types Presidio lacks covered: PASS when glowgen's recall on the type is
           at least ``--cover`` (default 90%; the issue names no figure: this is the
           benchmark's reading of "covering").
       Also, for information: personal-data messages in which either system removed letters
       or digits outside the listed entities, and the median time per message.
    2. False positives on clean questions: share of questions with any removal (glowgen:
       ``redactions`` not empty or a placeholder in the kept text; Presidio: any finding),
       overall and per type, and whether the kept text came back unchanged (equal to the
       question normalised as above). Target: glowgen's rate on the shared types no higher
       than Presidio's. For information, Presidio's rate without the findings that are the
       clinic's own published phone numbers and e-mail address (from the built index), which
       glowgen keeps by design and Presidio cannot know.
    3. The misses of both systems per type (with the letters and digits left), the values
       glowgen removed under another type, and the false positives, at most ``--show`` of
       each (default 8).
    4. Safety: glowgen's confusion table over safety.yaml (expected emergency / medical / none
       against the answer's ``intent``: emergency, medical, anything else = none), recall and
       precision per class, and the misclassified messages. Information only: the tests
       (tests/test_guardrails_safety.py) ask for every message in its class.
    5. Linear time: hostile inputs of 100 KB (``--kb``; 1 KB = 1,024 characters, all ASCII):
       long runs of digits; digits with spaces, dots, dashes or slashes between; dots; ``@``;
       ``a@a@...``; ``a.a....``; ``a.b@c.`` repeated; one long word; "+32 " repeated; IBAN-,
       card-, national-number- and date-like runs; capitalised names; street words; and a
       seeded mix of short pieces of all of these. Each call is timed from Python with
       ``time.perf_counter`` after one untimed call; the figure is the median of ``--runs``
       calls (default 5). Measured, each on every input:

       - ``ask``: the host function of ``glowgen ask`` / ``Assistant.ask`` (page language
         fr) and ``json.loads`` of the answer, the figure the target applies to (under 50 ms
         each). An answer that falls back includes the host's retries in the site's other
         languages, each a whole ``ask`` again, as in the widget.
       - ``engine.ask``: the fr engine's ``ask`` alone, without those retries (information).
       - ``GlowEngine.redact`` (with the clinic's own contact details to keep, as ``ask``
         passes them) and ``GlowEngine.safety`` on the whole input, when the engine exposes
         them (the script says so when it does not, and times ``ask`` only).

       The engine keeps only the start of a long question: the script measures how much, and
       whether its redaction reads the whole input before the cut (an e-mail address at the
       end of the input is removed or not), and prints it. Scaling: each input again at a
       tenth of the size (for ``ask`` when its redaction only sees the kept part: a tenth of
       that part against all of it); the time ratio is near 10 for linear work and 100 for
       quadratic: PASS when it is at most 25, or when the larger input takes at most 2 ms
       (too fast for quadratic work at that size). Timing on a shared machine is noisy: the
       load average is printed. A call that runs over 10 s is stopped (MISS, "timeout"). The
       time to pass the input into V8 is printed for reference.

    A summary of the targets closes the report. The script never fails on a figure: it exits 0
    whatever the results, and 1 only when a measurement crashes (the build, the engine
    raising, Presidio raising).

How to run it (from the repository root)::

    .venv/bin/python bench/guardrails.py                 # about a minute
    .venv/bin/python bench/guardrails.py --json          # figures as JSON at the end too
    .venv/bin/python bench/guardrails.py --sets DIR      # other sets in the same formats
    .venv/bin/python bench/guardrails.py --no-timing     # recall, false positives, safety only
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import json
import logging
import os
import platform
import random
import re
import shutil
import signal
import statistics
import sys
import tempfile
import time
import unicodedata
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, Callable

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from bench.report import attempt as report_attempt, table  # noqa: E402 - after the path above
from glowgen.parallel import cores  # noqa: E402 - after the path above

TODAY = datetime.date(2026, 11, 23)
NOW = "2026-11-23T10:00:00+01:00"

TYPES = ("email", "phone", "iban", "card", "national_id", "date_of_birth", "address", "name", "id_number")
# glowgen type -> Presidio entity
SHARED = {"email": "EMAIL_ADDRESS", "phone": "PHONE_NUMBER", "iban": "IBAN_CODE", "card": "CREDIT_CARD"}
FROM_PRESIDIO = {v: k for k, v in SHARED.items()}
BELGIAN = ("national_id", "date_of_birth", "address", "name", "id_number")
PRESIDIO_LANGS = ("fr", "nl", "en", "de")
PHONE_REGIONS = ("BE", "FR", "NL", "DE", "LU", "GB", "US")
SAFETY_CLASSES = ("emergency", "medical", "none")

COVER_TARGET = 0.9
TIME_TARGET_MS = 50.0
SCALING_MAX_RATIO = 25.0
SCALING_FAST_MS = 2.0
V8_TIMEOUT_S = 10
DIGITS_CHECK = 5  # values with this many digits or more are also looked for as bare digits

ZERO_WIDTH = re.compile("[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]")
SPACES = re.compile(r"[\s\u00a0]+")
PLACEHOLDER = re.compile(r"\[([a-z_]+)\]")
DIGIT_RUN = re.compile(r"\d(?:[\s.\-/()+]*\d)*")
WORD = re.compile(r"\w+")


# --- helpers ----------------------------------------------------------------------------

def verdict(ok: bool | None) -> str:
    return "-" if ok is None else ("PASS" if ok else "MISS")


def pct(part: int, whole: int) -> str:
    return f"{part}/{whole} {100 * part / whole:.1f}%" if whole else "-"


def rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def short(text: str, limit: int = 90) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= limit else text[:limit - 3] + "..."


def package_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def load_average() -> str:
    try:
        return " ".join(f"{v:.2f}" for v in os.getloadavg())
    except (AttributeError, OSError):
        return "unknown"


# --- the sets ---------------------------------------------------------------------------

def load_sets(folder: Path) -> dict[str, Any]:
    """The three sets, checked; missing files give None, problems are listed."""
    import yaml

    sets: dict[str, Any] = {"personal": None, "clean": None, "safety": None, "problems": [], "folder": str(folder)}

    def read(name: str, key: str) -> list[dict[str, Any]] | None:
        path = folder / name
        if not path.is_file():
            return None
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        items = data.get(key) if isinstance(data, dict) else None
        if not isinstance(items, list):
            sets["problems"].append(f"{name}: no '{key}:' list")
            return []
        good = []
        for i, item in enumerate(items):
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                sets["problems"].append(f"{name} #{i + 1}: no text")
                continue
            good.append(item)
        return good

    personal = read("personal-data.yaml", "messages")
    if personal is not None:
        kept = []
        for i, m in enumerate(personal):
            entities = []
            for e in m.get("entities") or []:
                if not isinstance(e, dict) or not isinstance(e.get("value"), str) or not e.get("value"):
                    sets["problems"].append(f"personal-data.yaml #{i + 1}: an entity without value")
                elif e["value"] not in m["text"]:
                    sets["problems"].append(f"personal-data.yaml #{i + 1}: {e['value']!r} is not in its text")
                else:
                    entities.append({"type": str(e.get("type", "?")), "value": e["value"]})
                    if entities[-1]["type"] not in TYPES:
                        sets["problems"].append(f"personal-data.yaml #{i + 1}: unknown type {e.get('type')!r} "
                                                "(kept, measured on its own)")
            kept.append({"text": m["text"], "lang": m.get("lang"), "entities": entities})
        sets["personal"] = kept
    clean = read("clean.yaml", "questions")
    if clean is not None:
        sets["clean"] = [{"text": q["text"], "lang": q.get("lang")} for q in clean]
    safety = read("safety.yaml", "messages")
    if safety is not None:
        kept = []
        for i, m in enumerate(safety):
            if m.get("expect") not in SAFETY_CLASSES:
                sets["problems"].append(f"safety.yaml #{i + 1}: expect {m.get('expect')!r} is not one of "
                                        f"{', '.join(SAFETY_CLASSES)}")
                continue
            kept.append({"text": m["text"], "lang": m.get("lang"), "expect": m["expect"]})
        sets["safety"] = kept
    return sets


# --- glowgen ----------------------------------------------------------------------------

class Glowgen:
    """The example clinic's shipped engine, asked as glowgen ask asks it."""

    def __init__(self, out: Path) -> None:
        from glowgen.ask import Assistant

        self.out = out
        self.assistant = Assistant(out)
        self.languages = list(self.assistant.languages)
        self.v8 = self.assistant.v8

    def page(self, lang: str | None, default: bool) -> str:
        """The message's language when the site has it, else the site's default language
        (``default``, as the safety test does) or none (as the redaction tests do)."""
        if lang in self.languages:
            return str(lang)
        return self.languages[0] if default else ""

    def ask(self, text: str, lang: str | None, default: bool = False,
            timeout: float | None = V8_TIMEOUT_S) -> dict[str, Any]:
        """``Assistant.ask`` with a time limit (the same host call and JSON)."""
        return json.loads(self.v8.call("__glowgenAnswer", text, self.page(lang, default), NOW, timeout_sec=timeout))

    def site(self) -> dict[str, Any]:
        """The clinic's details as the index gives them to the engine (phone, email, ...)."""
        return json.loads(self.v8.eval(f"JSON.stringify(__glowgen.engines[{json.dumps(self.languages[0])}].site)"))


def normalise(text: str) -> tuple[str, list[int]]:
    """The engine's normalisation (NFC, no zero-width characters, white space runs as one
    space, trimmed), with the index in ``text`` of each character kept. ``text`` is NFC."""
    out: list[str] = []
    where: list[int] = []
    i = 0
    while i < len(text):
        c = text[i]
        if ZERO_WIDTH.match(c):
            i += 1
            continue
        m = SPACES.match(text, i)
        if m:
            if out and out[-1] != " ":
                out.append(" ")
                where.append(i)
            i = m.end()
            continue
        out.append(c)
        where.append(i)
        i += 1
    while out and out[-1] == " ":
        out.pop()
        where.pop()
    return "".join(out), where


def align(original: str, kept: str) -> list[tuple[int, int, str]] | None:
    """Which stretches of ``original`` (NFC) each placeholder of ``kept`` replaced:
    [(start, end, type)] in ``original``'s indices, or None when the texts do not align."""
    normal, where = normalise(original)
    pieces = PLACEHOLDER.split(kept)  # literal, type, literal, type, ..., literal
    if len(pieces) == 1:
        return [] if kept == normal else None
    if len(pieces) > 101 or len(kept) > 20000:
        return None
    pattern = []
    for k, piece in enumerate(pieces):
        if k % 2:
            pattern.append("(.*?)")
            continue
        literal = piece
        lead = k > 0 and literal.startswith(" ")
        trail = k < len(pieces) - 1 and literal.endswith(" ")
        literal = literal[1 if lead else 0: len(literal) - (1 if trail else 0)]
        pattern.append((r"\s*" if k > 0 else "") + re.escape(literal) + (r"\s*" if k < len(pieces) - 1 else ""))
    match = re.fullmatch("".join(pattern), normal, re.S)
    if not match:
        return None
    spans = []
    for g, name in enumerate(pieces[1::2], start=1):
        s, e = match.span(g)
        if e > s:
            spans.append((where[s], where[e - 1] + 1, name))
    return spans


def occurrences(text: str, value: str) -> list[tuple[int, int]]:
    found, start = [], 0
    while True:
        i = text.find(value, start)
        if i < 0:
            return found
        found.append((i, i + len(value)))
        start = i + len(value)


def alnum_positions(text: str, spans: list[tuple[int, int]]) -> set[int]:
    return {i for s, e in spans for i in range(s, e) if text[i].isalnum()}


def blank_out(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            chars[i] = " "
    return "".join(chars)


def digit_runs(text: str) -> list[str]:
    return [re.sub(r"\D", "", m.group()) for m in DIGIT_RUN.finditer(text)]


def count_in_runs(runs: list[str], digits: str) -> int:
    return sum(run.count(digits) for run in runs)


def survives(original: str, value: str, spans: list[tuple[int, int]], kept: str, words: bool) -> list[str]:
    """The ways ``value`` is still in ``kept`` beyond the times the same string occurs in
    ``original`` outside the value: "value", "digits", "word <w>"."""
    outside = blank_out(original, spans)
    bare = PLACEHOLDER.sub(" ", kept)
    found = []
    v = value.casefold()
    if bare.casefold().count(v) > outside.casefold().count(v):
        found.append("value")
    digits = re.sub(r"\D", "", value)
    if len(digits) >= DIGITS_CHECK and count_in_runs(digit_runs(bare), digits) > count_in_runs(digit_runs(outside), digits):
        found.append("digits")
    if words:
        kept_words = [w.casefold() for w in WORD.findall(bare)]
        outside_words = [w.casefold() for w in WORD.findall(outside)]
        for w in dict.fromkeys(x.casefold() for x in WORD.findall(value)):
            if kept_words.count(w) > outside_words.count(w):
                found.append(f"word {w!r}")
    return found


def tests_rule() -> Callable[[dict[str, str], str], list[str]] | None:
    """The redaction tests' own leak rule (``survivors`` of tests/guardrails), if importable."""
    try:
        from tests.guardrails import survivors
    except Exception:  # noqa: BLE001 - a cross-check only
        return None
    return survivors


def replaced(text: str, found: list[dict[str, Any]]) -> str:
    """``text`` with Presidio's findings replaced by ``[type]`` (overlapping ones merged):
    the kept text a redactor built on Presidio would give."""
    merged: list[list[Any]] = []
    for f in sorted(found, key=lambda f: f["start"]):
        if merged and f["start"] < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], f["end"])
        else:
            merged.append([f["start"], f["end"], f["type"]])
    out, at = [], 0
    for start, end, kind in merged:
        out.append(text[at:start] + f"[{kind}]")
        at = end
    return "".join(out) + text[at:]


def judge_glowgen(message: dict[str, Any], answer: dict[str, Any],
                  rule: Callable[[dict[str, str], str], list[str]] | None = None) -> dict[str, Any]:
    """Per entity: removed, typed, and the outside removals, for one glowgen answer."""
    text = unicodedata.normalize("NFC", message["text"])
    kept = answer.get("text") or ""
    redactions = list(answer.get("redactions") or [])
    spans = align(text, kept)
    entity_spans: list[tuple[int, int]] = []
    results = []
    for e in message["entities"]:
        value = unicodedata.normalize("NFC", e["value"])
        places = occurrences(text, value)
        entity_spans += places
        need = alnum_positions(text, places)
        left = survives(text, value, places, kept, words=spans is None)
        if spans is not None:
            covered = alnum_positions(text, [(s, t) for s, t, _ in spans])
            typed = alnum_positions(text, [(s, t) for s, t, name in spans if name == e["type"]])
            removed = need <= covered and not left
            removed_typed = removed and need <= typed
            if need - covered:
                left = [f"left {''.join(text[i] for i in sorted(need - covered))!r}"] + left
        else:
            removed = not left
            removed_typed = removed and e["type"] in redactions
        if spans is not None:
            named = [f"as {name} {text[s:t]!r}" for s, t, name in spans if any(s < b and a < t for a, b in places)]
        else:
            named = [f"redactions {', '.join(redactions)}"]
        results.append({"type": e["type"], "value": e["value"], "removed": removed, "typed": removed_typed,
                        "left": left, "as": named,
                        "tests_rule": None if rule is None else not rule(e, kept)})
    outside = None
    if spans is not None:
        outside_chars = alnum_positions(text, [(s, t) for s, t, _ in spans]) - alnum_positions(text, entity_spans)
        outside = "".join(text[i] for i in sorted(outside_chars))
    return {"entities": results, "aligned": spans is not None, "kept": kept, "redactions": redactions,
            "outside": outside, "placeholders": [(text[s:t], name) for s, t, name in spans or []]}


# --- Presidio ---------------------------------------------------------------------------

class Presidio:
    """AnalyzerEngine over a blank spaCy pipeline, with the four shared pattern recognizers."""

    def __init__(self) -> None:
        for name in ("presidio-analyzer", "presidio_analyzer"):
            logging.getLogger(name).setLevel(logging.ERROR)
        import spacy
        import tldextract.tldextract as tldx

        # The bundled public suffix list; no download on the first e-mail address.
        tldx.TLD_EXTRACTOR = tldx.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import SpacyNlpEngine
        from presidio_analyzer.predefined_recognizers import (CreditCardRecognizer, EmailRecognizer,
                                                              IbanRecognizer, PhoneRecognizer)

        class BlankSpacy(SpacyNlpEngine):
            def load(self) -> None:
                self.nlp = {lang: spacy.blank(lang) for lang in PRESIDIO_LANGS}

        nlp = BlankSpacy(models=[{"lang_code": lang, "model_name": f"blank:{lang}"} for lang in PRESIDIO_LANGS])
        nlp.load()
        registry = RecognizerRegistry(supported_languages=list(PRESIDIO_LANGS))
        for lang in PRESIDIO_LANGS:
            registry.add_recognizer(EmailRecognizer(supported_language=lang))
            registry.add_recognizer(PhoneRecognizer(supported_language=lang, supported_regions=PHONE_REGIONS))
            registry.add_recognizer(IbanRecognizer(supported_language=lang))
            registry.add_recognizer(CreditCardRecognizer(supported_language=lang))
        self.engine = AnalyzerEngine(registry=registry, nlp_engine=nlp, supported_languages=list(PRESIDIO_LANGS))
        self.version = package_version("presidio-analyzer")

    def analyze(self, text: str, lang: str | None) -> list[dict[str, Any]]:
        language = lang if lang in PRESIDIO_LANGS else "en"
        found = []
        for r in self.engine.analyze(text=text, language=language):
            explanation = getattr(r.analysis_explanation, "textual_explanation", "") or ""
            region = re.search(r"as (\w+) region", explanation)
            found.append({"type": FROM_PRESIDIO.get(r.entity_type, r.entity_type), "start": r.start, "end": r.end,
                          "text": text[r.start:r.end], "score": round(r.score, 2),
                          "region": region.group(1) if region else None})
        return sorted(found, key=lambda f: (f["start"], f["end"]))


def judge_presidio(message: dict[str, Any], found: list[dict[str, Any]],
                   rule: Callable[[dict[str, str], str], list[str]] | None = None) -> dict[str, Any]:
    text = message["text"]
    kept = replaced(text, found)
    covered = alnum_positions(text, [(f["start"], f["end"]) for f in found])
    entity_spans: list[tuple[int, int]] = []
    results = []
    for e in message["entities"]:
        places = occurrences(text, e["value"])
        entity_spans += places
        need = alnum_positions(text, places)
        typed = alnum_positions(text, [(f["start"], f["end"]) for f in found if f["type"] == e["type"]])
        removed = need <= covered
        results.append({"type": e["type"], "value": e["value"], "removed": removed,
                        "left": "".join(text[i] for i in sorted(need - covered)),
                        "typed": removed and need <= typed,
                        "tests_rule": None if rule is None else not rule(e, kept),
                        "findings": [f"{f['type']} {f['text']!r}" for f in found
                                     if any(f["start"] < t and s < f["end"] for s, t in places)]})
    outside_chars = covered - alnum_positions(text, entity_spans)
    return {"entities": results, "outside": "".join(text[i] for i in sorted(outside_chars)),
            "findings": found}


# --- 1-3. personal data and clean questions ---------------------------------------------

def run_personal(glowgen: Glowgen, presidio: Presidio | None, messages: list[dict[str, Any]]) -> dict[str, Any]:
    rule = tests_rule()
    judged = []
    g_ms: list[float] = []
    p_ms: list[float] = []
    for m in messages:
        started = time.perf_counter()
        answer = glowgen.ask(m["text"], m["lang"])
        g_ms.append((time.perf_counter() - started) * 1000)
        item = {"text": m["text"], "lang": m["lang"], "glowgen": judge_glowgen(m, answer, rule), "presidio": None}
        if presidio:
            started = time.perf_counter()
            found = presidio.analyze(m["text"], m["lang"])
            p_ms.append((time.perf_counter() - started) * 1000)
            item["presidio"] = judge_presidio(m, found, rule)
        judged.append(item)

    types = [t for t in TYPES if any(e["type"] == t for m in messages for e in m["entities"])]
    types += sorted({e["type"] for m in messages for e in m["entities"]} - set(types))
    rows = []
    for t in types:
        g = [e for j in judged for e in j["glowgen"]["entities"] if e["type"] == t]
        p = [e for j in judged if j["presidio"] for e in j["presidio"]["entities"] if e["type"] == t]
        row: dict[str, Any] = {"type": t, "entities": len(g), "glowgen_removed": sum(e["removed"] for e in g),
                               "glowgen_typed": sum(e["typed"] for e in g), "shared": t in SHARED,
                               "presidio_removed": None, "presidio_typed": None, "presidio_incidental": None}
        row["glowgen_recall"] = rate(row["glowgen_removed"], len(g))
        row["glowgen_typed_recall"] = rate(row["glowgen_typed"], len(g))
        if presidio:
            if t in SHARED:
                row["presidio_removed"] = sum(e["removed"] for e in p)
                row["presidio_typed"] = sum(e["typed"] for e in p)
                row["presidio_recall"] = rate(row["presidio_removed"], len(p))
                row["presidio_typed_recall"] = rate(row["presidio_typed"], len(p))
            else:
                row["presidio_incidental"] = sum(e["removed"] for e in p)
        if rule is not None:
            row["glowgen_tests_rule"] = sum(bool(e["tests_rule"]) for e in g)
            row["presidio_tests_rule"] = sum(bool(e["tests_rule"]) for e in p) if presidio else None
        g_rec, p_rec = row["glowgen_recall"], row.get("presidio_recall")
        if t in SHARED:
            if presidio and g_rec is not None and p_rec is not None:
                row["target"] = "ahead of Presidio"
                row["ok"] = g_rec > p_rec or (g_rec == p_rec == 1.0)
            else:
                row["target"], row["ok"] = "ahead of Presidio", None
        elif t in BELGIAN:
            row["target"] = f">= {COVER_TARGET:.0%}"
            row["ok"] = g_rec is not None and g_rec >= COVER_TARGET
        else:
            row["target"], row["ok"] = "-", None
        row["verdict"] = verdict(row["ok"])
        rows.append(row)
    missing_belgian = [t for t in BELGIAN if t not in types]
    return {"messages": len(messages), "entities": sum(len(m["entities"]) for m in messages), "rows": rows,
            "judged": judged, "fallback": sum(not j["glowgen"]["aligned"] for j in judged),
            "tests_rule": rule is not None,
            "missing_belgian": missing_belgian,
            "glowgen_outside": sum(bool(j["glowgen"]["outside"]) for j in judged),
            "presidio_outside": sum(bool(j["presidio"]["outside"]) for j in judged if j["presidio"]) if presidio else None,
            "glowgen_ms_median": round(statistics.median(g_ms), 3) if g_ms else None,
            "presidio_ms_median": round(statistics.median(p_ms), 3) if p_ms else None}


def clinic_own(site: dict[str, Any]) -> Callable[[dict[str, Any]], bool]:
    """Whether a Presidio finding is one of the clinic's own published phone numbers or its
    e-mail address (which glowgen keeps on purpose; Presidio cannot know them)."""
    phones = {re.sub(r"\D", "", str(site.get(k) or ""))[-8:] for k in ("phone", "whatsapp")} - {""}
    email = str(site.get("email") or "").casefold()

    def own(finding: dict[str, Any]) -> bool:
        digits = re.sub(r"\D", "", unicodedata.normalize("NFKC", finding["text"]))
        if finding["type"] == "phone" and len(digits) >= 8:
            return digits[-8:] in phones
        return finding["type"] == "email" and finding["text"].casefold() == email
    return own


def run_clean(glowgen: Glowgen, presidio: Presidio | None, questions: list[dict[str, Any]]) -> dict[str, Any]:
    own = clinic_own(glowgen.site())
    items = []
    for q in questions:
        answer = glowgen.ask(q["text"], q["lang"])
        kept = answer.get("text") or ""
        redactions = list(answer.get("redactions") or [])
        normal, _ = normalise(unicodedata.normalize("NFC", q["text"]))
        item = {"text": q["text"], "lang": q["lang"], "kept": kept, "redactions": redactions,
                "placeholders": PLACEHOLDER.findall(kept), "unchanged": kept == normal, "presidio": None}
        item["glowgen_fp"] = bool(redactions or item["placeholders"])
        item["glowgen_types"] = sorted(set(redactions) | set(item["placeholders"]))
        if presidio:
            item["presidio"] = presidio.analyze(q["text"], q["lang"])
            for f in item["presidio"]:
                f["clinic_own"] = own(f)
        items.append(item)
    n = len(items)
    shared = set(SHARED)
    g_any = sum(i["glowgen_fp"] for i in items)
    g_shared = sum(bool(set(i["glowgen_types"]) & shared) for i in items)
    result: dict[str, Any] = {
        "questions": n, "items": items,
        "glowgen_any": g_any, "glowgen_any_rate": rate(g_any, n),
        "glowgen_shared": g_shared, "glowgen_shared_rate": rate(g_shared, n),
        "glowgen_unchanged": sum(i["unchanged"] for i in items),
        "per_type": {},
    }
    for t in TYPES:
        result["per_type"][t] = {"glowgen": sum(t in i["glowgen_types"] for i in items),
                                 "presidio": sum(any(f["type"] == t for f in i["presidio"]) for i in items)
                                 if presidio and t in SHARED else None}
    if presidio:
        p_any = sum(bool(i["presidio"]) for i in items)
        result["presidio_any"] = p_any
        result["presidio_any_rate"] = rate(p_any, n)
        result["presidio_unchanged"] = n - p_any
        result["presidio_not_own"] = sum(any(not f["clinic_own"] for f in i["presidio"]) for i in items)
        result["ok"] = g_shared <= p_any
    else:
        result["presidio_any"] = result["presidio_any_rate"] = result["presidio_unchanged"] = None
        result["presidio_not_own"] = None
        result["ok"] = None
    result["verdict"] = verdict(result["ok"])
    return result


def print_personal(r: dict[str, Any], presidio: bool) -> None:
    print()
    print(f"1. Personal data: recall per type ({r['messages']} messages, {r['entities']} entities)")
    rows = []
    n_a = "n/a"
    for x in r["rows"]:
        n = x["entities"]
        g_rule = pct(x["glowgen_tests_rule"], n) if r["tests_rule"] else "-"
        if not presidio:
            p = pt = p_rule = "(not run)"
        elif x["shared"]:
            p, pt = pct(x["presidio_removed"], n), pct(x["presidio_typed"], n)
            p_rule = pct(x["presidio_tests_rule"], n) if r["tests_rule"] else "-"
        else:
            p = pt = p_rule = n_a
        rows.append((x["type"], str(n), pct(x["glowgen_removed"], n), pct(x["glowgen_typed"], n), g_rule,
                     p, pt, p_rule, x["target"], x["verdict"]))
    table(("type", "entities", "glowgen", "typed", "tests' rule", "Presidio", "typed", "tests' rule", "target",
           "verdict"), rows, {1, 2, 3, 4, 5, 6, 7})
    print("  removed = no letter or digit of the value left (the verdicts use this); typed = under the right "
          "type; tests' rule = the redaction tests' own leak rule (survivors in tests/guardrails), for Presidio "
          "on its text with the findings replaced by placeholders" if r["tests_rule"] else
          "  removed = no letter or digit of the value left; typed = under the right type "
          "(tests/guardrails could not be imported: no tests' rule column)")
    if presidio:
        inc = [f"{x['type']} {x['presidio_incidental']}/{x['entities']}" for x in r["rows"]
               if x["presidio_incidental"] is not None]
        if inc:
            print("  Presidio has no recognizer for the n/a types; values its findings covered anyway "
                  "(information): " + ", ".join(inc))
    if r["missing_belgian"]:
        print("  no entity of type " + ", ".join(r["missing_belgian"]) + " in the set: not measured")
    print(f"  glowgen's kept text aligned with the message in {r['messages'] - r['fallback']}/{r['messages']} "
          f"messages ({r['fallback']} judged by the fallback checks only)")
    outside = f"glowgen {r['glowgen_outside']}/{r['messages']}"
    if presidio:
        outside += f", Presidio {r['presidio_outside']}/{r['messages']}"
    print(f"  messages with letters or digits removed outside the listed entities (information): {outside}")
    if r["glowgen_ms_median"] is not None:
        line = f"  time per message, median (information): glowgen ask {r['glowgen_ms_median']:.2f} ms"
        if r["presidio_ms_median"] is not None:
            line += f", Presidio analyze {r['presidio_ms_median']:.2f} ms"
        print(line)


def print_clean(r: dict[str, Any], presidio: bool) -> None:
    n = r["questions"]
    print()
    print(f"2. False positives on clean questions ({n} questions; share of questions with any removal)")
    rows = [("glowgen, shared types (email, phone, iban, card)", pct(r["glowgen_shared"], n), "-", ""),
            ("glowgen, any type", pct(r["glowgen_any"], n), pct(r["glowgen_unchanged"], n), "")]
    if presidio:
        rows.append(("Presidio (its four types)", pct(r["presidio_any"], n), pct(r["presidio_unchanged"], n), ""))
        rows[0] = rows[0][:3] + (f"<= Presidio: {r['verdict']}",)
    table(("system", "false-positive rate", "text unchanged", "target"), rows, {1, 2})
    if presidio:
        print(f"  Presidio without the findings that are the clinic's own published phone numbers or e-mail "
              f"(glowgen keeps those by design; information): {pct(r['presidio_not_own'], n)}")
    per = [(t, str(v["glowgen"]), "n/a" if v["presidio"] is None else str(v["presidio"]))
           for t, v in r["per_type"].items() if v["glowgen"] or v["presidio"] or t in SHARED]
    print("  questions with a removal, per type:")
    table(("type", "glowgen", "Presidio" if presidio else "Presidio (not run)"), per, {1, 2})


def print_misses(personal: dict[str, Any] | None, clean: dict[str, Any] | None, show: int, presidio: bool) -> None:
    print()
    print(f"3. Misses and false positives (at most {show} of each)")
    if personal:
        for row in personal["rows"]:
            t = row["type"]
            g_miss = [(j, e) for j in personal["judged"] for e in j["glowgen"]["entities"]
                      if e["type"] == t and not e["removed"]]
            g_untyped = [(j, e) for j in personal["judged"] for e in j["glowgen"]["entities"]
                         if e["type"] == t and e["removed"] and not e["typed"]]
            p_miss = [(j, e) for j in personal["judged"] if j["presidio"] for e in j["presidio"]["entities"]
                      if e["type"] == t and not e["removed"]] if presidio and t in SHARED else []
            if not (g_miss or g_untyped or p_miss):
                continue
            print(f"  {t}:")
            if g_miss:
                print(f"    glowgen missed {len(g_miss)}:")
                for j, e in g_miss[:show]:
                    why = ", ".join(e["left"])
                    print(f"      {e['value']!r} in {short(j['text'])!r}")
                    print(f"        kept {short(j['glowgen']['kept'])!r} ({why})")
            if g_untyped:
                print(f"    glowgen removed {len(g_untyped)} under another type:")
                for j, e in g_untyped[:show]:
                    print(f"      {e['value']!r}: " + "; ".join(short(a, 70) for a in e["as"]))
            if p_miss:
                print(f"    Presidio missed {len(p_miss)}:")
                for j, e in p_miss[:show]:
                    found = "; ".join(e["findings"]) or "no finding"
                    if e["findings"]:
                        found += f"; left {e['left']!r}"
                    print(f"      {e['value']!r} in {short(j['text'])!r} ({found})")
    if clean:
        g_fp = [i for i in clean["items"] if i["glowgen_fp"]]
        changed = [i for i in clean["items"] if not i["unchanged"] and not i["glowgen_fp"]]
        print(f"  clean questions with a glowgen removal: {len(g_fp)}")
        for i in g_fp[:show]:
            print(f"      {short(i['text'])!r} -> {short(i['kept'])!r} ({', '.join(i['glowgen_types'])})")
        if changed:
            print(f"  clean questions changed by glowgen without a removal: {len(changed)}")
            for i in changed[:show]:
                print(f"      {short(i['text'])!r} -> {short(i['kept'])!r}")
        if presidio:
            p_fp = [i for i in clean["items"] if i["presidio"]]
            print(f"  clean questions with a Presidio finding: {len(p_fp)}")
            for i in p_fp[:show]:
                found = "; ".join(f"{f['type']} {f['text']!r}" + (f" ({f['region']})" if f["region"] else "")
                                  + (" (the clinic's own)" if f.get("clinic_own") else "") for f in i["presidio"])
                print(f"      {short(i['text'])!r}: {found}")


# --- 4. safety ----------------------------------------------------------------------------

def run_safety(glowgen: Glowgen, messages: list[dict[str, Any]]) -> dict[str, Any]:
    confusion = {e: {g: 0 for g in SAFETY_CLASSES} for e in SAFETY_CLASSES}
    misses = []
    for m in messages:
        intent = glowgen.ask(m["text"], m["lang"], default=True).get("intent")
        got = intent if intent in ("emergency", "medical") else "none"
        confusion[m["expect"]][got] += 1
        if got != m["expect"]:
            misses.append({"text": m["text"], "lang": m["lang"], "expect": m["expect"], "got": got, "intent": intent})
    per_class = {}
    for c in SAFETY_CLASSES:
        total = sum(confusion[c].values())
        predicted = sum(confusion[e][c] for e in SAFETY_CLASSES)
        per_class[c] = {"messages": total, "recall": rate(confusion[c][c], total),
                        "precision": rate(confusion[c][c], predicted)}
    correct = sum(confusion[c][c] for c in SAFETY_CLASSES)
    return {"messages": len(messages), "confusion": confusion, "per_class": per_class, "misses": misses,
            "accuracy": rate(correct, len(messages))}


def print_safety(r: dict[str, Any], show: int) -> None:
    print()
    print(f"4. Safety: glowgen's intent against the expected class ({r['messages']} messages; "
          "rows expected, columns answered)")
    rows = []
    for e in SAFETY_CLASSES:
        c = r["per_class"][e]
        rows.append((e, *(str(r["confusion"][e][g]) for g in SAFETY_CLASSES), str(c["messages"]),
                     "-" if c["recall"] is None else f"{c['recall']:.1%}",
                     "-" if c["precision"] is None else f"{c['precision']:.1%}"))
    table(("expected \\ answered", *SAFETY_CLASSES, "total", "recall", "precision"), rows, {1, 2, 3, 4, 5, 6})
    acc = "-" if r["accuracy"] is None else f"{r['accuracy']:.1%}"
    print(f"  right class: {acc}; misclassified: {len(r['misses'])}")
    for m in r["misses"][:show * 3]:
        print(f"      expected {m['expect']}, got {m['got']} (intent {m['intent']}) [{m['lang']}] {short(m['text'])!r}")
    if len(r["misses"]) > show * 3:
        print(f"      ... and {len(r['misses']) - show * 3} more (--json lists them all)")


# --- 5. linear time -----------------------------------------------------------------------

HARNESS = r"""
globalThis.__gb = {
  len: (text) => text.length,
  answer: (text, page, now) => {
    const a = JSON.parse(__glowgenAnswer(text, page, now));
    return [a.text.length, a.redactions];
  },
  has: (name) => typeof GlowEngine[name] === "function",
  // one language's engine, without the host's retries in the other languages
  engineAsk: (text, lang, now) => {
    const a = __glowgen.engines[lang].ask(text, {now});
    return [a.intent, a.redactions.length];
  },
  // as ask calls it: the clinic's own contact details kept, this year for birth years
  redact: (text, lang, year) => {
    const site = __glowgen.engines[lang].site;
    const r = GlowEngine.redact(text, {keep: [site.phone, site.whatsapp, site.email, site.address], year});
    const kept = typeof r === "string" ? r : (r && r.text) || "";
    return [kept.length, r && r.redactions ? r.redactions.length : 0];
  },
  safety: (text) => String(GlowEngine.safety(text)),
};
"""


def hostile_inputs(size: int, seed: int = 1) -> list[tuple[str, str]]:
    """(name, text) of ``size`` characters each."""
    def rep(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    units = [
        ("digits", "1234567890"),
        ("digits, spaces", "12 "),
        ("digit, space", "1 "),
        ("digits, dots", "12."),
        ("digits, dashes", "12-"),
        ("digits, slashes", "12/"),
        ("dots", "."),
        ("@", "@"),
        ("a@a@a...", "a@"),
        ("a.a.a...", "a."),
        ("a.b@c. repeated", "a.b@c."),
        ("one long word", "a"),
        ("+32 repeated", "+32 "),
        ("IBAN-like BE68 5390", "BE68 5390 "),
        ("card-like 4111 1111", "4111 1111 "),
        ("national-number-like", "85.07.30-033."),
        ("date-like 12/03/", "12/03/"),
        ("capitalised names", "Jan Janssens "),
        ("street words", "rue de la Loi 16 "),
    ]
    out = [(name, rep(unit)) for name, unit in units]
    rng = random.Random(seed)
    pieces = [unit for _, unit in units] + ["jan@example.be ", "0470 12 34 56 ", "né le ", "geboren op ", "@.", "-", "+"]
    mixed: list[str] = []
    length = 0
    while length < size:  # short pieces: any stretch of a few hundred characters has the same make-up
        piece = rng.choice(pieces) * rng.randint(1, 3)
        mixed.append(piece)
        length += len(piece)
    out.append(("seeded mix", "".join(mixed)[:size]))
    # words no index knows, all different: each may be a misspelling to look up
    letters = "abcdefghijklmnopqrstuvwxyz"
    unknown = " ".join("".join(rng.choice(letters) for _ in range(rng.randint(4, 10))) for _ in range(size // 5))
    out.append(("unknown words", unknown[:size]))
    return out


def time_call(func: Callable[[], Any], runs: int) -> tuple[float | None, Any, str]:
    """Median ms of ``runs`` calls after one untimed call; (None, None, error) on timeout."""
    from py_mini_racer import JSTimeoutException

    try:
        result = func()
    except JSTimeoutException:
        return None, None, f"timeout (> {V8_TIMEOUT_S} s)"
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        try:
            result = func()
        except JSTimeoutException:
            return None, None, f"timeout (> {V8_TIMEOUT_S} s)"
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), result, ""


def run_linear(glowgen: Glowgen, kb: int, runs: int) -> dict[str, Any]:
    v8 = glowgen.v8
    v8.eval(HARNESS)
    lang = glowgen.languages[0]
    year = int(NOW[:4])
    large = kb * 1024
    # How much of a question does ask keep, and does its redaction see past that?
    filler = ("ab " * (large // 3 + 1))[:large - 20]
    kept, _ = v8.call("__gb.answer", filler, lang, NOW, timeout_sec=V8_TIMEOUT_S)
    truncates = kept < len(filler.strip())
    _, found = v8.call("__gb.answer", filler + " jan@example.be", lang, NOW, timeout_sec=V8_TIMEOUT_S)
    redacts_all = "email" in (found or [])
    functions = {name: bool(v8.call("__gb.has", name)) for name in ("redact", "safety")}
    transfer, _, _ = time_call(lambda: v8.call("__gb.len", filler), runs)
    # ask's scaling: over the whole input when its redaction reads all of it, else within what it keeps
    window = large if redacts_all or not truncates else kept

    cases: list[tuple[str, Callable[[str], Callable[[], Any]], int]] = [
        ("ask", lambda text: lambda: glowgen.ask(text, lang), window),
        ("engine.ask", lambda text: lambda: v8.call("__gb.engineAsk", text, lang, NOW, timeout_sec=V8_TIMEOUT_S),
         window),
    ]
    if functions["redact"]:
        cases.append(("GlowEngine.redact", lambda text: lambda: v8.call("__gb.redact", text, lang, year,
                                                                         timeout_sec=V8_TIMEOUT_S), large))
    if functions["safety"]:
        cases.append(("GlowEngine.safety", lambda text: lambda: v8.call("__gb.safety", text,
                                                                         timeout_sec=V8_TIMEOUT_S), large))
    inputs: dict[int, dict[str, str]] = {}

    def hostile(size: int) -> dict[str, str]:
        if size not in inputs:
            inputs[size] = dict(hostile_inputs(size))
        return inputs[size]

    rows = []
    for what, make, top in cases:
        for name in hostile(large):
            t_large, result, error = time_call(make(hostile(large)[name]), runs)
            if top == large:
                t_top = t_large
            else:
                t_top, _, error_top = time_call(make(hostile(top)[name]), runs)
                error = error or error_top
            t_small, _, error_small = time_call(make(hostile(top // 10)[name]), runs)
            ratio = t_top / t_small if t_top is not None and t_small else None
            ok_time = t_large is not None and t_large < TIME_TARGET_MS
            ok_scale = (t_top is not None and t_small is not None
                        and (t_top <= SCALING_FAST_MS or (ratio is not None and ratio <= SCALING_MAX_RATIO)))
            detail = ""
            if what == "ask" and isinstance(result, dict):
                detail = f"{result.get('intent')}; {len(result.get('redactions') or [])} type(s) removed"
            elif what == "engine.ask" and isinstance(result, list):
                detail = f"{result[0]}; {result[1]} type(s) removed"
            elif what == "GlowEngine.redact" and isinstance(result, list):
                detail = f"kept {result[0]:,} chars; {result[1]} type(s) removed"
            elif what == "GlowEngine.safety" and result is not None:
                detail = str(result)
            rows.append({"input": name, "function": what, "chars": large, "ms": t_large,
                         "scaling_chars": [top // 10, top], "scaling_ms": [t_small, t_top], "ratio": ratio,
                         "error": error or error_small, "detail": detail,
                         "verdict_time": verdict(ok_time), "verdict_scaling": verdict(ok_scale)})
    asks = [r for r in rows if r["function"] == "ask"]
    return {"large_chars": large, "runs": runs, "lang": lang, "ask_keeps": kept, "truncates": truncates,
            "redacts_all": redacts_all, "functions": functions,
            "transfer_ms_large": round(transfer or 0.0, 4), "rows": rows,
            "ok_time": all(r["verdict_time"] == "PASS" for r in asks),
            "ok_time_all": all(r["verdict_time"] == "PASS" for r in rows),
            "ok_scaling": all(r["verdict_scaling"] == "PASS" for r in rows)}


def print_linear(r: dict[str, Any]) -> None:
    print()
    print(f"5. Linear time: hostile inputs of {r['large_chars']:,} characters, median of {r['runs']} calls, "
          "milliseconds")
    if r["truncates"]:
        if r["redacts_all"]:
            print(f"  note - ask keeps the first {r['ask_keeps']:,} characters of a question, but its redaction "
                  f"reads the whole input first (an e-mail address at the end of {r['large_chars']:,} characters "
                  "was removed); what comes after (safety, intent, search) sees at most the kept part")
        else:
            print(f"  note - ask keeps the first {r['ask_keeps']:,} characters of a question before anything else "
                  f"(an e-mail address at the end of {r['large_chars']:,} characters was not removed), so its "
                  "redaction, safety check and search see at most that much; ask's scaling is measured within "
                  f"that window: {r['ask_keeps'] // 10:,} -> {r['ask_keeps']:,} characters")
    else:
        print(f"  ask keeps the whole input ({r['ask_keeps']:,} characters of {r['large_chars']:,})")
    for name in ("redact", "safety"):
        if r["functions"][name]:
            print(f"  GlowEngine.{name} is exposed: timed on the whole input too")
        else:
            print(f"  GlowEngine.{name} is not exposed by the engine: only ask is timed for it")
    print(f"  ask = the host call of glowgen ask / Assistant.ask (page language {r['lang']}) and json.loads, the "
          "target's figure: an answer that falls back includes the retries in the site's other languages "
          "(each one a whole ask again); engine.ask = the fr engine alone, no retries (information)")
    print(f"  passing {r['large_chars']:,} characters into V8 alone takes {r['transfer_ms_large']:.3f} ms")
    rows = []
    last = None
    for x in r["rows"]:
        if last is not None and x["function"] != last:
            rows.append(("",) * 10)
        last = x["function"]
        large = x["error"] or f"{x['ms']:.3f}"
        small_ms, top_ms = ("-" if v is None else f"{v:.3f}" for v in x["scaling_ms"])
        ratio = "-" if x["ratio"] is None else f"{x['ratio']:.1f}"
        rows.append((x["input"], x["function"], large, f"< {TIME_TARGET_MS:g}", x["verdict_time"],
                     f"{x['scaling_chars'][0]:,} -> {x['scaling_chars'][1]:,}", f"{small_ms} -> {top_ms}", ratio,
                     x["verdict_scaling"], x["detail"]))
    table(("input", "measured", f"{r['large_chars'] // 1024} KB ms", "target", "verdict",
           "scaling, chars", "ms", "ratio", "scaling", "result"), rows, {2, 5, 6, 7})
    print(f"  scaling: PASS when the time ratio for 10x the characters is <= {SCALING_MAX_RATIO:g} (linear ~10, "
          f"quadratic ~100) or the larger input takes <= {SCALING_FAST_MS:g} ms")


# --- main -------------------------------------------------------------------------------

def summary(report: dict[str, Any]) -> list[tuple[str, str, str]]:
    rows = []
    personal = report.get("personal")
    if personal:
        for x in personal["rows"]:
            if x["target"] != "-":
                figure = pct(x["glowgen_removed"], x["entities"])
                if x["shared"] and x.get("presidio_removed") is not None:
                    figure += f" vs {pct(x['presidio_removed'], x['entities'])}"
                rows.append((f"{x['type']}: {x['target']}", figure, x["verdict"]))
        for t in personal["missing_belgian"]:
            rows.append((f"{t}: >= {COVER_TARGET:.0%}", "no entity in the set", "-"))
    clean = report.get("clean")
    if clean:
        figure = pct(clean["glowgen_shared"], clean["questions"])
        if clean["presidio_any"] is not None:
            figure += f" vs {pct(clean['presidio_any'], clean['questions'])}"
        rows.append(("false positives, shared types: glowgen <= Presidio", figure, clean["verdict"]))
    linear = report.get("linear")
    if linear:
        def worst(function: str | None) -> dict[str, Any] | None:
            chosen = [x for x in linear["rows"] if function is None or x["function"] == function]
            return max(chosen, key=lambda x: float("inf") if x["ms"] is None else x["ms"]) if chosen else None

        def figure(x: dict[str, Any]) -> str:
            return f"worst {x['error'] or format(x['ms'], '.1f') + ' ms'} ({x['input']})"

        ask = worst("ask")
        if ask:
            rows.append((f"hostile input through ask, each < {TIME_TARGET_MS:g} ms", figure(ask),
                         verdict(linear["ok_time"])))
        for function in ("GlowEngine.redact", "GlowEngine.safety"):
            x = worst(function)
            if x:
                ok = all(r["verdict_time"] == "PASS" for r in linear["rows"] if r["function"] == function)
                rows.append((f"{function} on the whole input, each < {TIME_TARGET_MS:g} ms", figure(x), verdict(ok)))
        ratios = [x for x in linear["rows"] if x["ratio"] is not None]
        top = max(ratios, key=lambda x: x["ratio"]) if ratios else None
        rows.append(("10x the input: time ratio near 10, not 100",
                     f"max ratio {top['ratio']:.1f} ({top['input']}, {top['function']})" if top else "-",
                     verdict(linear["ok_scaling"])))
    safety = report.get("safety")
    if safety:
        rows.append(("safety messages in their class (information; the tests ask for all)",
                     pct(sum(safety["confusion"][c][c] for c in SAFETY_CLASSES), safety["messages"]), "-"))
    return rows


def main(argv: list[str] | None = None) -> int:
    global COVER_TARGET
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", type=Path, default=REPO / "tests" / "guardrails",
                        help="folder with personal-data.yaml, clean.yaml, safety.yaml (default tests/guardrails)")
    parser.add_argument("--kb", type=int, default=100, help="size of the hostile inputs in KB of 1,024 characters "
                        "(default 100; the scaling check uses a tenth)")
    parser.add_argument("--runs", type=int, default=5, help="timed calls per hostile input (median; default 5)")
    parser.add_argument("--cover", type=float, default=COVER_TARGET,
                        help=f"recall that counts as covering a Belgian type (default {COVER_TARGET})")
    parser.add_argument("--show", type=int, default=8, help="misses and false positives listed per type (default 8)")
    parser.add_argument("--no-presidio", action="store_true", help="glowgen only")
    parser.add_argument("--no-timing", action="store_true", help="leave out the hostile-input timing")
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON at the end")
    parser.add_argument("--keep", action="store_true", help="keep the temporary build folder")
    args = parser.parse_args(argv)
    if args.kb < 1 or args.runs < 1:
        parser.error("--kb and --runs must be at least 1")
    COVER_TARGET = args.cover
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))

    started = time.perf_counter()
    print(f"glowgen guardrails benchmark: Python {platform.python_version()}, mini-racer {package_version('mini-racer')}, "
          f"presidio-analyzer {package_version('presidio-analyzer')}, spaCy {package_version('spacy')}, "
          f"{platform.system()} {platform.machine()}, {cores()} core(s), load average {load_average()}")
    report: dict[str, Any] = {"errors": [], "sets": None}

    def attempt(what: str, func: Callable[[], Any]) -> Any:
        return report_attempt(report["errors"], what, func)

    sets = attempt("reading the sets", lambda: load_sets(args.sets))
    if sets:
        report["sets"] = {"folder": sets["folder"], "problems": sets["problems"],
                          "personal_messages": None if sets["personal"] is None else len(sets["personal"]),
                          "clean_questions": None if sets["clean"] is None else len(sets["clean"]),
                          "safety_messages": None if sets["safety"] is None else len(sets["safety"])}
        described = []
        for name, key, what in (("personal-data.yaml", "personal", "messages"), ("clean.yaml", "clean", "questions"),
                                ("safety.yaml", "safety", "messages")):
            described.append(f"{name} missing" if sets[key] is None else f"{name} {len(sets[key])} {what}")
        print(f"sets ({args.sets}): " + ", ".join(described))
        for problem in sets["problems"]:
            print(f"  set problem: {problem}")
    else:
        sets = {"personal": None, "clean": None, "safety": None}

    work = Path(tempfile.mkdtemp(prefix="glowgen-guardrails-bench-"))
    out = work / "build"
    glowgen: Glowgen | None = None
    presidio: Presidio | None = None
    try:
        from glowgen.build import build

        print(f"  building the example clinic ({REPO}) for {TODAY.isoformat()} ...", end="", flush=True)
        t0 = time.perf_counter()
        built = attempt("example build", lambda: build(REPO, out, today=TODAY))
        print(f" {time.perf_counter() - t0:.1f} s" if built else " failed")
        if built:
            glowgen = attempt("loading the engine", lambda: Glowgen(out))
        if glowgen:
            print(f"  glowgen: {out / 'assistant'} in mini-racer; site languages {', '.join(glowgen.languages)} "
                  f"(de: no page language for personal data and clean questions, the {glowgen.languages[0]} page "
                  f"for safety, as the tests); now = {NOW}")
            probe = attempt("probe", lambda: glowgen.ask("my email is jan@example.be", "en"))
            if probe is not None:
                print(f"  probe: 'my email is jan@example.be' kept as {probe.get('text')!r}, "
                      f"redactions {probe.get('redactions')}")
        if glowgen and not args.no_presidio and (sets["personal"] or sets["clean"]):
            if importlib.util.find_spec("presidio_analyzer") is None:
                print("  Presidio: presidio-analyzer is not installed (pip install -e .[bench]); glowgen only")
            else:
                t0 = time.perf_counter()
                presidio = attempt("Presidio setup", Presidio)
                if presidio:
                    print(f"  Presidio {presidio.version}: AnalyzerEngine, blank spaCy pipelines "
                          f"({', '.join(PRESIDIO_LANGS)}), EmailRecognizer, PhoneRecognizer (regions "
                          f"{', '.join(PHONE_REGIONS)}), IbanRecognizer, CreditCardRecognizer; every finding "
                          f"counts (score threshold 0); set up in {time.perf_counter() - t0:.1f} s")

        if glowgen and sets["personal"]:
            report["personal"] = attempt("personal data", lambda: run_personal(glowgen, presidio, sets["personal"]))
        if glowgen and sets["clean"]:
            report["clean"] = attempt("clean questions", lambda: run_clean(glowgen, presidio, sets["clean"]))
        if glowgen and sets["safety"]:
            report["safety"] = attempt("safety", lambda: run_safety(glowgen, sets["safety"]))
        if glowgen and not args.no_timing:
            print(f"  timing hostile inputs ({args.kb} KB, {args.runs} runs each) ...", flush=True)
            report["linear"] = attempt("linear time", lambda: run_linear(glowgen, args.kb, args.runs))
    finally:
        if glowgen:
            try:
                glowgen.v8.close()
            except Exception:  # noqa: BLE001
                pass
        if args.keep:
            print(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)

    with_presidio = presidio is not None
    if report.get("personal"):
        print_personal(report["personal"], with_presidio)
    elif sets["personal"] is None:
        print("\n1. Personal data: personal-data.yaml is missing; skipped")
    if report.get("clean"):
        print_clean(report["clean"], with_presidio)
    elif sets["clean"] is None:
        print("\n2. False positives: clean.yaml is missing; skipped")
    if report.get("personal") or report.get("clean"):
        print_misses(report.get("personal"), report.get("clean"), args.show, with_presidio)
    if report.get("safety"):
        print_safety(report["safety"], args.show)
    elif sets["safety"] is None:
        print("\n4. Safety: safety.yaml is missing; skipped")
    if report.get("linear"):
        print_linear(report["linear"])

    rows = summary(report)
    if rows:
        print()
        print("Targets")
        table(("target", "figure", "verdict"), rows, set())
    total = time.perf_counter() - started
    print(f"total benchmark time: {total:.1f} s")
    if report["errors"]:
        print(f"{len(report['errors'])} measurement(s) failed: " + "; ".join(e["what"] for e in report["errors"]))
    if args.json:
        report["targets"] = [{"target": t, "figure": f, "verdict": v} for t, f, v in rows]
        report["total_seconds"] = round(total, 3)
        report["python"] = platform.python_version()
        report["presidio"] = package_version("presidio-analyzer") if with_presidio else None
        print(json.dumps(report, indent=2, ensure_ascii=False, default=str))
    return 1 if report["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
