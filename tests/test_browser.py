"""The built site in Chromium: phone and desktop widths, language switch, a clean console,
nothing loaded from another origin, the real Content-Security-Policy in force."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from tests.staticserver import serve_directory

pytestmark = pytest.mark.browser

VIOLATIONS = """
window.__violations = [];
document.addEventListener('securitypolicyviolation',
  (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


@pytest.fixture(scope="module")
def site_url(example_build):
    with serve_directory(example_build) as url:
        yield url


def open_page(browser, width, scheme="light"):
    context = browser.new_context(viewport={"width": width, "height": 800}, color_scheme=scheme,
                                  service_workers="block")
    page = context.new_page()
    page.add_init_script(VIOLATIONS)
    record = {"console": [], "errors": [], "requests": []}
    page.on("console", lambda m: record["console"].append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: record["errors"].append(str(e)))
    page.on("request", lambda r: record["requests"].append(r.url))
    return context, page, record


@pytest.mark.parametrize("width", [360, 1280])
def test_pages_render_cleanly_at_phone_and_desktop_width(browser, site_url, artifacts, width):
    context, page, record = open_page(browser, width)
    origin = urlsplit(site_url).netloc
    for path in ("fr/", "fr/traitements/", "fr/traitements/botox/", "fr/tarifs/", "fr/equipe/", "fr/faq/",
                 "fr/contact/", "fr/confidentialite/", "fr/about/"):
        response = page.goto(site_url + path)
        assert response.status == 200, path
        assert "Content-Security-Policy" in {k.title(): v for k, v in response.headers.items()} or \
            "content-security-policy" in response.headers
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at {width}px"
        assert page.evaluate("window.__violations") == [], path
        if path in ("fr/", "fr/traitements/botox/", "fr/contact/"):
            name = path.strip("/").replace("/", "-")
            page.screenshot(path=str(artifacts / f"site-{name}-{width}.png"), full_page=True)
    assert record["console"] == [] and record["errors"] == []
    assert all(urlsplit(url).netloc == origin for url in record["requests"]), record["requests"]
    context.close()


def test_switching_language_keeps_the_page(browser, site_url):
    context, page, record = open_page(browser, 1280)
    page.goto(site_url + "fr/traitements/botox/")
    page.get_by_role("navigation", name="Langue").get_by_role("link", name="Nederlands").click()
    page.wait_for_url("**/nl/behandelingen/botox/")
    assert page.locator("html").get_attribute("lang") == "nl"
    page.get_by_role("navigation", name="Taal").get_by_role("link", name="English").click()
    page.wait_for_url("**/en/treatments/botox/")
    assert page.get_by_role("heading", level=1).inner_text() == "Botulinum toxin"
    assert record["console"] == []
    context.close()


def test_root_sends_the_visitor_to_the_default_language(browser, site_url):
    context, page, _ = open_page(browser, 360)
    page.goto(site_url)
    page.wait_for_url("**/fr/")
    assert page.locator("html").get_attribute("lang") == "fr"
    context.close()


def test_dark_mode_and_keyboard(browser, site_url, artifacts):
    context, page, record = open_page(browser, 360, scheme="dark")
    page.goto(site_url + "en/contact/")
    page.screenshot(path=str(artifacts / "site-en-contact-360-dark.png"), full_page=True)
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Skip to content"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(20, 19, 24)"
    assert record["console"] == []
    context.close()


def test_missing_page_offers_every_language(browser, site_url):
    context, page, _ = open_page(browser, 360)
    response = page.goto(site_url + "fr/nowhere/")
    assert response.status == 404
    page.get_by_role("link", name="Nederlands").click()
    page.wait_for_url("**/nl/")
    context.close()
