"""The built example clinic: every page, links, languages, structured data, no JavaScript needed."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from glowgen.build import build
from glowgen.diagnostics import Report
from glowgen.load import load_site
import textwrap

from tests.conftest import EXAMPLE, MINIMAL_SITE, TODAY

MINIMAL_SITE_YAML = textwrap.dedent(MINIMAL_SITE["content/site.yaml"])
from tests.linkcheck import check_links, parse_page

SITE = load_site(EXAMPLE, Report())
SECTIONS = {
    "fr": ["", "traitements/", "tarifs/", "equipe/", "faq/", "contact/", "confidentialite/", "about/"],
    "nl": ["", "behandelingen/", "prijzen/", "team/", "faq/", "contact/", "privacy/", "about/"],
    "en": ["", "treatments/", "prices/", "team/", "faq/", "contact/", "privacy/", "about/"],
}


def page(build_dir: Path, path: str) -> str:
    return (build_dir / path / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_every_page_exists(example_build, lang):
    for section in SECTIONS[lang]:
        assert (example_build / lang / section / "index.html").is_file(), section
    treatments = SECTIONS[lang][1]
    for treatment in SITE.treatments:
        assert (example_build / lang / treatments / treatment.slug / "index.html").is_file()
    for name in ("index.html", "404.html", "_headers", "_redirects", "sitemap.xml", "robots.txt", "media/logo.svg"):
        assert (example_build / name).is_file(), name


def test_every_internal_link_resolves(example_build):
    assert check_links(example_build) == []


def test_link_checker_finds_broken_links(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<a href="../b/">b</a><a href="#x">x</a><a id="y" href="#y">y</a>')
    assert check_links(tmp_path) == ["a/index.html: ../b/ (no b/index.html)", "a/index.html: #x (no id x in a/index.html)"]


def test_pages_are_in_their_language_with_alternates(example_build):
    for lang in SITE.languages:
        html = page(example_build, f"{lang}/{SECTIONS[lang][5]}")
        assert f'<html lang="{lang}">' in html
        alternates = re.findall(r'<link rel="alternate" hreflang="(\w+)" href="([^"]+)">', html)
        assert alternates == [(other, f"https://www.clinique-lumiere.example/{other}/{SECTIONS[other][5]}")
                              for other in SITE.languages]
        assert f'<link rel="canonical" href="https://www.clinique-lumiere.example/{lang}/{SECTIONS[lang][5]}">' in html


def test_language_switcher_links_to_the_same_page(example_build):
    html = page(example_build, "nl/behandelingen/botox")
    assert 'href="../../../fr/traitements/botox/" hreflang="fr" lang="fr"' in html
    assert 'href="../../../en/treatments/botox/" hreflang="en" lang="en"' in html


def test_no_script_form_iframe_or_inline_style(example_build):
    """Pages work without JavaScript and obey a CSP without 'unsafe-inline': the only script
    is the assistant's loader, deferred, from the site itself."""
    for file in example_build.rglob("*.html"):
        parsed = parse_page(file)
        for tag, attrs in parsed.tags:
            assert tag not in ("form", "input", "iframe", "textarea", "style"), (file, tag)
            assert "style" not in attrs and not any(a.startswith("on") for a in attrs), (file, tag, attrs)
            if tag == "script":
                assert attrs == {"type": "application/ld+json"} or (
                    set(attrs) == {"src", "defer"} and re.fullmatch(r"(\.\./)+assistant/glowgen\.[0-9a-f]{10}\.js", attrs["src"])
                ), (file, attrs)
            if tag in ("img", "link") and ("src" in attrs or attrs.get("rel") in ("stylesheet", "icon")):
                url = attrs.get("src") or attrs.get("href")
                assert not re.match(r"^[a-z]+:", url), (file, url)  # every resource from the site itself


def test_external_links_do_not_leak_the_referrer(example_build):
    for file in example_build.rglob("*.html"):
        for tag, attrs in parse_page(file).tags:
            if tag == "a" and attrs.get("href", "").startswith("https:"):
                assert "noopener" in attrs.get("rel", "") and "noreferrer" in attrs.get("rel", ""), (file, attrs)
            if attrs.get("target") == "_blank":
                assert "noopener" in attrs.get("rel", ""), (file, attrs)


def test_prices_are_formatted_for_each_language(example_build):
    botox = next(t for t in SITE.treatments if t.slug == "botox")
    assert botox.price.minimum == 250 and botox.price.maximum == 450
    assert "de 250\u00a0€ à 450\u00a0€ par zone" in page(example_build, "fr/traitements/botox")
    assert "€\u00a0250 tot €\u00a0450 per zone" in page(example_build, "nl/behandelingen/botox")
    prices = page(example_build, "en/prices")
    for treatment in SITE.treatments:
        assert treatment.title.get("en") in prices


def test_treatment_page_shows_general_information(example_build):
    html = page(example_build, "en/treatments/botox")
    botox = next(t for t in SITE.treatments if t.slug == "botox")
    for text in (botox.title.get("en"), botox.risks.get("en"), botox.aftercare.get("en"), botox.alternatives.get("en")):
        assert _escaped(text) in html
    assert "It is not medical advice" in html
    assert "Botox" not in re.sub(r"<[^>]+>", "", html.split("<main")[1].split("</main>")[0]).replace(
        botox.title.get("en"), "")  # brand names only help matching; they are not shown


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&#34;").replace("'", "&#39;")


def test_contact_page_hours_closures_and_holidays(example_build):
    html = page(example_build, "fr/contact")
    assert "Mardi</th><td>09:00–12:30, 13:30–18:00" in html
    assert "Dimanche</th><td>Fermé" in html
    assert "Lundi de Pâques" in html  # the next public holiday on a working day, in French
    assert "2026-12-24" in html  # the year-end closure
    assert "tel:+3225550123" in html and "mailto:info@clinique-lumiere.example" in html
    assert "https://wa.me/32470550123" in html
    assert "112" in html


def test_banner_shows_only_between_its_dates(example_build, tmp_path):
    banner = SITE.banners[0]
    assert banner.start <= TODAY <= banner.until
    assert _escaped(banner.text.get("fr")) in page(example_build, "fr")
    later = build(EXAMPLE, tmp_path / "later", today=banner.until.replace(year=banner.until.year + 1))
    assert later.pages
    assert _escaped(banner.text.get("fr")) not in page(tmp_path / "later", "fr")


def test_structured_data(example_build):
    def blocks(path):
        return [json.loads(m) for m in re.findall(r'<script type="application/ld\+json">(.*?)</script>',
                                                   page(example_build, path), re.S)]

    (clinic,) = blocks("en")
    assert clinic["@type"] == "MedicalClinic" and clinic["telephone"] == "+3225550123"
    weekly = [s for s in clinic["openingHoursSpecification"] if "dayOfWeek" in s]
    tuesday = [(s["opens"], s["closes"]) for s in weekly if "https://schema.org/Tuesday" in s["dayOfWeek"]]
    assert tuesday == [("09:00", "12:30"), ("13:30", "18:00")]
    assert any(s.get("validFrom") == "2026-12-24" for s in clinic["openingHoursSpecification"])
    (faq,) = blocks("nl/faq")
    assert faq["@type"] == "FAQPage" and len(faq["mainEntity"]) == len(SITE.faqs)
    assert faq["mainEntity"][0]["name"] == SITE.faqs[0].question.get("nl")
    assert all(q["acceptedAnswer"]["text"] for q in faq["mainEntity"])


def test_sitemap_and_robots(example_build):
    tree = ET.parse(example_build / "sitemap.xml")
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    locs = [loc.text for loc in tree.getroot().findall("s:url/s:loc", ns)]
    pages = [p for p in example_build.rglob("index.html") if p.parent != example_build]
    assert len(locs) == len(pages) == len(set(locs))
    for loc in locs:
        path = loc.removeprefix("https://www.clinique-lumiere.example/")
        assert (example_build / path / "index.html").is_file(), loc
    first = tree.getroot().find("s:url", ns)
    assert len(first.findall("x:link", ns)) == 3
    assert "Sitemap: https://www.clinique-lumiere.example/sitemap.xml" in (example_build / "robots.txt").read_text()


def test_root_sends_visitors_to_the_default_language_without_javascript(example_build):
    html = (example_build / "index.html").read_text()
    assert '<meta http-equiv="refresh" content="0; url=fr/">' in html
    for lang in ("fr", "nl", "en"):
        assert f'href="{lang}/" hreflang="{lang}"' in html
    assert "/  /nl/  302!  Language=nl" in (example_build / "_redirects").read_text()


def test_brand_colours_become_css_custom_properties(example_build):
    (brand,) = (example_build / "assets").glob("brand.*.css")
    css = brand.read_text()
    assert "--brand-primary: #6b3fa0;" in css and "--brand-accent: #f2c14e;" in css
    assert "--brand-on-primary: #ffffff;" in css  # white reads better on the violet


def test_security_headers(example_build):
    headers = (example_build / "_headers").read_text()
    csp = re.search(r"Content-Security-Policy: (.*)", headers).group(1)
    assert csp.startswith("default-src 'none'")
    for directive in ("form-action 'none'", "base-uri 'none'", "frame-ancestors 'none'",
                      "require-trusted-types-for 'script'", "style-src 'self'", "img-src 'self'"):
        assert directive in csp
    assert "unsafe" not in csp and "wasm" not in csp
    assert "Referrer-Policy: no-referrer" in headers
    assert "Permissions-Policy: camera=(), microphone=(), geolocation=()" in headers
    assert "X-Content-Type-Options: nosniff" in headers


def test_markdown_links_resolve_per_language(make_site):
    root = make_site({"content/faq/parking.md": "---\nquestion: Parking?\n---\n"
                      "See [the peel](../treatments/peel.md), [prices](/prices/), [us](/contact/#map) "
                      "and [mail](mailto:a@b.example).\n\n![Plan](../media/plan.svg)\n",
                      "content/media/plan.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>"})
    build(root, root / "build", today=TODAY)
    html = page(root / "build", "en/faq")
    assert 'href="../treatments/peel/"' in html and 'href="../prices/"' in html
    assert 'href="../contact/#map"' in html and 'href="mailto:a@b.example"' in html
    assert '<img src="../../media/plan.svg" alt="Plan" loading="lazy">' in html


def test_raw_html_in_markdown_is_shown_as_text(make_site):
    root = make_site({"content/faq/parking.md": "---\nquestion: Parking?\n---\n<script>alert(1)</script> <b>bold</b>\n"})
    build(root, root / "build", today=TODAY)
    html = page(root / "build", "en/faq")
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_without_base_url_no_sitemap_and_relative_alternates(make_site):
    root = make_site()
    build(root, root / "build", today=TODAY)
    assert not (root / "build" / "sitemap.xml").exists() and not (root / "build" / "robots.txt").exists()
    html = page(root / "build", "fr/contact")
    assert "canonical" not in html
    assert '<link rel="alternate" hreflang="en" href="../../en/contact/">' in html


@pytest.mark.parametrize("price, en, fr", [
    ("250", "250\u00a0€", "250\u00a0€"),
    ("{from: 90}", "from 90\u00a0€", "à partir de 90\u00a0€"),
    ("{from: 250, to: 450, per: {en: area, fr: zone}}", "250\u00a0€ to 450\u00a0€ per area", "de 250\u00a0€ à 450\u00a0€ par zone"),
    ("{from: 250, to: 250, per: {en: area, fr: zone}}", "250\u00a0€ per area", "250\u00a0€ par zone"),
    ("{from: 100, per: session}", "from 100\u00a0€ per session", "à partir de 100\u00a0€ par session"),
    ("on request", "on request", "sur demande"),
    ("12.5", "12,50\u00a0€", "12,50\u00a0€"),
])
def test_every_price_form_is_shown_in_each_language(make_site, price, en, fr):
    root = make_site({"content/treatments/peel.md": f"---\ntitle: Peel\nprice: {price}\n---\n",
                      "content/treatments/peel.fr.md": "---\ntitle: Peeling\n---\n"})
    build(root, root / "build", today=TODAY)
    assert f"<dd>{en}</dd>" in page(root / "build", "en/treatments/peel")
    assert f"<dd>{fr}</dd>" in page(root / "build", "fr/traitements/peel")


def test_a_brand_colour_too_light_for_text_is_warned_about_and_made_readable(make_site):
    from glowgen.colours import contrast

    root = make_site({"content/site.yaml": MINIMAL_SITE_YAML + 'brand:\n  primary: "#7f7f7f"\n'})
    result = build(root, root / "build", today=TODAY)
    (warning,) = [w for w in result.warnings if w.rule == "contrast"]
    assert warning.path == "content/site.yaml" and warning.line == 14 and "brand.primary #7f7f7f" in warning.message
    css = next((root / "build" / "assets").glob("brand.*.css")).read_text()
    solid = re.search(r"--brand-primary-solid: (#[0-9a-f]{6});", css).group(1)
    text = re.search(r"--brand-on-primary-solid: (#[0-9a-f]{6});", css).group(1)
    assert solid != "#7f7f7f" and contrast(solid, text) >= 4.5
