/* glowgen widget: the assistant's panel. The only code of glowgen that touches the DOM.
 *
 * Privacy, by construction (DESIGN.md, privacy invariants):
 * - what a visitor types goes to the engine and nowhere else; the input is emptied at
 *   once and the message shown is the engine's `text`, redacted;
 * - text reaches the DOM only through textContent, never as HTML;
 * - links are the clinic's, fixed at build time; none is ever built from visitor text;
 * - nothing is stored: the conversation lives in this page's memory only;
 * - after the engine and the indexes have loaded, nothing is requested.
 */

// the panel's wording in every language of the site, with the clinic's name and numbers:
// the build writes it here
const WORDING = JSON.parse("__GLOWGEN_WORDING__");
const cache = { engine: null, indexes: {}, engines: {} };
const mounted = new WeakMap();

const json = (href) => fetch(href, { credentials: "omit" }).then((response) => {
  if (!response.ok) throw new Error(`${href}: ${response.status}`);
  return response.json();
});
const at = (config, name) => new URL(name, config.base).href;
// a download that failed (offline) is tried again next time
const remembered = (store, key, make) => {
  if (!store[key]) {
    store[key] = make();
    store[key].catch(() => delete store[key]);
  }
  return store[key];
};

function engine(config) {
  return remembered(cache, "engine", () => import(at(config, config.assets.engine)).then(() => globalThis.GlowEngine));
}
function indexFor(config, lang) {
  return remembered(cache.indexes, lang, () => json(at(config, config.assets.indexes[lang])));
}
// Starting the engine takes the main thread for a while on a slow phone: the panel's
// first frame comes before it (a hidden tab draws no frames, hence the timer).
const afterFrame = () => new Promise((resolve) => {
  requestAnimationFrame(() => setTimeout(resolve, 0));
  setTimeout(resolve, 100);
});
function engineFor(config, lang) {
  return remembered(cache.engines, lang, () =>
    afterFrame()
      .then(() => Promise.all([engine(config), indexFor(config, lang)]))
      .then(([glow, data]) => glow.createEngine(data)));
}

/** Load the engine and the page language's index, without showing anything. */
export function prefetch(config) {
  return engineFor(config, config.lang).catch(() => {});
}

/** Open the assistant in `host` (a <glow-assistant> element with its shadow root). The
 *  panel shows at once; the engine may come a moment later. */
export async function mount(host, config) {
  if (!mounted.has(host)) mounted.set(host, new Panel(host, config));
  mounted.get(host).open(config.focus);
  // every language's index, once the page's language is ready: after this, the assistant
  // never requests anything again (not even a hint that a visitor asked in another language)
  const everyLanguage = () => config.assets.languages.forEach((lang) => indexFor(config, lang).catch(() => {}));
  await engineFor(config, config.lang).catch(() => {});
  // offline, the requests could only fail: wait for the network to come back
  if (navigator.onLine === false) addEventListener("online", everyLanguage, { once: true });
  else everyLanguage();
}

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "part" || key.startsWith("aria-") || key === "role" || key === "for") node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children.flat()) if (child !== null && child !== undefined && child !== "") node.append(child);
  return node; // strings are appended as text nodes: never parsed as HTML
}

// what each quick reply asks for, whatever the clinic's questions look like
const QUICK = { prices: "price", hours: "hours", book: "booking", contact: "contact", location: "location" };

const say = (template, values) => String(template || "").replace(/\{(\w+)\}/g, (_, key) => values[key] ?? "");

class Panel {
  constructor(host, config) {
    this.host = host;
    this.config = config;
    this.root = host.shadowRoot;
    this.lang = config.lang;
    this.languages = config.assets.languages;
    this.page = host.getAttribute("mode") === "page";
    this.launcher = this.root.querySelector(".launcher");
    if (this.launcher) this.launcher.addEventListener("click", () => this.toggle());
    this.build();
  }
  build() {
    const id = (name) => `glow-${name}`;
    this.title = el("h2", { id: id("title"), part: "title" });
    this.subtitle = el("p", { className: "subtitle" });
    this.languageLabel = el("label", { className: "visually-hidden", for: id("language") });
    this.language = el("select", { id: id("language"), part: "language" },
      this.languages.map((code) => el("option", { value: code }, code.toUpperCase())));
    this.language.value = this.lang;
    this.language.addEventListener("change", () => this.setLanguage(this.language.value));
    this.clear = el("button", { type: "button", className: "icon", part: "clear" }, "⟲");
    this.clear.addEventListener("click", () => { this.log.replaceChildren(); this.input.focus(); });
    this.close = this.page ? null : el("button", { type: "button", className: "icon", part: "close" }, "×");
    if (this.close) this.close.addEventListener("click", () => this.hide(true));
    this.notice = el("p", { className: "notice", part: "notice" });
    this.log = el("div", { className: "log", part: "log", role: "log", "aria-live": "polite", "aria-relevant": "additions" });
    this.chips = el("div", { className: "chips", part: "chips" });
    this.suggestions = el("div", { className: "suggestions", part: "suggestions" });
    this.inputLabel = el("label", { className: "visually-hidden", for: id("input") });
    this.input = el("textarea", { id: id("input"), rows: 1, part: "input", autocomplete: "off", spellcheck: true });
    this.send = el("button", { type: "button", className: "send", part: "send" });
    this.send.addEventListener("click", () => this.submit());
    this.input.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this.submit();
      }
    });
    this.input.addEventListener("input", () => this.suggest());
    this.panel = el("section", { className: this.page ? "panel page" : "panel", part: "panel", role: this.page ? "region" : "dialog",
      "aria-labelledby": id("title"), hidden: !this.page },
      el("header", { part: "header" }, el("div", { className: "heading" }, this.title, this.subtitle),
        this.languageLabel, this.language, this.clear, this.close),
      this.notice, this.log, this.suggestions, this.chips,
      el("div", { className: "compose" }, this.inputLabel, this.input, this.send));
    this.panel.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && !this.page) {
        event.preventDefault();
        this.hide(true);
      }
    });
    this.root.append(this.panel);
    this.setLanguage(this.lang);
  }

  /** Show the panel's wording in `lang` at once, and greet; the engine follows. */
  setLanguage(lang) {
    this.lang = lang;
    this.language.value = lang;
    const t = (this.ui = WORDING[lang] || {});
    this.panel.lang = lang;
    this.title.textContent = t.title || "";
    this.subtitle.textContent = t.subtitle || "";
    this.languageLabel.textContent = t.language || "";
    this.clear.setAttribute("aria-label", t.clear || "");
    this.clear.title = t.clear || "";
    if (this.close) {
      this.close.setAttribute("aria-label", t.close || "");
      this.close.title = t.close || "";
    }
    this.notice.textContent = t.notice || "";
    this.inputLabel.textContent = t.input_label || "";
    this.input.placeholder = t.placeholder || "";
    this.send.textContent = t.send || "→";
    this.chips.replaceChildren(...["prices", "hours", "book", "contact", "location"].map((key) => {
      const chip = el("button", { type: "button", className: "chip", part: "chip" }, t[`chip_${key}`] || key);
      chip.addEventListener("click", () => this.ask(t[`ask_${key}`] || key, QUICK[key]));
      return chip;
    }));
    if (!this.greeted && t.greeting) {
      this.greeted = true; // once: switching language does not add to the conversation
      this.log.append(this.answerBubble({ answer: t.greeting, intent: "greeting" }));
    }
    // offline before the engine came, questions are answered with the clinic's phone
    return engineFor(this.config, lang).then((engine) => {
      if (this.lang === lang) this.engine = engine;
    }, () => {});
  }

  open(focus) {
    this.panel.hidden = false;
    if (this.launcher) this.launcher.setAttribute("aria-expanded", "true");
    if (focus) this.input.focus();
  }

  hide(returnFocus) {
    this.panel.hidden = true;
    if (this.launcher) {
      this.launcher.setAttribute("aria-expanded", "false");
      if (returnFocus) this.launcher.focus();
    }
  }

  toggle() {
    if (this.panel.hidden) this.open(true);
    else this.hide(false);
  }

  submit() {
    const text = this.input.value;
    this.input.value = ""; // the visitor's raw text is not kept anywhere
    this.suggestions.replaceChildren();
    if (text.trim()) this.ask(text);
  }

  /** The answer in the language the engine chooses; for a short question whose language
   *  is unclear and that the page's language cannot answer, the site's other languages. */
  async ask(text, intent) {
    const glow = await engine(this.config).catch(() => null);
    const now = Date.now();
    // an index that cannot be had (offline) is skipped: the page's own answers still come
    const available = (lang) => (glow ? engineFor(this.config, lang).catch(() => null) : null);
    const first = glow && !intent ? glow.chooseLanguage(text, this.languages, this.lang) : this.lang;
    const answering = (await available(first)) || (await available(this.lang)) || this.engine;
    if (!answering) {
      // nothing to answer with (offline before the engine came): the visitor's text, not
      // redacted by an engine, is not shown either
      this.log.append(this.answerBubble({ answer: this.ui.unavailable, intent: "unavailable" }));
      return;
    }
    let answer = answering.ask(text, { now, intent });
    let by = answering;
    if (answer.intent === "fallback" && !glow.clearLanguage(answer.text) && glow.words(answer.text).length <= 30) {
      for (const other of this.languages.filter((code) => code !== answering.lang)) {
        const engine = await available(other);
        // the other languages see the text as kept: redacted once, at most 2,000 characters
        const retry = engine && engine.ask(answer.text, { now });
        if (retry && retry.intent !== "fallback") {
          answer = Object.assign(retry, { text: answer.text, redactions: answer.redactions });
          by = engine;
          break;
        }
      }
    }
    const ui = WORDING[answer.lang] || this.ui;
    this.log.append(el("p", { className: "message visitor", part: "message visitor" },
      el("span", { className: "visually-hidden" }, `${ui.you || ""}: `), answer.text));
    if (answer.redactions && answer.redactions.length) this.log.append(el("p", { className: "note", part: "note" }, ui.removed || ""));
    this.log.append(this.answerBubble(answer, by, ui));
    this.log.lastElementChild.scrollIntoView({ block: "nearest" });
  }

  /** Treatment titles that start like the words being typed. */
  suggest() {
    const typed = this.input.value.toLowerCase().trim();
    const found = typed.length < 2 || !this.engine ? [] : this.engine.docs
      .filter((doc) => doc.kind === "treatment" && doc.title.toLowerCase().split(/\s+/).some((word) => word.startsWith(typed.split(/\s+/).pop())))
      .slice(0, 4);
    this.suggestions.replaceChildren(...found.map((doc) => {
      const button = el("button", { type: "button", className: "chip", part: "suggestion" }, doc.title);
      button.addEventListener("click", () => {
        this.input.value = "";
        this.suggestions.replaceChildren();
        this.ask(doc.title);
      });
      return button;
    }));
  }

  answerBubble(answer, engine, ui) {
    const t = ui || this.ui || {};
    const bubble = el("div", { className: `message answer ${answer.intent}`, part: "message answer" }, el("p", {}, answer.answer));
    const card = engine ? this.card(answer, engine, t) : null;
    if (card) bubble.append(card);
    return bubble;
  }

  link(href, text, ui, button) {
    const a = el("a", { href, className: button ? "button" : "", part: button ? "action" : null }, text);
    // the clinic's own pages open here; other websites, phone and mail in a new tab
    if (new URL(href, location.href).origin !== location.origin) {
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      a.append(el("span", { className: "visually-hidden" }, ` (${ui.new_tab || ""})`));
    }
    return a;
  }

  pageUrl(path) {
    return new URL(path, new URL("../", this.config.base)).href;
  }

  card(answer, engine, t) {
    const site = engine.site;
    const doc = answer.ref ? engine.docs.find((d) => d.ref === answer.ref) : null;
    const more = (d) => this.link(this.pageUrl(d.url), t.more || d.title, t, false);
    const actions = (items) => el("p", { className: "actions", part: "actions" }, items.filter(Boolean));
    switch (answer.intent) {
      case "price": {
        const rows = doc ? [doc] : engine.docs.filter((d) => d.kind === "treatment").slice(0, 8);
        return el("div", { className: "card", part: "card" },
          el("table", {}, el("tbody", {}, rows.map((d) => el("tr", {}, el("th", { scope: "row" }, this.link(this.pageUrl(d.url), d.title, t, false)), el("td", {}, d.price || ""))))),
          doc ? null : actions([this.link(this.pageUrl(site.pages.prices), t.chip_prices || "", t, false)]));
      }
      case "treatment":
        return doc ? el("div", { className: "card", part: "card" }, actions([more(doc)])) : null;
      case "faq":
      case "team":
        return doc ? el("div", { className: "card", part: "card" }, actions([more(doc)])) : null;
      case "hours":
        return this.hoursCard(engine, t);
      case "location":
        return el("div", { className: "card", part: "card" }, el("p", {}, site.address),
          actions([site.maps_url ? this.link(site.maps_url, t.chip_location || "", t, true) : null]));
      case "contact":
      case "booking":
      case "emergency":
      case "medical":
        return el("div", { className: "card", part: "card" }, actions([
          answer.intent === "emergency" ? this.link(`tel:${site.emergency}`, site.emergency, t, true) : null,
          this.link(site.phone_link, site.phone, t, true),
          answer.intent === "emergency" ? null : site.email_link && this.link(site.email_link, site.email, t, true),
          answer.intent === "emergency" ? null : site.whatsapp_link && this.link(site.whatsapp_link, "WhatsApp", t, true),
          answer.intent === "emergency" ? null : site.booking_url && this.link(site.booking_url, t.chip_book || "", t, true),
        ]));
      case "fallback":
        return answer.alternatives.length ? el("div", { className: "card", part: "card" },
          el("p", { className: "label" }, t.suggestions || ""),
          actions(answer.alternatives.map((ref) => engine.docs.find((d) => d.ref === ref)).filter(Boolean).map(more))) : null;
      default:
        return null;
    }
  }

  hoursCard(engine, t) {
    const data = engine.data.hours;
    const status = engine.status(Date.now());
    const clock = (m) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
    const state = status.open ? say(t.open_now, { time: clock(status.until) })
      : status.next ? say(t.closed_now, { day: status.next.days === 0 ? "" : data.weekdays[(status.next.date.getUTCDay() + 6) % 7], time: clock(status.next.minute) }).replace("  ", " ")
        : "";
    return el("div", { className: "card", part: "card" },
      el("p", { className: status.open ? "status open" : "status closed" }, state),
      el("table", {}, el("tbody", {}, data.days.map((day, i) => el("tr", {}, el("th", { scope: "row" }, day),
        el("td", {}, data.week[i].length ? data.week[i].map(([a, b]) => `${clock(a)}–${clock(b)}`).join(", ") : engine.data.strings.closed))))));
  }
}
