"""glowgen init: a site root that builds at once, in the languages asked for."""

from __future__ import annotations

import re

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

import pytest
import yaml
from click.testing import CliRunner

from glowgen.build import build
from glowgen.cli import cli
from glowgen.diagnostics import Report
from glowgen.load import load_site
from tests.conftest import TODAY


def init(tmp_path, *args):
    target = tmp_path / "clinic"
    result = CliRunner().invoke(cli, ["init", str(target), *args])
    return target, result


@pytest.mark.parametrize("languages", ["fr,nl,en", "de,en", "nl,fr", "en", "fr,nl,en,de"])
def test_the_new_site_builds_without_warnings(tmp_path, languages):
    target, result = init(tmp_path, "--languages", languages)
    assert result.exit_code == 0, result.output
    assert "glowgen serve" in result.output
    codes = tuple(languages.split(","))
    report = Report()
    site = load_site(target, report)
    assert report.sorted() == [] and site.languages == codes
    built = build(target, target / "build", today=TODAY)
    assert built.warnings == []
    assert (target / "build" / codes[0] / "index.html").is_file()


def test_default_language_text_is_in_the_base_files(tmp_path):
    target, _ = init(tmp_path, "--languages", "de,en")
    base = (target / "content" / "treatments" / "consultation.md").read_text()
    assert "Beratung" in base and "price: 75" in base
    assert (target / "content" / "treatments" / "consultation.en.md").is_file()
    assert not list(target.rglob("*.fr.md")) and not list(target.rglob("*.nl.md"))
    site_yaml = (target / "content" / "site.yaml").read_text()
    assert "languages: [de, en]" in site_yaml
    values = [line for line in site_yaml.splitlines() if not line.lstrip().startswith("#")]
    assert not [line for line in values if re.match(r"\s+(fr|nl):", line)]  # other languages' lines are gone
    assert "# " in site_yaml  # the explanations stay


def test_site_files_for_deployment(tmp_path):
    target, _ = init(tmp_path)
    assert "build/" in (target / ".gitignore").read_text()
    assert (target / "requirements.txt").read_text().strip() == "glowgen"
    workflow = yaml.safe_load((target / ".github" / "workflows" / "website.yml").read_text())
    commands = [step.get("run") for step in workflow["jobs"]["build"]["steps"] if "run" in step]
    assert "glowgen check" in commands and "glowgen build" in commands
    toml = tomllib.loads((target / "netlify.toml").read_text())
    assert toml["build"]["publish"] == "build" and "glowgen build" in toml["build"]["command"]
    built = build(target, target / "build", today=TODAY)
    served = dict(built.headers)
    in_toml = next(h["values"] for h in toml["headers"] if h["for"] == "/*")
    assert in_toml == served  # the same policy in netlify.toml and build/_headers
    assert built.warnings == []  # so the build does not warn about a mismatch


def test_a_stale_netlify_toml_is_reported(tmp_path):
    target, _ = init(tmp_path)
    toml = target / "netlify.toml"
    toml.write_text(toml.read_text().replace("base-uri 'none'", "base-uri 'self'"))
    built = build(target, target / "build", today=TODAY)
    assert [w.rule for w in built.warnings] == ["netlify"]
    assert "Content-Security-Policy differ from build/_headers" in built.warnings[0].message


def test_refuses_a_folder_that_is_not_empty(tmp_path):
    target = tmp_path / "clinic"
    target.mkdir()
    (target / "notes.txt").write_text("mine")
    result = CliRunner().invoke(cli, ["init", str(target)])
    assert result.exit_code == 1 and "not empty" in result.output
    assert [p.name for p in target.iterdir()] == ["notes.txt"]


@pytest.mark.parametrize("languages, message", [("fr,es", "'es' is not supported"), ("fr,fr", "each language once")])
def test_refuses_unknown_languages(tmp_path, languages, message):
    target, result = init(tmp_path, "--languages", languages)
    assert result.exit_code == 1 and message in result.output
    assert not target.exists()


def test_the_example_clinic(tmp_path):
    target, result = init(tmp_path, "--example")
    assert result.exit_code == 0, result.output
    site = load_site(target, Report())
    assert site.name.get("fr") == "Clinique Lumière" and len(site.treatments) >= 12
    _, refused = init(tmp_path / "other", "--example", "--languages", "de")
    assert refused.exit_code == 1 and "written in fr, nl, en" in refused.output
