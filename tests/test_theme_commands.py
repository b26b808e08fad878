"""glowgen theme new and theme list: a theme to start from that builds at once, chains of
themes, and clear refusals."""

from __future__ import annotations

import re

from click.testing import CliRunner

from glowgen.build import build
from glowgen.cli import cli
from tests.conftest import TODAY


def glowgen(*args: str):
    return CliRunner().invoke(cli, list(args))


def use_theme(root, name: str) -> None:
    site = root / "content" / "site.yaml"
    site.write_text(site.read_text() + f"theme: {name}\n")


def test_a_new_theme_builds_and_adds_its_stylesheet_after_the_parents(make_site):
    root = make_site()
    made = glowgen("theme", "new", "clinic-blue", "--source", str(root))
    assert made.exit_code == 0, made.output
    folder = root / "themes" / "clinic-blue"
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()) == [
        "static/clinic-blue.css", "templates/base.html", "theme.yaml"]
    assert "extends: default" in (folder / "theme.yaml").read_text()
    base = (folder / "templates" / "base.html").read_text()
    assert "head " in base and "docs/themes.md" in base  # points to the blocks and the docs
    css = (folder / "static" / "clinic-blue.css").read_text()
    assert "--brand-primary" in css and "::part()" in css and "--glow-radius" in css
    assert "theme: clinic-blue" in made.output

    use_theme(root, "clinic-blue")
    built = build(root, root / "build", today=TODAY)
    assert [w for w in built.warnings if w.rule not in ("missing-translation", "be-treatment-info")] == []
    page = (root / "build" / "en" / "index.html").read_text()
    sheets = re.findall(r'href="[./]*assets/([a-z-]+)\.[0-9a-f]+\.css"', page)
    assert sheets == ["style", "brand", "clinic-blue"]  # after the parent's: its rules win


def test_a_chain_of_three_themes_in_list_and_in_the_page(make_site):
    root = make_site()
    assert glowgen("theme", "new", "agency", "--source", str(root)).exit_code == 0
    assert glowgen("theme", "new", "clinic", "--extends", "agency", "--source", str(root)).exit_code == 0
    use_theme(root, "clinic")
    listed = glowgen("theme", "list", "--source", str(root))
    assert listed.exit_code == 0, listed.output
    lines = listed.output.splitlines()
    assert re.match(r"In effect \(content/site.yaml:\d+: theme: clinic\):", lines[0])
    assert lines[1] == "  clinic: themes/clinic/, extends agency; 1 template, 1 static file, 0 string files"
    assert lines[2] == "  agency: themes/agency/, extends default; 1 template, 1 static file, 0 string files"
    assert lines[3].startswith("  default: built-in") and "the end of the chain" in lines[3]
    assert lines[4].startswith("Other themes: ") and "(built-in)" in lines[4]
    build(root, root / "build", today=TODAY)
    page = (root / "build" / "en" / "index.html").read_text()
    assert re.findall(r'assets/([a-z-]+)\.[0-9a-f]+\.css', page) == ["style", "brand", "agency", "clinic"]


def test_theme_new_refuses_a_taken_name_a_bad_name_and_an_unknown_parent(make_site):
    root = make_site()
    assert glowgen("theme", "new", "mine", "--source", str(root)).exit_code == 0
    again = glowgen("theme", "new", "mine", "--source", str(root))
    assert again.exit_code == 2 and "exists already" in again.output
    bad = glowgen("theme", "new", "My Theme", "--source", str(root))
    assert bad.exit_code == 2 and "lowercase letters, digits and hyphens" in bad.output
    unknown = glowgen("theme", "new", "other", "--extends", "nowhere", "--source", str(root))
    assert unknown.exit_code == 2 and "--extends nowhere: no such theme" in unknown.output
    assert "in themes/: mine" in unknown.output
    assert not (root / "themes" / "other").exists()


def test_theme_list_names_a_broken_chain(make_site):
    root = make_site({"themes/loop-a/theme.yaml": "extends: loop-b\n", "themes/loop-b/theme.yaml": "extends: loop-a\n"})
    use_theme(root, "loop-a")
    listed = glowgen("theme", "list", "--source", str(root))
    assert listed.exit_code == 1 and "extend each other in a circle" in listed.output


def test_theme_list_names_the_line_of_an_unknown_theme_and_the_closest(make_site):
    root = make_site()
    site_yaml = root / "content" / "site.yaml"
    site_yaml.write_text(site_yaml.read_text() + "theme: atelie\n")
    line = len(site_yaml.read_text().splitlines())
    listed = glowgen("theme", "list", "--source", str(root))
    assert listed.exit_code == 1
    assert f"content/site.yaml:{line}: error theme: unknown theme 'atelie': did you mean atelier?" in listed.output
