"""``glowgen theme new``: a site theme to start from, with pointers to what it can change.

It writes ``themes/<name>/theme.yaml`` (``extends``), ``templates/base.html`` overriding
the parent's page frame through its ``head`` block, and ``static/<name>.css`` listing the
CSS custom properties and assistant parts a theme can style. Nothing else: every other
file comes from the parent until the theme overrides it.
"""

from __future__ import annotations

import re
from pathlib import Path

from glowgen.errors import GlowgenError, UsageMistake

THEME_YAML = """\
# The theme {name}. A file in this folder replaces the file of the same path in the theme
# it extends ({parent}); every other file comes from {parent}. docs/themes.md explains
# the lookup order, the templates, the blocks and every variable a template receives.
name: {name}
extends: {parent}
description: A theme for ...
"""

BASE_HTML = """\
{{#- The page frame of the theme {name}: the parent's base.html, with this theme's stylesheet.
    Blocks of base.html you can override here or in a page template:
      title      the <title> text
      head       extra tags at the end of <head> (stylesheets: static/ files through asset())
      header     logo, clinic name, language switcher, navigation (partials/header.html)
      content    the page's own content, inside <main id="main">
      footer     the site footer (partials/footer.html)
      assistant  where the assistant's launcher goes (empty it to leave the assistant out)
    To change a page, copy its template from the parent theme into templates/ (home.html,
    treatment.html, contact.html, ...: docs/themes.md lists them) and edit the copy.
    Keep the rules of docs/themes.md: no inline style or script, no form, nothing loaded
    from another website. -#}}
{{% extends "{parent}:base.html" %}}
{{% block head %}}
{{{{ super() }}}}
<link rel="stylesheet" href="{{{{ asset('{name}.css') }}}}">
{{% endblock %}}
"""

STYLESHEET = """\
/* The theme {name}: loaded after the parent's style.css and the clinic's brand.css, so
   rules here win. docs/themes.md, "CSS" and "The assistant's look", has the details.

   The clinic's colours (from site.yaml's brand; do not set them here):
     --brand-primary, --brand-accent          the colours themselves
     --brand-on-primary, --brand-on-accent    text that reads on them
     --brand-primary-ink, --brand-accent-ink  for text and links on white
     --brand-primary-light                    for text on the dark background

   The default theme's properties, which its rules use:
     --bg, --surface, --text, --muted, --border, --link, --focus,
     --radius, --max-width, --narrow-width, --font, --font-heading

   The assistant (inside its shadow root) takes these from <glow-assistant> or a parent:
     --glow-primary, --glow-on-primary, --glow-link, --glow-bg, --glow-surface,
     --glow-text, --glow-muted, --glow-border, --glow-radius, --glow-font, --glow-width
   and can be styled with ::part(): launcher, panel, header, title, language, clear,
   close, notice, log, message, visitor, answer, note, card, actions, action, chips,
   chip, suggestions, suggestion, input, send.

   No fonts or images from other websites: put files in static/ and use url(...). */

:root {{
  --radius: 6px;
}}

@media (prefers-color-scheme: dark) {{
  :root {{
  }}
}}

glow-assistant {{
  --glow-radius: var(--radius);
}}
"""

_NAME = re.compile(r"[a-z0-9][a-z0-9-]*")


def create_theme(root: Path, name: str, parent: str = "default") -> list[Path]:
    """Write ``themes/<name>/`` in the site ``root``, extending ``parent``."""
    from glowgen.diagnostics import Report
    from glowgen.themes import builtin_theme_names, resolve_theme, site_theme_names

    if not _NAME.fullmatch(name):
        raise UsageMistake(f"theme name '{name}': use lowercase letters, digits and hyphens, e.g. clinic-blue")
    folder = root / "themes" / name
    if folder.exists():
        raise UsageMistake(f"{folder} exists already; choose another name or edit that theme")
    builtin, local = builtin_theme_names(), site_theme_names(root)
    if parent == name or parent not in (*builtin, *local):
        raise UsageMistake(f"--extends {parent}: no such theme (built-in: {', '.join(builtin)}"
                           + (f"; in themes/: {', '.join(local)}" if local else "") + ")")
    report = Report()
    if resolve_theme(root, parent, report) is None:
        raise UsageMistake(f"--extends {parent}: " + "; ".join(d.message for d in report.sorted()))
    files = {
        folder / "theme.yaml": THEME_YAML.format(name=name, parent=parent),
        folder / "templates" / "base.html": BASE_HTML.format(name=name, parent=parent),
        folder / "static" / f"{name}.css": STYLESHEET.format(name=name),
    }
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return list(files)
