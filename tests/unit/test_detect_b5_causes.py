"""Rules a blind batch of self-hosted products (b5) showed, each on a small tree of its shape;
the real repositories are trimmed into tests/realrepos/ (named in the test)."""

from __future__ import annotations

import json

from tests.unit.test_detect_rules import plan_of


def _apps(files: dict[str, str]) -> list[str]:
    return sorted(a.finding.path for a in plan_of(files)["plan"].apps)


def test_a_procfile_serving_a_package_below_makes_no_root_app() -> None:
    # ohmyform/ohmyform: the root package.json only has heroku build hooks; its Procfile's
    # `web: node api/dist/main` serves the api/ package's build.
    api = json.dumps({"scripts": {"start": "nest start"}, "dependencies": {"@nestjs/core": "9"}})
    files = {
        "package.json": json.dumps({"scripts": {"heroku-postbuild": "sh build.sh"}}),
        "Procfile": "web: node api/dist/main\n",
        "api/package.json": api,
    }
    assert _apps(files) == ["api"]
    # A Procfile serving a file of its own folder still makes the root an app.
    files["Procfile"] = "web: node server/index.js\n"
    assert _apps(files) == [".", "api"]


def test_a_meteor_app_runs_on_meteor_with_mongodb() -> None:
    # wekan/wekan: no dev or start script (developers run `meteor`), meteor-node-stubs among
    # the dependencies, MongoDB through MONGO_URL.
    files = {
        "package.json": json.dumps(
            {
                "scripts": {"test": "meteor test --once"},
                "dependencies": {"meteor-node-stubs": "^1.2", "express": "4"},
            }
        )
    }
    plan = plan_of(files)["plan"]
    (app,) = plan.apps
    assert app.port is not None and app.port.value == 3000
    assert app.finding.command is not None and "meteor run" in str(app.finding.command.value)
    assert [s.name for s in plan.services] == ["mongo"]
