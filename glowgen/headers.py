"""Security headers: one policy for build/_headers and netlify.toml (DESIGN.md invariant 6)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Features:
    """What the built site loads from its own origin beyond what every site loads (the
    assistant's scripts and the index it fetches); the policy allows only that."""

    fonts: bool = False


def content_security_policy(features: Features, frame_ancestors: tuple[str, ...] = ("'none'",)) -> str:
    directives = [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
    ]
    if features.fonts:
        directives.append("font-src 'self'")
    directives.append("connect-src 'self'")
    directives += [
        "form-action 'none'",
        "base-uri 'none'",
        f"frame-ancestors {' '.join(frame_ancestors)}",
        "require-trusted-types-for 'script'",
        "trusted-types 'none'",
    ]
    return "; ".join(directives)


def security_headers(features: Features, frame_ancestors: tuple[str, ...] = ("'none'",)) -> list[tuple[str, str]]:
    """The headers every page is served with, in a fixed order."""
    headers = [
        ("Content-Security-Policy", content_security_policy(features, frame_ancestors)),
        ("Referrer-Policy", "no-referrer"),
        ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
        ("X-Content-Type-Options", "nosniff"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
    ]
    if frame_ancestors == ("'none'",):
        headers.append(("X-Frame-Options", "DENY"))
    return headers


ASSET_CACHE = ("Cache-Control", "public, max-age=31536000, immutable")


ASSISTANT_HEADERS = [
    # other websites embed the assistant: its files may be read from any origin (they are
    # public, and requests for them carry no cookies and no visitor text)
    ("Access-Control-Allow-Origin", "*"),
    ("Cross-Origin-Resource-Policy", "cross-origin"),
]


def headers_file(headers: list[tuple[str, str]], assistant: bool = False) -> str:
    """Netlify's ``_headers`` file: the security headers for every path; long caching for
    hashed files; the assistant's files readable by websites that embed it."""
    lines = ["/*"] + [f"  {name}: {value}" for name, value in headers]
    lines += ["/assets/*", f"  {ASSET_CACHE[0]}: {ASSET_CACHE[1]}"]
    if assistant:
        lines += ["/assistant/*"] + [f"  {name}: {value}" for name, value in ASSISTANT_HEADERS]
    return "\n".join(lines) + "\n"


def netlify_toml_headers(headers: list[tuple[str, str]]) -> str:
    """The same headers as a ``[[headers]]`` table of netlify.toml."""
    lines = ['[[headers]]', '  for = "/*"', "  [headers.values]"]
    lines += [f'    {name} = "{value}"' for name, value in headers]
    lines += ["", "[[headers]]", '  for = "/assets/*"', "  [headers.values]",
              f'    {ASSET_CACHE[0]} = "{ASSET_CACHE[1]}"']
    return "\n".join(lines) + "\n"


def redirects_file(languages: tuple[str, ...]) -> str:
    """Netlify ``_redirects``: the root goes to the visitor's language when the site has it."""
    default = languages[0]
    lines = [f"/  /{lang}/  302!  Language={lang}" for lang in languages[1:]]
    lines.append(f"/  /{default}/  302!")
    return "\n".join(lines) + "\n"
