"""The benchmark's synthetic site (bench/build.py) is a valid site: it builds without
errors or warnings, with every treatment page in every language. No timing here."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType


TREATMENTS, FAQS = 12, 3
SECTIONS = {"fr": "traitements", "nl": "behandelingen", "en": "treatments"}


def test_generated_site_builds_without_warnings(bench: ModuleType, tmp_path: Path) -> None:
    from glowgen.build import build

    root = tmp_path / "site"
    items = bench.generate_site(root, treatments=TREATMENTS, faqs=FAQS, seed=1)
    assert items == TREATMENTS + FAQS

    result = build(root, root / "build")

    assert result.warnings == []
    assert result.languages == ("fr", "nl", "en")
    slugs = sorted(p.name[:-3] for p in (root / "content" / "treatments").glob("*.md") if p.name.count(".") == 1)
    assert len(slugs) == TREATMENTS
    for lang, section in SECTIONS.items():
        pages = sorted(p.parent.name for p in (root / "build" / lang / section).glob("*/index.html"))
        assert pages == slugs, lang
    faq_files = list((root / "content" / "faq").glob("*.md"))
    assert len(faq_files) == FAQS * 3


def test_generated_site_is_deterministic(bench: ModuleType, tmp_path: Path) -> None:
    def files(root: Path) -> dict[str, bytes]:
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}

    bench.generate_site(tmp_path / "a", treatments=5, faqs=1, seed=7)
    bench.generate_site(tmp_path / "b", treatments=5, faqs=1, seed=7)
    bench.generate_site(tmp_path / "c", treatments=5, faqs=1, seed=8)
    assert files(tmp_path / "a") == files(tmp_path / "b")
    assert files(tmp_path / "a") != files(tmp_path / "c")


def test_generated_text_avoids_advertising_claims(bench: ModuleType, tmp_path: Path) -> None:
    """Words a compliance checker would flag (superlatives, guarantees, free, discounts)."""
    bench.generate_site(tmp_path, treatments=20, faqs=4, seed=1)
    text = "\n".join(p.read_text(encoding="utf-8").casefold() for p in (tmp_path / "content").rglob("*.md"))
    words = set(text.replace("[", " ").replace("]", " ").replace(".", " ").replace(",", " ").split())
    flagged = {"free", "gratuit", "gratuite", "gratis", "best", "meilleur", "meilleure", "beste",
               "guaranteed", "garanti", "garantie", "gegarandeerd", "discount", "réduction", "korting",
               "promo", "promotion", "offert", "offerte", "%"}
    assert not words & flagged
