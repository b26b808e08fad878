"""Colour arithmetic for brand colours: WCAG contrast and readable text colours."""

from __future__ import annotations

WHITE = "#ffffff"
INK = "#1b1b1f"
DARK = "#24222b"  # the lightest dark-mode surface of the default theme and the widget


def _channels(colour: str) -> tuple[float, float, float]:
    value = colour.lstrip("#")
    return tuple(int(value[i:i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def luminance(colour: str) -> float:
    """Relative luminance of an sRGB colour, as WCAG 2 defines it."""
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in _channels(colour)]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio between two colours, from 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_on(background: str) -> str:
    """White or near-black, whichever reads better on ``background``."""
    return WHITE if contrast(WHITE, background) >= contrast(INK, background) else INK


def darken_until(colour: str, background: str, ratio: float = 4.5) -> str:
    """``colour`` darkened (or lightened on a dark background) until it reaches ``ratio``."""
    r, g, b = _channels(colour)
    towards = 0.0 if luminance(background) > 0.18 else 1.0
    for step in range(0, 101):
        mix = step / 100
        candidate = "#" + "".join(f"{round((c + (towards - c) * mix) * 255):02x}" for c in (r, g, b))
        if contrast(candidate, background) >= ratio:
            return candidate
    return INK if towards == 0.0 else WHITE


def readable(background: str, ratio: float = 4.5) -> tuple[str, str]:
    """A background close to ``background`` and a text colour on it reaching ``ratio``:
    white or near-black text, the background darkened or lightened only if needed."""
    text = text_on(background)
    if contrast(text, background) >= ratio:
        return background, text
    return darken_until(background, text, ratio), text
