"""Every page type of the example clinic in every built-in theme, at phone and desktop
width, compared with the reference images in tests/screenshots/: a layout or style change
shows up as a failed test with the three images (reference, now, difference) in
test-artifacts/screenshots/.

A change meant to alter the look is accepted by making new references on purpose::

    scripts/update-screenshots

(the same as ``GLOWGEN_UPDATE_SCREENSHOTS=1 scripts/test tests/test_page_screenshots.py``),
then looking at the new images before committing them. References are made with the
Chromium and fonts of the machine CI runs on; another system renders text differently.
"""

from __future__ import annotations

import os
from io import BytesIO
from pathlib import Path

import pytest

from glowgen.themes import builtin_theme_names
from tests.staticserver import serve_directory

pytestmark = pytest.mark.browser

REFERENCES = Path(__file__).parent / "screenshots"
UPDATE = os.environ.get("GLOWGEN_UPDATE_SCREENSHOTS") == "1"
PAGES = {  # page type: a page of that type in the French site
    "home": "fr/", "treatments": "fr/traitements/", "treatment": "fr/traitements/botox/", "prices": "fr/tarifs/",
    "team": "fr/equipe/", "faq": "fr/faq/", "contact": "fr/contact/", "page": "fr/about/",
    "privacy": "fr/confidentialite/", "assistant": "fr/assistant/", "not-found": "fr/nowhere/",
}
WIDTHS = {360: 740, 1280: 800}
MAX_HEIGHT = 3000  # long pages are compared down to here: enough for every layout part
CHANNEL = 32  # a pixel differs when a colour channel moves more than this (anti-aliasing moves less)
SHARE = 0.002  # and the image when more than this share of its pixels differ


@pytest.fixture(scope="module", params=builtin_theme_names())
def themed_site(request, example_theme_build):
    with serve_directory(example_theme_build(request.param)) as url:
        yield request.param, url


def screenshot(browser, url: str, width: int) -> bytes:
    context = browser.new_context(viewport={"width": width, "height": WIDTHS[width]}, color_scheme="light",
                                  reduced_motion="reduce", device_scale_factor=1, service_workers="block")
    try:
        page = context.new_page()
        page.goto(url, wait_until="networkidle")
        page.evaluate("document.fonts.ready")
        height = min(MAX_HEIGHT, page.evaluate("document.documentElement.scrollHeight"))
        return page.screenshot(full_page=True, animations="disabled", caret="hide",
                               clip={"x": 0, "y": 0, "width": width, "height": height})
    finally:
        context.close()


def differing_share(reference, current) -> tuple[float, object]:
    """The share of pixels that differ, and an image that shows them in red."""
    from PIL import Image, ImageChops

    if reference.size != current.size:
        return 1.0, None
    difference = ImageChops.difference(reference.convert("RGB"), current.convert("RGB"))
    mask = difference.point(lambda v: 255 if v > CHANNEL else 0).convert("L").point(lambda v: 255 if v else 0)
    changed = mask.histogram()[255]
    shown = Image.blend(current.convert("RGB"), Image.new("RGB", current.size, "white"), 0.7)
    shown.paste(Image.new("RGB", current.size, (220, 0, 0)), mask=mask)
    return changed / (current.size[0] * current.size[1]), shown


@pytest.mark.parametrize("width", list(WIDTHS))
@pytest.mark.parametrize("kind", list(PAGES))
def test_the_page_looks_as_in_its_reference(browser, themed_site, artifacts, kind, width):
    from PIL import Image

    theme, url = themed_site
    name = f"{theme}-{kind}-{width}.png"
    current = Image.open(BytesIO(screenshot(browser, url + PAGES[kind], width)))
    reference_file = REFERENCES / name
    if UPDATE:
        REFERENCES.mkdir(exist_ok=True)
        # 256 colours: a third of the bytes; the colours it rounds are far below CHANNEL
        current.convert("RGB").quantize(256).save(reference_file, optimize=True)
        return
    assert reference_file.is_file(), f"no reference image {reference_file}; make it with scripts/update-screenshots"
    reference = Image.open(reference_file)
    share, shown = differing_share(reference, current)
    if share > SHARE:
        out = artifacts / "screenshots"
        out.mkdir(exist_ok=True)
        current.save(out / name)
        reference.save(out / name.replace(".png", "-reference.png"))
        if shown is not None:
            shown.save(out / name.replace(".png", "-difference.png"))
    assert reference.size == current.size, (f"{name}: the page is {current.size[0]}x{current.size[1]} px, its reference "
                                            f"{reference.size[0]}x{reference.size[1]}; see {artifacts}/screenshots/")
    assert share <= SHARE, f"{name}: {share:.2%} of the pixels changed; see {artifacts}/screenshots/{name}"
