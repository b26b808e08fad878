"""Text analysis for the assistant's index: fold, split, drop stop words, light stemming.

Written once, as Whoosh components (a tokenizer and two filters composed with ``|``),
and mirrored exactly by the engine's JavaScript (``glowgen/engine/src/analysis.js``,
``analyze``); a parity test runs both on tens of thousands of words per language.

    >>> analyze("Les injections d'acide hyaluronique", "fr")
    ['injection', 'acid', 'hyaluroniqu']
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterator

from whoosh.analysis import Composable, Filter, Token, Tokenizer

LANGUAGES = ("fr", "nl", "en", "de")

# Letters that accent folding (NFD, marks removed) leaves alone.
_SPECIAL = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "þ": "th",
                          "ł": "l", "ı": "i"})
_TOKEN = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """Compatibility-normalise, lowercase and strip accents: ``"Épilation"`` -> ``"epilation"``.

    Letters without a decomposition (ß, æ, œ, ...) are spelt out; any other character
    outside ASCII becomes a space, as it could not be part of a word anyway."""
    text = unicodedata.normalize("NFKC", text).lower().translate(_SPECIAL)
    return _NOT_ASCII.sub(_fold_char, unicodedata.normalize("NFD", text))


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=4096)
def _folded(char: str) -> str:
    return "" if unicodedata.category(char).startswith("M") else " "


def _fold_char(match: re.Match[str]) -> str:
    return _folded(match.group())


def words(text: str) -> list[str]:
    """The folded words of a text: runs of ASCII letters and digits."""
    return _TOKEN.findall(fold(text))


STOP_WORDS: dict[str, frozenset[str]] = {
    "fr": frozenset("""
        a au aux avec ce ces cet cette c ca cela ceci d dans de des du elle elles en et eux il ils
        j je l la le les leur leurs lui m ma mais me meme mes moi mon n ne nos notre nous on ou
        par pas pour qu que quel quelle quels quelles qui s sa se ses son sur t ta te tes toi ton
        tu un une vos votre vous y est sont suis es etes sommes ai as avez avons ont etre avoir
        fait faire peut peux pouvez puis quand comment combien pourquoi quoi si tres plus aussi
        bien svp merci oui non ici
        apres avant pendant chez vers sans sous entre depuis tout tous toute toutes autre autres dois doit faut
        beaucoup
        vraiment exactement precisement juste
        faites proposez offrez pratiquez
        prenez acceptez accepte acceptent
        generalement besoin normalement habituellement gens
        """.split()),
    "nl": frozenset("""
        de het een en van in op te ik je jij u uw we wij jullie ze zij hij is zijn ben bent was
        waren wordt worden werd kan kunnen kun kunt mag moet moeten wil wilt willen zou zal heb
        hebt heeft hebben dat die dit deze er met voor aan bij om naar uit als of maar ook niet
        geen wat wie waar wanneer hoe hoeveel welke welk mijn me mij ons onze hun zo dan nog al
        wel even graag eens mn t s m hier ja nee aub
        na tijdens sinds zonder onder over moet kun
        doe doet doen deed gaat gaan ga komt komen laat laten krijg krijgt iets tegen blijft blijven precies eigenlijk echt vanaf
        bieden biedt
        maken neem neemt aanvaarden
        meestal nodig gewoonlijk normaal mensen algemeen
        """.split()),
    "en": frozenset("""
        a an the and or of to in on at for with by from is are was were be been being do does
        did have has had i me my you your we our us they them their it its this that these those
        what which who whom how when where why can could would should will shall may might must
        there here about any some please much many get got im s t d ll ve re m not no so if then
        than too very just also yes
        after before during since without under into over there their
        lot
        exactly actually really doing
        offer offers provide
        make whats
        usually need needed people generally normally typically
        """.split()),
    "de": frozenset("""
        der die das den dem des ein eine einen einem einer eines und oder aber ich du er sie es
        wir ihr mich mir dich dir uns euch ihnen mein meine dein ihre unser ist sind bin bist
        seid war waren wird werden kann konnen kannst muss mussen soll will mochte habe hast hat
        haben in im an am auf aus bei mit nach von vom zu zum zur fur uber unter vor nicht kein
        keine was wer wie wo wann welche welcher ja nein auch noch schon so dann man bitte viel
        nach wahrend seit ohne ob gibt
        genau eigentlich wirklich echt etwas gegen
        machen macht bieten bietet
        nehmen nimmt akzeptieren
        normalerweise meistens brauche braucht notig leute ublicherweise
        """.split()),
}

_DOUBLE_END = re.compile(r"(bb|dd|ff|gg|kk|ll|mm|nn|pp|rr|ss|tt)$")


@lru_cache(maxsize=131072)  # words repeat: a site's texts have far fewer distinct words than tokens
def stem(word: str, lang: str) -> str:
    """Light stemming: plural and common inflections to one form.

    ``injections``/``injection``, ``rides``/``ride``, ``rimpels``/``rimpel``,
    ``behandelingen``/``behandeling``, ``Falten``/``Falte`` end as the same stem.
    Words of three letters or fewer, and numbers, are kept as they are.
    """
    if len(word) <= 3 or not word.isalpha():
        return word
    if lang == "en":
        if word.endswith("ies") and not word.endswith(("eies", "aies")) and len(word) > 4:
            word = word[:-3] + "y"
        elif word.endswith("es") and not word.endswith(("aes", "ees", "oes")):
            word = word[:-1]
        elif word.endswith("s") and not word.endswith(("us", "ss", "is")):
            word = word[:-1]
        if word.endswith("ing") and len(word) >= 6:
            word = word[:-3]
            if _DOUBLE_END.search(word):
                word = word[:-1]
        elif word.endswith("ed") and len(word) >= 5:
            word = word[:-2]
        return word
    if lang == "fr":
        if word.endswith("aux") and len(word) > 5:
            word = word[:-3] + "al"
        elif word.endswith(("s", "x")):
            word = word[:-1]
        if word.endswith("er") and len(word) >= 6:
            word = word[:-2]
        elif word.endswith("e") and len(word) > 4:
            word = word[:-1]
        return word
    if lang == "nl":
        if word.endswith("en") and len(word) >= 5:
            word = word[:-2]
            if _DOUBLE_END.search(word):
                word = word[:-1]
            elif word.endswith("z"):
                word = word[:-1] + "s"
            elif word.endswith("v"):
                word = word[:-1] + "f"
        elif word.endswith(("els", "ers", "ems", "ens", "jes")) or (word.endswith("s") and word[-2] in "aeiouy"):
            word = word[:-1]
        return word
    if lang == "de":
        if word.endswith("ern") and len(word) > 6:
            return word[:-3]
        if word.endswith(("em", "en", "er", "es")) and len(word) > 5:
            return word[:-2]
        if word.endswith(("e", "n")) and len(word) > 4:
            return word[:-1]
        if word.endswith("s") and len(word) > 4 and word[-2] in "aouy":
            return word[:-1]
    return word


# --- the same as Whoosh components --------------------------------------------------


class FoldingTokenizer(Tokenizer):
    """Folds a text (:func:`fold`) and yields its words (:func:`words`) as Whoosh tokens."""

    def __call__(self, value: str, positions: bool = False, chars: bool = False, keeporiginal: bool = False,
                 removestops: bool = True, start_pos: int = 0, start_char: int = 0, tokenize: bool = True,
                 mode: str = "", **kwargs: object) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for position, word in enumerate(words(value) if tokenize else [value]):
            token.text = word
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = word
            if positions:
                token.pos = start_pos + position
            yield token


class StopWordFilter(Filter):
    """Drops a language's stop words: ``"le"``, ``"de"``, ``"the"``, ``"und"``."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.stops = STOP_WORDS[lang]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StopWordFilter) and other.lang == self.lang

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            if token.text not in self.stops:
                yield token


class LightStemFilter(Filter):
    """Applies :func:`stem`: ``"rimpels"`` -> ``"rimpel"``."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LightStemFilter) and other.lang == self.lang

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            token.text = stem(token.text, self.lang)
            yield token


def analyzer(lang: str) -> Composable:
    """The Whoosh analyzer of a language: tokenizer | stop words | light stemming."""
    return FoldingTokenizer() | StopWordFilter(lang) | LightStemFilter(lang)


def analyze(text: str, lang: str) -> list[str]:
    """The index terms of a text, as the engine computes them from a visitor's question."""
    return [token.text for token in analyzer(lang)(text)]
