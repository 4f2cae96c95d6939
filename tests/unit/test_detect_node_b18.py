"""Rule tests for the Node causes blind batch b18 showed (issue 7)."""

from __future__ import annotations

import json

from tests.unit.test_detect_real_causes import apps_of


def test_a_workspace_package_running_the_root_s_hoisted_vite_is_a_vite_app() -> None:
    root = {"name": "mono", "private": True, "devDependencies": {"vite": "^7.0.0"}}
    sidebar = {
        "name": "@mono/sidebar",
        "private": True,
        "scripts": {"dev": "vite", "build": "vite build"},
        "devDependencies": {"@vitejs/plugin-vue": "^6.0.0", "vue": "^3.5.0"},
    }
    files = {
        "package.json": json.dumps(root),
        "pnpm-workspace.yaml": "packages:\n  - ui/*\n",
        "ui/sidebar/package.json": json.dumps(sidebar),
        "ui/sidebar/vite.config.ts": "export default defineConfig({ server: { port: 23367 } })\n",
        "ui/sidebar/index.html": "<div id=app></div>\n",
    }
    (app,) = apps_of(files).values()
    assert app["framework"] == "vite" and app["port"] == 23367


def test_a_library_the_workspace_root_s_dev_runs_is_an_app() -> None:
    root = {"name": "mono", "private": True, "scripts": {"dev": "pnpm -F widget dev"}}

    def library(name: str) -> str:
        return json.dumps(
            {
                "name": name,
                "main": f"./dist/{name}.js",
                "scripts": {"dev": "vite", "build": "vite build"},
                "devDependencies": {"vite": "^7.0.0"},
            }
        )

    files = {
        "package.json": json.dumps(root),
        "pnpm-workspace.yaml": "packages:\n  - ui/*\n",
        "ui/widget/package.json": library("widget"),
        "ui/widget/index.html": "<div id=app></div>\n",
        "ui/plugin/package.json": library("plugin"),
        "ui/plugin/index.html": "<div id=app></div>\n",
    }
    assert [a["path"] for a in apps_of(files).values()] == ["ui/widget"]
