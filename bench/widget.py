"""Assistant widget benchmark for glowgen: how big the files in the page are, how fast the
first answer shows up, and whether the page's rendering or layout suffers.

The example clinic (this repository) is built into a temporary folder with
``glowgen.build.build(..., today=2026-11-23)`` and served from it by the tests' static
server (``tests/staticserver.py``: 127.0.0.1, the build's ``_headers`` applied, so the
page runs under its real CSP). The page measured is the French home page ``/fr/``.

What it measures
    1. Sizes of the files under ``build/assistant/``, raw and compressed with Python's
       ``gzip`` at level 9: the loader ``glowgen.<hash>.js`` (on every page), the widget
       ``widget.<hash>.js`` with its stylesheet ``widget.<hash>.css`` and its wording
       ``ui.<hash>.json`` (each on its own row and as a subtotal), the engine
       ``engine.<hash>.js`` and the example index ``index-fr.<hash>.json``; the other
       languages' indexes for information. Names come from the loader's asset list and
       ``glowgen-assistant.json``.
       Targets: loader <= 2 KB; loader + widget + CSS + ui + engine + index-fr <= 35 KB
       (KB = 1,024 bytes; the figure in 1,000-byte units is shown too).

    2. Time to an answer in Chromium (Playwright), with the page's CPU slowed 4x through the
       DevTools protocol (``Emulation.setCPUThrottlingRate``, rate 4, set before navigation).
       Every sample is a fresh browser context (empty HTTP cache and code cache) and page.
       The files come from the local server with no network throttling: the cold figures
       contain local fetches only, a real network adds its round trips on top.

       In-page timing (``performance.now()``; an init script, the page's own code is not
       changed): a capture-phase ``click`` listener on ``window`` takes the click's
       ``event.timeStamp`` and, at that moment, installs a ``MutationObserver`` on the
       ``<glow-assistant>`` shadow root. The first new ``div.message.answer`` in
       ``div.log`` with text is the answer: "in DOM" is when the observer sees it; "on
       screen" is the first task after the next animation frame's callbacks (rAF, then a
       MessageChannel message), i.e. after that frame has been painted; there the answer
       is checked to have a visible box (a warning is printed if not). The target (<= 100 ms) is applied to "on screen". Clicks are real
       Playwright clicks (mouse events through the protocol).

       (a) cold: the launcher is clicked as soon as ``goto`` returns at DOMContentLoaded,
           so the widget, its wording, the engine and the index load on the click. The
           loader starts a prefetch from a ``requestIdleCallback`` after the load event,
           and on a local server the load event follows DOMContentLoaded so closely that
           the prefetch is always under way before Playwright's click lands. So in (a)
           the page's image requests (the only thing the load event still waits for) are
           paused with the DevTools protocol (``Fetch.enable`` with image URL patterns
           only; every other request is untouched) until the answer is on screen: the
           load event, and the prefetch, come after the click, as they do on a real
           network while images are still arriving. The init script wraps
           ``requestIdleCallback`` (same behaviour; it only notes when the callback runs)
           and a sample whose prefetch had started before the click anyway is left out
           and retried (up to 3x the runs; the count is printed). Also printed: when the
           widget's requests start and end relative to the click, and the main-thread
           long tasks (``longtask`` entries) between the click and the answer.
       (a') for information, the same click with nothing held: the prefetch has
           usually started (not finished) by the time the click lands.
       (b) warm: the launcher is clicked after the load event, once the idle prefetch has
           run and the widget, wording, engine and index-fr requests have completed
           (resource timing entries), and the main thread has been idle twice more.
       On the first open the panel's answer is the clinic's greeting (an answer bubble
       built once the engine and the index are ready), which is what (a) and (b) time.
       (c) quick-reply chips, warm: on each warm page, after (b), each of the five chips
           is clicked once (the order rotated from page to page) and timed from the chip's
           click to its new answer; the first chip of each page is reported apart (the
           engine's first question on that page), then all chip clicks.
       Each case: median and max over ``--runs`` pages (default 10).

    3. Rendering of the home page, with and without the loader (the second a copy of
       ``fr/index.html`` in the temporary build without the loader's ``<script>`` tag),
       same 4x CPU throttling, ``--runs`` fresh pages each, interleaved: first paint and
       first contentful paint (``paint`` entries), largest contentful paint (the last
       ``largest-contentful-paint`` candidate), DOMContentLoaded and load (navigation
       timing); median, min and max. Paint times vary from page to page by more than
       the loader could cost, so a third load shows it directly: the loader's request
       paused 1.5 s (DevTools protocol ``Fetch``, that URL only); a first contentful
       paint before it is released on every page shows the page renders without it.
       Layout shift (``layout-shift`` entries from a buffered PerformanceObserver): the
       sum of every shift's value, including those with ``hadRecentInput`` (which the CLS
       metric leaves out), during load (up to the click, or for the rendering pages up to
       load + idle prefetch + 300 ms) and after the click on the launcher (from the click
       to 500 ms after the answer, plus the chip clicks on warm pages); the CLS-counted
       part (without ``hadRecentInput``) is shown as well. Also at a 360 x 740 viewport
       (a few pages). Target: 0.

What it prints
    Tables with the figures and PASS/MISS next to each target. It never fails on a
    figure: exit 0 whatever they are, 1 only when something crashes (the build, the
    browser, an answer that never shows up within 20 s is reported, not fatal).

How to run it (from the repository root)::

    .venv/bin/python bench/widget.py               # ~2-3 minutes
    .venv/bin/python bench/widget.py --runs 5      # fewer pages per case
    .venv/bin/python bench/widget.py --json        # the figures as JSON at the end too
    .venv/bin/python bench/widget.py --keep        # keep the temporary build

Chromium: Playwright's own build when installed, else the first of /usr/bin/chromium,
/usr/bin/chromium-browser, /usr/bin/google-chrome; headless.
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import json
import os
import platform
import re
import shutil
import statistics
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from tests.chromium import ChromiumSession  # noqa: E402 - after the path above

TODAY = datetime.date(2026, 11, 23)
PAGE_LANG = "fr"
HOME = f"{PAGE_LANG}/"
NO_LOADER = f"{PAGE_LANG}/bench-no-loader.html"

KB = 1024
LOADER_GZ_TARGET = 2 * KB
TOTAL_GZ_TARGET = 35 * KB
ANSWER_MS_TARGET = 100.0
CPU_RATE = 4
ANSWER_TIMEOUT_MS = 20_000
HOLD_LOADER_MS = 1500

DESKTOP = {"width": 1280, "height": 720}
MOBILE = {"width": 360, "height": 740}

# Installed before any of the page's scripts. It changes nothing the page does: it
# observes layout shifts and LCP, notes when the loader's idle callback runs, and times
# armed clicks to the next new answer bubble in the assistant's shadow root.
HOOKS = r"""
(() => {
  const B = window.__glowBench = { shifts: [], lcp: null, idleAt: null, loadAt: null, armed: "launcher", runs: [] };
  try {
    new PerformanceObserver((list) => {
      const inAssistant = (node) => {
        const el = node && (node.nodeType === 1 ? node : node.parentElement);
        return !node || Boolean(el && el.closest("glow-assistant"));  // no node: inside a shadow root
      };
      for (const e of list.getEntries()) B.shifts.push({ t: e.startTime, v: e.value, input: e.hadRecentInput,
        page: (e.sources || []).some((s) => !inAssistant(s.node)),
        sources: (e.sources || []).map((s) => {
          const r = (x) => x ? `${Math.round(x.x)},${Math.round(x.y)} ${Math.round(x.width)}x${Math.round(x.height)}` : "?";
          const name = s.node ? s.node.nodeName.toLowerCase() + (s.node.className && typeof s.node.className === "string" ? "." + s.node.className.trim().split(/\s+/).join(".") : "") : "(node not exposed: shadow root or removed)";
          return `${name} ${r(s.previousRect)} -> ${r(s.currentRect)}`;
        }) });
    }).observe({ type: "layout-shift", buffered: true });
  } catch (e) { B.shiftError = String(e); }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.lcp = { t: e.startTime, size: e.size, element: e.element ? e.element.nodeName.toLowerCase() : null };
    }).observe({ type: "largest-contentful-paint", buffered: true });
  } catch (e) { B.lcpError = String(e); }
  B.longtasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longtasks.push({ t: e.startTime, d: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch (e) { B.longtaskError = String(e); }
  const ric = window.requestIdleCallback;
  if (ric) {
    window.requestIdleCallback = function (callback, options) {
      return ric.call(window, (deadline) => {
        if (B.idleAt === null) B.idleAt = performance.now();
        return callback(deadline);
      }, options);
    };
  }
  addEventListener("load", () => { B.loadAt = performance.now(); }, { once: true });
  const answers = (root) => root ? Array.from(root.querySelectorAll("div.log div.message.answer")) : [];
  B.arm = (label) => { B.armed = label; };
  B.answerCount = () => {
    const host = document.querySelector("glow-assistant");
    return answers(host && host.shadowRoot).length;
  };
  addEventListener("click", (event) => {
    const label = B.armed;
    if (!label) return;
    B.armed = null;
    const now = performance.now();
    const host = document.querySelector("glow-assistant");
    const root = host && host.shadowRoot;
    const before = new Set(answers(root));
    const run = { label, stamp: event.timeStamp, now, idleBefore: B.idleAt !== null, loadBefore: B.loadAt !== null,
                  target: event.composedPath()[0] && event.composedPath()[0].className || null,
                  dom: null, frame: null, paint: null, intent: null, visible: null, done: false };
    B.runs.push(run);
    if (!root) { run.error = "no shadow root"; run.done = true; return; }
    let observer = null;
    const check = () => {
      if (run.dom !== null) return;
      // no layout query here (it would force a layout the page has not asked for yet)
      const fresh = answers(root).find((el) => !before.has(el) && el.textContent.trim());
      if (!fresh) return;
      run.dom = performance.now();
      observer.disconnect();
      run.intent = Array.from(fresh.classList).filter((c) => c !== "message" && c !== "answer").join(" ");
      run.text = fresh.textContent.trim().slice(0, 60);
      requestAnimationFrame(() => {
        run.frame = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          run.paint = performance.now();
          // after the frame: layout is up to date, so this costs nothing
          run.visible = fresh.getClientRects().length > 0 && (typeof fresh.checkVisibility !== "function" || fresh.checkVisibility());
          run.done = true;
        };
        channel.port2.postMessage(0);
      });
    };
    observer = new MutationObserver(check);
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ["hidden"] });
  }, true);
})();
"""

WAIT_PREFETCHED = """(names) => {
  const done = performance.getEntriesByType("resource").filter((e) => e.responseEnd > 0).map((e) => e.name.split("/").pop());
  return window.__glowBench.idleAt !== null && names.every((n) => done.includes(n));
}"""

IDLE_TWICE = """() => new Promise((resolve) => {
  const idle = window.requestIdleCallback ? (f) => requestIdleCallback(f) : (f) => setTimeout(f, 50);
  idle(() => idle(() => setTimeout(resolve, 100)));
})"""

READ_RUNS = """() => window.__glowBench.runs.map((r) => ({ ...r }))"""

READ_PAGE = """() => {
  const nav = performance.getEntriesByType("navigation")[0] || {};
  const paint = Object.fromEntries(performance.getEntriesByType("paint").map((e) => [e.name, e.startTime]));
  const B = window.__glowBench;
  return { fp: paint["first-paint"] ?? null, fcp: paint["first-contentful-paint"] ?? null, lcp: B.lcp,
           dcl: nav.domContentLoadedEventEnd ?? null, load: nav.loadEventEnd ?? null, idleAt: B.idleAt,
           parsed: nav.domInteractive ?? null,
           shifts: B.shifts, shiftError: B.shiftError || null, lcpError: B.lcpError || null,
           resources: performance.getEntriesByType("resource").map((e) => e.name.split("/").pop()) };
}"""


# -- helpers -------------------------------------------------------------------------------

def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9))


def verdict(ok: bool | None) -> str:
    return "" if ok is None else ("PASS" if ok else "MISS")


def med(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def fmt_ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def table(headers: list[str], rows: list[list[Any]], indent: str = "  ") -> None:
    cells = [[str(c) for c in headers]] + [["" if c is None else str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        line = "  ".join(c.rjust(widths[i]) if i and _numeric(c) else c.ljust(widths[i]) for i, c in enumerate(row))
        print(indent + line.rstrip())
        if n == 0:
            print(indent + "  ".join("-" * w for w in widths))


def _numeric(text: str) -> bool:
    return bool(re.fullmatch(r"[-+]?[\d,.]+( ?(ms|B|KB|%))?|-", text))


def load_average() -> str:
    try:
        return " ".join(f"{v:.2f}" for v in os.getloadavg())
    except (AttributeError, OSError):
        return "unknown"


# -- build and sizes -----------------------------------------------------------------------

def build_example(out: Path) -> dict[str, Any]:
    from glowgen.build import build

    started = time.perf_counter()
    result = build(REPO, out, today=TODAY)
    elapsed = time.perf_counter() - started
    entry = json.loads((out / "assistant" / "glowgen-assistant.json").read_text())
    loader = (out / "assistant" / entry["loader"]).read_text(encoding="utf-8")
    # the loader carries the asset list as a JSON string literal: JSON.parse("{...}")
    match = re.search(r'JSON\.parse\(("(?:[^"\\]|\\.)*")\)', loader)
    if not match:
        raise RuntimeError("cannot find the asset list in the loader")
    assets = json.loads(json.loads(match.group(1)))
    return {"entry": entry, "assets": assets, "seconds": elapsed, "warnings": list(result.warnings)}


def sizes(out: Path, info: dict[str, Any]) -> dict[str, Any]:
    folder = out / "assistant"
    assets, entry = info["assets"], info["entry"]
    rows: list[dict[str, Any]] = []

    def row(role: str, name: str, counted: bool) -> dict[str, Any]:
        data = (folder / name).read_bytes()
        item = {"role": role, "file": name, "raw": len(data), "gzip": gz(data), "counted": counted}
        rows.append(item)
        return item

    loader = row("loader (every page)", entry["loader"], True)
    widget = [row("widget script (with its wording)", assets["widget"], True),
              row("widget stylesheet", assets["css"], True)]
    row("engine", assets["engine"], True)
    row(f"index {PAGE_LANG} (example)", assets["indexes"][PAGE_LANG], True)
    for lang, name in assets["indexes"].items():
        if lang != PAGE_LANG:
            row(f"index {lang} (not counted)", name, False)
    total_gz = sum(r["gzip"] for r in rows if r["counted"])
    total_raw = sum(r["raw"] for r in rows if r["counted"])
    return {"rows": rows, "loader_gzip": loader["gzip"], "widget_gzip": sum(r["gzip"] for r in widget),
            "widget_raw": sum(r["raw"] for r in widget), "total_gzip": total_gz, "total_raw": total_raw,
            "loader_ok": loader["gzip"] <= LOADER_GZ_TARGET, "total_ok": total_gz <= TOTAL_GZ_TARGET}


def print_sizes(s: dict[str, Any]) -> None:
    print("\n1. Sizes (build/assistant/, gzip -9 with Python's gzip)")
    rows = []
    for r in s["rows"]:
        target = ""
        if r["role"].startswith("loader"):
            target = f"<= {LOADER_GZ_TARGET:,} B  {verdict(s['loader_ok'])}"
        rows.append([r["role"], r["file"], f"{r['raw']:,}", f"{r['gzip']:,}", target])
    rows.append(["widget subtotal (js + css + ui)", "", f"{s['widget_raw']:,}", f"{s['widget_gzip']:,}", ""])
    rows.append(["total: loader + widget + css + ui + engine + index fr", "", f"{s['total_raw']:,}", f"{s['total_gzip']:,}",
                 f"<= {TOTAL_GZ_TARGET:,} B  {verdict(s['total_ok'])}"])
    table(["file", "name", "raw B", "gzip B", "target"], rows)
    print(f"  loader {s['loader_gzip'] / KB:.2f} KiB ({s['loader_gzip'] / 1000:.2f} kB); "
          f"total {s['total_gzip'] / KB:.2f} KiB ({s['total_gzip'] / 1000:.2f} kB); KB in the targets = 1,024 B")


def strip_loader(out: Path, loader: str) -> str:
    """A copy of the home page without the loader's script tag, next to it (same base)."""
    html = (out / HOME / "index.html").read_text(encoding="utf-8")
    pattern = re.compile(r'<script\b[^>]*\bsrc="[^"]*' + re.escape(loader) + r'"[^>]*>\s*</script>\s*')
    tags = pattern.findall(html)
    if len(tags) != 1:
        raise RuntimeError(f"expected one loader <script> on {HOME}, found {len(tags)}")
    (out / NO_LOADER).write_text(pattern.sub("", html), encoding="utf-8")
    return tags[0].strip()


# -- browser -------------------------------------------------------------------------------

class Browser(ChromiumSession):
    def page(self, viewport: dict[str, int] = DESKTOP):
        context = self.browser.new_context(viewport=viewport)
        context.add_init_script(HOOKS)
        page = context.new_page()
        page.set_default_timeout(ANSWER_TIMEOUT_MS)
        cdp = context.new_cdp_session(page)
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_RATE})
        page.bench_cdp = cdp  # for the cold case's held images
        return context, page



def wait_run(page, index: int) -> dict[str, Any]:
    """The index-th timed click of the page, once its answer has been painted (or a timeout)."""
    try:
        page.wait_for_function(f"() => (window.__glowBench.runs[{index}] || {{}}).done === true",
                               timeout=ANSWER_TIMEOUT_MS, polling=50)
    except Exception:  # noqa: BLE001 - a missing answer is a figure, not a crash
        pass
    runs = page.evaluate(READ_RUNS)
    if len(runs) <= index:
        return {"error": "the click was not seen"}
    run = runs[index]
    if not run.get("done"):
        run["error"] = run.get("error") or f"no answer within {ANSWER_TIMEOUT_MS / 1000:.0f} s"
    return timings(run)


def timings(run: dict[str, Any]) -> dict[str, Any]:
    start = run["stamp"] if run.get("stamp") and 0 < run["stamp"] <= run["now"] + 1 else run["now"]
    run["start"] = start
    run["input_delay"] = run["now"] - start
    run["to_dom"] = None if run.get("dom") is None else run["dom"] - start
    run["to_paint"] = None if run.get("paint") is None else run["paint"] - start
    return run


def shift_sum(shifts: list[dict[str, Any]], since: float = float("-inf"), until: float = float("inf"),
              counted_only: bool = False, page: bool | None = None) -> float:
    """Sum of layout-shift values in [since, until); ``page``: True for the shifts that
    moved at least one of the page's own elements, False for the others (the assistant)."""
    return sum(s["v"] for s in shifts if since <= s["t"] < until and not (counted_only and s["input"])
               and (page is None or s["page"] == page))


def shift_window(shifts: list[dict[str, Any]], since: float = float("-inf"), until: float = float("inf"),
                 parsed: float | None = None) -> dict[str, Any]:
    return {"sum": shift_sum(shifts, since, until), "counted": shift_sum(shifts, since, until, counted_only=True),
            "page": shift_sum(shifts, since, until, page=True), "assistant": shift_sum(shifts, since, until, page=False),
            "sources": shift_sources(shifts, since, until, parsed)}


def shift_sources(shifts: list[dict[str, Any]], since: float = float("-inf"), until: float = float("inf"),
                  parsed: float | None = None) -> list[str]:
    """The shifted nodes with their rects, marked when the shift came before the parser had
    finished the page (``parsed``: domInteractive), i.e. a paint of a partly parsed page."""
    names: list[str] = []
    for s in shifts:
        if since <= s["t"] < until and s["v"] > 0:
            when = " (while the page was still being parsed)" if parsed is not None and s["t"] < parsed else ""
            names.extend(n + when for n in s["sources"] if n + when not in names)
    return names


def split_shifts(run: dict[str, Any], state: dict[str, Any]) -> None:
    """Layout shifts of a page before and after its first timed click."""
    shifts, start = state["shifts"], run["start"]
    run["shift_error"] = state["shiftError"]
    parsed = state.get("parsed")
    run["windows"] = {"load": shift_window(shifts, until=start, parsed=parsed), "click": shift_window(shifts, since=start)}


def expected_files(info: dict[str, Any]) -> list[str]:
    a = info["assets"]
    return [a["widget"], a["engine"], a["indexes"][PAGE_LANG]]


def launcher(page):
    return page.locator("glow-assistant button.launcher")


# Only these requests are paused (DevTools protocol Fetch domain with URL patterns): the
# page's other requests, and the assistant's, go through untouched.
IMAGE_PATTERNS = [{"urlPattern": f"*.{ext}", "requestStage": "Request"}
                  for ext in ("svg", "png", "jpg", "jpeg", "gif", "webp", "avif")]

RESOURCES_SINCE = """(since) => performance.getEntriesByType("resource").map((e) => ({
  name: e.name.split("/").pop(), path: new URL(e.name).pathname, start: e.startTime - since, end: e.responseEnd - since }))"""


def cold_sample(browser: Browser, base: str, viewport: dict[str, int] = DESKTOP, hold: bool = True,
                info: dict[str, Any] | None = None) -> dict[str, Any]:
    """Click the launcher as soon as DOMContentLoaded has fired. With ``hold``, the page's
    image requests are paused until the answer is on screen, so the load event (and the
    loader's idle prefetch after it) cannot come before the click."""
    context, page = browser.page(viewport)
    cdp = page.bench_cdp
    held: list[str] = []
    try:
        if hold:
            cdp.on("Fetch.requestPaused", lambda event: held.append(event["requestId"]))
            cdp.send("Fetch.enable", {"patterns": IMAGE_PATTERNS})
        page.goto(base + HOME, wait_until="domcontentloaded")
        launcher(page).click()
        run = wait_run(page, 0)
        run["held"] = len(held)
        if run.get("dom") is not None:
            tasks = page.evaluate("() => window.__glowBench.longtasks")
            inside = [t for t in tasks if t["t"] + t["d"] > run["start"] and t["t"] < run["dom"]]
            run["longtasks"] = {"total": sum(t["d"] for t in inside), "longest": max((t["d"] for t in inside), default=0.0),
                                "count": len(inside)}
        if info is not None and run.get("start") is not None:
            wanted = {a: role for role, a in zip(("widget", "engine", "index"), expected_files(info))}
            wanted[info["assets"]["css"]] = "css"
            run["files"] = {wanted[e["name"]]: e for e in page.evaluate(RESOURCES_SINCE, run["start"]) if e["name"] in wanted}
        if run.get("dom") is not None:
            # the assistant's files whose response had ended when the answer reached the DOM,
            # and those that came later (the other languages' indexes)
            entries = [e for e in page.evaluate(RESOURCES_SINCE, run["start"]) if e["path"].startswith("/assistant/")]
            answer_at = run["dom"] - run["start"]
            run["before_answer"] = sorted({e["name"] for e in entries if e["end"] <= answer_at})
        if hold:
            for request_id in held:
                try:
                    cdp.send("Fetch.continueRequest", {"requestId": request_id})
                except Exception:  # noqa: BLE001 - the page may have given up on it
                    pass
            cdp.send("Fetch.disable")
        page.wait_for_timeout(500)
        if run.get("start") is not None:
            run["assistant_files"] = sorted({e["name"] for e in page.evaluate(RESOURCES_SINCE, run["start"])
                                             if e["path"].startswith("/assistant/")})
        state = page.evaluate(READ_PAGE)
        run["cold"] = not run.get("idleBefore")
        split_shifts(run, state)
        return run
    finally:
        context.close()


def warm_sample(browser: Browser, base: str, info: dict[str, Any], chip_offset: int,
                viewport: dict[str, int] = DESKTOP, chips: bool = True) -> dict[str, Any]:
    context, page = browser.page(viewport)
    try:
        page.goto(base + HOME, wait_until="load")
        page.wait_for_function(WAIT_PREFETCHED, arg=expected_files(info), timeout=ANSWER_TIMEOUT_MS, polling=50)
        page.evaluate(IDLE_TWICE)
        launcher(page).click()
        run = wait_run(page, 0)
        run["chips"] = []
        if chips and run.get("done"):
            buttons = page.locator("glow-assistant section.panel button.chip[part=chip]")
            count = buttons.count()
            for k in range(count):
                i = (chip_offset + k) % count
                page.evaluate("() => window.__glowBench.arm('chip')")
                label = buttons.nth(i).inner_text().strip()
                buttons.nth(i).click()
                chip = wait_run(page, len(run["chips"]) + 1)
                chip["chip"] = label
                chip["first_of_page"] = k == 0
                run["chips"].append(chip)
        page.wait_for_timeout(500)
        state = page.evaluate(READ_PAGE)
        run["cold"] = False
        split_shifts(run, state)
        return run
    finally:
        context.close()


def render_sample(browser: Browser, base: str, path: str, info: dict[str, Any] | None,
                  hold_loader_ms: int = 0) -> dict[str, Any]:
    """One fresh page load. With ``hold_loader_ms``, the loader's request is paused that
    long (DevTools protocol Fetch domain, only that URL): whatever paints before it is
    released was not waiting for the loader."""
    context, page = browser.page(DESKTOP)
    cdp = page.bench_cdp
    held: list[str] = []
    released = None
    try:
        if hold_loader_ms and info is not None:
            cdp.on("Fetch.requestPaused", lambda event: held.append(event["requestId"]))
            cdp.send("Fetch.enable", {"patterns": [{"urlPattern": f"*/{info['entry']['loader']}", "requestStage": "Request"}]})
            page.goto(base + path, wait_until="commit")
            page.wait_for_timeout(hold_loader_ms)
            released = page.evaluate("() => performance.now()")
            for request_id in held:
                cdp.send("Fetch.continueRequest", {"requestId": request_id})
            cdp.send("Fetch.disable")
            page.wait_for_load_state("load")
        else:
            page.goto(base + path, wait_until="load")
        if info is not None:  # with the loader: let the idle prefetch happen, it belongs to the load
            page.wait_for_function(WAIT_PREFETCHED, arg=expected_files(info), timeout=ANSWER_TIMEOUT_MS, polling=50)
        page.evaluate(IDLE_TWICE)
        page.wait_for_timeout(300)
        state = page.evaluate(READ_PAGE)
        state["windows"] = {"load": shift_window(state["shifts"], parsed=state.get("parsed"))}
        state["lcp_t"] = state["lcp"]["t"] if state["lcp"] else None
        state["released"] = released
        state["held"] = len(held)
        return state
    finally:
        context.close()


# -- the run -------------------------------------------------------------------------------

def summary(values: list[float | None]) -> tuple[float | None, float | None, int]:
    good = [v for v in values if v is not None]
    return (med(good), max(good) if good else None, len(good))


def latency_rows(label: str, runs: list[dict[str, Any]], target: bool = True) -> list[list[Any]]:
    dom = summary([r.get("to_dom") for r in runs])
    paint = summary([r.get("to_paint") for r in runs])
    delay = summary([r.get("input_delay") for r in runs])
    failed = sum(1 for r in runs if r.get("to_paint") is None)
    ok = None
    if target and paint[0] is not None:
        ok = paint[0] <= ANSWER_MS_TARGET and (paint[1] or 0) <= ANSWER_MS_TARGET and not failed
    intents = sorted({r.get("intent") or "?" for r in runs if r.get("intent") is not None})
    return [[label, f"{paint[2]}/{len(runs)}", fmt_ms(dom[0]), fmt_ms(dom[1]), fmt_ms(paint[0]), fmt_ms(paint[1]),
             fmt_ms(delay[1]), ", ".join(intents) or "-",
             f"<= {ANSWER_MS_TARGET:.0f} ms  {verdict(ok)}" if target else "(info)"]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=10, help="fresh pages per case (default 10)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON at the end too")
    parser.add_argument("--keep", action="store_true", help="keep the temporary build folder")
    args = parser.parse_args(argv)
    runs = max(1, args.runs)
    report: dict[str, Any] = {"runs": runs, "cpu_throttling": CPU_RATE}

    temp = Path(tempfile.mkdtemp(prefix="glowgen-widget-bench-"))
    out = temp / "build"
    browser: Browser | None = None
    try:
        print(f"glowgen widget benchmark: example clinic ({REPO}), built for {TODAY.isoformat()} into {out}")
        info = build_example(out)
        print(f"  build: {info['seconds']:.1f} s, {len(info['warnings'])} warning(s)")
        for w in info["warnings"]:
            print(f"    warning: {w}")
        s = sizes(out, info)
        report["sizes"] = s
        print_sizes(s)

        tag = strip_loader(out, info["entry"]["loader"])
        from tests.staticserver import serve_directory

        browser = Browser()
        print(f"\nChromium {browser.version} ({browser.executable}), headless, CPU throttled {CPU_RATE}x "
              f"(Emulation.setCPUThrottlingRate), viewport {DESKTOP['width']}x{DESKTOP['height']}, "
              f"one fresh browser context per page")
        print("Served from 127.0.0.1 by tests/staticserver.py with the build's _headers; NO network throttling "
              "(cold figures include local fetches only)")
        report["chromium"] = {"version": browser.version, "executable": browser.executable}
        print(f"Machine: {os.cpu_count()} CPU(s), {platform.platform()}, load average {load_average()} at the start")

        with serve_directory(out) as base:
            # warm-up: the first context of a browser pays for process start; not counted
            warm_sample(browser, base, info, 0, chips=False)

            print(f"\n  measuring cold opens ({runs} pages, then {runs} without holding the images) ...", flush=True)
            cold: list[dict[str, Any]] = []
            not_cold: list[dict[str, Any]] = []
            attempts = 0
            while len(cold) < runs and attempts < 3 * runs:
                attempts += 1
                r = cold_sample(browser, base, info=info)
                (cold if r["cold"] else not_cold).append(r)
            plain = [cold_sample(browser, base, hold=False, info=info) for _ in range(runs)]

            print(f"  measuring warm opens and chips ({runs} pages) ...", flush=True)
            warm = [warm_sample(browser, base, info, i) for i in range(runs)]
            chips = [c for r in warm for c in r["chips"]]
            first_chips = [c for c in chips if c.get("first_of_page")]

            print(f"  measuring home page rendering with and without the loader ({runs} pages each) ...", flush=True)
            with_loader: list[dict[str, Any]] = []
            without_loader: list[dict[str, Any]] = []
            loader_held: list[dict[str, Any]] = []
            for _ in range(runs):
                with_loader.append(render_sample(browser, base, HOME, info))
                without_loader.append(render_sample(browser, base, NO_LOADER, None))
                loader_held.append(render_sample(browser, base, HOME, info, hold_loader_ms=HOLD_LOADER_MS))

            mobile_runs = max(1, min(3, runs))
            print(f"  measuring layout shift at {MOBILE['width']}x{MOBILE['height']} ({mobile_runs} pages each) ...", flush=True)
            mobile_cold = [cold_sample(browser, base, MOBILE) for _ in range(mobile_runs)]
            mobile_warm = [warm_sample(browser, base, info, i, MOBILE) for i in range(mobile_runs)]

        # -- 2. answers
        print(f"\n2. Click to answer on screen, Chromium, CPU {CPU_RATE}x slower, median / max over fresh pages (ms)")
        print("   from the click's event.timeStamp; 'in DOM' = the answer bubble inserted, "
              "'on screen' = after the next frame was painted")
        headers = ["case", "n", "in DOM med", "in DOM max", "on screen med", "on screen max", "input delay max",
                   "answer", "target (on screen, med and max)"]
        rows = latency_rows("(a) cold: launcher right after DOMContentLoaded, before load", cold)
        plain_before = [r for r in plain if r["cold"]]
        plain_after = [r for r in plain if not r["cold"]]
        if plain_before:
            rows += latency_rows("(a') same, images not held, prefetch not started", plain_before, target=False)
        if plain_after:
            rows += latency_rows("(a') same, images not held, prefetch started first", plain_after, target=False)
        rows += latency_rows("(b) warm: launcher after the idle prefetch", warm)
        rows += latency_rows("(c) warm: quick-reply chip, first of the page", first_chips)
        rows += latency_rows("(c) warm: quick-reply chip, all 5 per page", chips)
        table(headers, rows)
        held = sorted({r.get("held", 0) for r in cold})
        print(f"  (a): the page's image requests ({'/'.join(map(str, held)) or '0'} a page) were held until the answer was on "
              f"screen, so that the load event, and the idle prefetch after it, come after the click; "
              f"{len(not_cold)} page(s) had started the prefetch anyway and were left out; "
              f"load event before the click on {sum(1 for r in cold if r.get('loadBefore'))}/{len(cold)}")
        print(f"  (a'): the same click with nothing held: the prefetch had started before the click on "
              f"{len(plain_after)}/{len(plain)} page(s) (load event before the click on "
              f"{sum(1 for r in plain if r.get('loadBefore'))}/{len(plain)}); on a local server the load event "
              f"follows DOMContentLoaded closely")
        if cold and any(r.get("files") for r in cold):
            parts = []
            for role in ("css", "widget", "engine", "index"):
                starts = [r["files"][role]["start"] for r in cold if role in r.get("files", {})]
                ends = [r["files"][role]["end"] for r in cold if role in r.get("files", {})]
                if starts:
                    parts.append(f"{role} {fmt_ms(med(starts))} -> {fmt_ms(med(ends))}")
            print("  (a): requests relative to the click, median start -> response end (ms; css is the launcher's, "
                  "loaded before the click): " + "; ".join(parts))
        if cold and any(r.get("before_answer") for r in cold):
            # what is really transferred before the first answer (the loader and the launcher's
            # stylesheet came with the page, before the click), gzip as in section 1
            folder = out / "assistant"
            gzip_of = {path.name: gz(path.read_bytes()) for path in folder.iterdir() if path.is_file()}
            before = [sum(gzip_of.get(n, 0) for n in r["before_answer"]) for r in cold if r.get("before_answer")]
            after = [sum(gzip_of.get(n, 0) for n in set(r.get("assistant_files", [])) - set(r["before_answer"]))
                     for r in cold if r.get("before_answer")]
            files = max((r["before_answer"] for r in cold if r.get("before_answer")), key=len)
            print(f"  (a): assistant files transferred before the first answer (median gzip, with the loader): "
                  f"{(med(before) or 0) + s['loader_gzip']:,.0f} B ({', '.join(files)}); "
                  f"after it, within 500 ms (the other languages' indexes): {med(after) or 0:,.0f} B")
            report["before_first_answer_gzip"] = (med(before) or 0) + s["loader_gzip"]
        tasks = [r["longtasks"] for r in cold if r.get("longtasks")]
        if tasks:
            print(f"  (a): long tasks (> 50 ms) between the click and the answer in the DOM: median total "
                  f"{fmt_ms(med([t['total'] for t in tasks]))} ms, longest {fmt_ms(max(t['longest'] for t in tasks))} ms")
        by_chip: dict[str, list[dict[str, Any]]] = {}
        for c in chips:
            by_chip.setdefault(c.get("chip", "?"), []).append(c)
        if by_chip:
            print("  per chip (on screen, med / max ms): " + "; ".join(
                f"{name} {fmt_ms(summary([c.get('to_paint') for c in items])[0])} / "
                f"{fmt_ms(summary([c.get('to_paint') for c in items])[1])} [{', '.join(sorted({c.get('intent') or '?' for c in items}))}]"
                for name, items in by_chip.items()))
        errors = [r.get("error") for r in cold + not_cold + plain + warm + chips if r.get("error")]
        for e in sorted(set(errors)):
            print(f"  ERROR ({errors.count(e)}x): {e}")
        hidden = [r for r in cold + plain + warm + chips if r.get("done") and r.get("visible") is False]
        if hidden:
            print(f"  WARNING: on {len(hidden)} sample(s) the answer had no visible box after the paint")
        report["answers"] = {"cold": cold, "cold_left_out": not_cold, "cold_not_held": plain, "warm": [{k: v for k, v in r.items() if k != "chips"} for r in warm],
                             "chips": chips}

        # -- 3. rendering and layout shift
        print(f"\n3. Home page /{HOME} rendering, CPU {CPU_RATE}x slower, median / max over {runs} fresh pages (ms from navigation start)")
        print(f"   loader tag: {tag}")
        rows = []

        def spread(samples: list[dict[str, Any]], key: str) -> str:
            values = [r[key] for r in samples if r.get(key) is not None]
            if not values:
                return "-"
            return f"{med(values):.0f} ({min(values):.0f}-{max(values):.0f})"

        for key, label in (("fp", "first paint"), ("fcp", "first contentful paint"), ("lcp_t", "largest contentful paint"),
                           ("dcl", "DOMContentLoaded end"), ("load", "load event end")):
            a = summary([r.get(key) for r in with_loader])
            b = summary([r.get(key) for r in without_loader])
            diff = None if a[0] is None or b[0] is None else a[0] - b[0]
            rows.append([label, spread(with_loader, key), spread(without_loader, key),
                         "-" if diff is None else f"{diff:+.0f}", spread(loader_held, key)])
        table(["median (min-max), ms", "with loader", "without loader", "with - without",
               f"loader held {HOLD_LOADER_MS / 1000:.1f} s"], rows)
        before_release = [r for r in loader_held if r.get("fcp") is not None and r.get("released") is not None
                          and r["fcp"] < r["released"]]
        print(f"   loader held {HOLD_LOADER_MS / 1000:.1f} s (its request paused, the page's others untouched): first "
              f"contentful paint came before the loader was released on {len(before_release)}/{len(loader_held)} page(s) "
              f"{verdict(len(before_release) == len(loader_held) and bool(loader_held))} (rendering not blocked by it; "
              f"DOMContentLoaded and load wait for a defer script by design)")
        lcp_elements = sorted({(r["lcp"] or {}).get("element") or "?" for r in with_loader + without_loader})
        print(f"   LCP element(s): {', '.join(lcp_elements)}")
        idle = summary([r.get("idleAt") for r in with_loader])
        print(f"   with the loader, the idle prefetch started at {fmt_ms(idle[0])} ms (median), after the load event")

        print("\n   Layout shift (sum of layout-shift values; in brackets the CLS-counted part, without hadRecentInput), target 0")
        rows = []

        notes: list[tuple[str, list[str]]] = []

        def shift_row(label: str, samples: list[dict[str, Any]], window: str) -> list[Any]:
            values = [r["windows"][window]["sum"] for r in samples]
            counted = [r["windows"][window]["counted"] for r in samples]
            sources: list[str] = []
            for r in samples:
                sources.extend(n for n in r["windows"][window]["sources"] if n not in sources)
            if sources:
                notes.append((label, sources))
            worst = max(values) if values else None
            own = [r["windows"][window]["page"] for r in samples]
            assistant = [r["windows"][window]["assistant"] for r in samples]
            return [label, len(values), "-" if worst is None else f"{worst:.4f}",
                    "-" if not counted else f"({max(counted):.4f})",
                    "-" if not assistant else f"{max(assistant):.4f}", "-" if not own else f"{max(own):.4f}",
                    "-" if not values else sum(1 for v in values if v > 0), verdict(None if worst is None else worst == 0)]

        rows.append(shift_row("home page load, without loader (until load + 300 ms)", without_loader, "load"))
        rows.append(shift_row("home page load, with loader (until prefetch + 300 ms)", with_loader, "load"))
        for name, samples, vp in (("cold", cold, DESKTOP), ("warm", warm, DESKTOP),
                                  ("cold", mobile_cold, MOBILE), ("warm", mobile_warm, MOBILE)):
            size = f"{vp['width']}x{vp['height']}"
            rows.append(shift_row(f"{name} pages {size}: before the click", samples, "load"))
            rows.append(shift_row(f"{name} pages {size}: after clicking the launcher" + (" (and the chips)" if name == "warm" else ""),
                                  samples, "click"))
        table(["window", "pages", "worst page", "CLS-counted", "assistant", "page's own", "pages > 0", "target 0"], rows)
        print("   (worst page of each column on its own; 'assistant' = shifts of nodes in its shadow root or element, "
              "'page's own' = shifts that moved the page's elements)")
        for label, sources in notes:
            print(f"   shifts in '{label}' ({len(sources)} distinct; node, previous -> current rect in the viewport):")
            for name in sources[:8]:
                print(f"     {name}")
        shift_errors = {r.get("shift_error") or r.get("shiftError") for r in with_loader + cold} - {None}
        if shift_errors:
            print(f"   layout-shift observer error: {', '.join(shift_errors)}")
        print(f"\nLoad average {load_average()} at the end ({os.cpu_count()} CPUs): timings on a busy machine are noisy, "
              "the maxima most of all")
        report["rendering"] = {"with_loader": with_loader, "without_loader": without_loader, "loader_held": loader_held,
                               "mobile_cold": mobile_cold, "mobile_warm": mobile_warm}
    except Exception:  # noqa: BLE001
        traceback.print_exc()
        return 1
    finally:
        if browser is not None:
            try:
                browser.close()
            except Exception:  # noqa: BLE001
                pass
        if args.keep:
            print(f"\nbuild kept in {out}")
        else:
            shutil.rmtree(temp, ignore_errors=True)
    if args.json:
        print(json.dumps(report, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
