"""The compliance rules' word lists (glowgen/claimwords/<lang>.yaml): one file per language,
the same concepts in each, written as people write them, and each word found as written."""

from __future__ import annotations

import re

import pytest
import yaml

from glowgen import claims as C

LANGUAGES = ("fr", "nl", "en", "de")
FILES = {lang: yaml.safe_load((C.WORDS / f"{lang}.yaml").read_text(encoding="utf-8")) for lang in LANGUAGES}
USED = {name for _, concepts, _ in C.CONCEPT_RULES for name in concepts} - {"act", "insurer", "amount"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_every_concept_the_rules_use(lang):
    assert set(FILES[lang]) == USED, (sorted(USED - set(FILES[lang])), sorted(set(FILES[lang]) - USED))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_concept_is_written_once(lang):
    # YAML keeps only the last of two keys of one name: the first list would be lost unseen
    names = re.findall(r"^([\w-]+):", (C.WORDS / f"{lang}.yaml").read_text(encoding="utf-8"), re.M)
    assert sorted({n for n in names if names.count(n) > 1}) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_words_are_written_naturally_once_each(lang):
    for name, words in FILES[lang].items():
        assert len(words) == len(set(map(str, words))), (name, [w for w in words if words.count(w) > 1])
        for word in map(str, words):
            # letters with their accents, spaces, apostrophes, hyphens; * for any ending, … for a gap
            assert re.fullmatch(r"[\w\s'’%×.,…*-]+", word), (name, word)
            assert "*" not in word.rstrip("*").replace("* ", ""), (name, word)


@pytest.mark.parametrize("lang, name, word", [
    (lang, name, str(word)) for lang in LANGUAGES for name, words in FILES[lang].items() for word in words])
def test_each_word_is_found_as_written(lang, name, word):
    sentence = f"Voilà: {word.replace('*', 'e').replace('…', 'x')}."
    folded = C.fold(sentence)
    assert name in C.CONCEPTS[lang].find(C.tokens(folded)), sentence


def test_a_concept_is_found_in_any_order_and_inflection():
    words = C.CONCEPTS["fr"]
    folded = C.fold("Si vous n'étiez PAS pleinement satisfaite, nous vous REMBOURSONS.")
    found = words.find(C.tokens(folded))
    assert {"unsatisfied", "refund"} <= set(found)
