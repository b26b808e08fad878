"""The wheel carries the themes, strings, starter and example content: pip install alone can init and build."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(REPO)],
                   check=True, capture_output=True)
    (wheel,) = out.glob("glowgen-*.whl")
    return wheel


def test_wheel_contents(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in ("glowgen/cli.py", "glowgen/themes/default/theme.yaml",
                     "glowgen/themes/default/templates/base.html", "glowgen/themes/default/static/style.css",
                     "glowgen/strings/de.yaml", "glowgen/starter/content/site.yaml",
                     "glowgen/example/content/site.yaml", "glowgen/example/content/media/logo.svg"):
        assert required in names, required
    assert not any(name.startswith(("tests/", "content/", "build/")) for name in names)


def test_installed_wheel_can_init_and_build(wheel, tmp_path):
    target = tmp_path / "installed"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target),
                    str(wheel)], check=True, capture_output=True)
    env = {**os.environ, "PYTHONPATH": str(target)}
    site = tmp_path / "clinic"
    for args in (["init", str(site), "--languages", "nl,fr"], ["build", "--source", str(site)],
                 ["init", str(tmp_path / "example"), "--example"], ["build", "--source", str(tmp_path / "example")]):
        run = subprocess.run([sys.executable, "-m", "glowgen", *args], env=env, cwd=tmp_path,
                             capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
    where = subprocess.run([sys.executable, "-c", "import glowgen; print(glowgen.__file__)"], env=env,
                           cwd=tmp_path, capture_output=True, text=True).stdout
    assert where.startswith(str(target))
    assert (site / "build" / "nl" / "index.html").is_file()
    assert (tmp_path / "example" / "build" / "fr" / "traitements" / "index.html").is_file()
