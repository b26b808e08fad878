"""glowgen serve: the built site with its headers, a reload after each change, errors shown, not served."""

from __future__ import annotations

import time
import urllib.request

import pytest

from glowgen.serve import DevServer, dev_policy, parse_headers_file


@pytest.fixture
def server(make_site):
    root = make_site()
    messages: list[str] = []
    dev = DevServer(root, 0, log=messages.append)
    address = dev.start()
    yield dev, address, root, messages
    dev.stop()


def get(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, dict(response.headers), response.read().decode("utf-8")


def wait_for(condition, seconds=30.0):
    """Wait for a rebuild; the bound only stops a broken test from hanging."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def test_serves_pages_with_the_sites_headers_and_the_reload_script(server):
    dev, address, _, _ = server
    status, headers, body = get(address + "en/")
    assert status == 200 and "Test Clinic" in body
    assert '<script src="/__glowgen__/reload.js" defer></script>' in body
    csp = headers["Content-Security-Policy"]
    assert csp.startswith("default-src 'none'") and "script-src 'self'" in csp and "connect-src 'self'" in csp
    assert headers["Referrer-Policy"] == "no-referrer"
    _, _, script = get(address + "__glowgen__/reload.js")
    assert "EventSource" in script
    built = (dev.out / "en" / "index.html").read_text()
    assert "reload" not in built  # the reload code exists only while serving


def test_rebuilds_and_tells_the_browser_after_a_change(server):
    dev, address, root, _ = server
    events = urllib.request.urlopen(address + "__glowgen__/events", timeout=30)
    assert events.readline().startswith(b": connected")
    peel = root / "content" / "treatments" / "peel.md"
    peel.write_text(peel.read_text().replace("title: Chemical peel", "title: Gentle peel"))
    assert wait_for(lambda: "Gentle peel" in get(address + "en/treatments/peel/")[2])
    line = events.readline()
    while line.startswith(b":") or line == b"\n":
        line = events.readline()
    assert line == b"event: reload\n"
    events.close()


def test_keeps_serving_the_last_good_build_on_errors(server):
    dev, address, root, messages = server
    site = root / "content" / "site.yaml"
    site.write_text(site.read_text().replace('mon: "09:00-17:00"', "mon: 9:30"))
    assert wait_for(lambda: any("Not rebuilt" in m for m in messages))
    assert any("content/site.yaml:11:8: error hours" in m for m in messages)
    assert get(address + "en/")[0] == 200


def test_missing_pages_get_the_404_page(server):
    _, address, _, _ = server
    with pytest.raises(urllib.error.HTTPError) as error:
        get(address + "nope/")
    assert error.value.code == 404 and "Page not found" in error.value.read().decode()


def test_dev_policy_adds_only_self():
    policy = "default-src 'none'; script-src 'none'; style-src 'self'; form-action 'none'"
    assert dev_policy(policy) == ("default-src 'none'; connect-src 'self'; script-src 'self'; "
                                  "style-src 'self'; form-action 'none'")


def test_headers_file_parser():
    rules = parse_headers_file("/*\n  A: 1\n  B: x: y\n/assets/*\n  Cache-Control: max\n")
    assert rules == {"/*": [("A", "1"), ("B", "x: y")], "/assets/*": [("Cache-Control", "max")]}
