"""A static file server for tests: build/ with exactly the headers of its _headers file."""

from __future__ import annotations

import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator
from contextlib import contextmanager

from glowgen.serve import parse_headers_file


class _Handler(SimpleHTTPRequestHandler):
    rules: dict[str, list[tuple[str, str]]] = {}

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def end_headers(self) -> None:
        path = self.path.split("?")[0]
        for pattern, headers in self.rules.items():
            if path == pattern or (pattern.endswith("*") and path.startswith(pattern[:-1])):
                for name, value in headers:
                    self.send_header(name, value)
        super().end_headers()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        missing = Path(self.directory) / "404.html"
        if code == 404 and missing.is_file():
            body = missing.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().send_error(code, message, explain)


@contextmanager
def serve_directory(folder: Path) -> Iterator[str]:
    """Serve ``folder`` on 127.0.0.1 with its _headers applied; yields the base URL."""
    rules = parse_headers_file((folder / "_headers").read_text()) if (folder / "_headers").is_file() else {}
    handler = type("Handler", (_Handler,), {"rules": rules})
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
