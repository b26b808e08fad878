"""schema.org structured data (JSON-LD) for the pages: the clinic, and the FAQ page."""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup

from glowgen import hours
from glowgen.model import Site
from glowgen.markdown import plain_text

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def dumps(data: dict[str, Any]) -> Markup:
    """JSON that is safe inside ``<script type="application/ld+json">``."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def clinic(site: Site, ctx: dict[str, Any]) -> dict[str, Any]:
    """The clinic as a schema.org MedicalClinic with its opening hours and exceptions."""
    values = ctx["site"]
    specs: list[dict[str, Any]] = []
    for days, ranges in hours.grouped_week(site):
        for start, end in ranges:
            specs.append({"@type": "OpeningHoursSpecification",
                          "dayOfWeek": [f"https://schema.org/{_DAYS[d]}" for d in days],
                          "opens": hours.format_time(start), "closes": hours.format_time(end)})
    for exc in ctx["hours"]["exceptions"]:
        ranges = exc["text"].split(", ") if not exc["closed"] else ["00:00–00:00"]
        for text in ranges:
            opens, _, closes = text.partition("–")
            specs.append({"@type": "OpeningHoursSpecification", "validFrom": exc["start"],
                          "validThrough": exc["end"], "opens": opens, "closes": closes})
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "MedicalClinic",
        "name": values["name"],
        "telephone": site.contact.phone.e164,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": values["address"]["street"],
            "postalCode": values["address"]["postcode"],
            "addressLocality": values["address"]["city"],
            "addressCountry": site.country,
        },
        "openingHoursSpecification": specs,
        "availableLanguage": list(site.languages),
        "currenciesAccepted": site.currency,
    }
    if site.contact.email:
        data["email"] = site.contact.email
    if site.base_url:
        data["url"] = site.base_url + ctx["lang"] + "/"
        if site.brand.logo:
            data["logo"] = site.base_url + site.brand.logo
    if site.address.maps_url:
        data["hasMap"] = site.address.maps_url
    return data


def faq_page(site: Site, ctx: dict[str, Any]) -> dict[str, Any]:
    lang = ctx["lang"]
    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "inLanguage": lang,
        "mainEntity": [
            {"@type": "Question", "name": faq.question.get(lang),
             "acceptedAnswer": {"@type": "Answer", "text": plain_text(faq.body.get(lang).tokens)}}
            for faq in site.faqs
        ],
    }


def for_page(site: Site, ctx: dict[str, Any], section: str) -> list[dict[str, Any]]:
    """The structured data of a page: the clinic on home and contact, FAQPage on the FAQ."""
    if section in ("home", "contact"):
        return [clinic(site, ctx)]
    if section == "faq" and site.faqs:
        return [faq_page(site, ctx)]
    return []
