"""Screenshots of the assistant closed and open, at phone and desktop width, light and dark,
saved in test-artifacts/ for people to look at; and the checks a person would make on
them: the open panel fits the screen and nothing scrolls sideways."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.staticserver import serve_directory

pytestmark = pytest.mark.browser

VIEWPORTS = {360: 640, 1280: 800}  # a small phone, a laptop


@pytest.fixture(scope="module")
def site_url(example_build):
    with serve_directory(example_build) as url:
        yield url


def sideways(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


def lightness(rgb: str) -> float:
    """0 (black) to 1 (white), from a computed 'rgb(r, g, b)'."""
    red, green, blue = (int(v) for v in re.findall(r"\d+", rgb)[:3])
    return (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255


def inside(box, width, height) -> bool:
    return (box["x"] >= 0 and box["y"] >= 0
            and box["x"] + box["width"] <= width + 0.5 and box["y"] + box["height"] <= height + 0.5)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [360, 1280])
def test_widget_closed_and_open(browser, site_url, artifacts, width, scheme):
    height = VIEWPORTS[width]
    context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=scheme,
                                  service_workers="block")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(site_url + "fr/")
    host = page.locator("glow-assistant")
    launcher = host.locator("button.launcher")
    expect(launcher).to_be_visible()
    assert inside(launcher.bounding_box(), width, height), launcher.bounding_box()
    page.screenshot(path=str(artifacts / f"site-widget-closed-{width}-{scheme}.png"))
    assert sideways(page) <= 0

    launcher.click()
    answers = host.locator("div.log div.message.answer")
    expect(answers).to_have_count(1)
    for question in ("Combien coûte le botox ?", "Comment vous contacter ?"):
        host.locator("textarea").fill(question)
        host.locator("textarea").press("Enter")
    expect(answers).to_have_count(3)
    expect(answers.last.locator("a.button").first).to_be_visible()
    page.wait_for_timeout(100)
    page.screenshot(path=str(artifacts / f"site-widget-open-{width}-{scheme}.png"))

    panel = host.locator("section.panel")
    box = panel.bounding_box()
    assert inside(box, width, height), f"the panel {box} leaves the {width}x{height} screen"
    if width == 360:
        assert box["width"] >= 300, box  # it uses the phone's width rather than a sliver of it
    for part in ("textarea", "button.send", "[part=close]", "[part=clear]", "select", "p.notice"):
        element = host.locator(part)
        expect(element).to_be_in_viewport()
        assert inside(element.bounding_box(), width, height), part
    # the panel's content wraps: nothing in it is wider than the panel
    overflowing = panel.evaluate("""(p) => [...p.querySelectorAll('*')]
        .filter((e) => e.getBoundingClientRect().right > p.getBoundingClientRect().right + 1
                       && getComputedStyle(e).position !== 'absolute')
        .map((e) => e.localName + '.' + e.className)""")
    assert overflowing == []
    assert panel.evaluate("(p) => p.scrollWidth - p.clientWidth") <= 0
    assert sideways(page) <= 0
    # dark mode reaches the panel: a dark background with light text, and the other way round
    background, text = panel.evaluate("(p) => [getComputedStyle(p).backgroundColor, getComputedStyle(p).color]")
    if scheme == "dark":
        assert lightness(background) < 0.2 < 0.8 < lightness(text), (background, text)
    else:
        assert lightness(background) > 0.8 > 0.2 > lightness(text), (background, text)
    assert errors == []
    context.close()
