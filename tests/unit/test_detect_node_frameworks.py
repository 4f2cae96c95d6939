"""Rule tests: Node front ends run by their framework's own dev server, and its port."""

from __future__ import annotations

from tests.unit.detect_helpers import pkg, plan_of


def test_an_ember_app_is_served_by_ember_serve_on_its_port() -> None:
    # fleetbase/fleetbase: console/ is an Ember app (`start: ember serve`), README: the console
    # on 4200, the Laravel API beside it.
    console = pkg(
        name="console",
        scripts={"build": "ember build", "start": "ember serve"},
        devDependencies={"ember-cli": "~5.4.2", "ember-source": "~5.4.0"},
    )
    app = plan_of({"console/package.json": console})["plan"].apps[0]
    assert (app.finding.path, app.port.value if app.port else None) == ("console", 4200)
    assert app.finding.command is not None
    assert app.finding.command.value.startswith("ember serve --host 0.0.0.0")
