"""Assistant engine benchmark for glowgen: how big the shipped files are and how fast ``ask`` is.

What it measures
    1. Sizes. The files ``glowgen build`` ships in ``build/assistant/`` for the example
       clinic (this repository, built with ``--source`` the repository root into a
       temporary folder): the engine (``engine.<hash>.js``) and each language's index
       (``index-<lang>.<hash>.json``), raw and compressed with Python's ``gzip`` at level 9
       (what a static host serves). The files named by ``glowgen-assistant.json`` are the
       ones measured.

    2. ``ask`` latency on the example clinic, in two JavaScript runtimes, running the very
       engine file and index files of the build:

       - mini-racer (embedded V8, what ``glowgen ask`` and ``glowgen.ask.Assistant`` use).
         Bare V8 has no ``performance.now()``, only ``Date.now()`` at 1 ms resolution, so
         the in-V8 figure is batched: for each question the engine answers it again and
         again for at least ``--batch-ms`` (20 ms; 5 ms with --quick) and the sample is
         the elapsed time divided by the number of asks (error under 1 ms / batch). One
         sample per question per round. The time to call in from Python is reported
         separately: ``v8.call`` of one ask, ``JSON.stringify`` of the answer and
         ``json.loads`` in Python, timed with ``time.perf_counter`` (what
         ``Assistant.ask`` does per question, less its language choice call), and the bare
         cost of a ``v8.call`` of an empty function.
       - Chromium through Playwright. The engine file is added to a blank page with
         ``add_script_tag(content=...)``, the index text is passed in and parsed in the
         page, and each ``engine.ask`` is timed on its own with ``performance.now()`` in a
         JavaScript loop. The blank page is served by Playwright's request routing (no
         network) with COOP/COEP headers so that the page is cross-origin isolated and
         ``performance.now()`` has 5 us resolution instead of 100 us; if isolation fails,
         the figures come from ``about:blank`` and say so.

       In both runtimes the question's language is chosen first, outside the timing, with
       ``GlowEngine.chooseLanguage(question, site languages, "fr")`` as on a French page,
       and the engine of that language answers. Every timed ask passes
       ``{now: "2026-11-23T10:00:00+01:00"}``. Before timing, every question is asked
       ten times (three with --quick): the engine caches decoded posting lists per term,
       and V8's optimising compilers need that many runs (after only two rounds,
       Chromium's p95 on the example clinic is several times its settled value), so the
       main figures are warm. The first pass on a fresh engine is reported as well
       ("first ask"): each question asked once right after the index was loaded, in
       question order, so it includes decoding each term's postings the first time it is
       seen (from Python for mini-racer, hence with the call overhead; with
       ``performance.now()`` in Chromium). Loading an index (``JSON.parse`` of its text,
       then ``GlowEngine.createEngine``) is timed too.

    3. The same on a synthetic site of ``--items`` content items (default 5,000: 4,200
       treatments + 800 FAQs in fr, nl and en, made by ``generate_site`` of
       ``bench/build.py``, built with ``glowgen build``). Only the fr index is loaded, and
       every question goes to it (no language choice), plus a few questions that match the
       synthetic text.

    4. ``glowgen ask`` in stdin mode: N questions (default 2,000: the question list
       repeated), one a line, piped into::

           .venv/bin/glowgen ask --site OUT --json --lang fr --now 2026-11-23T10:00:00+01:00

       as a fresh subprocess, timed with ``time.perf_counter`` around ``subprocess.run``
       (median of ``--runs`` runs), and the same with 1 question. Questions per second
       "with start" is N / time(N); "without start" is (N - 1) / (time(N) - time(1)): the
       interpreter start, imports, loading the engine and the indexes cancel out. Every
       run must print N JSON lines. The synthetic site is measured too (information only;
       its build folder sits next to its ``content/``, so ``glowgen ask`` also hashes the
       content to check the build is current, as it does for a clinic).

What it prints
    Tables with the figures and the targets next to them with PASS/MISS:

    - gzip -9 size of the shipped engine <= 12 KiB (12,288 bytes);
    - gzip -9 size of the example clinic's index, each language, <= 12 KiB;
    - example clinic, ``ask`` p95 <= 2 ms (warm, in each runtime);
    - 5,000-item index, ``ask`` p95 <= 10 ms (warm, in each runtime; only when --items is
      at least 5,000);
    - ``glowgen ask`` stdin mode >= 500 questions/s (example clinic, interpreter start
      included, and without it).

    The first-ask and from-Python rows show the same target for comparison. The targets
    are information only: the script never fails on time. It exits 0 whatever the
    figures, and 1 only when something crashes (a build, a runtime, a malformed answer).

How to run it (from the repository root)::

    .venv/bin/python bench/engine.py                  # full: 5,000-item site, ~2-3 minutes
    .venv/bin/python bench/engine.py --quick          # 1,200 items, fewer repetitions
    .venv/bin/python bench/engine.py --json --keep    # JSON too; keep the temporary builds

Chromium: Playwright's own build when installed, else the first of /usr/bin/chromium,
/usr/bin/chromium-browser, /usr/bin/google-chrome. Temporary folders go to the system's
temporary folder (set TMPDIR to move them).
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # tests/chromium.py launches the browser
from bench.report import attempt as report_attempt, table  # noqa: E402 - after the path above
from glowgen.parallel import cores  # noqa: E402 - after the path above
from tests.chromium import ChromiumSession  # noqa: E402 - after the path above
NOW = "2026-11-23T10:00:00+01:00"
PAGE_LANG = "fr"

KIB = 1024
ENGINE_GZ_TARGET = 12 * KIB
INDEX_GZ_TARGET = 12 * KIB
EXAMPLE_P95_MS = 2.0
LARGE_P95_MS = 10.0
LARGE_ITEMS = 5000
THROUGHPUT_TARGET = 500.0

# A hung build, engine or subprocess is reported as an error instead of holding the run.
BUILD_TIMEOUT_S = 600
ASK_TIMEOUT_S = 600
V8_TIMEOUT_S = 300

ISOLATED_URL = "https://glowgen-bench.invalid/"

# What visitors type: prices, hours, location, booking, treatments (with typos), team,
# payment, short phrases, greetings, personal data, medical and emergency cues, gibberish,
# in the site's languages and in German (which the example clinic does not have).
QUESTIONS: tuple[str, ...] = (
    # fr
    "Combien coûte le botox ?",
    "prix injection lèvres",
    "C'est combien l'acide hyaluronique pour les cernes ?",
    "Quels sont vos horaires d'ouverture ?",
    "vous êtes ouverts samedi matin ?",
    "Où se trouve la clinique ?",
    "il y a un parking près de chez vous ?",
    "comment prendre rendez-vous",
    "je voudrais réserver une première consultation",
    "épilation lazer jambes prix",
    "micronedling",
    "le peeling chimique ça fait mal ?",
    "le PRP c'est quoi exactement",
    "fils tenseurs combien de temps durent les résultats",
    "Est-ce que vous acceptez la carte bancaire ?",
    "bon cadeau",
    "comment annuler mon rendez vous",
    "Qui est le docteur Dubois ?",
    "bonjour",
    "merci beaucoup !",
    "j'ai une bosse dure après mes injections, est-ce normal ?",
    "urgence je n'arrive plus à respirer",
    "mon email est marie.dupont@example.com, rappelez-moi au 0470 12 34 56",
    "tarif",
    "botx",
    "Bonjour, je m'appelle Marie et j'aimerais savoir si vous faites des injections pour les "
    "rides du front, combien ça coûte à peu près, si c'est douloureux, combien de temps ça dure "
    "et si je peux venir un jeudi soir après le travail vers 19 heures, merci d'avance",
    # nl
    "Wat kost botox?",
    "hoeveel kost een lipfiller",
    "Wat zijn jullie openingsuren?",
    "zijn jullie open op zaterdag",
    "Waar is de kliniek?",
    "afspraak maken",
    "laserontharing benen prijs",
    "huidbooster",
    "vaatlaser voor rode adertjes",
    "kan ik met bancontact betalen",
    "Ik ben zwanger, mag ik nog botox?",
    "is de kliniek toegankelijk met een rolstoel?",
    "dank je wel",
    "spoed mijn lip wordt wit na filler",
    # en
    "How much is botox?",
    "price of lip filler",
    "opening hours",
    "are you open on sunday?",
    "where are you located",
    "how do I book an appointment",
    "chemical peal cost",
    "what is PRP",
    "laser hair removal for legs",
    "do you speak english",
    "gift voucher",
    "how long do filler results last",
    "thanks!",
    "hi",
    "My name is John Smith and my phone is +32 470 12 34 56",
    # de
    "Was kostet Botox?",
    "Öffnungszeiten",
    "Wo ist die Klinik?",
    "Termin vereinbaren",
    "Haarentfernung mit Laser Preis",
    "Notfall, starke Schwellung nach Filler",
    # short, gibberish
    "asdfgh qwerty",
    "?",
    "ok",
    "zzzz",
    "lorem ipsum dolor sit amet",
    "1234",
)

# Questions that hit the synthetic site's own words (common words: long posting lists).
SYNTHETIC_QUESTIONS: tuple[str, ...] = (
    "Combien coûte le peeling doux 120 ?",
    "épilation laser",
    "prix radiofréquence 3001",
    "Comment se prépare le rendez-vous 512 ?",
    "laser",
    "microneedling 4",
    "fils tenseurs séance durée",
    "soin hydratant peau visage",
)

# The harness, the same in both runtimes: loads indexes, chooses each question's
# language once, then times engine.ask. `clock` is performance.now() where it exists
# (Chromium), Date.now() otherwise (bare V8 in mini-racer).
HARNESS = r"""
(function () {
  const hasPerf = typeof performance !== "undefined" && typeof performance.now === "function";
  const clock = hasPerf ? () => performance.now() : () => Date.now();
  const B = {
    clock: hasPerf ? "performance.now" : "Date.now",
    engines: {}, questions: [], langs: [], now: null,
    load(lang, text) {
      const t0 = clock();
      const data = JSON.parse(text);
      const t1 = clock();
      B.engines[lang] = GlowEngine.createEngine(data);
      const t2 = clock();
      return [t1 - t0, t2 - t1];
    },
    setQuestions(questions, languages, page, force, now) {
      B.questions = questions;
      B.now = now;
      B.langs = questions.map((q) => force || GlowEngine.chooseLanguage(q, languages, page));
      return B.langs;
    },
    needed() { return [...new Set(B.langs)]; },
    askOne(i) { B.engines[B.langs[i]].ask(B.questions[i], {now: B.now}); return 0; },
    askJson(i) { return JSON.stringify(B.engines[B.langs[i]].ask(B.questions[i], {now: B.now})); },
    noop() { return 0; },
    summary() {
      return B.questions.map((q, i) => {
        const a = B.engines[B.langs[i]].ask(q, {now: B.now});
        return [B.langs[i], a.intent, a.ref];
      });
    },
    warm(rounds) {
      for (let r = 0; r < rounds; r++) for (let i = 0; i < B.questions.length; i++) B.askOne(i);
      return 0;
    },
    // One timing per ask: [[question index, ms], ...].
    perCall(rounds) {
      const out = [];
      for (let r = 0; r < rounds; r++) {
        for (let i = 0; i < B.questions.length; i++) {
          const engine = B.engines[B.langs[i]], q = B.questions[i], now = B.now;
          const t0 = clock();
          engine.ask(q, {now});
          out.push([i, clock() - t0]);
        }
      }
      return JSON.stringify(out);
    },
    // Mean of repeated asks of one question over at least minMs: [[question index, ms, asks], ...].
    batched(rounds, minMs) {
      const out = [];
      for (let r = 0; r < rounds; r++) {
        for (let i = 0; i < B.questions.length; i++) {
          const engine = B.engines[B.langs[i]], q = B.questions[i], now = B.now;
          let count = 0, elapsed = 0;
          const t0 = clock();
          do { engine.ask(q, {now}); count++; elapsed = clock() - t0; } while (elapsed < minMs);
          out.push([i, elapsed / count, count]);
        }
      }
      return JSON.stringify(out);
    },
  };
  globalThis.__bench = B;
  globalThis.__benchLoad = B.load;
  globalThis.__benchSet = B.setQuestions;
  globalThis.__benchAskOne = B.askOne;
  globalThis.__benchAskJson = B.askJson;
  globalThis.__benchNoop = B.noop;
})();
"""


# --- helpers ----------------------------------------------------------------------------

def percentile(values: list[float], p: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def stats(samples: list[float]) -> dict[str, float]:
    return {
        "n": len(samples),
        "p50": percentile(samples, 50),
        "p95": percentile(samples, 95),
        "max": max(samples) if samples else float("nan"),
        "mean": statistics.fmean(samples) if samples else float("nan"),
    }


def verdict(ok: bool | None) -> str:
    return "-" if ok is None else ("PASS" if ok else "MISS")


def load_build_module():
    """bench/build.py as a module, for generate_site (registered first: it uses dataclasses)."""
    name = "glowgen_bench_build"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, REPO / "bench" / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module


def tail(text: str, limit: int = 1500) -> str:
    """The end of a process's output, with runs of blanks collapsed (V8 pads source lines)."""
    lines = [" ".join(line.split()) for line in text.strip().splitlines()]
    return "\n".join(line for line in lines if line)[-limit:]


def glowgen_command() -> list[str]:
    script = Path(sys.executable).parent / ("glowgen.exe" if os.name == "nt" else "glowgen")
    return [str(script)] if script.exists() else [sys.executable, "-m", "glowgen"]


def build_site(source: Path, out: Path) -> float:
    """``glowgen build`` in a subprocess; seconds. Raises on failure."""
    shutil.rmtree(out, ignore_errors=True)
    started = time.perf_counter()
    completed = subprocess.run(glowgen_command() + ["build", "--source", str(source), "--out", str(out), "--quiet"],
                               capture_output=True, text=True, timeout=BUILD_TIMEOUT_S)
    elapsed = time.perf_counter() - started
    if completed.returncode != 0:
        raise RuntimeError(f"glowgen build --source {source} failed (exit {completed.returncode}): "
                           f"{tail(completed.stderr or completed.stdout)}")
    return elapsed


class Shipped:
    """The assistant files of one build, as glowgen-assistant.json names them."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.folder = out / "assistant"
        self.entry = json.loads((self.folder / "glowgen-assistant.json").read_text(encoding="utf-8"))
        self.engine_name: str = self.entry["engine"]
        self.indexes: dict[str, str] = self.entry["indexes"]
        self.languages: list[str] = self.entry["languages"]
        self.engine_text = (self.folder / self.engine_name).read_text(encoding="utf-8")
        self._index_text: dict[str, str] = {}

    def index_text(self, lang: str) -> str:
        if lang not in self._index_text:
            self._index_text[lang] = (self.folder / self.indexes[lang]).read_text(encoding="utf-8")
        return self._index_text[lang]


def size_rows(shipped: Shipped, site: str, targets: bool) -> list[dict[str, Any]]:
    rows = []
    files = [("engine", shipped.engine_name, ENGINE_GZ_TARGET)]
    files += [(f"index {lang}", shipped.indexes[lang], INDEX_GZ_TARGET) for lang in shipped.languages]
    for what, name, target in files:
        data = (shipped.folder / name).read_bytes()
        gz = len(gzip.compress(data, compresslevel=9))
        limit = target if targets else None
        rows.append({"site": site, "file": what, "name": name, "raw_bytes": len(data), "gzip_bytes": gz,
                     "target_bytes": limit, "verdict": verdict(None if limit is None else gz <= limit)})
    return rows


def latency_row(site: str, runtime: str, mode: str, samples: list[float], target_ms: float | None,
                questions: list[str], per_question: list[tuple[int, float]] | None = None,
                note: str = "") -> dict[str, Any]:
    s = stats(samples)
    row: dict[str, Any] = {"site": site, "runtime": runtime, "mode": mode, **{k: (round(v, 4) if k != "n" else v)
                           for k, v in s.items()}, "target_p95_ms": target_ms,
                           "verdict": verdict(None if target_ms is None else s["p95"] <= target_ms), "note": note}
    if per_question:
        worst: dict[int, float] = {}
        for i, ms in per_question:
            worst[i] = max(worst.get(i, 0.0), ms)
        top = sorted(worst.items(), key=lambda kv: -kv[1])[:3]
        row["slowest"] = [{"question": questions[i], "ms": round(ms, 3)} for i, ms in top]
    return row


# --- mini-racer --------------------------------------------------------------------------

def bench_mini_racer(shipped: Shipped, site: str, questions: list[str], force: str | None,
                     target_ms: float | None, rounds: int, batch_ms: float, python_rounds: int,
                     warm_rounds: int) -> dict[str, Any]:
    from py_mini_racer import MiniRacer

    def fresh() -> tuple[Any, list[str], list[dict[str, Any]]]:
        v8 = MiniRacer()
        v8.eval(shipped.engine_text)
        v8.eval(HARNESS)
        langs = v8.call("__benchSet", questions, shipped.languages, PAGE_LANG, force or "", NOW,
                        timeout_sec=V8_TIMEOUT_S)
        loads = []
        for lang in sorted(set(langs)):
            text = shipped.index_text(lang)
            started = time.perf_counter()
            parse_ms, create_ms = v8.call("__benchLoad", lang, text, timeout_sec=V8_TIMEOUT_S)
            total = (time.perf_counter() - started) * 1000
            loads.append({"site": site, "runtime": "mini-racer", "lang": lang, "index_bytes": len(text.encode()),
                          "parse_ms": parse_ms, "create_ms": create_ms, "total_ms": round(total, 3),
                          "clock": "Date.now (1 ms)", "total_from": "Python perf_counter around v8.call"})
        return v8, langs, loads

    v8, langs, loads = fresh()
    rows = []
    # First ask of each question on a fresh engine (from Python: includes the call overhead).
    first: list[float] = []
    for i in range(len(questions)):
        started = time.perf_counter()
        v8.call("__benchAskOne", i)
        first.append((time.perf_counter() - started) * 1000)
    # Warm up, then the call overhead alone.
    v8.eval(f"__bench.warm({warm_rounds})", timeout_sec=V8_TIMEOUT_S)
    noop = []
    for _ in range(500):
        started = time.perf_counter()
        v8.call("__benchNoop")
        noop.append((time.perf_counter() - started) * 1000)
    overhead = statistics.median(noop)
    rows.append(latency_row(site, "mini-racer", "first ask, fresh engine (from Python, + call)", first, target_ms,
                            questions, list(enumerate(first))))
    # Warm, inside V8, batched (Date.now has 1 ms resolution).
    batched = json.loads(v8.eval(f"__bench.batched({rounds}, {batch_ms})", timeout_sec=V8_TIMEOUT_S))
    rows.append(latency_row(site, "mini-racer", f"warm, in V8 (mean over >= {batch_ms:g} ms per sample)",
                            [ms for _, ms, _ in batched], target_ms, questions,
                            [(i, ms) for i, ms, _ in batched]))
    # Warm, per call from Python: ask + JSON.stringify in V8, json.loads in Python.
    from_python: list[float] = []
    per_q: list[tuple[int, float]] = []
    for _ in range(python_rounds):
        for i in range(len(questions)):
            started = time.perf_counter()
            json.loads(v8.call("__benchAskJson", i))
            ms = (time.perf_counter() - started) * 1000
            from_python.append(ms)
            per_q.append((i, ms))
    rows.append(latency_row(site, "mini-racer", "warm, per call from Python (ask + JSON)", from_python, target_ms,
                            questions, per_q, note=f"v8.call of an empty function takes {overhead * 1000:.0f} us (median)"))
    summary = v8.eval("JSON.stringify(__bench.summary())", timeout_sec=V8_TIMEOUT_S)
    v8.close()
    return {"rows": rows, "loads": loads, "call_overhead_ms": round(overhead, 4), "answers": json.loads(summary),
            "langs": langs}


# --- Chromium ----------------------------------------------------------------------------

class Browser(ChromiumSession):
    def page(self):
        """A blank page, cross-origin isolated when possible (5 us performance.now)."""
        context = self.browser.new_context()
        page = context.new_page()

        def serve(route) -> None:
            route.fulfill(status=200, content_type="text/html; charset=utf-8",
                          headers={"Cross-Origin-Opener-Policy": "same-origin",
                                   "Cross-Origin-Embedder-Policy": "require-corp"},
                          body="<!doctype html><html><head><title>glowgen engine bench</title></head><body></body></html>")

        where = "about:blank"
        try:
            page.route(ISOLATED_URL + "**", serve)
            page.goto(ISOLATED_URL)
            if page.evaluate("() => self.crossOriginIsolated === true"):
                where = "isolated blank page"
        except Exception:  # noqa: BLE001 - fall back to about:blank
            page.goto("about:blank")
        if where == "about:blank" and page.url != "about:blank":
            page.goto("about:blank")
        return context, page, where


def bench_chromium(browser: Browser, shipped: Shipped, site: str, questions: list[str], force: str | None,
                   target_ms: float | None, rounds: int, warm_rounds: int) -> dict[str, Any]:
    context, page, where = browser.page()
    try:
        page.add_script_tag(content=shipped.engine_text)
        page.add_script_tag(content=HARNESS)
        resolution = page.evaluate("""() => { let a = performance.now(), b, d = Infinity;
            for (let i = 0; i < 200; i++) { do { b = performance.now(); } while (b === a); d = Math.min(d, b - a); a = b; }
            return d; }""")
        langs = page.evaluate("([q, l, p, f, n]) => __bench.setQuestions(q, l, p, f, n)",
                              [questions, shipped.languages, PAGE_LANG, force or "", NOW])
        loads = []
        for lang in sorted(set(langs)):
            text = shipped.index_text(lang)
            parse_ms, create_ms = page.evaluate("([lang, text]) => __bench.load(lang, text)", [lang, text])
            loads.append({"site": site, "runtime": "Chromium", "lang": lang, "index_bytes": len(text.encode()),
                          "parse_ms": round(parse_ms, 3), "create_ms": round(create_ms, 3), "total_ms": None,
                          "clock": f"performance.now ({resolution * 1000:.0f} us)", "total_from": None})
        first = json.loads(page.evaluate("() => __bench.perCall(1)"))
        page.evaluate(f"() => __bench.warm({warm_rounds})")
        warm = json.loads(page.evaluate(f"() => __bench.perCall({rounds})"))
        note = f"{where}, performance.now resolution {resolution * 1000:.0f} us"
        rows = [
            latency_row(site, "Chromium", "first ask, fresh engine (in page)", [ms for _, ms in first], target_ms,
                        questions, first, note=note),
            latency_row(site, "Chromium", "warm, in page (each ask timed)", [ms for _, ms in warm], target_ms,
                        questions, warm, note=note),
        ]
        return {"rows": rows, "loads": loads, "resolution_ms": resolution, "page": where}
    finally:
        context.close()


# --- glowgen ask, stdin mode ---------------------------------------------------------------

def bench_stdin(out: Path, site: str, questions: list[str], n: int, runs: int,
                target: float | None) -> dict[str, Any]:
    command = glowgen_command() + ["ask", "--site", str(out), "--json", "--lang", PAGE_LANG, "--now", NOW]
    batch = [questions[i % len(questions)] for i in range(n)]

    def run(lines: list[str]) -> float:
        text = "".join(q + "\n" for q in lines)
        started = time.perf_counter()
        completed = subprocess.run(command, input=text, capture_output=True, text=True, encoding="utf-8",
                                   timeout=ASK_TIMEOUT_S)
        elapsed = time.perf_counter() - started
        if completed.returncode != 0:
            raise RuntimeError(f"glowgen ask failed (exit {completed.returncode}): "
                               f"{tail(completed.stderr or completed.stdout)}")
        printed = completed.stdout.splitlines()
        if len(printed) != len(lines):
            raise RuntimeError(f"glowgen ask printed {len(printed)} lines for {len(lines)} questions")
        for line in (printed[0], printed[-1]):
            answer = json.loads(line)
            if "intent" not in answer:
                raise RuntimeError(f"glowgen ask printed an answer without intent: {line[:200]}")
        return elapsed

    run(batch[:1])  # the file cache and .pyc files, not timed
    one = [run(batch[:1]) for _ in range(runs)]
    many = [run(batch) for _ in range(runs)]
    t1, tn = statistics.median(one), statistics.median(many)
    with_start = n / tn
    without_start = (n - 1) / (tn - t1) if tn > t1 else float("inf")
    return {
        "site": site, "questions": n, "runs": runs,
        "seconds_1": round(t1, 4), "seconds_n": round(tn, 4),
        "times_1": [round(t, 4) for t in one], "times_n": [round(t, 4) for t in many],
        "qps_with_start": round(with_start, 1), "qps_without_start": round(without_start, 1),
        "ms_per_question": round((tn - t1) / (n - 1) * 1000, 4) if n > 1 else None,
        "target_qps": target,
        "verdict_with_start": verdict(None if target is None else with_start >= target),
        "verdict_without_start": verdict(None if target is None else without_start >= target),
    }


# --- printing ----------------------------------------------------------------------------


def ms(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if value < 10 else f"{value:.1f}"


def clock_ms(value: float, clock: str) -> str:
    """Date.now() differences are whole milliseconds: print them so."""
    return f"{value:.0f}" if clock.startswith("Date.now") else ms(value)


def print_report(report: dict[str, Any]) -> None:
    print()
    print("1. Sizes of the shipped assistant files (gzip -9)")
    table(("site", "file", "name", "raw bytes", "gzip bytes", "target", "verdict"),
          [(r["site"], r["file"], r["name"], f"{r['raw_bytes']:,}", f"{r['gzip_bytes']:,}",
            f"<= {r['target_bytes']:,}" if r["target_bytes"] else "-", r["verdict"]) for r in report["sizes"]],
          {3, 4, 5})
    print()
    print("2-3. ask latency, milliseconds")
    table(("site", "runtime", "measured", "n", "p50", "p95", "max", "target p95", "verdict"),
          [(r["site"], r["runtime"], r["mode"], str(r["n"]), ms(r["p50"]), ms(r["p95"]), ms(r["max"]),
            f"<= {r['target_p95_ms']:g}" if r["target_p95_ms"] is not None else "-", r["verdict"])
           for r in report["latency"]], {3, 4, 5, 6, 7})
    notes = sorted({f"{r['site']} / {r['runtime']}: {r['note']}" for r in report["latency"] if r.get("note")})
    for note in notes:
        print(f"  note - {note}")
    print()
    print("  slowest questions (worst sample of each, warm rows):")
    for r in report["latency"]:
        if r["mode"].startswith("warm") and r.get("slowest") and "Python" not in r["mode"]:
            tops = "; ".join(f"{s['ms']:.3f} ms {s['question'][:48]!r}" for s in r["slowest"])
            print(f"    {r['site']} / {r['runtime']}: {tops}")
    print()
    print("  loading an index (JSON.parse of its text, then GlowEngine.createEngine), milliseconds")
    table(("site", "runtime", "lang", "index bytes", "parse", "create", "total", "clock"),
          [(r["site"], r["runtime"], r["lang"], f"{r['index_bytes']:,}", clock_ms(r["parse_ms"], r["clock"]),
            clock_ms(r["create_ms"], r["clock"]), ms(r["total_ms"]), r["clock"]) for r in report["loads"]],
          {3, 4, 5, 6})
    print()
    print("4. glowgen ask, stdin mode (fresh subprocess, median of runs)")
    table(("site", "questions", "1 question s", "N questions s", "q/s with start", "verdict",
           "q/s without start", "verdict", "ms/question"),
          [(r["site"], f"{r['questions']:,}", f"{r['seconds_1']:.3f}", f"{r['seconds_n']:.3f}",
            f"{r['qps_with_start']:,.0f}", r["verdict_with_start"], f"{r['qps_without_start']:,.0f}",
            r["verdict_without_start"], ms(r["ms_per_question"])) for r in report["throughput"]],
          {1, 2, 3, 4, 6, 8})
    print(f"  target: >= {THROUGHPUT_TARGET:g} questions/s (example clinic)")


# --- main --------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Measure the assistant engine: file sizes, ask latency in "
                                     "mini-racer and Chromium, glowgen ask throughput (figures only).")
    parser.add_argument("--quick", action="store_true", help="smaller synthetic site (1,200 items), fewer repetitions")
    parser.add_argument("--json", action="store_true", help="also print the results as JSON")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder with the builds")
    parser.add_argument("--items", type=int, default=None,
                        help=f"synthetic site size in content items (default {LARGE_ITEMS:,}; 1,200 with --quick)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the synthetic text (default: 1)")
    args = parser.parse_args(argv)
    items = args.items if args.items is not None else (1200 if args.quick else LARGE_ITEMS)
    if items < 2:
        parser.error("--items must be at least 2")
    rounds = 1 if args.quick else 5            # samples per question, in-runtime timing
    batch_ms = 5.0 if args.quick else 20.0     # mini-racer batch length
    python_rounds = 3 if args.quick else 20    # per-call from Python
    warm_rounds = 3 if args.quick else 10      # asks of every question before timing
    stdin_n = 500 if args.quick else 2000
    stdin_runs = 1 if args.quick else 3
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))

    started = time.perf_counter()
    from importlib.metadata import version
    print(f"glowgen engine benchmark: Python {platform.python_version()}, mini-racer {version('mini-racer')}, "
          f"{platform.system()} {platform.machine()}, {cores()} core(s)")
    print(f"questions: {len(QUESTIONS)} (fr, nl, en, de, short, gibberish), +{len(SYNTHETIC_QUESTIONS)} on the "
          f"synthetic site; now = {NOW}; page language {PAGE_LANG}")

    work = Path(tempfile.mkdtemp(prefix="glowgen-engine-bench-"))
    report: dict[str, Any] = {"sizes": [], "latency": [], "loads": [], "throughput": [], "errors": [],
                              "builds": {}, "answers": {}}
    browser: Browser | None = None
    synth_target = LARGE_P95_MS if items >= LARGE_ITEMS else None

    def attempt(what: str, func: Callable[[], Any]) -> Any:
        return report_attempt(report["errors"], what, func)

    try:
        # The builds.
        example_out = work / "example" / "build"
        print(f"  building the example clinic ({REPO}) ...", end="", flush=True)
        seconds = attempt("example build", lambda: build_site(REPO, example_out))
        print(f" {seconds:.2f} s" if seconds is not None else " failed")
        example = attempt("example files", lambda: Shipped(example_out)) if seconds is not None else None
        if seconds is not None:
            report["builds"]["example clinic"] = {"seconds": round(seconds, 3), "out": str(example_out)}

        synth_name = f"synthetic {items:,}"
        bench_build = load_build_module()
        treatments, faqs = bench_build.split_size(items)
        root = work / "synthetic"
        generated = time.perf_counter()
        bench_build.generate_site(root, treatments, faqs, seed=args.seed)
        print(f"  generated {synth_name}: {treatments:,} treatments + {faqs:,} FAQs x 3 languages in "
              f"{time.perf_counter() - generated:.1f} s; building ...", end="", flush=True)
        synth_out = root / "build"
        seconds = attempt("synthetic build", lambda: build_site(root, synth_out))
        print(f" {seconds:.1f} s" if seconds is not None else " failed")
        synthetic = attempt("synthetic files", lambda: Shipped(synth_out)) if seconds is not None else None
        if seconds is not None:
            report["builds"][synth_name] = {"seconds": round(seconds, 3), "out": str(synth_out),
                                            "treatments": treatments, "faqs": faqs}

        # 1. Sizes.
        if example:
            report["sizes"] += size_rows(example, "example clinic", targets=True)
        if synthetic:
            report["sizes"] += [r for r in size_rows(synthetic, synth_name, targets=False) if r["file"] != "engine"]

        example_q = list(QUESTIONS)
        synth_q = list(QUESTIONS) + list(SYNTHETIC_QUESTIONS)
        cases = []
        if example:
            cases.append(("example clinic", example, example_q, None, EXAMPLE_P95_MS))
        if synthetic:
            cases.append((synth_name, synthetic, synth_q, "fr", synth_target))

        # 2-3. Latency in mini-racer.
        for name, shipped, questions, force, target in cases:
            print(f"  mini-racer: {name} ...", flush=True)
            result = attempt(f"mini-racer {name}", lambda: bench_mini_racer(
                shipped, name, questions, force, target, rounds, batch_ms, python_rounds, warm_rounds))
            if result:
                report["latency"] += result["rows"]
                report["loads"] += result["loads"]
                report["answers"][name] = [{"question": q, "lang": a[0], "intent": a[1], "ref": a[2]}
                                           for q, a in zip(questions, result["answers"])]

        # 2-3. Latency in Chromium.
        if cases:
            print("  Chromium: starting ...", flush=True)
            browser = attempt("Chromium launch", Browser)
            if browser:
                print(f"  Chromium {browser.version} ({browser.executable})")
                report["chromium"] = {"version": browser.version, "executable": browser.executable}
                for name, shipped, questions, force, target in cases:
                    print(f"  Chromium: {name} ...", flush=True)
                    result = attempt(f"Chromium {name}", lambda: bench_chromium(
                        browser, shipped, name, questions, force, target, max(rounds, 3), warm_rounds))
                    if result:
                        report["latency"] += result["rows"]
                        report["loads"] += result["loads"]
                browser.close()
                browser = None

        # 4. stdin mode.
        if example:
            print(f"  glowgen ask stdin: example clinic, {stdin_n:,} questions x {stdin_runs} run(s) ...", flush=True)
            result = attempt("stdin example", lambda: bench_stdin(example_out, "example clinic", example_q,
                                                                  stdin_n, stdin_runs, THROUGHPUT_TARGET))
            if result:
                report["throughput"].append(result)
        if synthetic:
            print(f"  glowgen ask stdin: {synth_name}, {stdin_n:,} questions x {stdin_runs} run(s) ...", flush=True)
            result = attempt(f"stdin {synth_name}", lambda: bench_stdin(synth_out, synth_name, synth_q,
                                                                        stdin_n, stdin_runs, None))
            if result:
                report["throughput"].append(result)
    finally:
        if browser:
            try:
                browser.close()
            except Exception:  # noqa: BLE001
                pass
        if args.keep:
            print(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)

    print_report(report)
    if synth_target is None:
        print(f"  (the synthetic site has {items:,} items: its {LARGE_P95_MS:g} ms target applies to "
              f"{LARGE_ITEMS:,} items and was not judged)")
    # What the engine answered, in short: a sanity check that the timed asks did real work.
    for name, answers in report["answers"].items():
        intents: dict[str, int] = {}
        for a in answers:
            intents[a["intent"]] = intents.get(a["intent"], 0) + 1
        print(f"  intents of the {len(answers)} questions, {name}: "
              + ", ".join(f"{k} {v}" for k, v in sorted(intents.items(), key=lambda kv: -kv[1])))
    total = time.perf_counter() - started
    print(f"total benchmark time: {total:.1f} s")
    if report["errors"]:
        print(f"{len(report['errors'])} measurement(s) failed: " + "; ".join(e["what"] for e in report["errors"]))
    if args.json:
        report["total_seconds"] = round(total, 3)
        report["python"] = platform.python_version()
        report["quick"] = args.quick
        report["items"] = items
        print(json.dumps(report, indent=2, ensure_ascii=False))
    return 1 if report["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
