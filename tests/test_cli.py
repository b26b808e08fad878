"""The command line: fast help, the summary line, quiet and check modes."""

from __future__ import annotations

import json
import re
import subprocess
import sys

from click.testing import CliRunner

from glowgen.cli import cli


def test_help_imports_nothing_heavy():
    code = ("import sys; from glowgen.cli import cli; "
            "heavy = {'jinja2', 'yaml', 'markdown_it', 'babel', 'holidays', 'watchfiles'}; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    helped = subprocess.run([sys.executable, "-m", "glowgen", "--help"], capture_output=True, text=True)
    assert helped.returncode == 0
    for command in ("init", "build", "check", "serve", "test", "ask"):
        assert command in helped.stdout


def test_build_prints_one_summary_line(make_site):
    root = make_site()
    result = CliRunner().invoke(cli, ["build", "--source", str(root)])
    assert result.exit_code == 0
    built = [line for line in result.output.splitlines() if line.startswith("Built ")]
    assert len(built) == 1 and re.fullmatch(r"Built 20 pages in 2 languages \(en, fr\), 2 warnings, \d+\.\d\d s -> \S+",
                                            built[0]), result.output
    snippet = result.output.splitlines()[-1].strip()
    assert re.fullmatch(r'<script src="https://YOUR-SITE/assistant/glowgen\.[0-9a-f]{10}\.js" '
                        r'integrity="sha384-[A-Za-z0-9+/=]{64}" crossorigin="anonymous" data-lang="en" defer></script>',
                        snippet), snippet


def test_quiet_prints_nothing_on_success(make_site):
    root = make_site()
    result = CliRunner().invoke(cli, ["build", "--source", str(root), "--quiet"])
    assert result.exit_code == 0 and result.output == ""


def test_out_option(make_site, tmp_path):
    root = make_site()
    result = CliRunner().invoke(cli, ["build", "--source", str(root), "--out", str(tmp_path / "public")])
    assert result.exit_code == 0
    assert (tmp_path / "public" / "en" / "index.html").is_file() and not (root / "build").exists()


def test_check_writes_nothing(make_site):
    root = make_site()
    result = CliRunner().invoke(cli, ["check", "--source", str(root)])
    assert result.exit_code == 0 and result.output.splitlines()[-1].startswith("No errors: 20 pages")
    assert not (root / "build").exists()


def test_usage_errors_exit_2():
    result = CliRunner().invoke(cli, ["build", "--nope"])
    assert result.exit_code == 2


def test_version():
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and "version" in result.output


def test_several_sites_in_one_run_each_with_its_line_and_a_failure_exit(make_site, tmp_path):
    for name in ("clinic-a", "clinic-b"):
        make_site(name=f"clinics/{name}")
    broken = make_site({"content/site.yaml": None}, name="clinics/clinic-c")
    (broken / "build").mkdir()
    (broken / "build" / "index.html").write_text("previous")
    (broken / "build" / "_headers").write_text("/*\n")  # what glowgen writes: a build it may replace
    done = subprocess.run([sys.executable, "-m", "glowgen", "build", "--source", "clinics/*"], cwd=tmp_path,
                          capture_output=True, text=True)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert [line.split(":")[0] for line in lines] == ["clinics/clinic-a", "clinics/clinic-b"]
    assert all(re.fullmatch(r"clinics/clinic-[ab]: built 20 pages in 2 languages \(en, fr\), 2 warnings, "
                            r"\d+\.\d\d s -> clinics/clinic-[ab]/build", line) for line in lines), lines
    assert "clinics/clinic-c/content/site.yaml:1: error missing-file" in done.stderr
    assert "clinics/clinic-c: FAILED: 1 error" in done.stderr and done.stderr.rstrip().endswith("2 of 3 sites built, 1 failed")
    assert (tmp_path / "clinics/clinic-a/build/en/index.html").is_file()
    assert (broken / "build" / "index.html").read_text() == "previous"

    again = subprocess.run([sys.executable, "-m", "glowgen", "build", "-q", "--source", "clinics/clinic-a",
                            "--source", "clinics/clinic-b"], cwd=tmp_path, capture_output=True, text=True)
    assert again.returncode == 0 and again.stdout == "" and " error " not in again.stderr


def test_several_sites_cannot_share_one_out_folder(make_site, tmp_path):
    a, b = make_site(name="a"), make_site(name="b")
    result = CliRunner().invoke(cli, ["build", "--source", str(a), "--source", str(b), "--out", str(tmp_path / "x")])
    assert result.exit_code == 2 and "each is built into its own build/" in result.output
    unmatched = CliRunner().invoke(cli, ["build", "--source", str(tmp_path / "nothing-*")])
    assert unmatched.exit_code == 2 and "no folder matches" in unmatched.output


def test_check_and_test_take_the_same_patterns_as_build(make_site, tmp_path):
    for name in ("clinic-a", "clinic-b"):
        make_site({"content/assistant-tests.yaml": "- ask: Where can I park?\n  expect: {intent: faq, ref: faq/parking}\n"},
                  name=f"clinics/{name}")
    checked = subprocess.run([sys.executable, "-m", "glowgen", "check", "--source", "clinics/*"], cwd=tmp_path,
                             capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.splitlines()[-1] == "2 of 2 sites checked"
    assert not (tmp_path / "clinics/clinic-a/build").exists()
    as_json = json.loads(subprocess.run([sys.executable, "-m", "glowgen", "check", "--source", "clinics/*", "--format",
                                         "json"], cwd=tmp_path, capture_output=True, text=True).stdout)
    assert [(site["source"], site["ok"], site["errors"]) for site in as_json["sites"]] == [
        ("clinics/clinic-a", True, 0), ("clinics/clinic-b", True, 0)]
    tested = subprocess.run([sys.executable, "-m", "glowgen", "test", "--source", "clinics/*", "--junit", "tests.xml"],
                            cwd=tmp_path, capture_output=True, text=True)
    assert tested.returncode == 0, tested.stdout + tested.stderr
    assert "clinics/clinic-b: 1 of 1 assistant tests passed" in tested.stdout
    assert "2 of 2 sites passed their assistant tests" in tested.stderr + tested.stdout
    assert (tmp_path / "tests.xml").read_text().count("<testsuite ") == 2


def test_mistakes_in_the_command_exit_2_everywhere(make_site, tmp_path):
    runner = CliRunner()
    assert runner.invoke(cli, ["init", str(tmp_path / "x"), "--languages", "nl,xx"]).exit_code == 2
    assert runner.invoke(cli, ["ask", "hello", "--now", "tomorrow"]).exit_code == 2
    assert runner.invoke(cli, ["check", "--source", str(tmp_path / "nothing-*")]).exit_code == 2
    assert runner.invoke(cli, ["test", "--source", str(tmp_path / "nothing-*")]).exit_code == 2
    root = make_site()
    assert runner.invoke(cli, ["init", str(root)]).exit_code == 2  # not empty
