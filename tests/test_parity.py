"""The engine's JavaScript agrees with Python and Whoosh: same analysis, same ranking.

Analysis: Python's Whoosh components (glowgen/analysis.py) and the engine's ``analyze``
give identical terms for 20,000 frequent words per language and for the example content.
Ranking: for plain term queries, the engine's BM25F ``rank`` returns Whoosh's top 10 in
the same order with scores equal to 1e-6 (relative), on the example clinic and on a
synthetic corpus.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import pytest
from py_mini_racer import MiniRacer
from whoosh import scoring
from whoosh.query import Or, Term

from glowgen.analysis import LANGUAGES, analyze, fold, words
from glowgen.diagnostics import Report
from glowgen.index import FIELDS, B, K1, build_index, documents, whoosh_index
from glowgen.load import load_site
from glowgen.themes import resolve_theme
from tests.conftest import EXAMPLE, TODAY

ENGINE = Path(__file__).resolve().parents[1] / "glowgen" / "engine" / "engine.js"


@pytest.fixture(scope="module")
def v8() -> MiniRacer:
    context = MiniRacer()
    context.eval(ENGINE.read_text(encoding="utf-8"))
    return context


def js(v8: MiniRacer, expression: str) -> object:
    return json.loads(v8.eval(f"JSON.stringify({expression})"))


# --- analysis -------------------------------------------------------------------------


def example_words() -> list[str]:
    found: set[str] = set()
    for file in (EXAMPLE / "content").rglob("*.md"):
        found.update(file.read_text(encoding="utf-8").split())
    return sorted(found)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_analysis_is_the_same_in_python_and_javascript(v8, lang):
    from wordfreq import top_n_list

    vocabulary = top_n_list(lang, 20000) + example_words()
    # the words as people type them too: capitalised, accented, with punctuation around
    samples = vocabulary + [w.upper() for w in vocabulary[:2000]] + [f"«{w}»," for w in vocabulary[:500]]
    v8.eval(f"globalThis.__words = {json.dumps(samples, ensure_ascii=False)};")
    engine = js(v8, f"__words.map((w) => GlowEngine.analyze(w, {json.dumps(lang)}))")
    python = [analyze(word, lang) for word in samples]
    differ = [(w, p, e) for w, p, e in zip(samples, python, engine) if p != e]
    assert len(samples) >= 20000
    assert differ == [], differ[:20]
    folded = js(v8, "__words.map((w) => GlowEngine.fold(w))")
    assert folded == [fold(word) for word in samples]


def test_analysis_of_whole_texts(v8):
    texts = [file.read_text(encoding="utf-8") for file in sorted((EXAMPLE / "content").rglob("*.md"))]
    v8.eval(f"globalThis.__texts = {json.dumps(texts, ensure_ascii=False)};")
    for lang in LANGUAGES:
        assert js(v8, f"__texts.map((t) => GlowEngine.analyze(t, {json.dumps(lang)}))") == [analyze(t, lang) for t in texts]
    assert js(v8, "__texts.map((t) => GlowEngine.words(t))") == [words(t) for t in texts]


@pytest.mark.parametrize("pair, lang", [
    (("injection", "injections"), "en"), (("ride", "rides"), "fr"), (("rimpel", "rimpels"), "nl"),
    (("behandeling", "behandelingen"), "nl"), (("Falte", "Falten"), "de"), (("injection", "injections"), "fr"),
    (("Preis", "Preise"), "de"), (("lip", "lippen"), "nl"), (("peel", "peeling"), "en"),
])
def test_light_stemming_conflates_inflections(pair, lang):
    assert analyze(pair[0], lang) == analyze(pair[1], lang)


# --- ranking ----------------------------------------------------------------------------


def corpus(root: Path, lang: str) -> tuple[object, dict]:
    """A site's Whoosh index for one language and the engine's index data built from it."""
    report = Report()
    site = load_site(root, report)
    strings = resolve_theme(root, site.theme, report).strings(lang, report)
    docs = documents(site, lang, strings)
    return whoosh_index(docs, lang), build_index(site, lang, TODAY, strings)


def queries(data: dict, count: int, seed: int) -> list[list[str]]:
    """Plain term queries: one to three terms of the index, common and rare ones."""
    rng = random.Random(seed)
    terms = sorted(set(data["search"]["terms"]) | {t for doc in data["docs"] for f in ("title", "summary", "body", "category")
                                                    for t in analyze(doc.get(f, ""), data["lang"])})
    return [sorted(set(rng.sample(terms, rng.randint(1, 3)))) for _ in range(count)]


def compare(index: object, v8: MiniRacer, data: dict, query_list: list[list[str]]) -> list[str]:
    v8.eval(f"globalThis.__engine = GlowEngine.createEngine({json.dumps(data, ensure_ascii=False)});")
    problems = []
    with index.searcher(weighting=scoring.BM25F(B=B, K1=K1)) as searcher:
        for terms in query_list:
            whoosh = [(hit.docnum, hit.score) for hit in
                      searcher.search(Or([Term(field, term) for term in terms for field in FIELDS]), limit=10)]
            engine = [tuple(pair) for pair in js(v8, f"__engine.rank({json.dumps(terms)}).slice(0, 10)")]
            if [doc for doc, _ in whoosh] != [doc for doc, _ in engine]:
                # equal scores may come in another order; compare ranks by score then
                if sorted(whoosh, key=lambda p: (-round(p[1], 9), p[0])) != sorted(engine, key=lambda p: (-round(p[1], 9), p[0])):
                    problems.append(f"{terms}: whoosh {whoosh[:5]} engine {engine[:5]}")
                    continue
            for (_, expected), (_, got) in zip(whoosh, engine):
                if abs(expected - got) > 1e-6 * max(abs(expected), 1e-12):
                    problems.append(f"{terms}: score {got} != whoosh {expected}")
    return problems


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_ranking_equals_whoosh_on_the_example_clinic(v8, lang):
    index, data = corpus(EXAMPLE, lang)
    query_list = queries(data, 220, seed=len(lang) + ord(lang[0]))
    assert compare(index, v8, data, query_list) == []


def test_ranking_equals_whoosh_on_a_synthetic_corpus(v8, bench, tmp_path):
    root = tmp_path / "synthetic"
    bench.generate_site(root, treatments=80, faqs=20, seed=3)
    index, data = corpus(root, "fr")
    assert data["search"]["count"] == 100
    query_list = queries(data, 250, seed=11)
    assert compare(index, v8, data, query_list) == []


def test_the_exported_lengths_are_whooshs(v8):
    """The lengths the engine uses are the quantised lengths Whoosh's scorer reads."""
    index, data = corpus(EXAMPLE, "fr")
    with index.reader() as reader:
        count = reader.doc_count_all()
        assert data["search"]["lengths"] == [reader.doc_field_length(d, f, 0) for d in range(count) for f in FIELDS]
        assert data["search"]["totals"] == [reader.field_length(f) for f in FIELDS]


def test_build_date_is_used_for_holidays():
    _, data = corpus(EXAMPLE, "fr")
    days = [day for day, _ in data["hours"]["holidays"]]
    assert days[0] >= (TODAY - dt.timedelta(days=7)).isoformat()
    assert days[-1] >= (TODAY + dt.timedelta(days=700)).isoformat()  # 24 months ahead


def test_the_shipped_engine_is_made_from_the_source():
    """engine.min.js (what visitors get) comes from the current engine.js: scripts/minify-js."""
    from glowgen.bundle import engine_source

    shipped = engine_source()
    assert shipped.startswith(b"/*! glowgen engine.js sha256:")
    v8 = MiniRacer()
    v8.eval(shipped.decode("utf-8"))
    assert v8.eval("Object.keys(GlowEngine).sort().join(',')") == \
        "FORMAT,LANGUAGES,analyze,bm25,chooseLanguage,clearLanguage,createEngine,detectLanguage,fold,redact,safety,stem," \
        "version,words"


def test_the_joined_engine_is_made_from_its_modules_and_word_lists():
    """engine.js is what scripts/minify-js joined from the current src/ and lexicon/: a
    module or word list edited without running it again fails here, naming the fix."""
    from glowgen.bundle import engine_sources_digest

    first_line = ENGINE.read_text(encoding="utf-8").split("\n", 1)[0]
    assert f"sources sha256:{engine_sources_digest()}" in first_line, \
        "glowgen/engine/src/ or lexicon/ changed since engine.js was joined: run scripts/minify-js"


@pytest.mark.parametrize("source", ["widget.js", "loader.js"])
def test_the_shipped_widget_is_made_from_the_source(source):
    """widget.min.js and loader.min.js come from their current sources: scripts/minify-js."""
    from glowgen.bundle import WIDGET, shipped

    assert shipped(WIDGET / source).startswith(f"/*! glowgen {source} sha256:".encode())
