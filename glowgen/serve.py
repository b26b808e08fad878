"""``glowgen serve``: build, serve on 127.0.0.1, rebuild on every change, reload the browser.

The site is built into a temporary folder and served with the headers of its
``_headers`` file, so the Content-Security-Policy is the one visitors get. Only here,
each HTML page also loads ``/__glowgen__/reload.js``, which waits on a server-sent
event stream and reloads the page after a rebuild; the policy is widened by exactly
that script and that stream.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from mimetypes import guess_type
from pathlib import Path
from typing import Callable
from urllib.parse import unquote, urlsplit

import click

from glowgen.errors import ContentError, GlowgenError

RELOAD_PATH = "/__glowgen__/reload.js"
EVENTS_PATH = "/__glowgen__/events"
RELOAD_SCRIPT = b"""// glowgen serve only: reload the page after each rebuild.
new EventSource("/__glowgen__/events").addEventListener("reload", () => location.reload());
"""
WATCHED = ("content", "themes", "netlify.toml")


def parse_headers_file(text: str) -> dict[str, list[tuple[str, str]]]:
    """Netlify ``_headers``: path pattern -> headers."""
    rules: dict[str, list[tuple[str, str]]] = {}
    current: list[tuple[str, str]] | None = None
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            current = rules.setdefault(line.strip(), [])
        elif current is not None and ":" in line:
            name, _, value = line.strip().partition(":")
            current.append((name.strip(), value.strip()))
    return rules


def _matches(pattern: str, path: str) -> bool:
    return path.startswith(pattern[:-1]) if pattern.endswith("*") else path == pattern


def dev_policy(policy: str) -> str:
    """The page's CSP, allowing also the reload script and its event stream from 'self'."""
    directives = [d.strip() for d in policy.split(";") if d.strip()]
    names = [d.split()[0] for d in directives]
    for name in ("script-src", "connect-src"):
        if name in names:
            index = names.index(name)
            if "'self'" not in directives[index]:
                directives[index] = f"{name} 'self'"
        else:
            directives.insert(1, f"{name} 'self'")
            names.insert(1, name)
    return "; ".join(directives)


class DevServer:
    """A rebuilding, reloading local server for one site root."""

    def __init__(self, root: Path, port: int, log: Callable[[str], None] = click.echo) -> None:
        self.root, self.port, self.log = root, port, log
        self.workdir = Path(tempfile.mkdtemp(prefix="glowgen-serve-"))
        self.out = self.workdir / "site"
        self.version = 0
        self.changed = threading.Condition()
        self.stopping = threading.Event()
        self.watching = threading.Event()
        self.server: ThreadingHTTPServer | None = None
        self.threads: list[threading.Thread] = []

    def rebuild(self) -> bool:
        """Build into the served folder; on errors keep serving the previous build."""
        from glowgen.build import build

        try:
            result = build(self.root, self.out)
        except ContentError as exc:
            for diagnostic in exc.diagnostics:
                self.log(str(diagnostic))
            self.log(f"Not rebuilt: {exc.format_message()}")
            return False
        except GlowgenError as exc:
            self.log(f"Not rebuilt: {exc.format_message()}")
            return False
        for warning in result.warnings:
            self.log(str(warning))
        with self.changed:
            self.version += 1
            self.changed.notify_all()
        self.log(f"Built {result.summary()}")
        return True

    def start(self) -> str:
        """Build once, then serve and watch in background threads; returns the address."""
        if not self.rebuild() and not self.out.exists():
            raise GlowgenError("the site has errors (above); fix them and run glowgen serve again")
        handler = type("Handler", (_Handler,), {"dev": self})
        try:
            self.server = ThreadingHTTPServer(("127.0.0.1", self.port), handler)
        except OSError as exc:
            raise GlowgenError(f"cannot listen on 127.0.0.1:{self.port} ({exc.strerror}); "
                               f"try another port: glowgen serve --port {self.port + 1}") from exc
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        for target in (self.server.serve_forever, self._watch):
            thread = threading.Thread(target=target, daemon=True)
            thread.start()
            self.threads.append(thread)
        # A change saved right after "Serving ..." must not be missed.
        self.watching.wait(timeout=10)
        return f"http://127.0.0.1:{self.port}/"

    def _watch(self) -> None:
        from watchfiles import watch

        paths = [p for p in (self.root / name for name in WATCHED) if p.exists()]
        for changes in watch(*paths, stop_event=self.stopping, debounce=200, rust_timeout=200,
                             yield_on_timeout=True):
            self.watching.set()  # the watcher exists from the first yield on
            if changes:
                self.rebuild()

    def stop(self) -> None:
        self.stopping.set()
        with self.changed:
            self.changed.notify_all()
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
        shutil.rmtree(self.workdir, ignore_errors=True)

    def wait_for_change(self, seen: int, timeout: float) -> int:
        with self.changed:
            self.changed.wait_for(lambda: self.version != seen or self.stopping.is_set(), timeout)
            return self.version


class _Handler(BaseHTTPRequestHandler):
    dev: DevServer
    server_version = "glowgen-serve"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass

    head_only = False

    def do_HEAD(self) -> None:  # noqa: N802 - http.server's naming
        self.head_only = True
        self.do_GET()

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        path = unquote(urlsplit(self.path).path)
        if path == RELOAD_PATH:
            return self._send(HTTPStatus.OK, RELOAD_SCRIPT, "text/javascript; charset=utf-8", path)
        if path == EVENTS_PATH:
            return self._events()
        file = self._file_for(path)
        if file is None:
            missing = self.dev.out / "404.html"
            body = missing.read_bytes() if missing.is_file() else b"Not found"
            return self._send(HTTPStatus.NOT_FOUND, self._inject(body), "text/html; charset=utf-8", path)
        if file.is_dir():
            self.send_response(HTTPStatus.MOVED_PERMANENTLY)
            self.send_header("Location", path + "/")
            self.end_headers()
            return None
        body = file.read_bytes()
        kind = guess_type(file.name)[0] or "application/octet-stream"
        if kind == "text/html":
            body = self._inject(body)
        if kind.startswith("text/") or kind in ("image/svg+xml", "application/xml", "application/json"):
            kind += "; charset=utf-8"
        return self._send(HTTPStatus.OK, body, kind, path)

    def _file_for(self, path: str) -> Path | None:
        out = self.dev.out.resolve()
        candidate = (out / path.lstrip("/")).resolve()
        if not candidate.is_relative_to(out):
            return None
        if candidate.is_dir():
            if not path.endswith("/"):
                return candidate
            candidate = candidate / "index.html"
        return candidate if candidate.is_file() else None

    @staticmethod
    def _inject(body: bytes) -> bytes:
        tag = f'<script src="{RELOAD_PATH}" defer></script>\n'.encode()
        return body.replace(b"</head>", tag + b"</head>", 1) if b"</head>" in body else body

    def _send(self, status: HTTPStatus, body: bytes, kind: str, path: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        headers_file = self.dev.out / "_headers"
        if headers_file.is_file():
            for pattern, headers in parse_headers_file(headers_file.read_text(encoding="utf-8")).items():
                if _matches(pattern, path):
                    for name, value in headers:
                        if name.lower() == "cache-control":
                            continue
                        if name.lower() == "content-security-policy":
                            value = dev_policy(value)
                        self.send_header(name, value)
        self.end_headers()
        if not self.head_only:
            self.wfile.write(body)

    def _events(self) -> None:
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        seen = self.dev.version
        try:
            self.wfile.write(b": connected\n\n")
            self.wfile.flush()
            while not self.dev.stopping.is_set():
                current = self.dev.wait_for_change(seen, timeout=15)
                if current != seen:
                    seen = current
                    self.wfile.write(b"event: reload\ndata: reload\n\n")
                else:
                    self.wfile.write(b": keep-alive\n\n")
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass


def serve(root: Path, port: int = 8000, open_browser: bool = False) -> None:
    """Run the development server until Ctrl+C."""
    dev = DevServer(root, port)
    try:
        address = dev.start()
        click.echo(f"Serving {root.resolve().name} at {address} (rebuilds on change; Ctrl+C stops)")
        if open_browser:
            import webbrowser

            webbrowser.open(address)
        dev.stopping.wait()
    except KeyboardInterrupt:
        click.echo("Stopped.")
    finally:
        dev.stop()
