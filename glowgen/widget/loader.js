/* glowgen loader: the assistant's launcher on every page, the rest loaded on first use.
 *
 * Included with <script defer> on the site's pages, or on a clinic's own website as the
 * embed script. It finds <glow-assistant> elements (or adds one), gives each a shadow
 * root with a launcher button, and imports the widget (and through it the engine and
 * an index) the first time a visitor opens it, or when the browser is idle after the
 * page has loaded: once, from the folder this script comes from. It never sends anything
 * a visitor types: it sends nothing at all but those few requests for files.
 *
 * The build replaces ASSETS with the names of the hashed files and the launcher's words.
 */
(() => {
  "use strict";
  const ASSETS = JSON.parse("__GLOWGEN_ASSETS__"); // the build writes the file names here
  const script = document.currentScript;
  const base = new URL(".", script.src);
  const url = (name) => new URL(name, base).href;
  let loading = null;
  const load = () => loading || (loading = import(url(ASSETS.widget)));
  const prefetch = (host) => load().then((widget) => widget.prefetch({ base: base.href, assets: ASSETS, lang: language(host) }));

  function language(host) {
    const wanted = (host.getAttribute("lang") || script.dataset.lang || document.documentElement.lang || "").slice(0, 2);
    return ASSETS.languages.includes(wanted) ? wanted : ASSETS.languages[0];
  }

  function setUp(host) {
    if (host.shadowRoot) return;
    const root = host.attachShadow({ mode: "open" });
    const css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = url(ASSETS.css);
    root.append(css);
    const start = (focus) =>
      load().then((widget) => widget.mount(host, { base: base.href, assets: ASSETS, lang: language(host), focus }));
    if (host.getAttribute("mode") === "page") {
      start(false);
      return;
    }
    const launcher = document.createElement("button");
    launcher.type = "button";
    launcher.setAttribute("part", "launcher");
    launcher.className = "launcher";
    launcher.setAttribute("aria-expanded", "false");
    launcher.textContent = ASSETS.launcher[language(host)] || "?";
    launcher.addEventListener("click", () => start(true), { once: true });
    // a pointer over the launcher or the keyboard on it: the visitor may open it next
    for (const type of ["pointerenter", "focus"]) launcher.addEventListener(type, () => prefetch(host), { once: true });
    root.append(launcher);
  }

  function ready() {
    let hosts = document.querySelectorAll("glow-assistant");
    if (!hosts.length) {
      // embedded on another website: the assistant adds its own element
      document.body.append(document.createElement("glow-assistant"));
      hosts = document.querySelectorAll("glow-assistant");
    }
    hosts.forEach(setUp);
    // fetch the rest when the browser has nothing better to do, so the first answer is quick
    const idle = window.requestIdleCallback || ((f) => setTimeout(f, 1500));
    const later = () => idle(() => prefetch(hosts[0]), { timeout: 4000 });
    if (document.readyState === "complete") later();
    else window.addEventListener("load", later, { once: true });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready, { once: true });
  else ready();
})();
