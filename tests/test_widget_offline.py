"""The assistant offline: once the page and the assistant's files have loaded, it answers
from the page, with the network gone (service workers blocked, so nothing is cached
behind the test's back)."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from tests.staticserver import serve_directory

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site_url(example_build):
    with serve_directory(example_build) as url:
        yield url


def page_language_files(build) -> list[str]:
    """What the loader prefetches for a French page: widget, engine, French index."""
    entry = json.loads((build / "assistant" / "glowgen-assistant.json").read_text())
    names = [entry["engine"], entry["indexes"]["fr"]]
    names += [next((build / "assistant").glob(pattern)).name for pattern in ("widget.*.js",)]
    return ["assistant/" + name for name in names]


def offline_page(browser, site_url, example_build, path="fr/"):
    """A page whose assistant files have loaded (at idle time, without a click), then offline."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, service_workers="block")
    page = context.new_page()
    record = {"finished": set(), "offline": [], "errors": [], "is_offline": False}
    page.on("requestfinished", lambda r: record["finished"].add(r.url))
    page.on("request", lambda r: record["offline"].append(r.url) if record["is_offline"] else None)
    page.on("pageerror", lambda e: record["errors"].append(str(e)))
    page.goto(site_url + path)
    wanted = {site_url + name for name in page_language_files(example_build)}
    for _ in range(100):
        if wanted <= record["finished"]:
            break
        page.wait_for_timeout(100)
    assert wanted <= record["finished"], f"not prefetched: {wanted - record['finished']}"
    context.set_offline(True)
    record["is_offline"] = True
    assert page.evaluate("navigator.onLine") is False
    return context, page, record


def opened_offline(browser, site_url, example_build):
    """An offline page (see offline_page) with its panel opened on the greeting."""
    context, page, record = offline_page(browser, site_url, example_build)
    host = page.locator("glow-assistant")
    host.locator("button.launcher").click()
    expect(host.locator("div.log div.message.answer")).to_have_count(1)
    return context, page, record, host


def ask(host, text, timeout=2000):
    answers = host.locator("div.log div.message.answer")
    count = answers.count()
    host.locator("textarea").fill(text)
    host.locator("textarea").press("Enter")
    expect(answers).to_have_count(count + 1, timeout=timeout)
    return answers.last


def test_quick_replies_and_questions_are_answered_offline(browser, site_url, example_build):
    context, page, record = offline_page(browser, site_url, example_build)
    host = page.locator("glow-assistant")
    host.locator("button.launcher").click()
    answers = host.locator("div.log div.message.answer")
    expect(answers).to_have_count(1)  # the greeting
    expect(host.locator("p.notice")).to_contain_text("112")
    chips = host.locator("div.chips button.chip")
    expect(chips).to_have_count(5)

    def chip(name):
        count = answers.count()
        chips.filter(has_text=name).click()
        expect(answers).to_have_count(count + 1, timeout=3000)
        return answers.last

    prices = chip("Tarifs")
    expect(prices).to_have_class("message answer price")
    expect(prices.locator(".card table tr").first).to_be_visible()
    assert prices.locator(".card table tr").count() >= 5
    expect(prices).to_contain_text("Toxine botulique")

    hours = chip("Horaires")
    expect(hours.locator(".card p.status")).not_to_be_empty()
    expect(hours.locator(".card table tr")).to_have_count(7)
    expect(hours.locator(".card table")).to_contain_text("09:00–18:00")

    book = chip("Rendez-vous")
    expect(book).to_contain_text("rendez-vous")
    expect(book).to_contain_text("+32 2 555 01 23")

    contact = chip("Contact")
    expect(contact.locator('a[href="tel:+3225550123"]')).to_be_visible()
    expect(contact.locator('a[href="mailto:info@clinique-lumiere.example"]')).to_be_visible()

    location = chip("Adresse")
    expect(location.locator(".card")).to_contain_text("Avenue Louise 231")
    expect(location.locator('a[href^="https://www.openstreetmap.org/"]')).to_be_visible()

    botox = ask(host, "Combien coûte le botox ?")
    expect(botox).to_contain_text("250")
    expect(botox.locator(".card a")).to_have_attribute("href", site_url + "fr/traitements/botox/")

    parking = ask(host, "Où puis-je me garer ?")
    expect(parking).to_contain_text("parking")

    saturday = ask(host, "Êtes-vous ouverts le samedi ?")
    expect(saturday.locator(".card table tr")).to_have_count(7)
    expect(saturday).to_contain_text("09:00–13:00")

    team = ask(host, "Qui est le docteur Claire Dubois ?")
    expect(team).to_contain_text("Claire Dubois")

    for answer in answers.all():
        assert answer.text_content().strip()
    assert record["offline"] == [], record["offline"]
    assert record["errors"] == []
    context.close()


def test_the_full_page_assistant_answers_offline(browser, site_url, example_build):
    context, page, record = offline_page(browser, site_url, example_build, "fr/assistant/")
    host = page.locator("glow-assistant")
    expect(host.locator("div.log div.message.answer")).to_have_count(1)
    expect(ask(host, "Quels sont vos tarifs ?").locator(".card table")).to_be_visible()
    assert record["offline"] == [] and record["errors"] == []
    context.close()


@pytest.mark.parametrize("question", ["wifi ?", "Hoeveel kost botox?"])
def test_a_question_the_loaded_index_cannot_answer_still_gets_a_reply_offline(browser, site_url, example_build,
                                                                              question):
    context, page, record, host = opened_offline(browser, site_url, example_build)
    try:
        reply = ask(host, question, timeout=1000)
        assert reply.text_content().strip()
        assert record["errors"] == []
    finally:
        context.close()


def test_the_notice_stays_when_the_language_is_switched_offline(browser, site_url, example_build):
    context, page, record, host = opened_offline(browser, site_url, example_build)
    try:
        host.locator("select").select_option("nl")
        page.wait_for_timeout(300)
        notice = host.locator("p.notice").text_content()
        assert "112" in notice, f"notice after switching to nl offline: {notice!r}"
        assert host.locator("h2").text_content() == "Lumi"
    finally:
        context.close()


def test_a_language_that_failed_offline_works_again_online(browser, site_url, example_build):
    context, page, record, host = opened_offline(browser, site_url, example_build)
    try:
        host.locator("textarea").fill("How much is botox?")
        host.locator("textarea").press("Enter")
        page.wait_for_timeout(300)
        context.set_offline(False)
        record["is_offline"] = False
        expect(ask(host, "How much is botox?", timeout=1000)).to_contain_text("250")
    finally:
        context.close()


# The quick replies, online: each must lead to what it says (the offline test above checks
# that they answer; this one that "Book" offers the booking page).
@pytest.mark.parametrize("path", ["fr/", "nl/", "en/"])
def test_the_book_quick_reply_offers_the_booking_link(browser, site_url, path):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, service_workers="block")
    page = context.new_page()
    page.goto(site_url + path)
    host = page.locator("glow-assistant")
    host.locator("button.launcher").click()
    answers = host.locator("div.log div.message.answer")
    expect(answers).to_have_count(1)
    try:
        host.locator("div.chips button.chip").nth(2).click()  # prices, hours, book, contact, location
        expect(answers).to_have_count(2)
        assert answers.last.locator('a[href="https://booking.example.com/clinique-lumiere"]').count() == 1
    finally:
        context.close()
