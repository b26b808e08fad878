"""The README's install steps on a fresh machine, then a new site built the way Netlify
and the CI workflow that `glowgen init` writes build it: each in a fresh virtual
environment, with nothing but what requirements.txt installs."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

pytestmark = pytest.mark.slow

_NOT_COPIED = shutil.ignore_patterns(".git", ".venv", "build", "test-artifacts", "__pycache__", "*.egg-info",
                                     ".pytest_cache", ".hypothesis", "blind")


def _readme_install_command() -> list[str]:
    """The README's command that installs glowgen from its copy of the repository."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Making a site for a clinic"):]
    line = next(line for line in section.splitlines() if re.match(r"python3 -m pip install \S+$", line.strip()))
    return line.split()


def _venv(path: Path) -> Path:
    subprocess.run([sys.executable, "-m", "venv", str(path)], check=True, capture_output=True)
    return path / "bin"


def _run(command: list[str] | str, cwd: Path, bin_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "VIRTUAL_ENV": str(bin_dir.parent)}
    env.pop("PYTHONPATH", None)
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, shell=isinstance(command, str),
                          timeout=900)


def test_the_readme_install_then_a_new_site_builds_as_netlify_builds_it(tmp_path):
    # the README: a copy of the repository, then its pip install line
    shutil.copytree(REPO, tmp_path / "glowgen", ignore=_NOT_COPIED)
    tool = _venv(tmp_path / "tool")
    python, _, _, *args = _readme_install_command()
    installed = _run([str(tool / "python"), "-m", "pip", "install", "--quiet", *args], tmp_path, tool)
    assert installed.returncode == 0, installed.stderr[-2000:]
    made = _run(["glowgen", "init", "clinic", "--languages", "nl,fr,en"], tmp_path, tool)
    assert made.returncode == 0, made.stderr
    site = tmp_path / "clinic"
    requirements = (site / "requirements.txt").read_text(encoding="utf-8")
    assert re.search(r"^\./vendor/glowgen-[\d.]+-py3-none-any\.whl$", requirements, re.M), requirements

    # Netlify: a fresh Python, requirements.txt, then the command of netlify.toml
    netlify = _venv(tmp_path / "netlify")
    deps = _run([str(netlify / "python"), "-m", "pip", "install", "--quiet", "-r", "requirements.txt"], site, netlify)
    assert deps.returncode == 0, deps.stderr[-2000:]
    command = tomllib.loads((site / "netlify.toml").read_text(encoding="utf-8"))["build"]["command"]
    built = _run(command, site, netlify)
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-2000:]
    assert "assistant tests passed" in built.stdout
    assert (site / "build" / "nl" / "index.html").is_file()
    # and the glowgen that ran is the vendored one, not the copy of the repository
    where = _run([str(netlify / "python"), "-c", "import glowgen; print(glowgen.__file__)"], site, netlify)
    assert str(tmp_path / "netlify") in where.stdout

    # the CI workflow runs the same steps
    workflow = (site / ".github" / "workflows" / "website.yml").read_text(encoding="utf-8")
    assert "pip install -r requirements.txt" in workflow


def test_init_pins_a_release_or_an_address_when_there_is_one(monkeypatch):
    from glowgen import requirement

    class Installed:
        version = "1.2.3"

        def __init__(self, direct: str | None) -> None:
            self.direct = direct

        def read_text(self, name: str) -> str | None:
            return self.direct if name == "direct_url.json" else None

    def installed(direct: str | None):  # type: ignore[no-untyped-def]
        monkeypatch.setattr(requirement.metadata, "distribution", lambda name: Installed(direct))
        return requirement.requirement()

    assert installed(None) == ("glowgen==1.2.3\n", {})
    git = '{"url": "https://git.example/glowgen.git", "vcs_info": {"vcs": "git", "commit_id": "abc123"}}'
    assert installed(git) == ("glowgen @ git+https://git.example/glowgen.git@abc123\n", {})
    archive = '{"url": "https://git.example/glowgen-1.2.3.tar.gz", "archive_info": {}}'
    assert installed(archive) == ("glowgen @ https://git.example/glowgen-1.2.3.tar.gz\n", {})


def test_the_vendored_wheel_is_the_same_for_the_same_glowgen():
    from importlib import metadata

    from glowgen.requirement import wheel

    first, second = wheel(metadata.distribution("glowgen")), wheel(metadata.distribution("glowgen"))
    assert first == second
    assert first[0].startswith("glowgen-") and first[0].endswith("-py3-none-any.whl")
