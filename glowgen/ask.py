"""``glowgen ask``: the engine shipped in ``build/`` answers, on the index shipped there.

Runs the very JavaScript file visitors' browsers run, in embedded V8 (mini-racer): no
Node.js and no browser. ``build/assistant/glowgen-assistant.json`` (the entry file, the
only one without a content hash in its name) says which engine and index files belong
together and which index format they use.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Iterable, Iterator

from glowgen.errors import GlowgenError, UsageMistake

ENTRY = "assistant/glowgen-assistant.json"
# The answer's fields, in the order DESIGN.md gives them ("The engine's answer").
ANSWER_FIELDS = ("text", "lang", "redactions", "intent", "ref", "open_now", "answer", "alternatives")

# The host side, in V8: one call a question. The policy (the answer's language, then the
# site's other languages when the question's own language is unclear and the first
# answer is a fallback) is the one the page's widget follows too.
_HOST = """
globalThis.__glowgen = {engines: {}, languages: []};
globalThis.__glowgenLoad = (lang, text) => {
  __glowgen.engines[lang] = GlowEngine.createEngine(JSON.parse(text));
  __glowgen.languages.push(lang);
  return lang;
};
globalThis.__glowgenAnswer = (question, page, now) => {
  const languages = __glowgen.languages;
  const options = {now: now || undefined};
  const first = GlowEngine.chooseLanguage(question, languages, page || null);
  let answer = __glowgen.engines[first].ask(question, options);
  // a short question in an unclear language: the site's other languages may know its words
  if (answer.intent === "fallback" && !GlowEngine.clearLanguage(answer.text) && GlowEngine.words(answer.text).length <= 30) {
    for (const other of languages) {
      if (other === first) continue;
      // the other languages see the text as kept (redacted once, at most 2,000 characters)
      const retry = __glowgen.engines[other].ask(answer.text, options);
      if (retry.intent !== "fallback") { answer = Object.assign(retry, {text: answer.text, redactions: answer.redactions}); break; }
    }
  }
  return JSON.stringify(answer);
};
"""


def content_digest(content: Path) -> str:
    """A digest of every file under ``content/``: tells whether a build is older than its content.

    The assistant's tests are left out: they change no built file."""
    digest = hashlib.sha256()
    for file in sorted(p for p in content.rglob("*") if p.is_file() and p.name != "assistant-tests.yaml"):
        digest.update(file.relative_to(content).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()


class Assistant:
    """The engine and indexes of one built site, running in embedded V8."""

    def __init__(self, site: Path) -> None:
        from glowgen.index import FORMAT

        entry_file = site / ENTRY
        if not entry_file.is_file():
            if not site.is_dir():
                raise GlowgenError(f"{site} does not exist; build the site first: glowgen build "
                                   f"(or point --site at the build folder)")
            raise GlowgenError(f"{site} holds no assistant ({ENTRY} is missing); build the site again "
                               "with this glowgen: glowgen build")
        entry = json.loads(entry_file.read_text(encoding="utf-8"))
        if entry.get("format") != FORMAT:
            raise GlowgenError(f"{site} was built by glowgen {entry.get('glowgen', '?')} with index format "
                               f"{entry.get('format')}; this glowgen reads format {FORMAT}. Rebuild it: glowgen build")
        content = site.parent / "content"
        if entry.get("content") and (content / "site.yaml").is_file() and content_digest(content) != entry["content"]:
            raise GlowgenError(f"{site} is older than {content}: the content changed after the build. "
                               "Rebuild it first: glowgen build")
        self.site = site
        self.languages: list[str] = entry["languages"]
        self.indexes: dict[str, str] = entry["indexes"]
        from py_mini_racer import MiniRacer

        self.v8 = MiniRacer()
        self.v8.eval((site / "assistant" / entry["engine"]).read_text(encoding="utf-8"))
        self.v8.eval(_HOST)
        for lang in self.languages:  # the default first: the retry order
            text = (site / "assistant" / self.indexes[lang]).read_text(encoding="utf-8")
            self.v8.call("__glowgenLoad", lang, text)

    def ask(self, question: str, lang: str | None = None, now: str | None = None) -> dict[str, Any]:
        """The engine's whole answer to one question; ``lang`` is the page's language."""
        if lang is not None and lang not in self.languages:
            raise UsageMistake(f"--lang {lang}: the site's languages are {', '.join(self.languages)}")
        return json.loads(self.v8.call("__glowgenAnswer", question, lang or "", now or ""))

    def choose_language(self, question: str, page: str | None = None) -> str:
        """The language the engine answers a question in."""
        return str(self.v8.call("GlowEngine.chooseLanguage", question, self.languages, page or None))

    def answers(self, questions: Iterable[str], lang: str | None = None, now: str | None = None) -> Iterator[dict[str, Any]]:
        for question in questions:
            yield self.ask(question, lang, now)


def contract(answer: dict[str, Any]) -> dict[str, Any]:
    """Only the fields of DESIGN.md's answer, in its order (what ``--json`` prints)."""
    return {field: answer.get(field) for field in ANSWER_FIELDS}


def readable(answer: dict[str, Any]) -> str:
    """An answer as a person reads it, with what it is about on a second line."""
    about = [answer["intent"]]
    if answer.get("ref"):
        about.append(answer["ref"])
    if answer.get("open_now") is not None:
        about.append("open now" if answer["open_now"] else "closed now")
    if answer.get("redactions"):
        about.append("removed: " + ", ".join(answer["redactions"]))
    return f"{answer['answer']}\n  ({'; '.join(about)})"
