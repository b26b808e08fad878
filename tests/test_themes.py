"""Themes: per-file overrides child -> parent -> built-in, strings, and clear theme errors."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from glowgen.build import build
from glowgen.cli import cli
from tests.conftest import TODAY
from tests.test_bad_input import site_yaml

CLINIC = {"content/site.yaml": site_yaml(add="theme: clinic\n")}


def html(root, path="en/contact"):
    return (root / "build" / path / "index.html").read_text(encoding="utf-8")


def test_a_site_theme_overrides_one_template_and_inherits_the_rest(make_site):
    root = make_site({
        **CLINIC,
        "themes/clinic/theme.yaml": "extends: default\n",
        "themes/clinic/templates/partials/footer.html": '<footer class="agency">Made for {{ site.name }}</footer>\n',
    })
    build(root, root / "build", today=TODAY)
    page = html(root)
    assert '<footer class="agency">Made for Test Clinic</footer>' in page
    assert '<nav class="main-nav"' in page  # the header still comes from the default theme


def test_static_files_override_by_path(make_site):
    root = make_site({
        **CLINIC,
        "themes/clinic/theme.yaml": "extends: default\n",
        "themes/clinic/static/style.css": "body { color: rebeccapurple; background: url(img/dot.svg); }\n",
        "themes/clinic/static/img/dot.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>",
    })
    build(root, root / "build", today=TODAY)
    (css,) = (root / "build" / "assets").glob("style.*.css")
    (dot,) = (root / "build" / "assets" / "img").glob("dot.*.svg")
    assert "rebeccapurple" in css.read_text()
    assert f'url("img/{dot.name}")' in css.read_text()  # CSS points at the hashed file
    assert list((root / "build" / "assets").glob("favicon.*.svg"))  # inherited from default


def test_a_chain_of_three_themes(make_site):
    root = make_site({
        **CLINIC,
        "themes/clinic/theme.yaml": "extends: agency\n",
        "themes/clinic/templates/partials/address.html": "<address>CLINIC ADDRESS</address>\n",
        "themes/agency/theme.yaml": "extends: default\n",
        "themes/agency/templates/partials/address.html": "<address>AGENCY ADDRESS</address>\n",
        "themes/agency/templates/partials/footer.html": "<footer>AGENCY FOOTER {% include 'partials/address.html' %}</footer>\n",
        "themes/agency/strings/en.yaml": "opening_hours: When we are open\n",
    })
    build(root, root / "build", today=TODAY)
    page = html(root)
    assert "AGENCY FOOTER <address>CLINIC ADDRESS</address>" in page  # the child wins inside the parent's template
    assert "When we are open" in page and "Opening hours" not in page
    result = CliRunner().invoke(cli, ["check", "--source", str(root)])
    assert result.exit_code == 0, result.output


def test_a_child_extends_its_parents_template_of_the_same_name(make_site):
    root = make_site({
        **CLINIC,
        "themes/clinic/theme.yaml": "extends: default\n",
        "themes/clinic/templates/base.html": '{% extends "default:base.html" %}'
                                            '{% block assistant %}<p id="slot">SLOT</p>{% endblock %}\n',
    })
    build(root, root / "build", today=TODAY)
    page = html(root)
    assert '<p id="slot">SLOT</p>' in page and '<nav class="main-nav"' in page


def test_a_theme_folder_without_theme_yaml_extends_default(make_site):
    root = make_site({**CLINIC, "themes/clinic/templates/partials/address.html": "<address>X</address>\n"})
    build(root, root / "build", today=TODAY)
    assert "<address>X</address>" in html(root)


@pytest.mark.parametrize("files, expected", [
    ({"themes/clinic/theme.yaml": "extends: nowhere\n"},
     "themes/clinic/theme.yaml:1: error theme: unknown theme 'nowhere'"),
    ({"themes/clinic/theme.yaml": "extends: other\n", "themes/other/theme.yaml": "extends: clinic\n"},
     "error theme: themes extend each other in a circle: clinic -> other -> clinic"),
    ({"themes/clinic/templates/partials/footer.html": "<footer>\n{% if %}\n</footer>\n"},
     "themes/clinic/templates/partials/footer.html:2: error template: template syntax"),
    ({"themes/clinic/templates/partials/footer.html": "<footer>\n\n{{ site.nmae }}\n</footer>\n"},
     "themes/clinic/templates/partials/footer.html:3: error template: while rendering"),
    ({"themes/clinic/templates/partials/footer.html": "{% include 'partials/missing.html' %}\n"},
     "error template: template 'partials/missing.html' is in no theme"),
    ({"themes/clinic/templates/partials/footer.html": "{{ asset('nope.css') }}\n"},
     "themes/clinic/templates/partials/footer.html:1: error template"),
])
def test_theme_errors_name_the_file_and_line(make_site, files, expected):
    root = make_site({**CLINIC, **files})
    result = CliRunner().invoke(cli, ["build", "--source", str(root)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert expected in result.output, result.output
    assert not (root / "build").exists()


def test_every_builtin_language_has_the_same_strings():
    from glowgen.formats import builtin_strings
    from glowgen.model import SUPPORTED_LANGUAGES

    keys = {lang: set(builtin_strings(lang)) for lang in SUPPORTED_LANGUAGES}
    assert all(k == keys["en"] for k in keys.values())
