"""Rules a blind batch (b20) showed, each on a small tree of its shape; the real repositories
are trimmed into tests/realrepos/ (named in the test)."""

from __future__ import annotations

import json

from tests.unit.test_detect_rules import plan_of


def _apps(files: dict[str, str]) -> list[str]:
    return sorted(a.finding.path for a in plan_of(files)["plan"].apps)


def _services(files: dict[str, str]) -> list[str]:
    return sorted(s.name for s in plan_of(files)["plan"].services)


def test_a_dev_script_that_is_the_build_script_is_not_a_server() -> None:
    # FOSSBilling/FOSSBilling: the themes' workspaces have `dev` and `build` both
    # `node ./esbuild.mts`, the PHP app's asset build.
    theme = {"scripts": {"dev": "node ./esbuild.mts", "build": "node ./esbuild.mts"}}
    root = {"workspaces": ["src/themes/huraga"], "scripts": {"build": "npm run build -ws"}}
    files = {
        "composer.json": json.dumps({"type": "project", "require": {"php": ">=8.3"}}),
        "index.php": "<?php\n",
        "package.json": json.dumps(root),
        "src/themes/huraga/package.json": json.dumps(theme),
    }
    assert _apps(files) == ["."]
    # A dev script of its own still serves.
    theme["scripts"]["dev"] = "node ./server.mjs"
    files["src/themes/huraga/package.json"] = json.dumps(theme)
    assert _apps(files) == [".", "src/themes/huraga"]
