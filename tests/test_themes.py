"""Themes: per-file overrides child -> parent -> built-in, strings, clear theme errors, and the
built-in themes (default and atelier) on the example clinic."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from glowgen.build import build
from glowgen.cli import cli
from glowgen.themes import BUILTIN_THEMES, builtin_theme_names
from tests.conftest import TODAY
from tests.test_bad_input import site_yaml

CLINIC = {"content/site.yaml": site_yaml(add="theme: clinic\n")}


def html(root, path="en/contact"):
    return (root / "build" / path / "index.html").read_text(encoding="utf-8")


def test_a_site_theme_overrides_one_template_and_inherits_the_rest(make_site):
    root = make_site({
        **CLINIC,
        "themes/clinic/theme.yaml": "extends: default\n",
        "themes/clinic/templates/partials/footer.html": '<footer class="agency">Made for {{ site.name }}</footer>\n',
    })
    build(root, root / "build", today=TODAY)
    page = html(root)
    assert '<footer class="agency">Made for Test Clinic</footer>' in page
    assert '<nav class="main-nav"' in page  # the header still comes from the default theme


def test_static_files_override_by_path(make_site):
    root = make_site({
        **CLINIC,
        "themes/clinic/theme.yaml": "extends: default\n",
        "themes/clinic/static/style.css": "body { color: rebeccapurple; background: url(img/dot.svg); }\n",
        "themes/clinic/static/img/dot.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>",
    })
    build(root, root / "build", today=TODAY)
    (css,) = (root / "build" / "assets").glob("style.*.css")
    (dot,) = (root / "build" / "assets" / "img").glob("dot.*.svg")
    assert "rebeccapurple" in css.read_text()
    assert f'url("img/{dot.name}")' in css.read_text()  # CSS points at the hashed file
    assert list((root / "build" / "assets").glob("favicon.*.svg"))  # inherited from default


def test_a_chain_of_three_themes(make_site):
    root = make_site({
        **CLINIC,
        "themes/clinic/theme.yaml": "extends: agency\n",
        "themes/clinic/templates/partials/address.html": "<address>CLINIC ADDRESS</address>\n",
        "themes/agency/theme.yaml": "extends: default\n",
        "themes/agency/templates/partials/address.html": "<address>AGENCY ADDRESS</address>\n",
        "themes/agency/templates/partials/footer.html": "<footer>AGENCY FOOTER {% include 'partials/address.html' %}</footer>\n",
        "themes/agency/strings/en.yaml": "opening_hours: When we are open\n",
    })
    build(root, root / "build", today=TODAY)
    page = html(root)
    assert "AGENCY FOOTER <address>CLINIC ADDRESS</address>" in page  # the child wins inside the parent's template
    assert "When we are open" in page and "Opening hours" not in page
    result = CliRunner().invoke(cli, ["check", "--source", str(root)])
    assert result.exit_code == 0, result.output


def test_a_child_extends_its_parents_template_of_the_same_name(make_site):
    root = make_site({
        **CLINIC,
        "themes/clinic/theme.yaml": "extends: default\n",
        "themes/clinic/templates/base.html": '{% extends "default:base.html" %}'
                                            '{% block assistant %}<p id="slot">SLOT</p>{% endblock %}\n',
    })
    build(root, root / "build", today=TODAY)
    page = html(root)
    assert '<p id="slot">SLOT</p>' in page and '<nav class="main-nav"' in page


def test_a_theme_folder_without_theme_yaml_extends_default(make_site):
    root = make_site({**CLINIC, "themes/clinic/templates/partials/address.html": "<address>X</address>\n"})
    build(root, root / "build", today=TODAY)
    assert "<address>X</address>" in html(root)


@pytest.mark.parametrize("files, expected", [
    ({"themes/clinic/theme.yaml": "extends: nowhere\n"},
     "themes/clinic/theme.yaml:1: error theme: unknown theme 'nowhere'"),
    ({"themes/clinic/theme.yaml": "extends: other\n", "themes/other/theme.yaml": "extends: clinic\n"},
     "error theme: themes extend each other in a circle: clinic -> other -> clinic"),
    ({"themes/clinic/templates/partials/footer.html": "<footer>\n{% if %}\n</footer>\n"},
     "themes/clinic/templates/partials/footer.html:2: error template: template syntax"),
    ({"themes/clinic/templates/partials/footer.html": "<footer>\n\n{{ site.nmae }}\n</footer>\n"},
     "themes/clinic/templates/partials/footer.html:3: error template: while rendering"),
    ({"themes/clinic/templates/partials/footer.html": "{% include 'partials/missing.html' %}\n"},
     "error template: template 'partials/missing.html' is in no theme"),
    ({"themes/clinic/templates/partials/footer.html": "{{ asset('nope.css') }}\n"},
     "themes/clinic/templates/partials/footer.html:1: error template"),
])
def test_theme_errors_name_the_file_and_line(make_site, files, expected):
    root = make_site({**CLINIC, **files})
    result = CliRunner().invoke(cli, ["build", "--source", str(root)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert expected in result.output, result.output
    assert not (root / "build").exists()


def test_every_builtin_language_has_the_same_strings():
    from glowgen.formats import builtin_strings
    from glowgen.model import SUPPORTED_LANGUAGES

    keys = {lang: set(builtin_strings(lang)) for lang in SUPPORTED_LANGUAGES}
    assert all(k == keys["en"] for k in keys.values())


# --- the built-in themes --------------------------------------------------------------

THEME_RULES = {"theme", "template", "form", "iframe", "tracking", "link-scheme", "link-prefill"}


@pytest.mark.parametrize("theme", builtin_theme_names())
def test_every_builtin_theme_builds_the_example_and_keeps_the_rules(example_theme_build, theme):
    out = example_theme_build(theme)
    pages = sorted(out.rglob("*.html"))
    assert len(pages) > 60
    for file in pages:
        where, text = file.relative_to(out).as_posix(), file.read_text(encoding="utf-8")
        assert re.search(r'<html lang="(fr|nl|en)">', text), where
        # the site's Content-Security-Policy: no inline style or handler, no script but JSON-LD and files
        assert "<style" not in text and not re.search(r"\s(style|on[a-z]+)=", text), where
        for script in re.findall(r"<script\b[^>]*>", text):
            assert 'type="application/ld+json"' in script or re.search(r'src="[^"]+" defer', script), (where, script)
        assert not re.search(r'(src|href)="(https?:)?//(?!www\.clinique-lumiere\.example)[^"]*\.(css|js|woff2?)"', text), where
        if "/" in where:  # a page of one language, not the root's redirect or the 404 page
            assert '<a class="skip-link" href="#main">' in text and '<main id="main"' in text, where
            assert '<header class="site-header">' in text and '<footer class="site-footer">' in text, where
            assert '<nav class="main-nav" aria-label=' in text, where
            assert re.search(r'<glow-assistant lang="(fr|nl|en)"', text), where
            assert re.search(r'<link rel="stylesheet" href="[./]*assets/brand\.[0-9a-f]+\.css">', text), where


def stylesheet(out, page):
    """The theme stylesheet a built page links, as the browser receives it."""
    html_text = (out / page).read_text(encoding="utf-8")
    (href,) = re.findall(r'<link rel="stylesheet" href="([./]*assets/style\.[0-9a-f]+\.css)">', html_text)
    return (out / page).parent.joinpath(href).read_text(encoding="utf-8")


def test_atelier_has_its_own_stylesheet_and_a_layout_of_its_own(example_theme_build):
    default, atelier = example_theme_build("default"), example_theme_build("atelier")
    botox = "fr/traitements/botox/index.html"
    # its own style.css replaces the default one, by path; brand.css is linked after it as for default
    css = stylesheet(atelier, botox)
    assert css == (BUILTIN_THEMES / "atelier" / "static" / "style.css").read_text(encoding="utf-8")
    assert css != stylesheet(default, botox)
    assert re.search(r"--font-heading:[^;]*\bserif;", css) and "--font-heading: var(--font);" in stylesheet(default, botox)
    a, d = (html(out, "fr/traitements/botox") for out in (atelier.parent, default.parent))
    # the header: the same markup, restyled: the wordmark centred on a line of its own, the menu under it
    assert '<div class="wrap header-bar">' in a and '<div class="wrap header-bar">' in d
    assert re.search(r"\.header-bar \{[^}]*justify-items: center", css)
    # a treatment: the price, duration and the ways to book on a sheet before the text (beside it on
    # wide screens); default shows the facts in the column and the booking buttons after the text
    assert '<div class="treatment-sheet">' in a and "treatment-sheet" not in d
    sheet = a[a.index('<div class="treatment-sheet">'):a.index('<div class="treatment-body">')]
    assert 'class="facts-sheet"' in sheet and 'class="actions"' in sheet
    assert a.index('class="actions"') < a.index('<div class="prose">')
    assert d.index('<div class="prose">') < d.index('class="actions"')
    # treatments as entries of an index, not cards
    assert '<li class="entry">' in html(atelier.parent, "fr/traitements") and '<li class="card">' in html(default.parent, "fr/traitements")


def test_glowgen_check_of_the_example_under_atelier_reports_no_theme_finding(example_theme_build):
    root = example_theme_build("atelier").parent
    result = CliRunner().invoke(cli, ["check", "--source", str(root), "--format", "json"])
    assert result.exit_code == 0, result.output
    findings = json.loads(result.output)["diagnostics"]
    assert [f for f in findings if f["rule"] in THEME_RULES or "theme" in f["path"]] == []
    text = CliRunner().invoke(cli, ["check", "--source", str(root)])
    assert text.exit_code == 0 and "atelier" not in text.output, text.output


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_atelier_on_a_phone_and_a_laptop(browser, example_theme_build, artifacts, scheme):
    """What a visitor sees: serif headings on a sans body; on a laptop the treatment's sheet
    beside the text, on a phone after the summary; nothing scrolls sideways."""
    from tests.staticserver import serve_directory

    with serve_directory(example_theme_build("atelier")) as url:
        for width in (360, 1280):
            context = browser.new_context(viewport={"width": width, "height": 800}, color_scheme=scheme,
                                          service_workers="block")
            page = context.new_page()
            errors = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            try:
                page.goto(url + "fr/traitements/botox/")
                fonts = page.evaluate("""() => [getComputedStyle(document.querySelector('h1')).fontFamily,
                                                getComputedStyle(document.body).fontFamily]""")
                assert "serif" in fonts[0] and "sans-serif" not in fonts[0] and "sans-serif" in fonts[1], fonts
                sheet = page.locator(".treatment-sheet").bounding_box()
                body = page.locator(".treatment-body").bounding_box()
                if width == 1280:
                    assert sheet["x"] >= body["x"] + body["width"], (sheet, body)
                else:
                    assert sheet["y"] + sheet["height"] <= body["y"], (sheet, body)
                page.screenshot(path=str(artifacts / f"theme-atelier-treatment-{width}-{scheme}.png"), full_page=True)
                for path in ("fr/", "fr/traitements/", "fr/contact/", "fr/tarifs/", "nl/", "en/faq/"):
                    page.goto(url + path)
                    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0, path
                page.goto(url + "fr/")
                page.screenshot(path=str(artifacts / f"theme-atelier-home-{width}-{scheme}.png"), full_page=True)
                assert errors == []
            finally:
                context.close()
