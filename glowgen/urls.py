"""Where every page lives in ``build/``, per language, and links between pages.

Paths here are site-relative folders such as ``fr/traitements/botox/`` (the page is
its ``index.html``); pages link to each other with relative URLs, so a site works
from any folder of any host.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from glowgen.model import Contact

# The built pages' folder names per language (the English names are also the
# language-neutral names content uses in links such as "/contact/").
SECTIONS: dict[str, dict[str, str]] = {
    "treatments": {"fr": "traitements", "nl": "behandelingen", "en": "treatments", "de": "behandlungen"},
    "prices": {"fr": "tarifs", "nl": "prijzen", "en": "prices", "de": "preise"},
    "team": {"fr": "equipe", "nl": "team", "en": "team", "de": "team"},
    "faq": {"fr": "faq", "nl": "faq", "en": "faq", "de": "faq"},
    "contact": {"fr": "contact", "nl": "contact", "en": "contact", "de": "kontakt"},
    "privacy": {"fr": "confidentialite", "nl": "privacy", "en": "privacy", "de": "datenschutz"},
    "assistant": {"fr": "assistant", "nl": "assistant", "en": "assistant", "de": "assistant"},
}


def home_path(lang: str) -> str:
    return f"{lang}/"


def section_path(section: str, lang: str) -> str:
    """``section_path("prices", "nl")`` -> ``"nl/prijzen/"``."""
    return f"{lang}/{SECTIONS[section][lang]}/"


def item_path(ref: str, lang: str) -> str:
    """The page (and anchor) that shows a content item: ``treatments/botox`` -> ``fr/traitements/botox/``."""
    kind, _, slug = ref.partition("/")
    if kind == "treatments":
        return f"{section_path('treatments', lang)}{slug}/"
    if kind == "faq":
        return f"{section_path('faq', lang)}#{slug}"
    if kind == "team":
        return f"{section_path('team', lang)}#{slug}"
    if slug == "privacy":
        return section_path("privacy", lang)
    return f"{lang}/{slug}/"


def reserved_page_slugs(lang: str) -> set[str]:
    """Folder names a free page cannot take in ``lang`` (``privacy`` is the privacy page)."""
    return {names[lang] for names in SECTIONS.values()} - {SECTIONS["privacy"][lang]} | {"assets", "media", "assistant"}


def file_for(path: str) -> str:
    """The file that serves a folder path: ``fr/`` -> ``fr/index.html``."""
    path = path.partition("#")[0]
    return path + "index.html" if path.endswith("/") or not path else path


def relative(from_path: str, to_path: str) -> str:
    """A relative URL from the page at ``from_path`` to ``to_path`` (both site-relative).

    ``relative("fr/traitements/botox/", "fr/contact/")`` -> ``"../../contact/"``.
    """
    target, hash_, fragment = to_path.partition("#")
    here = from_path.rsplit("/", 1)[0].split("/") if "/" in from_path else []
    there = target.split("/")
    name = there.pop()  # "" for a folder path such as "fr/contact/"
    here = [part for part in here if part]
    common = 0
    while common < min(len(here), len(there)) and here[common] == there[common]:
        common += 1
    link = "../" * (len(here) - common) + "".join(f"{part}/" for part in there[common:]) + name
    return (link or "./") + hash_ + fragment


def contact_links(contact: "Contact") -> dict[str, str | None]:
    """The clinic's contact details and their links, fixed at build time: ``tel:``,
    ``mailto:`` and WhatsApp links never carry any text (DESIGN.md, privacy invariant 5)."""
    whatsapp = contact.whatsapp
    return {
        "phone": contact.phone.display,
        "phone_link": f"tel:{contact.phone.e164}",
        "email": contact.email,
        "email_link": f"mailto:{contact.email}" if contact.email else None,
        "whatsapp": whatsapp.display if whatsapp else None,
        "whatsapp_link": f"https://wa.me/{whatsapp.e164[1:]}" if whatsapp else None,
        "booking_url": contact.booking_url,
    }
