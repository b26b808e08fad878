"""The engine's safety concepts (SAFETY_WORDS in glowgen/engine/engine.js) are data: every
concept has forms in fr, nl, en and de, and every form can match a visitor's words as the
engine splits them (folded, runs of a-z and 0-9; "*" at an end for a stem or a part of a
compound, "_" or an apostrophe between words). A form that can never match fails here,
and every concept a sign names exists."""

from __future__ import annotations

import json
import re

import pytest
from py_mini_racer import MiniRacer

from glowgen.bundle import ENGINE

SOURCE = ENGINE.read_text(encoding="utf-8")


def _object_after(marker: str) -> str:
    """The object literal that follows ``marker`` in the engine's source."""
    start = SOURCE.index(marker) + len(marker) - 1
    depth = 0
    for i in range(start, len(SOURCE)):
        depth += {"{": 1, "}": -1}.get(SOURCE[i], 0)
        if depth == 0:
            return SOURCE[start:i + 1]
    raise AssertionError(f"no end to {marker}")


def _signs() -> list[list[str]]:
    start = SOURCE.index("const SIGNS = [")
    body = SOURCE[start:SOURCE.index("];", start)]
    return [re.findall(r'"(\w+)"', group) for group in re.findall(r"\[\[([^\]]+)\]", body)]


V8 = MiniRacer()
V8.eval(SOURCE)  # defines GlowEngine (fold)
CONCEPTS: dict[str, dict[str, str]] = json.loads(V8.eval(
    f"JSON.stringify(Object.assign({_object_after('const SAFETY_WORDS = {')}, "
    f"{_object_after('Object.assign(SAFETY_WORDS, {')}))"))
FORMS = [(name, lang, form) for name, by_lang in CONCEPTS.items() for lang, forms in by_lang.items()
         for form in forms.split()]


def test_every_concept_speaks_the_four_languages():
    assert len(CONCEPTS) >= 20
    for name, by_lang in CONCEPTS.items():
        assert set(by_lang) == {"fr", "nl", "en", "de"}, name
        assert all(by_lang[lang].split() for lang in by_lang), name


def test_every_sign_names_concepts_that_exist():
    signs = _signs()
    assert len(signs) >= 10
    for concepts in signs:
        assert concepts and set(concepts) <= set(CONCEPTS), concepts


@pytest.mark.parametrize("name, lang, form", FORMS, ids=[f"{n}-{lang}-{f}" for n, lang, f in FORMS])
def test_every_form_can_match_the_words_of_a_message(name, lang, form):
    folded = V8.call("GlowEngine.fold", form)
    parts = [part for part in re.split(r"[_']", folded) if part]
    assert parts, form
    for part in parts:
        assert re.fullmatch(r"\*?[a-z0-9]+\*?", part), f"{form!r} ({name}, {lang}): {part!r} is no word the engine reads"
