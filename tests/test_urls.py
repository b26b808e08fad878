"""Where pages live, and relative links between them."""

from __future__ import annotations

import posixpath

import pytest

from glowgen.urls import item_path, relative, section_path


@pytest.mark.parametrize("here, there, link", [
    ("fr/traitements/botox/", "fr/contact/", "../../contact/"),
    ("fr/", "fr/", "./"),
    ("fr/", "fr/faq/#x", "faq/#x"),
    ("index.html", "fr/", "fr/"),
    ("fr/traitements/botox/", "assets/style.css", "../../../assets/style.css"),
    ("fr/faq/", "fr/faq/#parking", "./#parking"),
    ("fr/about/", "fr/", "../"),
    ("fr/traitements/", "fr/traitements/botox/", "botox/"),
    ("nl/", "media/team/a.svg", "../media/team/a.svg"),
])
def test_relative_links(here, there, link):
    assert relative(here, there) == link
    # the link leads where it should, resolved as a browser does
    base = here if here.endswith("/") else posixpath.dirname(here) + "/"
    resolved = posixpath.normpath(posixpath.join(base, link.split("#")[0]))
    assert resolved.strip("./") == there.split("#")[0].rstrip("/") or (resolved == "." and there.startswith(base))


def test_item_and_section_paths():
    assert section_path("prices", "nl") == "nl/prijzen/"
    assert item_path("treatments/botox", "de") == "de/behandlungen/botox/"
    assert item_path("faq/parking", "fr") == "fr/faq/#parking"
    assert item_path("team/anna", "fr") == "fr/equipe/#anna"
    assert item_path("pages/privacy", "fr") == "fr/confidentialite/"
    assert item_path("pages/about", "en") == "en/about/"
