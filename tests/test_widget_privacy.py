"""Privacy of the assistant in Chromium (DESIGN.md, privacy invariants 1-5).

One visit, recorded from the first request: the assistant is opened, its files load, and
a visitor asks 50 questions (fr, nl, en) holding names, e-mail addresses, Belgian phone
numbers written in several ways and valid Belgian IBANs. The tests below then look at
what that visit left: requests, storage, the address bar, the DOM and the links.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote_plus, urlsplit

import pytest
from playwright.sync_api import expect

from tests.staticserver import serve_directory

pytestmark = pytest.mark.browser

# --- what the visitor types ----------------------------------------------------------

NAMES = ["Jan Peeters", "Marie Dubois", "Lucas Janssens", "Emma Maes", "Noah Jacobs", "Louise Mertens",
         "Arthur Willems", "Olivia Claes", "Victor Goossens", "Elise Wouters", "Thomas Lambert",
         "Charlotte Dupont", "Mathis Renard", "Lotte De Smet", "Wout Vermeulen", "Sarah Lejeune",
         "Hugo Leclercq"]


def belgian_iban(bank: int, account: int) -> str:
    """A valid Belgian IBAN: 3-digit bank code, 7-digit account, national check (mod 97),
    then the IBAN check digits (ISO 13616, mod 97)."""
    base = f"{bank:03d}{account % 10_000_000:07d}"
    bban = f"{base}{int(base) % 97 or 97:02d}"
    digits = "".join(str(int(c, 36)) for c in bban + "BE00")
    return f"BE{98 - int(digits) % 97:02d}{bban}"


def iban_is_valid(iban: str) -> bool:
    compact = iban.replace(" ", "")
    national = compact[4:14]
    moved = compact[4:] + compact[:4]
    return (compact.startswith("BE") and len(compact) == 16
            and int("".join(str(int(c, 36)) for c in moved)) % 97 == 1
            and (int(national) % 97 or 97) == int(compact[14:]))


def phone(i: int) -> str:
    """A Belgian number (mobile, sometimes a Brussels landline) written as people write them."""
    if i % 9 == 4:
        m = f"{(5_123_456 + 311 * i) % 10_000_000:07d}"
        return [f"02 {m[:3]} {m[3:5]} {m[5:]}", f"+32 2 {m[:3]} {m[3:5]} {m[5:]}",
                f"02/{m[:3]}.{m[3:5]}.{m[5:]}"][i % 3]
    n = f"{470 + i % 30:03d}{(123_456 + 7_919 * i) % 1_000_000:06d}"
    a, b, c, d = n[:3], n[3:5], n[5:7], n[7:9]
    forms = [f"0{a} {b} {c} {d}", f"+32 {a} {b} {c} {d}", f"0{a}/{b}.{c}.{d}", f"+32{a}{b}{c}{d}",
             f"0032 {a} {b}{c}{d}", f"0{a}-{b}-{c}-{d}", f"0{a}{b}{c}{d}", f"(0{a}) {b} {c} {d}"]
    return forms[i % len(forms)]


def email(i: int) -> str:
    first, last = NAMES[i % len(NAMES)].lower().split(" ", 1)
    domain = ["telenet.be", "skynet.be", "proximus.be", "gmail.com", "hotmail.be"][i % 5]
    return f"{first}.{last.replace(' ', '')}{i}@{domain}"


def iban(i: int) -> str:
    value = belgian_iban(310 + (37 * i) % 600, 1_234_567 + 104_729 * i)
    return " ".join(value[k:k + 4] for k in range(0, 16, 4)) if i % 2 else value


TEMPLATES = [
    ("fr", "Bonjour, je m'appelle {name}, mon numéro est le {phone}. Combien coûte le botox ?"),
    ("fr", "Mon adresse e-mail est {email}, pouvez-vous m'envoyer vos tarifs ?"),
    ("fr", "Je suis {name}, mon IBAN est {iban}. Comment prendre rendez-vous ?"),
    ("fr", "Rappelez-moi au {phone} pour un rendez-vous svp, {name}"),
    ("fr", "Quels sont vos horaires ? Répondez-moi à {email}"),
    ("fr", "Puis-je payer par virement depuis le compte {iban} ? {name}, {phone}"),
    ("fr", "Comment vous contacter ? Moi c'est {name} ({email})"),
    ("nl", "Hallo, ik ben {name}, mijn nummer is {phone}. Hoeveel kost botox?"),
    ("nl", "Mijn e-mailadres is {email}, wanneer zijn jullie open?"),
    ("nl", "Mijn rekeningnummer is {iban}, hoe kan ik een afspraak maken?"),
    ("nl", "Bel mij terug op {phone} voor een afspraak, groeten {name}"),
    ("nl", "Hoe kan ik jullie contacteren? {name}, {email}, {phone}"),
    ("nl", "Waar is de kliniek? Ik ben {name} en mijn IBAN is {iban}"),
    ("en", "Hi, my name is {name} and my phone number is {phone}. How much are lip fillers?"),
    ("en", "Please email me at {email} with your prices"),
    ("en", "My IBAN is {iban}, can I book an appointment? {name}"),
    ("en", "Where are you located? Call me on {phone}"),
    ("en", "How can I contact you? I am {name}, {email}"),
]


@dataclass(frozen=True)
class Question:
    lang: str
    text: str
    secrets: dict[str, str]  # what in `text` is personal: name, email, phone, iban

    def needles(self) -> set[str]:
        """Strings whose presence anywhere would mean the typed text got there: the whole
        question, each personal value as typed, and phone numbers and IBANs written compactly."""
        found = {self.text, *self.secrets.values()}
        for kind in ("phone", "iban"):
            if kind in self.secrets:
                found.add(re.sub(r"[\s./()-]", "", self.secrets[kind]))
        if "email" in self.secrets:
            found.add(self.secrets["email"].split("@")[0])
        return found


def questions() -> list[Question]:
    made = []
    for i in range(50):
        lang, template = TEMPLATES[i % len(TEMPLATES)]
        values = {"name": NAMES[(i * 7) % len(NAMES)], "phone": phone(i), "email": email(i), "iban": iban(i)}
        made.append(Question(lang, template.format(**values),
                             {k: v for k, v in values.items() if "{" + k + "}" in template}))
    return made


QUESTIONS = questions()

# The clinic's links, fixed at build time (content/site.yaml); tel:112 is the emergency number.
FIXED_LINKS = {
    "tel:+3225550123",
    "tel:112",
    "mailto:info@clinique-lumiere.example",
    "https://wa.me/32470550123",
    "https://booking.example.com/clinique-lumiere",
    "https://www.openstreetmap.org/?mlat=50.8290&mlon=4.3618#map=18/50.8290/4.3618",
}


def test_the_questions_hold_realistic_personal_data():
    assert len(QUESTIONS) == 50 and len({q.text for q in QUESTIONS}) == 50
    assert {q.lang for q in QUESTIONS} == {"fr", "nl", "en"}
    ibans = [q.secrets["iban"] for q in QUESTIONS if "iban" in q.secrets]
    assert len(ibans) >= 8 and all(iban_is_valid(value) for value in ibans), ibans
    assert iban_is_valid("BE68 5390 0754 7034") and not iban_is_valid("BE68 5390 0754 7035")
    phones = [q.secrets["phone"] for q in QUESTIONS if "phone" in q.secrets]
    assert len(phones) >= 15
    for number in phones:
        digits = re.sub(r"\D", "", number)
        national = digits[2:] if digits.startswith("32") else digits[4:] if digits.startswith("0032") else digits[1:]
        assert len(national) in (8, 9) and national[0] in "24", number  # Brussels 02 or a mobile 04xx
    assert len({re.sub(r"\d", "9", p) for p in phones}) >= 6, "phone numbers in several written forms"
    assert sum("email" in q.secrets for q in QUESTIONS) >= 12
    assert sum("name" in q.secrets for q in QUESTIONS) >= 20


# --- the recorded visit ----------------------------------------------------------------

PROBES = """
(() => {
  const probe = window.__glowTest = {rtc: 0, violations: []};
  document.addEventListener('securitypolicyviolation',
    (e) => probe.violations.push([e.violatedDirective, e.blockedURI, e.sample || ''].join(' ')));
  for (const name of ['RTCPeerConnection', 'webkitRTCPeerConnection']) {
    const Original = window[name];
    if (typeof Original !== 'function') continue;
    const Recorded = function (...args) { probe.rtc += 1; return new Original(...args); };
    Recorded.prototype = Original.prototype;
    Recorded.__glowProbe = true;
    Object.defineProperty(window, name, {value: Recorded, writable: true, configurable: true});
  }
})();
"""

# The page's light DOM and every open shadow root, serialised; with the values of form
# fields, which the serialisation leaves out.
SERIALIZE_DOM = """
() => {
  const parts = [document.documentElement.outerHTML];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.value !== undefined && typeof el.value === 'string') parts.push(el.value);
      if (el.shadowRoot) { parts.push(el.shadowRoot.innerHTML); walk(el.shadowRoot); }
    }
  };
  walk(document);
  return parts.join('\\n');
}
"""

STATE = """
() => {
  const host = document.querySelector('glow-assistant');
  return {href: location.href, title: document.title, history: history.length,
          input: host.shadowRoot.querySelector('textarea').value};
}
"""

STORAGE = """
async () => {
  const dump = (store) => Object.keys(store).map((key) => key + '=' + store.getItem(key));
  return {
    local: dump(localStorage),
    session: dump(sessionStorage),
    cookie: document.cookie,
    indexeddb: (await indexedDB.databases()).map((db) => db.name),
    caches: self.caches ? await caches.keys() : [],
  };
}
"""

LINKS = """
() => [...document.querySelector('glow-assistant').shadowRoot.querySelectorAll('.log a')].map((a) => ({
  href: a.getAttribute('href'), target: a.target, rel: a.rel, text: a.textContent}))
"""


@dataclass
class Visit:
    site: str
    requests: list[dict] = field(default_factory=list)  # every request of the context, in order
    routed: list[str] = field(default_factory=list)  # what reached the network layer (page.route)
    websockets: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    loaded_at: int = 0  # len(requests) when the page and the assistant's files had loaded
    asked_at: int = 0  # len(requests) when the 50 questions had been answered
    states: list[dict] = field(default_factory=list)  # address bar, title, history, input
    doms: list[str] = field(default_factory=list)  # the DOM after each question
    links: list[dict] = field(default_factory=list)
    storage: dict = field(default_factory=dict)
    cookies: list = field(default_factory=list)
    probe: dict = field(default_factory=dict)
    answers: list[str] = field(default_factory=list)
    assistant_files: set[str] = field(default_factory=set)


def assistant_files(build: Path) -> set[str]:
    """The assistant's files: loader, widget (script with its wording, and style), engine, indexes."""
    entry = json.loads((build / "assistant" / "glowgen-assistant.json").read_text())
    names = {entry["loader"], entry["engine"], *entry["indexes"].values()}
    for pattern in ("widget.*.js", "widget.*.css"):
        matches = sorted(p.name for p in (build / "assistant").glob(pattern))
        assert len(matches) == 1, (pattern, matches)
        names.add(matches[0])
    return {"assistant/" + name for name in names}


@pytest.fixture(scope="module")
def visit(browser, example_build):
    with serve_directory(example_build) as site:
        record = Visit(site)
        record.assistant_files = {site + name for name in assistant_files(example_build)}
        ended: set[int] = set()
        context = browser.new_context(viewport={"width": 1280, "height": 800}, service_workers="block")
        context.add_init_script(PROBES)

        def on_request(request):
            record.requests.append({"request": request})

        def on_route(route):
            request = route.request
            body = request.post_data_buffer or b""
            record.routed.append(f"{request.method} {request.url} {body.decode('utf-8', 'replace')}")
            route.continue_()

        context.on("request", on_request)
        context.on("requestfinished", lambda r: ended.add(id(r)))
        context.on("requestfailed", lambda r: ended.add(id(r)))
        context.route("**/*", on_route)
        page = context.new_page()
        page.on("websocket", lambda ws: record.websockets.append(ws.url))
        page.on("console", lambda m: record.console.append(f"{m.type}: {m.text}"))

        page.goto(site + "fr/")
        host = page.locator("glow-assistant")
        answers = host.locator("div.log div.message.answer")
        host.locator("button.launcher").click()
        expect(answers).to_have_count(1)  # the greeting
        # the visitor looks at the language menu: every language's index loads
        for lang in ("nl", "en", "fr"):
            host.locator("select").select_option(lang)
        expect(host.locator("h2")).to_have_text("Lumi")

        # the page and all the assistant's files have loaded: wait for the network to be quiet
        for _ in range(100):
            requested = {r["request"].url for r in record.requests}
            quiet = len(record.requests)
            page.wait_for_timeout(300)
            if (record.assistant_files <= requested and len(record.requests) == quiet
                    and all(id(r["request"]) in ended for r in record.requests)):
                break
        record.loaded_at = len(record.requests)
        record.states.append(page.evaluate(STATE))

        textarea = host.locator("textarea")
        for i, question in enumerate(QUESTIONS):
            count = answers.count()
            if i % 5 == 0:  # typed key by key: suggestions run on every keystroke
                textarea.click()
                page.keyboard.type(question.text)
                page.keyboard.press("Enter")
            elif i % 5 == 1:
                textarea.fill(question.text)
                host.locator("button.send").click()
            else:
                textarea.fill(question.text)
                textarea.press("Enter")
            expect(answers).to_have_count(count + 1)
            record.answers.append(answers.last.text_content())
            record.states.append(page.evaluate(STATE))
            record.doms.append(page.evaluate(SERIALIZE_DOM))
        page.wait_for_timeout(1000)  # time for anything sent late (timers, beacons)

        record.links = page.evaluate(LINKS)
        record.storage = page.evaluate(STORAGE)
        record.cookies = context.cookies()
        record.probe = page.evaluate("({...window.__glowTest, installed: !!window.RTCPeerConnection.__glowProbe})")
        for entry in record.requests:
            request = entry["request"]
            body = request.post_data_buffer or b""
            entry.update(url=request.url, method=request.method, headers=request.all_headers(),
                         body=body.decode("utf-8", "replace"))
        record.asked_at = len(record.requests)
        page.goto("about:blank")  # leaving the page (pagehide, unload) sends nothing either
        page.wait_for_timeout(500)
        for entry in record.requests[record.asked_at:]:
            request = entry["request"]
            body = request.post_data_buffer or b""
            entry.update(url=request.url, method=request.method, headers=request.headers,
                         body=body.decode("utf-8", "replace"))
        context.close()
        yield record


def leaks(haystack: str) -> list[tuple[str, str]]:
    """(question, needle) for every typed string found in haystack, raw or URL-decoded."""
    texts = (haystack, unquote_plus(haystack))
    return [(q.text, needle) for q in QUESTIONS for needle in q.needles()
            if any(needle in text for text in texts)]


def test_the_visit_asked_every_question_and_got_answers(visit):
    assert len(visit.answers) == 50 and all(answer.strip() for answer in visit.answers)
    requested = {r["url"] for r in visit.requests[:visit.loaded_at]}
    assert visit.assistant_files <= requested, visit.assistant_files - requested


def test_no_request_at_all_after_the_assistant_files_loaded(visit):
    after = [f"{r['method']} {r['url']}" for r in visit.requests[visit.loaded_at:visit.asked_at]]
    assert after == [], f"{len(after)} requests after the assistant had loaded: {after}"
    assert visit.websockets == []
    assert len(visit.routed) == visit.loaded_at, visit.routed[visit.loaded_at:]


def test_every_request_is_for_a_file_of_the_site(visit):
    origin = urlsplit(visit.site).netloc
    for r in visit.requests:
        if r["url"].startswith("about:"):
            continue
        assert urlsplit(r["url"]).netloc == origin, r["url"]
        assert r["method"] == "GET" and r["body"] == "", (r["method"], r["url"], r["body"])
        assert urlsplit(r["url"]).query == "", r["url"]


def test_no_request_url_header_or_body_carries_typed_text(visit):
    for r in visit.requests:
        headers = "\n".join(f"{name}: {value}" for name, value in r["headers"].items())
        for part, text in (("url", r["url"]), ("headers", headers), ("body", r["body"])):
            assert leaks(text) == [], f"{r['method']} {r['url']}: typed text in the {part}"
    for line in visit.routed:
        assert leaks(line) == [], line


def test_nothing_blocked_by_the_policy_and_nothing_typed_in_the_console(visit):
    # a request refused by the Content-Security-Policy never shows in the request log
    assert visit.probe["violations"] == []
    assert [line for line in visit.console if leaks(line)] == []


def test_no_webrtc_connection_is_created(visit):
    assert visit.probe["installed"], "the RTCPeerConnection probe was not in place"
    assert visit.probe["rtc"] == 0


def test_cookies_and_storage_stay_empty_of_typed_text(visit):
    storage = visit.storage
    assert leaks(json.dumps(visit.cookies, ensure_ascii=False)) == []
    assert leaks(storage["cookie"]) == []
    assert leaks("\n".join(storage["local"])) == [], storage["local"]
    assert leaks("\n".join(storage["session"])) == [], storage["session"]
    # IndexedDB and Cache Storage: the assistant keeps nothing there, so there is nothing at all
    assert storage["indexeddb"] == [], storage["indexeddb"]
    assert storage["caches"] == [], storage["caches"]


def test_address_title_and_history_never_change(visit):
    first = visit.states[0]
    assert first["href"] == visit.site + "fr/"
    for state in visit.states:
        assert (state["href"], state["title"], state["history"]) == (first["href"], first["title"], first["history"])
        assert leaks(state["href"] + "\n" + state["title"]) == []


def test_the_input_is_emptied_when_a_question_is_sent(visit):
    assert [state["input"] for state in visit.states[1:]] == [""] * 50


def test_leaving_the_page_sends_nothing(visit):
    after = [r["url"] for r in visit.requests[visit.asked_at:] if not r["url"].startswith("about:")]
    assert after == []


def test_the_dom_never_holds_the_raw_personal_data(visit):
    found = []
    for question, dom in zip(QUESTIONS, visit.doms):
        found += [(question.text, value) for value in (question.text, *question.secrets.values()) if value in dom]
    final = visit.doms[-1]
    found += [(q.text, value) for q in QUESTIONS for value in q.secrets.values() if value in final]
    assert found == [], f"{len(found)} raw strings in the DOM, first: {found[:3]}"


def test_answer_links_are_the_clinics_fixed_links(visit, example_build):
    origin = urlsplit(visit.site).netloc
    assert visit.links, "no answer carried a link"
    seen = set()
    for link in visit.links:
        href = link["href"]
        assert leaks(href) == [], href
        parts = urlsplit(href)
        if href in FIXED_LINKS:
            seen.add(href)
            assert link["target"] == "_blank", href
            assert set(link["rel"].split()) >= {"noopener", "noreferrer"}, href
        else:
            assert parts.scheme == "http" and parts.netloc == origin, f"not one of the site's links: {href}"
            assert parts.query == "", href
            page = example_build / parts.path.lstrip("/") / "index.html"
            assert page.is_file(), f"{href} is not a page of the site"
            if parts.fragment:  # a question on the FAQ page
                assert f'id="{parts.fragment}"' in page.read_text(encoding="utf-8"), href
    # the questions asked for the phone, e-mail, WhatsApp, booking and the map: all were offered
    assert seen >= FIXED_LINKS - {"tel:112"}, FIXED_LINKS - seen
