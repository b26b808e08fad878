"""glowgen check's compliance rules: claims in four languages on known lines, the same words
in harmless sentences left alone, the Belgian and EU packs, personal data, the theme, and
the report (compiler-style lines, JSON, allowed findings, a build that refuses to publish)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from glowgen.build import build, check
from glowgen.cli import cli
from glowgen.errors import ContentError
from tests.conftest import EXAMPLE, TODAY

SITE = """\
    name: Clinique Test
    languages: [fr, nl, en, de]
    country: {country}
    address:
      street: Rue Haute 10
      postcode: "1000"
      city: {{fr: Bruxelles, nl: Brussel, en: Brussels, de: Brüssel}}
    contact:
      phone: "+32 2 555 01 23"
      email: info@clinique-test.example
    hours:
      mon: "09:00-17:00"
    banners:
      - text: "Fermé le 1er mai."
        until: 2020-05-01
    """

# Each claim on a line we know; the harmless sentences around them must stay unflagged.
LASER_FR = """\
    ---
    title: Épilation laser
    summary: "La meilleure clinique de Bruxelles pour une épilation définitive."
    price: 120
    risks: "Rougeurs passagères."
    aftercare: "Éviter le soleil."
    alternatives: "Rasage ou cire."
    ---
    Le traitement est indolore et sans danger.
    Résultats garantis à 100 %.
    -30 % sur les séances ce mois-ci seulement !

    Le meilleur moment pour venir est le matin.
    Les résultats ne sont pas garantis et aucun traitement n'est sans risque.
    La réduction des poils est progressive ; le parking est gratuit.
    """
LASER_NL = """\
    ---
    title: Laserontharing
    summary: "Gegarandeerd resultaat,
      pijnloos."
    ---
    De beste kliniek van België.
    U belt best vooraf voor een afspraak.
    20% korting op alle behandelingen!
    Gratis parkeren voor de deur. Beste klant, welkom.
    """
LASER_EN = """\
    ---
    title: Laser hair removal
    ---
    Unlike other clinics, our doctors are world-class.
    The best time to book is the morning. Feel free to call us.
    Our treatments are completely
    safe.
    Results cannot be guaranteed and no treatment is risk-free.
    """
LASER_DE = """\
    ---
    title: Laser-Haarentfernung
    ---
    Schmerzfrei und dauerhaft.
    Bestandteil der Behandlung ist eine Beratung. Am besten rufen Sie an.
    Keine Behandlung ist schmerzfrei; wir bestellen Termine online.
    """
TOXIN = """\
    ---
    title: Toxine botulique
    aliases: [Botox, Vistabel, "sans risque"]
    price: on request
    risks: "Maux de tête passagers."
    aftercare: "Ne pas masser la zone."
    alternatives: "Acide hyaluronique."
    ---
    Le Botox détend certains muscles.
    Les soins esthétiques ne sont pas remboursés par la mutuelle.
    Remboursé par la mutuelle, payable en 3 fois sans frais : réservez dès maintenant !
    """
VOUCHER = """\
    ---
    question: Vendez-vous des bons cadeaux ?
    ---
    Oui : garantie de remboursement du bon cadeau pendant un an.
    Écrivez-nous à info@clinique-test.example, pas à marie.dubois@gmail.com.
    """
POISON = """\
    ---
    title: Urgences
    compliance: {allow: [personal-data], reason: "the national poison centre's public number"}
    ---
    Centre Antipoisons : 070 245 245.
    """
FOUNDER = """\
    ---
    name: Claire Martin
    role: Fondatrice
    ---
    """
WRITE_TO = """\
    ---
    question: Puis-je écrire à mon médecin ?
    ---
    Oui, au Dr Peeters : jan point peeters arobase telenet point be.
    """
NO_PRICE = """\
    ---
    title: Peeling
    risks: "Rougeurs."
    aftercare: "Crème solaire."
    alternatives: "Microneedling."
    ---
    """


def site_files(country: str = "BE") -> dict[str, str]:
    return {
        "content/site.yaml": SITE.format(country=country),
        "content/treatments/laser.md": LASER_FR,
        "content/treatments/laser.nl.md": LASER_NL,
        "content/treatments/laser.en.md": LASER_EN,
        "content/treatments/laser.de.md": LASER_DE,
        "content/treatments/toxin.md": TOXIN,
        "content/treatments/peel.md": NO_PRICE,
        "content/faq/vouchers.md": VOUCHER,
        "content/faq/write.md": WRITE_TO,
        "content/pages/urgences.md": POISON,
        "content/team/claire.md": FOUNDER,
    }


def findings(root) -> list:
    try:
        result = check(root, today=TODAY)
        return [*result.warnings, *result.allowed]
    except ContentError as error:
        return error.diagnostics


def places(diagnostics, rules=None) -> set[tuple[str, int, str]]:
    return {(d.path.rsplit("/", 1)[-1], d.line, d.rule) for d in diagnostics
            if rules is None or d.rule in rules}


@pytest.fixture
def belgian(make_site):
    return findings(make_site(site_files("BE"), base={}))


CLAIMS = {"claim-superlative", "claim-guarantee", "claim-no-risk", "claim-permanent", "promo-discount",
          "promo-free", "promo-urgency", "be-comparison", "be-reimbursement", "be-payment-plan",
          "be-call-to-action", "eu-prescription-brand"}


def test_claims_in_four_languages_on_their_lines(belgian):
    found = places(belgian, CLAIMS)
    expected = {
        ("laser.md", 3, "claim-superlative"), ("laser.md", 3, "claim-permanent"),
        ("laser.md", 9, "claim-no-risk"), ("laser.md", 10, "claim-guarantee"),
        ("laser.md", 11, "promo-discount"), ("laser.md", 11, "promo-urgency"),
        ("laser.nl.md", 3, "claim-guarantee"), ("laser.nl.md", 4, "claim-no-risk"),  # across a line break
        ("laser.nl.md", 6, "claim-superlative"), ("laser.nl.md", 8, "promo-discount"),
        ("laser.en.md", 4, "be-comparison"), ("laser.en.md", 4, "claim-superlative"),
        ("laser.en.md", 6, "claim-no-risk"),
        ("laser.de.md", 4, "claim-no-risk"), ("laser.de.md", 4, "claim-permanent"),
        ("toxin.md", 9, "eu-prescription-brand"), ("toxin.md", 11, "be-reimbursement"),
        ("toxin.md", 11, "be-payment-plan"), ("toxin.md", 11, "be-call-to-action"),
    }
    assert found == expected, f"missing {sorted(expected - found)}, unexpected {sorted(found - expected)}"


def test_a_finding_is_a_compiler_line_with_a_fix(belgian):
    line = next(str(d) for d in belgian if d.rule == "claim-guarantee" and d.path.endswith("laser.md"))
    assert line.startswith("content/treatments/laser.md:10:11: error claim-guarantee: 'garantis'")
    assert "Say what the treatment usually does" in line


def test_harmless_uses_of_the_same_words_are_not_flagged(belgian):
    flagged_lines = places(belgian, CLAIMS)
    # "le meilleur moment", negated guarantees and risks, "réduction des poils", free parking,
    # Flemish "best" and "Beste klant", "the best time", "feel free", "Bestandteil", "bestellen"
    for harmless in [("laser.md", 13), ("laser.md", 14), ("laser.md", 15), ("laser.nl.md", 7), ("laser.nl.md", 9),
                     ("laser.en.md", 5), ("laser.en.md", 8), ("laser.de.md", 5), ("laser.de.md", 6),
                     ("toxin.md", 10), ("vouchers.md", 4)]:
        assert not {f for f in flagged_lines if f[:2] == harmless}, harmless


def test_brand_names_are_allowed_in_aliases_only(belgian):
    brands = places(belgian, {"eu-prescription-brand", "claim-no-risk"})
    assert ("toxin.md", 9, "eu-prescription-brand") in brands
    assert not any(line == 3 and name == "toxin.md" for name, line, _ in brands)  # aliases: never shown


def test_personal_data_of_others_and_the_allowed_number(belgian):
    data = [d for d in belgian if d.rule == "personal-data"]
    errors = [(d.path.rsplit("/", 1)[-1], d.line) for d in data if d.severity == "error"]
    assert errors == [("vouchers.md", 5), ("write.md", 4)]  # one spelt out in words
    assert "marie.dubois@gmail.com" in str(next(d for d in data if d.severity == "error"))
    allowed = [d for d in data if d.severity == "allowed"]
    assert [(d.path, d.line) for d in allowed] == [("content/pages/urgences.md", 5)]
    assert "poison centre" in allowed[0].message


def test_belgian_pack_warnings(belgian):
    warnings = {(d.path.rsplit("/", 1)[-1], d.rule) for d in belgian if d.severity == "warning"}
    assert ("claire.md", "be-professional-title") in warnings
    assert ("site.yaml", "banner-expired") in warnings
    assert ("laser.en.md", "be-treatment-info") not in warnings  # laser.md has all three
    errors = {(d.path.rsplit("/", 1)[-1], d.rule) for d in belgian if d.severity == "error"}
    assert ("peel.md", "treatment-price") in errors


def test_outside_the_eu_only_the_general_rules_apply(make_site):
    found = places(findings(make_site(site_files("US"), base={})))
    rules = {rule for _, _, rule in found}
    assert "claim-guarantee" in rules and "claim-superlative" in rules
    assert not {r for r in rules if r.startswith(("be-", "eu-"))}


def test_an_unknown_rule_in_allow_is_an_error_with_a_suggestion(make_site):
    files = site_files() | {"content/pages/urgences.md": POISON.replace("personal-data", "personal-dat")}
    problem = next(d for d in findings(make_site(files, base={})) if d.rule == "compliance")
    assert problem.path == "content/pages/urgences.md" and "did you mean personal-data?" in problem.message


def test_a_theme_may_not_collect_track_or_frame(make_site):
    files = site_files() | {
        "content/site.yaml": SITE.format(country="BE") + "theme: spy\n",
        "themes/spy/theme.yaml": "extends: default\n",
        "themes/spy/templates/page.html": """\
            {% extends "base.html" %}
            {% block content %}
            <form action="/subscribe"><input name="email"></form>
            <iframe src="https://www.youtube.com/embed/x"></iframe>
            <script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>
            <a href="https://wa.me/3224700000?text=Hello">WhatsApp</a>
            <a href="javascript:openChat()">Chat</a> <a href="http://old.example.be/">Old site</a>
            <a href="https://www.example.be/">Site</a> <a href="tel:+3225550123">Call</a> <a href="{{ t.x }}">x</a>
            {% endblock %}
            """,
    }
    diagnostics = findings(make_site(files, base={}))
    found = places(diagnostics, {"form", "iframe", "tracking", "link-prefill", "link-scheme"})
    assert {("page.html", 3, "form"), ("page.html", 4, "iframe"), ("page.html", 5, "tracking"),
            ("page.html", 6, "link-prefill")} <= found
    schemes = [d for d in diagnostics if d.rule == "link-scheme"]
    assert [(d.line, d.column) for d in schemes] == [(7, 1), (7, 42)]  # https, tel and filled-in links pass
    assert "javascript: links can run code" in schemes[0].message and "https://" in schemes[1].message


def test_the_built_in_theme_and_the_example_clinic_are_clean():
    result = check(EXAMPLE, today=TODAY)
    from glowgen.compliance import RULES

    assert [str(d) for d in result.warnings if d.rule in RULES] == []


def test_build_refuses_to_publish_and_keeps_the_previous_build(make_site):
    root = make_site(site_files(), base={})
    out = root / "build"
    out.mkdir()
    (out / "index.html").write_text("previous", encoding="utf-8")
    (out / "_headers").write_text("/*\n", encoding="utf-8")  # what glowgen writes: a build it may replace
    with pytest.raises(ContentError):
        build(root, out, today=TODAY)
    assert (out / "index.html").read_text(encoding="utf-8") == "previous"


def test_check_as_json_and_its_exit_code(make_site):
    root = make_site(site_files(), base={})
    result = CliRunner().invoke(cli, ["check", "--source", str(root), "--format", "json"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["errors"] > 0 and report["allowed"] == 1
    first = next(d for d in report["diagnostics"] if d["rule"] == "claim-guarantee")
    assert {"path", "line", "column", "severity", "rule", "message"} <= set(first)


def test_strict_turns_compliance_warnings_into_errors(make_site):
    clean = {"content/site.yaml": SITE.format(country="BE"), "content/team/claire.md": FOUNDER}
    root = make_site(clean, base={})
    assert check(root, today=TODAY).warnings  # the founder's title, the old banner
    with pytest.raises(ContentError):
        check(root, strict=True, today=TODAY)
