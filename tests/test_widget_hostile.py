"""Hostile input typed by the visitor: HTML and script render as text and run nothing, with
the site's Content-Security-Policy and without it (the widget must be safe on its own: an
embedding page may have no policy); a 100 KB paste keeps the page responsive."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from glowgen.ask import Assistant
from tests.conftest import built_wording
from tests.staticserver import serve_directory

pytestmark = pytest.mark.browser

PAYLOADS = [
    "<img src=x onerror=alert(1)>",
    "<img src=x onerror=\"window.__pwned='img'\">",
    "<script>alert(2)</script>",
    "<script>window.__pwned='script'</script> combien coûte le botox ?",
    "\"><svg onload=alert(3)>",
    "'><svg/onload=window.__pwned='svg'>",
    "javascript:alert(4)",
    "<a href=\"javascript:alert(5)\">horaires</a>",
    "{{7*7}} ${7*7} <%= 7*7 %>",
    "</textarea><iframe srcdoc=\"<script>parent.__pwned='iframe'</script>\"></iframe>",
    "<style>*{display:none!important}</style><b>gras</b>",
    "<math><mi xlink:href=\"javascript:alert(6)\">x</mi></math>",
    "&lt;b&gt;entities&lt;/b&gt; &amp; &#60;i&#62;",
    "\u202eevil\u202c <details open ontoggle=alert(7)>",
]

# what could be created by a payload parsed as HTML
COUNT_ELEMENTS = """
() => {
  const counts = {};
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      const tag = el.localName;
      if (['img', 'script', 'svg', 'iframe', 'style', 'math', 'details', 'b', 'object', 'embed'].includes(tag))
        counts[tag] = (counts[tag] || 0) + 1;
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return counts;
}
"""

LONG_TASKS = """
window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__longTasks.push(Math.round(entry.duration));
}).observe({entryTypes: ['longtask']});
"""


@pytest.fixture(scope="module")
def site_url(example_build):
    with serve_directory(example_build) as url:
        yield url


@pytest.fixture(scope="module")
def engine(example_build):
    """The shipped engine in V8: the oracle for what the widget must show as the visitor's text."""
    return Assistant(example_build)


@pytest.fixture(scope="module")
def wording(example_build):
    return built_wording(example_build)


def open_assistant(browser, site_url, bypass_csp=False):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, service_workers="block",
                                  bypass_csp=bypass_csp)
    page = context.new_page()
    page.add_init_script(LONG_TASKS)
    record = {"dialogs": [], "errors": [], "requests": [], "loaded": False}
    page.on("dialog", lambda d: (record["dialogs"].append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: record["errors"].append(str(e)))
    # after the launcher: only the assistant's own files (another language's index) may load
    page.on("request", lambda r: record["requests"].append(r.url)
            if record["loaded"] and "/assistant/" not in r.url else None)
    page.goto(site_url + "fr/")
    host = page.locator("glow-assistant")
    host.locator("button.launcher").click()
    expect(host.locator("div.log div.message.answer")).to_have_count(1)
    page.wait_for_load_state("networkidle")
    record["loaded"] = True
    return context, page, host, record


@pytest.mark.parametrize("policy", ["with the site's CSP", "without any CSP"])
def test_html_and_script_typed_by_the_visitor_render_as_text(browser, site_url, engine, wording, policy):
    context, page, host, record = open_assistant(browser, site_url, bypass_csp=policy == "without any CSP")
    before = page.evaluate(COUNT_ELEMENTS)
    textarea = host.locator("textarea")
    visitor = host.locator("div.log p.message.visitor")
    for i, payload in enumerate(PAYLOADS):
        textarea.fill(payload)
        textarea.press("Enter")
        expect(visitor).to_have_count(i + 1)
        bubble = visitor.nth(i)
        expected = engine.ask(payload, lang="fr")
        you = wording[expected["lang"]]["you"]
        assert bubble.text_content() == f"{you}: {expected['text']}", payload
        # the label is the bubble's only element: the payload added none
        assert bubble.evaluate("(p) => [...p.querySelectorAll('*')].map((e) => e.localName)") == ["span"], payload
    page.wait_for_timeout(300)  # time for an onerror/onload to fire, were any element created
    assert page.evaluate(COUNT_ELEMENTS) == before
    assert page.evaluate("window.__pwned") is None
    assert record["dialogs"] == []
    assert record["errors"] == []
    assert record["requests"] == [], record["requests"]  # an <img src=x> would have fetched fr/x
    hrefs = host.locator("div.log a").evaluate_all("(links) => links.map((a) => a.getAttribute('href'))")
    assert not [h for h in hrefs if not h.startswith(("http:", "https:", "tel:", "mailto:"))], hrefs
    # the answers are the engine's, shown as text too
    assert host.locator("div.log div.message.answer").count() == len(PAYLOADS) + 1
    context.close()


@pytest.mark.parametrize("kind", ["prose", "one long word", "digits and markup"])
def test_a_100_kb_paste_keeps_the_page_responsive(browser, site_url, engine, artifacts, kind):
    context, page, host, record = open_assistant(browser, site_url)
    pasted = {
        "prose": "Bonjour, je voudrais connaître le prix du botox et vos horaires du samedi. " * 1400,
        "one long word": "a" * 100_000,
        "digits and markup": "0470 12 34 56 <b>BE68 5390 0754 7034</b> " * 2500,
    }[kind][:100_000]
    assert len(pasted.encode("utf-8")) >= 100_000
    textarea = host.locator("textarea")
    answers = host.locator("div.log div.message.answer")
    visitor = host.locator("div.log p.message.visitor")
    # Long tasks are wall-clock time: on a busy machine another process can stretch one. A
    # slow engine is slow every time, so the paste is tried up to three times (the
    # conversation cleared in between) and the best try counts.
    tries = []
    for _ in range(3):
        host.locator("[part=clear]").click()
        expect(answers).to_have_count(0)
        page.evaluate("window.__longTasks = []")
        textarea.fill(pasted)
        textarea.press("Enter")
        expect(visitor).to_have_count(1)
        expect(answers).to_have_count(1)
        # the page still reacts at once: a new question is answered
        textarea.fill("Quels sont vos horaires ?")
        textarea.press("Enter")
        expect(answers).to_have_count(2)
        page.wait_for_timeout(100)
        tries.append(page.evaluate("window.__longTasks"))
        if max(tries[-1], default=0) <= 200:
            break
    assert min(max(t, default=0) for t in tries) <= 200, f"long tasks (ms) in each try: {tries}"
    expected = engine.ask(pasted, lang="fr")["text"]
    assert visitor.first.text_content().endswith(expected)  # truncated by the engine, or whole
    assert visitor.first.locator("*").count() == 1
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px"
    box = host.locator("section.panel").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 1280
    page.screenshot(path=str(artifacts / f"site-widget-paste-{kind.replace(' ', '-')}.png"))
    assert record["dialogs"] == [] and record["errors"] == []
    context.close()
