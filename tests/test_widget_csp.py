"""The assistant under the site's real Content-Security-Policy (build/_headers, served as
Netlify would), and embedded on another website under that website's own policy: every
feature used, no violation, nothing in the console, nothing from another origin."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.conftest import EXAMPLE, TODAY
from tests.staticserver import serve_directory

pytestmark = pytest.mark.browser

VIOLATIONS = """
window.__violations = [];
document.addEventListener('securitypolicyviolation',
  (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
"""


@pytest.fixture(scope="module")
def site_url(example_build):
    with serve_directory(example_build) as url:
        yield url


def open_page(browser, width=1280):
    context = browser.new_context(viewport={"width": width, "height": 800}, service_workers="block")
    page = context.new_page()
    page.add_init_script(VIOLATIONS)
    record = {"console": [], "errors": [], "requests": []}
    page.on("console", lambda m: record["console"].append(f"{m.type}: {m.text}")
            if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: record["errors"].append(str(e)))
    page.on("request", lambda r: record["requests"].append(r.url))
    return context, page, record


def policy_of(response) -> str:
    headers = {name.lower(): value for name, value in response.headers.items()}
    return headers.get("content-security-policy", "")


def use_the_assistant(page, host, launcher: bool) -> None:
    """Everything a visitor does: open, ask, a chip, both other languages, clear, Escape."""
    answers = host.locator("div.log div.message.answer")
    textarea = host.locator("textarea")
    if launcher:
        host.locator("button.launcher").click()
        expect(page.get_by_role("dialog", name="Lumi")).to_be_visible()
    expect(answers).to_have_count(1)  # the greeting
    textarea.fill("Combien coûte le botox ?")
    textarea.press("Enter")
    expect(answers).to_have_count(2)
    expect(answers.last.locator(".card")).to_contain_text("Toxine botulique")
    host.locator("div.chips button.chip", has_text="Horaires").click()
    expect(answers).to_have_count(3)
    expect(answers.last.locator(".card table tr")).to_have_count(7)
    textarea.fill("bot")  # suggestions while typing
    expect(host.locator("div.suggestions button").first).to_be_visible()
    host.locator("select").select_option("nl")
    expect(host.locator("div.chips button.chip").first).to_have_text("Prijzen")
    expect(host.locator("p.notice")).to_contain_text("geen medisch advies")
    textarea.fill("Hoeveel kost botox?")
    textarea.press("Enter")
    expect(answers).to_have_count(4)
    expect(answers.last).to_contain_text("Botulinetoxine")
    host.locator("select").select_option("en")
    expect(host.locator("button.send")).to_have_text("Send")
    host.locator("div.chips button.chip", has_text="Prices").click()
    expect(answers).to_have_count(5)
    host.locator("[part=clear]").click()
    expect(host.locator("div.log > *")).to_have_count(0)
    if launcher:
        textarea.focus()
        page.keyboard.press("Escape")
        expect(host.locator("section.panel")).to_be_hidden()
        expect(host.locator("button.launcher")).to_be_focused()
        expect(host.locator("button.launcher")).to_have_attribute("aria-expanded", "false")
    page.wait_for_timeout(200)


@pytest.mark.parametrize("path", ["fr/", "fr/traitements/botox/", "fr/assistant/"])
def test_the_assistant_runs_under_the_sites_policy(browser, site_url, path):
    context, page, record = open_page(browser)
    response = page.goto(site_url + path)
    policy = policy_of(response)
    assert policy.startswith("default-src 'none'"), policy
    for directive in ("script-src 'self'", "style-src 'self'", "connect-src 'self'", "form-action 'none'",
                      "base-uri 'none'", "require-trusted-types-for 'script'"):
        assert directive in policy, directive
    assert "unsafe" not in policy and "wasm" not in policy
    host = page.locator("glow-assistant")
    use_the_assistant(page, host, launcher=path != "fr/assistant/")
    assert page.evaluate("window.__violations") == []
    assert record["console"] == [], record["console"]
    assert record["errors"] == [], record["errors"]
    origin = urlsplit(site_url).netloc
    assert [url for url in record["requests"] if urlsplit(url).netloc != origin] == []
    context.close()


# --- the embed on a clinic's existing website -------------------------------------------

@pytest.fixture(scope="module")
def embed_build(tmp_path_factory):
    """The example built again, for its embed snippet (BuildResult.embed)."""
    from glowgen.build import build

    out = tmp_path_factory.mktemp("embed") / "build"
    result = build(EXAMPLE, out, today=TODAY)
    return out, result.embed


def host_page(folder: Path, snippet: str, site_origin: str, lang: str = "en") -> None:
    """A clinic's own page, with its own Content-Security-Policy as docs/embed.md says."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "index.html").write_text(
        f'<!doctype html>\n<html lang="{lang}">\n<head><meta charset="utf-8"><title>Clinic home</title>'
        '<link rel="stylesheet" href="site.css"></head>\n'
        '<body><main><h1>Welcome to our clinic</h1><p>Our own website.</p></main>\n'
        f'{snippet}\n</body>\n</html>\n', encoding="utf-8")
    # the clinic's own CSS must not break the assistant (shadow DOM)
    (folder / "site.css").write_text("button, textarea, select, section, p { display: none !important; }\n",
                                     encoding="utf-8")
    (folder / "favicon.ico").write_bytes(b"")
    (folder / "_headers").write_text(
        "/*\n"
        f"  Content-Security-Policy: default-src 'none'; script-src 'self' {site_origin}; "
        f"style-src 'self' {site_origin}; connect-src 'self' {site_origin}; img-src 'self'; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'; "
        "require-trusted-types-for 'script'; trusted-types 'none'\n"
        "  Referrer-Policy: no-referrer\n", encoding="utf-8")


def test_the_embed_works_on_another_origin_under_its_policy(browser, embed_build, tmp_path):
    build, snippet = embed_build
    assert re.fullmatch(r'<script src="[^"]+/assistant/glowgen\.[0-9a-f]+\.js" integrity="sha384-[A-Za-z0-9+/=]+" '
                        r'crossorigin="anonymous" data-lang="fr" defer></script>', snippet), snippet
    with serve_directory(build) as site_url:
        site_origin = site_url.rstrip("/")
        tag = re.sub(r'src="[^"]*?(assistant/[^"]+)"', lambda m: f'src="{site_url}{m.group(1)}"', snippet)
        host_page(tmp_path / "clinic", tag, site_origin)
        with serve_directory(tmp_path / "clinic") as clinic_url:
            clinic_url = clinic_url.replace("127.0.0.1", "localhost")  # another site, not only another port
            context, page, record = open_page(browser)
            response = page.goto(clinic_url)
            assert policy_of(response).startswith("default-src 'none'")
            host = page.locator("glow-assistant")
            expect(host.locator("button.launcher")).to_be_visible()
            expect(host.locator("button.launcher")).to_have_text("Une question ?")  # data-lang="fr"
            use_the_assistant(page, host, launcher=True)
            assert page.evaluate("window.__violations") == []
            assert record["console"] == [], record["console"]
            assert record["errors"] == [], record["errors"]
            allowed = {urlsplit(site_url).netloc, urlsplit(clinic_url).netloc}
            assert [url for url in record["requests"] if urlsplit(url).netloc not in allowed] == []
            from_site = [url for url in record["requests"] if url.startswith(site_url)]
            assert from_site and all("/assistant/" in url for url in from_site), from_site
            context.close()


def test_a_tampered_embed_is_refused_by_subresource_integrity(browser, embed_build, tmp_path):
    build, snippet = embed_build
    with serve_directory(build) as site_url:
        tag = re.sub(r'src="[^"]*?(assistant/[^"]+)"', lambda m: f'src="{site_url}{m.group(1)}"', snippet)
        tag = re.sub(r'sha384-[^"]+', "sha384-" + "A" * 64, tag)
        host_page(tmp_path / "clinic", tag, site_url.rstrip("/"))
        with serve_directory(tmp_path / "clinic") as clinic_url:
            context, page, record = open_page(browser)
            page.goto(clinic_url.replace("127.0.0.1", "localhost"))
            page.wait_for_timeout(300)
            assert page.locator("glow-assistant").count() == 0
            assert any("integrity" in line for line in record["console"]), record["console"]
            context.close()
