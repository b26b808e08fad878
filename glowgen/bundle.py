"""The bundle stage: content-hashed assets, and writing ``build/`` all at once.

The build is written to a temporary folder next to the output and swapped in only
when complete, so a failed build leaves the previous ``build/`` as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
import posixpath
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Sequence

from glowgen.colours import DARK, WHITE, darken_until, readable, text_on
from glowgen.errors import GlowgenError
from glowgen.model import Site

ASSETS = "assets"
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")\s]+)\1\s*\)""")
FONT_SUFFIXES = (".woff2", ".woff", ".ttf", ".otf")


def hashed_name(path: str, data: bytes) -> str:
    """``style.css`` -> ``style.3f2a1b9c0d.css``: the name changes when the content does."""
    digest = hashlib.sha256(data).hexdigest()[:10]
    stem, dot, suffix = path.rpartition(".")
    return f"{stem}.{digest}.{suffix}" if dot and "/" not in suffix else f"{path}.{digest}"


@dataclass
class Assets:
    """Static files under their hashed names, and the map from original name to built path."""

    manifest: dict[str, str] = field(default_factory=dict)  # "style.css" -> "assets/style.1a2b3c4d5e.css"
    files: dict[str, bytes] = field(default_factory=dict)  # built path -> content

    def add(self, name: str, data: bytes) -> str:
        built = f"{ASSETS}/{hashed_name(name, data)}"
        self.manifest[name] = built
        self.files[built] = data
        return built


def brand_css(site: Site) -> bytes:
    """CSS custom properties from the clinic's brand colours, with readable text colours."""
    primary, accent = site.brand.primary, site.brand.accent
    lines = [
        f"  --brand-primary: {primary};",
        f"  --brand-accent: {accent};",
        f"  --brand-on-primary: {text_on(primary)};",
        f"  --brand-on-accent: {text_on(accent)};",
        f"  --brand-primary-ink: {darken_until(primary, WHITE)};",
        f"  --brand-accent-ink: {darken_until(accent, WHITE)};",
        f"  --brand-primary-light: {darken_until(primary, DARK)};",
        # buttons and the assistant's header: the brand colour, made darker or lighter only
        # where text on it would not reach 4.5:1 (see check.check_brand)
        "  --brand-primary-solid: {};\n  --brand-on-primary-solid: {};".format(*readable(primary)),
    ]
    return (":root {\n" + "\n".join(lines) + "\n}\n").encode()


def prepare_assets(static_files: Mapping[str, Path], generated: Mapping[str, bytes]) -> Assets:
    """Hash every static file; CSS is hashed last, after its ``url()``\\ s point to hashed names."""
    assets = Assets()
    sources = {name: path.read_bytes() for name, path in static_files.items()}
    sources.update(generated)
    for name in sorted(n for n in sources if not n.endswith(".css")):
        assets.add(name, sources[name])
    for name in sorted(n for n in sources if n.endswith(".css")):
        assets.add(name, _rewrite_css(name, sources[name], assets.manifest))
    return assets


def _rewrite_css(name: str, data: bytes, manifest: Mapping[str, str]) -> bytes:
    built_dir = posixpath.dirname(f"{ASSETS}/{name}")
    base = posixpath.dirname(name)

    def replace(match: re.Match[str]) -> str:
        url = match.group(2)
        if re.match(r"^(?:[a-z]+:|#|/)", url):
            return match.group(0)
        path, hash_, fragment = url.partition("#")
        target = manifest.get(posixpath.normpath(posixpath.join(base, path)))
        if target is None:
            return match.group(0)
        return f'url("{posixpath.relpath(target, built_dir)}{hash_}{fragment}")'

    return _CSS_URL.sub(replace, data.decode("utf-8")).encode("utf-8")


def _guard_output(out: Path, root: Path) -> None:
    """Refuse an output folder whose replacement would destroy something else."""
    out, root = out.resolve(), root.resolve()
    inside_sources = any(out.is_relative_to(root / name) for name in ("content", "themes"))
    if out == root or root.is_relative_to(out) or inside_sources or (out / "content").exists():
        raise GlowgenError(f"--out {out} holds the site itself; build into another folder, e.g. {root / 'build'}")
    if out.exists() and not out.is_dir():
        raise GlowgenError(f"--out {out} is a file; give a folder")
    if out.is_dir() and any(out.iterdir()) and not (out / "_headers").is_file():
        raise GlowgenError(f"{out} holds files glowgen did not write (no _headers file); it is left alone. "
                           "Remove it or choose another --out")


ENGINE = Path(__file__).parent / "engine" / "engine.js"
WIDGET = Path(__file__).parent / "widget"
ASSISTANT = "assistant"


def shipped(source: Path) -> bytes:
    """A script as shipped: the ``.min.js`` that scripts/minify-js makes from ``source``.

    Its first line names the source it was made from; a stale file is refused, so what
    visitors run is always what the tests ran."""
    import hashlib

    minified = source.with_name(source.stem + ".min.js")
    data = minified.read_bytes()
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    if f"sha256:{digest}".encode() not in data.split(b"\n", 1)[0]:
        raise GlowgenError(f"{minified} was not made from the current {source.name}; "
                           "run scripts/minify-js and commit both files")
    return data if data.endswith(b"\n") else data + b"\n"


def engine_sources_digest() -> str:
    """A digest of the engine's modules and word lists (glowgen/engine/src/, lexicon/): the
    joined engine.js names the one it was made from."""
    import hashlib

    digest = hashlib.sha256()
    for folder in ("src", "lexicon"):
        for path in sorted((ENGINE.parent / folder).iterdir()):
            digest.update(f"{folder}/{path.name}\n".encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def engine_source() -> bytes:
    """The engine as shipped (engine.min.js)."""
    return shipped(ENGINE)


def clinic_values(site: Site, strings: Mapping[str, Mapping[str, str]]) -> dict[str, dict[str, str]]:
    """Per language, what the widget's wording names: the assistant, the emergency number,
    the clinic's phone and the greeting (the clinic's own, else the theme's)."""
    greeting = site.assistant.greeting
    return {lang: {"name": site.assistant.name.get(lang), "number": site.emergency_number,
                   "phone": site.contact.phone.display,
                   "greeting": (greeting.get(lang) if greeting else None) or strings[lang]["assistant_greeting"]}
            for lang in site.languages}


def panel_wording(ui: Mapping[str, str], clinic: Mapping[str, str]) -> dict[str, str]:
    """The ``widget_`` texts of one language with the clinic's values (``{name}``,
    ``{number}``, ``{phone}``) filled in, and its ``greeting``: all the panel shows before
    the engine has loaded. Placeholders for values known only in the page stay."""
    def fill(text: str) -> str:
        return re.sub(r"\{(\w+)\}", lambda m: clinic.get(m.group(1), m.group(0)), text)

    wording = {key[len("widget_"):]: fill(text) for key, text in sorted(ui.items()) if key.startswith("widget_")}
    return wording | {"greeting": clinic["greeting"]}


def substitute(script: bytes, placeholder: str, value: object) -> bytes:
    """``script`` with the string literal ``"<placeholder>"`` replaced by ``value`` as JSON
    text in a string literal (which the script reads with ``JSON.parse``)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    literal = f'"{placeholder}"'.encode()
    if script.count(literal) != 1:
        raise GlowgenError(f"glowgen is damaged: {literal.decode()} is not in its script once; reinstall glowgen")
    return script.replace(literal, json.dumps(text, ensure_ascii=False).encode())


def assistant_files(indexes: Mapping[str, bytes], languages: Sequence[str], content: str, version: str,
                    ui: Mapping[str, Mapping[str, str]],
                    clinic: Mapping[str, Mapping[str, str]]) -> tuple[dict[str, bytes], str]:
    """Everything of the assistant under content-hashed names, and the path of its loader.

    The engine, the widget with its stylesheet and its wording inside (``ui``: the
    ``widget_`` texts per language, completed by :func:`panel_wording` with ``clinic``'s values), each
    language's index, the loader that knows all their names, and the entry file
    ``assistant/glowgen-assistant.json`` (never renamed) for ``glowgen ask``."""
    from glowgen.index import FORMAT

    files: dict[str, bytes] = {}

    def add(name: str, data: bytes) -> str:
        hashed = hashed_name(name, data)
        files[f"{ASSISTANT}/{hashed}"] = data
        return hashed

    engine = add("engine.js", engine_source())
    indexes_named = {lang: add(f"index-{lang}.json", indexes[lang]) for lang in languages}
    wording = {lang: panel_wording(ui[lang], clinic[lang]) for lang in languages}
    assets = {
        "engine": engine,
        # the panel's wording inside the widget: one request, then the panel shows
        "widget": add("widget.js", substitute(shipped(WIDGET / "widget.js"), "__GLOWGEN_WORDING__", wording)),
        "css": add("widget.css", (WIDGET / "widget.css").read_bytes()),
        "indexes": indexes_named,
        "languages": list(languages),
        "launcher": {lang: wording[lang].get("launcher", "?") for lang in languages},
    }
    loader = substitute(shipped(WIDGET / "loader.js"), "__GLOWGEN_ASSETS__", assets)
    loader_path = f"{ASSISTANT}/{add('glowgen.js', loader)}"
    entry = {"format": FORMAT, "glowgen": version, "engine": engine, "indexes": indexes_named,
             "languages": list(languages), "content": content, "loader": loader_path.split("/")[1]}
    files[f"{ASSISTANT}/glowgen-assistant.json"] = (json.dumps(entry, indent=1, sort_keys=True) + "\n").encode()
    return files, loader_path


class MemorySink:
    """Files kept in memory (``glowgen check``, tests)."""

    shared_by_processes = False  # a forked process's writes would stay in that process

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}

    def write(self, path: str, data: bytes) -> None:
        self.files[path] = data


class Staging:
    """A build being written: into a temporary folder next to ``out``, which replaces
    ``out`` only on :meth:`commit`. Until then the previous build stays as it was.

    Forked worker processes may write into the same staging folder.
    """

    shared_by_processes = True

    def __init__(self, out: Path, root: Path) -> None:
        _guard_output(out, root)
        self.out = out.resolve()
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self.folder = Path(tempfile.mkdtemp(prefix=f".{self.out.name}.new-", dir=self.out.parent))
        self.folder.chmod(0o755)
        self._folders: set[str] = {""}

    def write(self, path: str, data: bytes) -> None:
        parent = posixpath.dirname(path)
        if parent not in self._folders:
            os.makedirs(self.folder / parent, exist_ok=True)
            self._folders.add(parent)
        descriptor = os.open(self.folder / path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(descriptor, view):]
        finally:
            os.close(descriptor)

    def commit(self) -> None:
        """Swap the finished build in for the previous one."""
        if self.out.exists():
            previous = Path(tempfile.mkdtemp(prefix=f".{self.out.name}.old-", dir=self.out.parent))
            previous.rmdir()
            os.replace(self.out, previous)
            os.replace(self.folder, self.out)
            shutil.rmtree(previous, ignore_errors=True)
        else:
            os.replace(self.folder, self.out)

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> "Staging":
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if error is not None:
            self.discard()


def write_build(out: Path, root: Path, files: Mapping[str, bytes]) -> None:
    """Write every file into a temporary folder next to ``out``, then swap it in."""
    with Staging(out, root) as staging:
        for path in sorted(files):
            staging.write(path, files[path])
        staging.commit()
