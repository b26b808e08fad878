"""Accessibility of the assistant: axe-core (WCAG 2.x A and AA rules) on the page with the
launcher, with the panel open and on the full-page assistant, light and dark, under every
built-in theme; roles and names; a visitor using only the keyboard; 44 px targets; reduced
motion."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from glowgen.themes import builtin_theme_names
from tests.staticserver import serve_directory

pytestmark = pytest.mark.browser

WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
        "resultTypes": ["violations"]}

DEEP_FOCUS = """
() => {
  let el = document.activeElement;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  if (!el) return null;
  const style = getComputedStyle(el);
  return {tag: el.localName, cls: el.className, part: el.getAttribute('part'), href: el.getAttribute('href'),
          inLog: !!el.closest('.log'), outline: style.outlineStyle + ' ' + style.outlineWidth};
}
"""


@pytest.fixture(scope="module")
def site_url(example_build):
    with serve_directory(example_build) as url:
        yield url


@pytest.fixture(scope="module", params=builtin_theme_names())
def themed_url(request, example_theme_build):
    """The example clinic served once per built-in theme, for the checks of whole pages."""
    with serve_directory(example_theme_build(request.param)) as url:
        yield url


@pytest.fixture(scope="module")
def axe():
    return Axe()


def violations(axe, page, context=None) -> list[str]:
    """axe's WCAG A/AA violations, one readable line per element."""
    results = axe.run(page, context=context, options=WCAG).response
    return [f"{v['id']} ({v['impact']}): {' > '.join(map(str, node['target']))}: {node['html'][:140]}"
            for v in results["violations"] for node in v["nodes"]]


def new_page(browser, width=1280, scheme="light", **options):
    # axe adds a <style> of its own while it runs: the site's policy would refuse it, so the
    # policy is off here (test_widget_csp.py runs the assistant under it)
    context = browser.new_context(viewport={"width": width, "height": 800}, color_scheme=scheme,
                                  service_workers="block", bypass_csp=True, **options)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    return context, page, errors


def open_with_answers(page, host):
    answers = host.locator("div.log div.message.answer")
    host.locator("button.launcher").click()
    expect(answers).to_have_count(1)
    for question in ("Combien coûte le botox ?", "Comment vous contacter ?", "Quels sont vos horaires ?"):
        host.locator("textarea").fill(question)
        host.locator("textarea").press("Enter")
    expect(answers).to_have_count(4)
    expect(answers.nth(1).locator(".card")).to_be_visible()
    expect(answers.nth(2).locator("a.button").first).to_be_visible()


@pytest.mark.parametrize("width", [360, 1280])
def test_axe_finds_no_violation_with_the_launcher_and_with_the_panel_open(browser, themed_url, axe, width):
    context, page, errors = new_page(browser, width)
    page.goto(themed_url + "fr/")
    host = page.locator("glow-assistant")
    expect(host.locator("button.launcher")).to_be_visible()
    assert violations(axe, page) == []
    open_with_answers(page, host)
    assert violations(axe, page) == []
    assert errors == []
    context.close()


def test_axe_finds_no_violation_on_the_full_page_assistant(browser, themed_url, axe):
    context, page, errors = new_page(browser)
    page.goto(themed_url + "fr/assistant/")
    host = page.locator("glow-assistant")
    expect(host.locator("div.log div.message.answer")).to_have_count(1)
    host.locator("textarea").fill("Combien coûte le botox ?")
    host.locator("textarea").press("Enter")
    expect(host.locator("div.log .card")).to_be_visible()
    assert violations(axe, page) == []
    assert errors == []
    context.close()


def test_axe_finds_no_violation_in_the_widget_in_dark_mode(browser, themed_url, axe):
    context, page, errors = new_page(browser, scheme="dark")
    page.goto(themed_url + "fr/")
    open_with_answers(page, page.locator("glow-assistant"))
    try:
        assert violations(axe, page, {"include": [["glow-assistant"]]}) == []
    finally:
        context.close()


def test_axe_finds_no_violation_on_the_page_in_dark_mode(browser, themed_url, axe):
    context, page, errors = new_page(browser, scheme="dark")
    page.goto(themed_url + "fr/")
    try:
        assert violations(axe, page, {"exclude": [["glow-assistant"]]}) == []
    finally:
        context.close()


SITE_PAGES = ["fr/traitements/", "fr/traitements/botox/", "fr/tarifs/", "fr/equipe/", "fr/faq/", "fr/contact/",
              "fr/about/", "fr/confidentialite/", "404.html"]


@pytest.mark.parametrize("width, scheme", [(360, "light"), (360, "dark"), (1280, "light"), (1280, "dark")])
def test_axe_finds_no_violation_on_the_sites_other_pages(browser, themed_url, axe, width, scheme):
    context, page, errors = new_page(browser, width, scheme)
    found = []
    try:
        for path in SITE_PAGES:
            page.goto(themed_url + path)
            found += [f"{path}: {line}" for line in violations(axe, page, {"exclude": [["glow-assistant"]]})]
            sideways = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            if sideways > 0:
                found.append(f"{path}: the page scrolls {sideways} px sideways")
        assert found == []
        assert errors == []
    finally:
        context.close()


def test_the_panel_is_a_named_dialog_with_a_log_and_a_labelled_input(browser, site_url):
    context, page, errors = new_page(browser)
    page.goto(site_url + "fr/")
    launcher = page.get_by_role("button", name="Une question ?")
    expect(launcher).to_have_attribute("aria-expanded", "false")
    launcher.click()
    dialog = page.get_by_role("dialog", name="Lumi")
    expect(dialog).to_be_visible()
    expect(launcher).to_have_attribute("aria-expanded", "true")
    log = dialog.get_by_role("log")
    expect(log).to_have_attribute("aria-live", "polite")
    expect(dialog.get_by_role("textbox", name="Votre question")).to_be_focused()
    expect(dialog.get_by_role("button", name="Effacer la conversation")).to_be_visible()
    expect(dialog.get_by_role("button", name="Fermer")).to_be_visible()
    expect(dialog.get_by_role("combobox", name="Langue")).to_have_value("fr")
    expect(dialog.get_by_role("button", name="Envoyer")).to_be_visible()
    # the permanent notice: information only, no medical advice, no personal data, emergencies
    notice = dialog.locator("p.notice")
    expect(notice).to_contain_text("pas d'avis médical")
    expect(notice).to_contain_text("données personnelles")
    expect(notice).to_contain_text("112")
    dialog.get_by_role("textbox", name="Votre question").fill("Combien coûte le botox ?")
    dialog.get_by_role("button", name="Envoyer").click()
    expect(log.locator(".message.answer")).to_have_count(2)
    expect(log.get_by_role("table")).to_be_visible()
    dialog.get_by_role("button", name="Fermer").click()
    expect(dialog).to_be_hidden()
    expect(launcher).to_have_attribute("aria-expanded", "false")
    expect(launcher).to_be_focused()
    context.close()


def tab_until(page, key, wanted, limit=80):
    """Press key until the focused element (inside shadow roots too) satisfies wanted."""
    for _ in range(limit):
        page.keyboard.press(key)
        focused = page.evaluate(DEEP_FOCUS)
        if focused and wanted(focused):
            return focused
    raise AssertionError(f"{key} {limit} times never reached the element; focus is on {focused}")


def ask_with_the_keyboard_and_reach_the_card_link(page, host):
    tab_until(page, "Tab", lambda f: f["cls"] == "launcher")
    page.keyboard.press("Enter")
    expect(host.locator("section.panel")).to_be_visible()
    expect(host.locator("textarea")).to_be_focused()
    expect(host.locator("div.log div.message.answer")).to_have_count(1)
    page.keyboard.type("Combien coûte le botox ?")
    page.keyboard.press("Shift+Enter")  # a new line, not sent
    expect(host.locator("div.log p.message.visitor")).to_have_count(0)
    assert host.locator("textarea").input_value() == "Combien coûte le botox ?\n"
    page.keyboard.press("Backspace")
    page.keyboard.press("Enter")
    expect(host.locator("div.log p.message.visitor")).to_have_count(1)
    expect(host.locator("div.log div.message.answer").last.locator(".card a")).to_be_visible()
    # Escape closes the panel and gives the focus back to the launcher; Enter opens it again
    page.keyboard.press("Escape")
    expect(host.locator("section.panel")).to_be_hidden()
    assert page.evaluate(DEEP_FOCUS)["cls"] == "launcher"
    page.keyboard.press("Enter")
    expect(host.locator("textarea")).to_be_focused()
    expect(host.locator("div.log p.message.visitor")).to_have_count(1)  # the conversation is kept
    link = tab_until(page, "Shift+Tab", lambda f: f["tag"] == "a" and f["inLog"], limit=15)
    assert link["href"].endswith("/fr/traitements/botox/"), link
    assert link["outline"].startswith("solid") and link["outline"] != "solid 0px", link  # visible focus
    return link


def test_keyboard_only_ask_a_question_and_follow_the_answer_link(browser, site_url):
    context, page, errors = new_page(browser)
    page.goto(site_url + "fr/")
    host = page.locator("glow-assistant")
    ask_with_the_keyboard_and_reach_the_card_link(page, host)
    pages = len(context.pages)
    page.keyboard.press("Enter")
    # the link opens its page in this tab
    for _ in range(100):
        if page.url != site_url + "fr/" or len(context.pages) > pages:
            break
        page.wait_for_timeout(50)
    destination = context.pages[-1] if len(context.pages) > pages else page
    destination.wait_for_load_state()
    assert destination.url == site_url + "fr/traitements/botox/"
    expect(destination.get_by_role("heading", level=1)).to_have_text("Toxine botulique")
    assert errors == []
    context.close()


def test_a_link_to_the_sites_own_page_opens_in_the_same_tab(browser, site_url):
    context, page, errors = new_page(browser)
    page.goto(site_url + "fr/")
    host = page.locator("glow-assistant")
    try:
        ask_with_the_keyboard_and_reach_the_card_link(page, host)
        card_link = host.locator("div.log div.message.answer").last.locator(".card a").first
        assert card_link.get_attribute("target") != "_blank"
        assert "nouvel onglet" not in card_link.text_content()
        page.keyboard.press("Enter")
        page.wait_for_url(site_url + "fr/traitements/botox/", timeout=2000)
        assert len(context.pages) == 1
    finally:
        context.close()


@pytest.mark.parametrize("width", [360, 1280])
def test_targets_are_at_least_44_px(browser, site_url, width):
    context, page, errors = new_page(browser, width)
    page.goto(site_url + "fr/")
    host = page.locator("glow-assistant")
    box = host.locator("button.launcher").bounding_box()
    assert box["width"] >= 44 and box["height"] >= 44, box
    open_with_answers(page, host)
    targets = host.locator("section.panel button, section.panel select, section.panel a.button, "
                           "section.panel .actions a")
    assert targets.count() >= 12
    small = []
    for i in range(targets.count()):
        target = targets.nth(i)
        if not target.is_visible():
            continue
        box = target.bounding_box()
        if box["width"] < 44 or box["height"] < 44:
            small.append((target.evaluate("(e) => e.outerHTML.slice(0, 80)"), box["width"], box["height"]))
    assert small == []
    context.close()


def test_with_reduced_motion_the_assistant_works_without_animation(browser, site_url, artifacts):
    context, page, errors = new_page(browser, 360, reduced_motion="reduce")
    page.goto(site_url + "fr/")
    assert page.evaluate("matchMedia('(prefers-reduced-motion: reduce)').matches")
    host = page.locator("glow-assistant")
    open_with_answers(page, host)
    moving = host.evaluate("""(h) => {
      const found = h.shadowRoot.getAnimations().map((a) => a.constructor.name);
      for (const el of h.shadowRoot.querySelectorAll('*')) {
        const s = getComputedStyle(el);
        if (s.animationName !== 'none') found.push(el.localName + ' animation ' + s.animationName);
        if (s.transitionDuration.split(',').some((d) => parseFloat(d) > 0)) found.push(el.localName + ' transition');
        if (s.scrollBehavior === 'smooth') found.push(el.localName + ' smooth scrolling');
      }
      return found;
    }""")
    assert moving == []
    expect(host.locator("div.log div.message.answer").last).to_be_in_viewport()
    page.screenshot(path=str(artifacts / "site-widget-open-360-reduced-motion.png"))
    assert errors == []
    context.close()
