"""glowgen init: a site root that builds at once, in the languages asked for."""

from __future__ import annotations

import calendar
import os
import re
import subprocess
import sys

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
    # this glowgen is installed from the repository, not an index: the site carries its wheel
    requirement = [line for line in (target / "requirements.txt").read_text().splitlines() if not line.startswith("#")]
    assert requirement == [f"./{wheel.relative_to(target).as_posix()}" for wheel in (target / "vendor").glob("*.whl")]
    workflow = yaml.safe_load((target / ".github" / "workflows" / "website.yml").read_text())
    commands = [step.get("run") for step in workflow["jobs"]["build"]["steps"] if "run" in step]
    assert commands[:3] == ["pip install -r requirements.txt", "glowgen check", "glowgen build"]
    assert commands[3].startswith("glowgen test")
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
    assert result.exit_code == 2 and "not empty" in result.output
    assert [p.name for p in target.iterdir()] == ["notes.txt"]


@pytest.mark.parametrize("languages, message", [("fr,es", "'es' is not supported"), ("fr,fr", "each language once")])
def test_refuses_unknown_languages(tmp_path, languages, message):
    target, result = init(tmp_path, "--languages", languages)
    assert result.exit_code == 2 and message in result.output
    assert not target.exists()


def test_the_example_clinic(tmp_path):
    target, result = init(tmp_path, "--example")
    assert result.exit_code == 0, result.output
    site = load_site(target, Report())
    assert site.name.get("fr") == "Clinique Lumière" and len(site.treatments) >= 12
    _, refused = init(tmp_path / "other", "--example", "--languages", "de")
    assert refused.exit_code == 2 and "written in fr, nl, en" in refused.output


def run_like_ci(command: str, cwd) -> subprocess.CompletedProcess:
    """A shell command in the new site, with this glowgen on PATH (what `pip install -r
    requirements.txt` gives CI), building for the tests' day."""
    env = dict(os.environ, PATH=f"{os.path.dirname(sys.executable)}{os.pathsep}{os.environ['PATH']}",
               SOURCE_DATE_EPOCH=str(calendar.timegm(TODAY.timetuple()) + 12 * 3600))
    return subprocess.run(command, shell=True, cwd=cwd, env=env, capture_output=True, text=True)


def test_the_ci_workflow_checks_builds_and_tests_the_new_site(tmp_path):
    target, _ = init(tmp_path, "--languages", "nl,fr")
    workflow = yaml.safe_load((target / ".github" / "workflows" / "website.yml").read_text())
    steps = workflow["jobs"]["build"]["steps"]
    for command in [step["run"] for step in steps if "run" in step and not step["run"].startswith("pip ")]:
        done = run_like_ci(command, target)
        assert done.returncode == 0, f"{command}: {done.stdout}{done.stderr}"
    assert "assistant tests passed" in done.stdout and "failed" not in done.stdout
    uploaded = [step["with"]["path"] for step in steps if step.get("uses", "").startswith("actions/upload-artifact")]
    assert uploaded == ["build/", "assistant-tests.xml"]
    assert (target / "build" / "nl" / "index.html").is_file() and (target / "assistant-tests.xml").is_file()


def test_netlifys_build_command_publishes_nothing_when_an_assistant_test_fails(tmp_path):
    target, _ = init(tmp_path, "--languages", "fr,en")
    command = tomllib.loads((target / "netlify.toml").read_text())["build"]["command"]
    done = run_like_ci(command, target)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (target / "build" / "fr" / "index.html").is_file()
    tests = target / "content" / "assistant-tests.yaml"
    tests.write_text(tests.read_text() + '\n- ask: "Where can I park?"\n  expect: {intent: booking}\n')
    failed = run_like_ci(command, target)
    assert failed.returncode == 1
    assert "FAIL 'Where can I park?'" in failed.stdout and "expected: intent booking" in failed.stdout


def test_the_starter_tests_keep_only_the_sites_languages(tmp_path):
    target, _ = init(tmp_path, "--languages", "de")
    text = (target / "content" / "assistant-tests.yaml").read_text()
    asked = re.findall(r"^- ask: (.*)$", text, re.M)
    assert len(asked) == 2 and all("lang: de" in block for block in re.split(r"(?m)^- ask:", text)[1:])
    assert text.startswith("# Questions your website's assistant must answer right.")
