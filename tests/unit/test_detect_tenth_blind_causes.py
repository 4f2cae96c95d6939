"""Rule tests for the causes a tenth blind-labelled set of real repositories showed (issue 7):
Python and Node web apps with backing services."""

from __future__ import annotations

from tests.unit.test_detect_real_causes import apps_of, notes_of, pkg


def test_a_nested_package_without_scripts_whose_entry_listens_nowhere_is_not_an_app() -> None:
    """A plugin's bundle dependencies (coreplugins/x/public) or a template's init script
    (remix.init/index.js): nothing runs them as a server."""
    files = {
        "requirements.txt": "django\n",
        "manage.py": "import django\n",
        "plugins/measure/public/package.json": pkg(
            name="measure", main="index.js", dependencies={"leaflet-measure": "3"}
        ),
        "plugins/measure/public/index.js": "import L from 'leaflet';\n",
    }
    assert list(apps_of(files)) == ["web"]
    assert "entry listens nowhere" in notes_of(files)


def test_a_nested_package_whose_entry_listens_is_still_an_app() -> None:
    files = {
        "requirements.txt": "django\n",
        "manage.py": "import django\n",
        "relay/package.json": pkg(name="relay", main="index.js", dependencies={"ws": "8"}),
        "relay/index.js": "server.listen(process.env.PORT || 4100);\n",
    }
    assert apps_of(files)["relay"]["port"] == 4100
