"""The engine's safety concepts are data (glowgen/engine/lexicon/<lang>.txt, one concept a
line, "name: forms"): every concept has forms in fr, nl, en and de, and every form can
match a visitor's words as the engine splits them (folded, runs of a-z and 0-9; "*" at an
end for a stem or a part of a compound, "_" or an apostrophe between words). A form that
can never match fails here, and every concept a sign names exists."""

from __future__ import annotations

import re

import pytest
from py_mini_racer import MiniRacer

from glowgen.bundle import ENGINE

LEXICON = ENGINE.parent / "lexicon"
SAFETY_SOURCE = (ENGINE.parent / "src" / "safety.js").read_text(encoding="utf-8")


def _signs() -> list[list[str]]:
    start = SAFETY_SOURCE.index("const SIGNS = [")
    body = SAFETY_SOURCE[start:SAFETY_SOURCE.index("];", start)]
    return [re.findall(r'"(\w+)"', group) for group in re.findall(r"\[\[([^\]]+)\]", body)]


def _concepts() -> dict[str, dict[str, str]]:
    concepts: dict[str, dict[str, str]] = {}
    for lang in ("fr", "nl", "en", "de"):
        for number, line in enumerate((LEXICON / f"{lang}.txt").read_text(encoding="utf-8").splitlines(), 1):
            name, colon, forms = line.partition(":")
            assert colon and re.fullmatch(r"[a-z_]+", name), f"{lang}.txt:{number}: write 'concept: forms'"
            assert lang not in concepts.get(name, {}), f"{lang}.txt:{number}: {name} twice"
            concepts.setdefault(name, {})[lang] = forms
    return concepts


V8 = MiniRacer()
V8.eval(ENGINE.read_text(encoding="utf-8"))  # defines GlowEngine (fold)
CONCEPTS = _concepts()
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


def test_chat_shorthand_stands_for_words_and_is_never_a_word_of_a_sign():
    """lexicon/shorthand.txt ("dans: ds dns"): what chat shorthand the safety reading
    expands. A short form is one folded word, none twice, and none a form of a sign (it
    would change what the visitor wrote about their body)."""
    seen: set[str] = set()
    forms = {form.strip("*") for _, _, form in FORMS}
    for number, line in enumerate((LEXICON / "shorthand.txt").read_text(encoding="utf-8").splitlines(), 1):
        full, colon, shorts = line.partition(":")
        assert colon and full.strip() and shorts.split(), f"shorthand.txt:{number}: write 'word: short forms'"
        for short in shorts.split():
            assert re.fullmatch(r"[a-z0-9]+", short) and short not in seen, f"shorthand.txt:{number}: {short!r}"
            assert short not in forms, f"shorthand.txt:{number}: {short!r} is a form of a sign"
            seen.add(short)
