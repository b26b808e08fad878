"""Loading content: every field, translations and fallback, ordering, the example clinic."""

from __future__ import annotations

import datetime as dt

from glowgen.diagnostics import Report
from glowgen.load import load_site
from tests.conftest import EXAMPLE


def load(root):
    report = Report()
    site = load_site(root, report)
    return site, report


def test_example_clinic_loads_without_problems():
    site, report = load(EXAMPLE)
    assert report.sorted() == []
    assert site.languages == ("fr", "nl", "en")
    assert len(site.treatments) >= 12 and len(site.faqs) >= 10 and len(site.team) >= 2
    assert {p.slug for p in site.pages} >= {"about", "privacy"}
    assert site.closures and site.banners
    for treatment in site.treatments:
        for lang in site.languages:
            assert treatment.title.get(lang) and treatment.risks.get(lang)
            assert treatment.aftercare.get(lang) and treatment.alternatives.get(lang)


def test_translation_overrides_and_falls_back(make_site):
    site, report = load(make_site())
    peel = site.treatments[0]
    assert peel.title.get("en") == "Chemical peel" and peel.title.get("fr") == "Peeling chimique"
    assert peel.summary.get("fr") == "Une solution qui exfolie la peau."
    assert peel.category.get("fr") == "Peau"
    # aliases are not in peel.fr.md: French visitors get the English ones, and the build says so
    assert peel.aliases.get("fr") == ("peeling",)
    assert any("no fr text for aliases" in d.message for d in report.warnings)
    assert peel.body.get("fr").text.strip() == "Informations générales sur les peelings."
    assert peel.body.get("fr").path == "content/treatments/peel.fr.md"
    assert peel.body.get("fr").line == 5


def test_missing_translation_file_falls_back_with_a_warning(make_site):
    site, report = load(make_site({"content/faq/parking.fr.md": None}))
    faq = site.faqs[0]
    assert faq.question.get("fr") == "Where can I park?"
    assert [str(d) for d in report.warnings if "parking" in d.path] == [
        "content/faq/parking.md:1: warning missing-translation: no fr translation (parking.fr.md); "
        "visitors in fr see the en text"]


def test_site_fields(make_site):
    site, report = load(make_site({"content/site.yaml": """\
        name: {en: Test Clinic, fr: Clinique Test}
        languages: [en, fr]
        country: NL
        timezone: Europe/Amsterdam
        currency: EUR
        base_url: https://www.test.example
        address:
          street: Main Street 1
          postcode: 1011 AB
          city: Amsterdam
          maps_url: https://www.openstreetmap.org/?mlat=52.37&mlon=4.89
          directions: {en: Tram 2, fr: Tram 2 aussi}
        contact:
          phone: 020 555 0123
          email: info@test.example
          whatsapp: "+31 6 12345678"
          booking_url: https://booking.example.com/test
        hours:
          mon: 09:00 - 17:00
          tue: ["08:00-12:00", "13:00-24:00"]
          wed: closed
        public_holidays: open
        closures:
          - {from: 2026-12-24, to: 2026-12-26, note: {en: Holidays, fr: Vacances}}
          - {date: 2027-02-14, hours: "10:00-16:00"}
          - date: "2027-03-01"
        emergency: {number: "112"}
        assistant: {name: Lumi, greeting: {en: Hello, fr: Bonjour}}
        banners:
          - {text: {en: Closed soon, fr: Fermé bientôt}, from: 2026-11-01, until: 2026-12-31, link: https://www.test.example/news}
        brand: {primary: "#6B3FA0", accent: "#fc0"}
        security: {frame_ancestors: ["'self'", "https://partner.example/"]}
        """}))
    assert report.errors == []
    assert site.name.get("fr") == "Clinique Test"
    assert site.country == "NL" and site.timezone == "Europe/Amsterdam"
    assert site.base_url == "https://www.test.example/"
    assert site.address.postcode == "1011 AB" and site.address.city.get("fr") == "Amsterdam"
    assert site.contact.phone.e164 == "+31205550123"
    assert site.contact.whatsapp.e164 == "+31612345678"
    assert site.hours[0] == ((540, 1020),)
    assert site.hours[1] == ((480, 720), (780, 1440))
    assert site.hours[2] == () and site.hours[6] == ()  # closed, and left out
    assert site.holidays_closed is False
    assert [(c.start, c.end, c.hours) for c in site.closures] == [
        (dt.date(2026, 12, 24), dt.date(2026, 12, 26), ()),
        (dt.date(2027, 2, 14), dt.date(2027, 2, 14), ((600, 960),)),
        (dt.date(2027, 3, 1), dt.date(2027, 3, 1), ()),
    ]
    assert site.closures[0].note.get("fr") == "Vacances"
    assert site.assistant.name.get("fr") == "Lumi" and site.assistant.greeting.get("en") == "Hello"
    assert site.banners[0].url == "https://www.test.example/news"
    assert site.brand.primary == "#6b3fa0" and site.brand.accent == "#ffcc00"
    assert site.frame_ancestors == ("'self'", "https://partner.example")


def test_defaults(make_site):
    site, _ = load(make_site())
    assert (site.country, site.timezone, site.currency, site.theme) == ("BE", "Europe/Brussels", "EUR", "default")
    assert site.emergency_number == "112" and site.holidays_closed
    assert site.assistant.name.get("en") == "Assistant" and site.assistant.name.get("fr") == "Assistant"
    assert site.frame_ancestors == ("'none'",)
    assert site.base_url is None


def test_every_price_form(make_site):
    prices = {"a": "250", "b": "{from: 90}", "c": "{from: 250, to: 450, per: {en: area, fr: zone}}",
              "d": "on request", "e": "12.50", "f": "{from: 100, per: session}",
              "g": "{from: 250, to: 250, per: {en: area, fr: zone}}", "h": '"80"'}
    files = {f"content/treatments/{slug}.md": f"---\ntitle: {slug}\nprice: {price}\n---\n"
             for slug, price in prices.items()}
    site, report = load(make_site(files))
    assert report.errors == []
    got = {t.slug: t.price for t in site.treatments}
    assert (got["a"].minimum, got["a"].exact) == (250, True)
    assert (got["b"].minimum, got["b"].maximum, got["b"].exact) == (90, None, False)
    assert (got["c"].minimum, got["c"].maximum, got["c"].per.get("fr")) == (250, 450, "zone")
    assert got["d"].on_request
    assert got["e"].minimum == 12.5
    assert got["f"].per.get("fr") == "session"
    assert (got["g"].minimum, got["g"].exact, got["g"].per.get("en")) == (250, True, "area")
    assert (got["h"].minimum, got["h"].exact) == (80, True)


def test_order_then_title(make_site):
    files = {
        "content/treatments/zeta.md": "---\ntitle: Zeta\norder: 1\n---\n",
        "content/treatments/alpha.md": "---\ntitle: Alpha\n---\n",
        "content/treatments/beta.md": "---\ntitle: beta\n---\n",
    }
    site, _ = load(make_site(files))
    assert [t.slug for t in site.treatments] == ["zeta", "alpha", "beta", "peel"]


def test_subfolders_organise_without_changing_names(make_site):
    site, report = load(make_site({"content/treatments/face/lips.md": "---\ntitle: Lips\n---\n"}))
    assert report.errors == []
    assert "treatments/lips" in {t.ref for t in site.treatments}


def test_bom_and_windows_line_endings(make_site):
    text = "\ufeff---\r\ntitle: Lips\r\nduration: 20\r\n---\r\nBody\r\n"
    site, report = load(make_site({"content/treatments/lips.md": text.encode("utf-8")}))
    assert report.errors == []
    lips = next(t for t in site.treatments if t.slug == "lips")
    assert lips.duration == 20 and lips.body.get("en").text.strip() == "Body"


def test_unused_files_are_warned_about(make_site):
    _, report = load(make_site({"content/notes.txt": "todo", "content/treatments/readme.txt": "x"}))
    assert {d.path for d in report.warnings if d.rule == "unused-file"} == {
        "content/notes.txt", "content/treatments/readme.txt"}


def test_team_and_pages(make_site):
    site, report = load(make_site({
        "content/media/anna.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>",
        "content/team/anna.md": "---\nname: Dr Anna Peeters\nrole: {en: Aesthetic physician, fr: Médecin esthétique}\n"
                                "languages: [nl, fr, en, es]\nregistration: RIZIV 1-23456-78-901\nphoto: media/anna.svg\n---\nBio.\n",
        "content/pages/about.md": "---\ntitle: About us\nmenu: true\norder: 2\n---\nAbout.\n",
    }))
    assert report.errors == []
    anna = site.team[0]
    assert anna.languages == ("nl", "fr", "en", "es") and anna.photo == "media/anna.svg"
    assert anna.role.get("fr") == "Médecin esthétique"
    assert site.pages[0].menu is True and site.pages[0].order == 2
