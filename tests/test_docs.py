"""The documentation keeps up with the code: every field, every template variable, the two commands."""

from __future__ import annotations

from glowgen.diagnostics import Report
from glowgen.load import load_site
from glowgen.render import PageRenderer, RenderInput
from glowgen.schema import KINDS, SITE, Localised, Record
from glowgen.themes import resolve_theme
from tests.conftest import EXAMPLE, REPO, TODAY


def field_names(record: Record, prefix: str = "") -> set[str]:
    names = set()
    for name, spec in record.fields.items():
        names.add(name)
        inner = spec.type.inner if isinstance(spec.type, Localised) else spec.type
        inner = getattr(inner, "inner", inner)
        if isinstance(inner, Record):
            names |= field_names(inner)
    return names


def test_content_reference_names_every_field():
    text = (REPO / "docs" / "content.md").read_text(encoding="utf-8")
    names = field_names(SITE) | {n for record in KINDS.values() for n in field_names(record)}
    names |= {"from", "to", "per"}  # the price's fields
    missing = sorted(name for name in names if f"`{name}`" not in text)
    assert missing == []


def test_theme_guide_names_every_template_variable():
    text = (REPO / "docs" / "themes.md").read_text(encoding="utf-8")
    report = Report()
    site = load_site(EXAMPLE, report)
    theme = resolve_theme(EXAMPLE, site.theme, report)
    renderer = PageRenderer(site, theme, RenderInput({}, TODAY), report)
    pages = renderer.pages_for("en")
    names: set[str] = set()
    for page in pages:
        context = renderer.context(page, "en")
        names |= set(context)
        names |= {f"site.{key}" for key in context["site"]}
    missing = sorted(name for name in names
                     if not any(d in text for d in (f"`{name}`", f"`{name}(", f"`{name.split('.')[-1]}`")))
    assert missing == []


def test_readme_gives_the_two_commands():
    text = (REPO / "README.md").read_text(encoding="utf-8")
    assert "scripts/serve" in text and "scripts/test" in text
    ci = (REPO / ".ci" / "run").read_text()
    assert "scripts/test" in ci
