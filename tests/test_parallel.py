"""Large sites are checked and rendered on several cores: same files, same problems."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.test_bad_input import tree_digest

pytestmark = pytest.mark.slow


def glowgen(*args, workers):
    env = {**os.environ, "GLOWGEN_WORKERS": str(workers), "SOURCE_DATE_EPOCH": "1795392000"}
    return subprocess.run([sys.executable, "-m", "glowgen", *args], env=env, capture_output=True, text=True)


def test_two_processes_build_the_same_files_as_one(bench, tmp_path):
    root = tmp_path / "site"
    bench.generate_site(root, treatments=40, faqs=10)
    one = glowgen("build", "--source", str(root), "--out", str(tmp_path / "one"), workers=1)
    two = glowgen("build", "--source", str(root), "--out", str(tmp_path / "two"), workers=2)
    assert one.returncode == 0 and two.returncode == 0, one.stderr + two.stderr
    assert tree_digest(tmp_path / "one") == tree_digest(tmp_path / "two")


def test_problems_found_in_a_worker_are_reported(bench, tmp_path):
    root = tmp_path / "site"
    bench.generate_site(root, treatments=40, faqs=10)
    treatment = sorted((root / "content" / "treatments").glob("*.nl.md"))[-1]
    text = treatment.read_text()
    treatment.write_text(text + "\n[bad](javascript:alert(1))\n")
    line = text.count("\n") + 2
    path = treatment.relative_to(root).as_posix()
    for workers in (1, 2):
        result = glowgen("build", "--source", str(root), workers=workers)
        assert result.returncode == 1
        assert f"{path}:{line}: error link: link javascript:alert(1)" in result.stderr
        assert not (root / "build").exists()
        assert sorted(p.name for p in root.iterdir()) == ["content"]  # no staging folder left


def test_builds_leave_no_shared_temporary_files(make_site, tmp_path, monkeypatch):
    """Whoosh writes temporary files to /tmp/MAIN.tmp by default, shared by every process:
    two builds at once deleted each other's. The index is built in memory only."""
    import tempfile

    from glowgen.build import build
    from tests.conftest import TODAY

    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    root = make_site()
    build(root, root / "build", today=TODAY)
    assert list(scratch.iterdir()) == []


def test_two_builds_at_once(bench, tmp_path):
    root = tmp_path / "site"
    bench.generate_site(root, treatments=20, faqs=5)
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1795392000"}
    runs = [subprocess.Popen([sys.executable, "-m", "glowgen", "build", "--source", str(root), "--out",
                              str(tmp_path / f"out{n}")], env=env, stderr=subprocess.PIPE, text=True)
            for n in range(3)]
    for run in runs:
        _, errors = run.communicate()
        assert run.returncode == 0, errors
    assert tree_digest(tmp_path / "out0") == tree_digest(tmp_path / "out1") == tree_digest(tmp_path / "out2")


def test_compliance_findings_from_the_background_process_are_the_same(make_site):
    """The compliance rules run in a forked process beside the rendering: the same findings,
    with their places, as when everything runs in one process."""
    from tests.test_compliance import site_files

    root = make_site(site_files(), base={})
    reports = [glowgen("check", "--source", str(root), "--format", "json", workers=workers) for workers in (1, 2)]
    assert all(r.returncode == 1 for r in reports), [r.stderr for r in reports]
    assert reports[0].stdout == reports[1].stdout and '"claim-superlative"' in reports[0].stdout


def test_a_failure_in_the_background_is_raised_where_the_result_is_asked(monkeypatch):
    from glowgen.parallel import in_background

    import glowgen.parallel

    # nothing here stops a fork (other tests may have left V8 loaded or threads running)
    monkeypatch.delitem(sys.modules, "py_mini_racer", raising=False)
    monkeypatch.delenv("GLOWGEN_WORKERS", raising=False)
    monkeypatch.setattr(glowgen.parallel.threading, "active_count", lambda: 1)
    elsewhere = in_background(os.getpid)
    assert elsewhere() != os.getpid() or glowgen.parallel.cores() < 2
    monkeypatch.setenv("GLOWGEN_WORKERS", "1")
    assert in_background(os.getpid)() == os.getpid()  # told to use one process: here, when asked

    def fails() -> None:
        raise ValueError("no such rule")

    waiting = in_background(fails)
    with pytest.raises(Exception, match="no such rule"):
        waiting()
