"""Chromium through Playwright, for the browser tests and the benchmarks: Playwright's own
browser when it is installed, else the system's (`GLOWGEN_CHROMIUM`, then the usual paths),
with the flags a machine without a sandbox or internet needs."""

from __future__ import annotations

import os

SYSTEM_CHROMIUMS = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-gpu", "--no-first-run"]


class NoChromium(RuntimeError):
    """No Chromium to launch; the message says how to get one."""


def chromium_path(manager) -> str | None:
    """The executable to launch: None means Playwright's own, which is installed."""
    if os.path.exists(manager.chromium.executable_path):
        return None
    system = next((path for path in (os.environ.get("GLOWGEN_CHROMIUM", ""), *SYSTEM_CHROMIUMS)
                   if path and os.path.exists(path)), None)
    if system is None:
        raise NoChromium("no Chromium: run 'playwright install chromium' or install chromium")
    return system


def launch_chromium(manager, **options):
    """A headless Chromium from a started `sync_playwright()` manager."""
    path = chromium_path(manager)
    if path:
        options["executable_path"] = path
    return manager.chromium.launch(args=CHROMIUM_ARGS, **options)


class ChromiumSession:
    """Playwright started and a Chromium launched, for the benchmarks: `browser`, its
    `version` and `executable`; `close()` stops both."""

    def __init__(self) -> None:
        from playwright.sync_api import sync_playwright

        self._manager = sync_playwright().start()
        try:
            self.executable = chromium_path(self._manager) or self._manager.chromium.executable_path
            self.browser = launch_chromium(self._manager)
        except Exception:
            self._manager.stop()
            raise
        self.version = self.browser.version

    def close(self) -> None:
        try:
            self.browser.close()
        finally:
            self._manager.stop()
