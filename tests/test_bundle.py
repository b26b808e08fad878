"""build/: written all at once, byte-identical from the same input, never destroying anything else."""

from __future__ import annotations

import json
import os
import re
import shutil

import pytest

from glowgen import bundle
from glowgen.build import build
from glowgen.errors import GlowgenError
from tests.conftest import EXAMPLE, TODAY, built_wording
from tests.test_bad_input import tree_digest


def test_two_builds_are_byte_identical(tmp_path):
    build(EXAMPLE, tmp_path / "one", today=TODAY)
    build(EXAMPLE, tmp_path / "two", today=TODAY)
    one = {p.relative_to(tmp_path / "one"): p.read_bytes() for p in (tmp_path / "one").rglob("*") if p.is_file()}
    two = {p.relative_to(tmp_path / "two"): p.read_bytes() for p in (tmp_path / "two").rglob("*") if p.is_file()}
    assert one == two


def test_source_date_epoch_fixes_the_build_date(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795392000")  # 2026-11-23 00:00 UTC
    build(EXAMPLE, tmp_path / "epoch")
    build(EXAMPLE, tmp_path / "fixed", today=TODAY)
    assert tree_digest(tmp_path / "epoch") == tree_digest(tmp_path / "fixed")


def test_a_rebuild_replaces_the_old_build_entirely(make_site):
    root = make_site()
    build(root, root / "build", today=TODAY)
    assert (root / "build" / "en" / "treatments" / "peel" / "index.html").exists()
    (root / "content" / "treatments" / "peel.md").rename(root / "content" / "treatments" / "glow.md")
    (root / "content" / "treatments" / "peel.fr.md").rename(root / "content" / "treatments" / "glow.fr.md")
    build(root, root / "build", today=TODAY)
    assert not (root / "build" / "en" / "treatments" / "peel").exists()
    assert (root / "build" / "en" / "treatments" / "glow" / "index.html").exists()
    assert sorted(p.name for p in root.iterdir()) == ["build", "content"]  # no temporary folders left


def test_a_failure_while_writing_keeps_the_previous_build(make_site, monkeypatch):
    root = make_site()
    build(root, root / "build", today=TODAY)
    before = tree_digest(root / "build")
    written = []
    real = bundle.Staging.write

    def failing(self, path, data):
        written.append(path)
        if len(written) > 5:
            raise OSError(28, "No space left on device")
        return real(self, path, data)

    monkeypatch.setattr(bundle.Staging, "write", failing)
    with pytest.raises(OSError):
        build(root, root / "build", today=TODAY)
    monkeypatch.undo()
    assert tree_digest(root / "build") == before
    assert sorted(p.name for p in root.iterdir()) == ["build", "content"]


@pytest.mark.parametrize("out", [".", "content", ".."])
def test_refuses_to_replace_the_site_itself(make_site, out):
    root = make_site()
    with pytest.raises(GlowgenError, match="holds the site itself"):
        build(root, root / out, today=TODAY)
    assert (root / "content" / "site.yaml").exists()


def test_refuses_to_replace_a_folder_glowgen_did_not_write(make_site):
    root = make_site()
    precious = root / "documents"
    precious.mkdir()
    (precious / "taxes.pdf").write_bytes(b"%PDF")
    with pytest.raises(GlowgenError, match="did not write"):
        build(root, precious, today=TODAY)
    assert (precious / "taxes.pdf").read_bytes() == b"%PDF"


def test_asset_names_follow_their_content():
    assert bundle.hashed_name("style.css", b"a") == bundle.hashed_name("style.css", b"a")
    assert bundle.hashed_name("style.css", b"a") != bundle.hashed_name("style.css", b"b")
    assert bundle.hashed_name("fonts/a.woff2", b"x").startswith("fonts/a.")


def test_pages_link_to_the_hashed_assets(example_build):
    css = sorted(p.name for p in (example_build / "assets").iterdir())
    assert any(name.startswith("style.") and name.endswith(".css") for name in css)
    home = (example_build / "fr" / "index.html").read_text()
    for name in css:
        if name.endswith(".css"):
            assert f"../assets/{name}" in home


def test_build_into_a_new_nested_folder(make_site, tmp_path):
    root = make_site()
    out = tmp_path / "deep" / "er" / "site"
    build(root, out, today=TODAY)
    assert (out / "index.html").is_file()
    assert oct(os.stat(out).st_mode & 0o777) == "0o755"
    shutil.rmtree(out)


def test_the_panel_wording_names_the_clinic_in_each_language(example_build):
    """The panel shows its title, notice and greeting before the engine has loaded: the
    widget carries its wording with the clinic's values."""
    wording = built_wording(example_build)
    assert sorted(wording) == ["en", "fr", "nl"]
    for lang, texts in wording.items():
        assert texts["title"] == "Lumi"
        assert "112" in texts["notice"]
        assert "+32 2 555 01 23" in texts["unavailable"]
        assert texts["greeting"].startswith(("Bonjour, je suis Lumi", "Hallo, ik ben Lumi", "Hello, I'm Lumi"))
        assert not re.search(r"\{(name|number|phone)\}", json.dumps(texts)), lang
    # what only the page knows stays for the widget to fill in
    assert "{time}" in wording["en"]["open_now"]


def test_the_theme_greets_when_the_clinic_has_no_greeting(make_site):
    site = make_site()
    text = (site / "content" / "site.yaml").read_text(encoding="utf-8")
    assert "greeting" not in text
    build(site, site / "build")
    wording = built_wording(site / "build")
    assert all(texts["greeting"].strip() for texts in wording.values())
