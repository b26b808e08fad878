"""How a new site installs the glowgen that made it, in CI and on Netlify.

``glowgen init`` writes ``requirements.txt``. Its line depends on where this glowgen came
from (PEP 610's ``direct_url.json``): a release from an index is pinned by version, an
install from a repository's address by that address and commit. A glowgen installed from
a local copy of the repository has no address a CI runner could reach, so the site gets a
wheel of it in ``vendor/`` and installs that: the site builds on its first run, anywhere,
with the very glowgen it was made with.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import zipfile
from importlib import metadata

VENDOR = "vendor"
_EPOCH = (1980, 1, 1, 0, 0, 0)  # zip's earliest date: the same wheel byte for byte on every run


def requirement() -> tuple[str, dict[str, bytes]]:
    """The requirements.txt text that installs this glowgen, and the files it needs
    beside it in the site (a wheel in ``vendor/`` when there is no address to give)."""
    dist = metadata.distribution("glowgen")
    version = dist.version
    direct = dist.read_text("direct_url.json")
    if direct is None:
        return f"glowgen=={version}\n", {}
    source = json.loads(direct)
    url = str(source.get("url", ""))
    vcs = source.get("vcs_info")
    if vcs and url.startswith(("https://", "ssh://", "git@")):
        commit = vcs.get("commit_id", "")
        return f"glowgen @ {vcs.get('vcs', 'git')}+{url}{'@' + commit if commit else ''}\n", {}
    if "archive_info" in source and url.startswith("https://"):
        return f"glowgen @ {url}\n", {}
    name, data = wheel(dist)
    note = ("# glowgen is installed from the wheel in vendor/, the version this site was made with\n"
            "# (glowgen is not on PyPI yet; see its README). Replace it to upgrade.\n")
    return f"{note}./{VENDOR}/{name}\n", {f"{VENDOR}/{name}": data}


def wheel(dist: metadata.Distribution) -> tuple[str, bytes]:
    """A wheel of the installed glowgen (the package, its example clinic, its metadata),
    made from the files in use: no build tool or network is needed."""
    from glowgen.scaffold import PACKAGE, example_root

    version = dist.version
    info = f"glowgen-{version}.dist-info"
    files: dict[str, bytes] = {}
    for file in sorted(PACKAGE.rglob("*")):
        parts = file.relative_to(PACKAGE).parts
        if file.is_file() and "__pycache__" not in parts and file.suffix not in (".pyc", ".pyo") \
                and parts[0] != "example":
            files[f"glowgen/{'/'.join(parts)}"] = file.read_bytes()
    example = example_root() / "content"
    for file in sorted(example.rglob("*")):
        if file.is_file():
            files[f"glowgen/example/content/{file.relative_to(example).as_posix()}"] = file.read_bytes()
    files[f"{info}/METADATA"] = (dist.read_text("METADATA") or f"Metadata-Version: 2.1\nName: glowgen\nVersion: {version}\n").encode()
    files[f"{info}/WHEEL"] = b"Wheel-Version: 1.0\nGenerator: glowgen\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    entry_points = dist.read_text("entry_points.txt")
    if entry_points:
        files[f"{info}/entry_points.txt"] = entry_points.encode()
    record = [f"{path},sha256={_digest(data)},{len(data)}" for path, data in files.items()]
    files[f"{info}/RECORD"] = ("\n".join([*record, f"{info}/RECORD,,"]) + "\n").encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, data in files.items():
            entry = zipfile.ZipInfo(path, _EPOCH)
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, data, zipfile.ZIP_DEFLATED)
    return f"glowgen-{version}-py3-none-any.whl", buffer.getvalue()


def _digest(data: bytes) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()

