"""How the assistant loads: the panel opens with its wording and greeting while the engine
and the index are still on their way (a slow phone network), a question asked meanwhile is
answered when they arrive, and a pointer over the launcher starts the downloads."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.staticserver import serve_directory

pytestmark = pytest.mark.browser

NO_IDLE_PREFETCH = "window.requestIdleCallback = () => 0;"


@pytest.fixture(scope="module")
def site_url(example_build):
    with serve_directory(example_build) as url:
        yield url


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, service_workers="block")
    context.add_init_script(NO_IDLE_PREFETCH)
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    yield page
    context.close()


def hold(page, patterns):
    """Requests for the assistant files matching `patterns` wait until the returned function
    is called."""
    held = []
    for pattern in patterns:
        page.route(pattern, lambda route: held.append(route))

    def release():
        for route in held:
            route.continue_()
        for pattern in patterns:
            page.unroute(pattern)
        return len(held)
    return release


def test_the_panel_greets_before_the_engine_and_index_arrive(page, site_url):
    release = hold(page, ["**/assistant/engine.*.js", "**/assistant/index-*.json"])
    page.goto(site_url + "fr/")
    host = page.locator("glow-assistant")
    host.locator("button.launcher").click()

    dialog = page.get_by_role("dialog", name="Lumi")
    expect(dialog).to_be_visible()
    answers = host.locator("div.log div.message.answer")
    expect(answers).to_have_count(1)
    expect(answers.first).to_contain_text("Bonjour, je suis Lumi")
    expect(host.locator("p.notice")).to_contain_text("112")
    expect(host.locator("div.chips button.chip")).to_have_count(5)
    expect(host.locator("textarea")).to_be_focused()

    # a quick reply chosen now is answered once the engine is here
    host.locator("div.chips button.chip", has_text="Horaires").click()
    page.wait_for_timeout(200)
    expect(answers).to_have_count(1)
    assert release() >= 2
    expect(answers).to_have_count(2)
    expect(answers.last.locator(".card table tr")).to_have_count(7)
    assert page.errors == []


def test_without_the_engine_the_panel_says_how_to_reach_the_clinic(page, site_url):
    page.route("**/assistant/engine.*.js", lambda route: route.abort())
    page.goto(site_url + "nl/")
    host = page.locator("glow-assistant")
    host.locator("button.launcher").click()
    answers = host.locator("div.log div.message.answer")
    expect(answers).to_have_count(1)  # the greeting

    host.locator("textarea").fill("Hoeveel kost botox? Mijn naam is Jan Peeters")
    host.locator("textarea").press("Enter")

    expect(answers).to_have_count(2)
    expect(answers.last).to_contain_text("+32 2 555 01 23")
    # text that no engine has redacted is not shown
    expect(host.locator("div.log")).not_to_contain_text("Jan Peeters")


def test_a_pointer_over_the_launcher_starts_the_downloads(page, site_url):
    requested = []
    page.on("request", lambda r: requested.append(r.url.rsplit("/", 1)[-1]))
    page.goto(site_url + "en/")
    page.wait_for_load_state("load")
    page.wait_for_timeout(300)
    assert not any(name.startswith(("widget.", "engine.", "index-")) and name.endswith("js")
                   for name in requested), requested

    page.locator("glow-assistant button.launcher").hover()

    for _ in range(50):
        if any(name.startswith("index-en.") for name in requested):
            break
        page.wait_for_timeout(100)
    loaded = {name.split(".")[0] for name in requested}
    assert {"widget", "engine", "index-en"} <= loaded, requested
    assert "index-fr" not in loaded and "index-nl" not in loaded
