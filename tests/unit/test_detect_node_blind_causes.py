"""Rules a Node blind batch (Express, NestJS, Fastify, Next.js, SvelteKit, Nx and workspace
monorepos) showed, each on a small tree of its shape."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.unit.test_detect_rules import plan_of


def _json(data: dict[str, Any]) -> str:
    return json.dumps(data)


def _apps(files: dict[str, str]) -> list[tuple[str, str, int | None]]:
    return [
        (a.finding.path, a.finding.framework.value, a.port.value if a.port else None)
        for a in plan_of(files)["plan"].apps
    ]


def test_nx_targets_in_package_json_are_the_packages_scripts() -> None:
    # Shaped like typebot.io: no scripts; `nx.targets.dev` holds the command, or nothing where
    # the @nx/next plugin infers `next dev`.
    next_app = {"dependencies": {"next": "15", "react": "19"}}
    files = {
        "package.json": _json({"workspaces": ["apps/*", "packages/*"]}),
        "apps/builder/package.json": _json({**next_app, "nx": {"targets": {"dev": {}}}}),
        "apps/viewer/package.json": _json(
            {**next_app, "nx": {"targets": {"dev": {"options": {"command": "next dev -p 3001"}}}}}
        ),
        "apps/workflows/package.json": _json(
            {
                "dependencies": {"effect": "3"},
                "nx": {"targets": {"dev": {"options": {"command": "bun --watch src/index.ts"}}}},
            }
        ),
        "packages/lib/package.json": _json({"dependencies": {"zod": "3"}}),
    }
    apps = plan_of(files)["plan"].apps
    assert [(a.finding.path, a.port.value if a.port else None) for a in apps] == [
        ("apps/builder", 3000),
        ("apps/viewer", 3001),
        ("apps/workflows", None),
    ]
    commands = [a.finding.command.value if a.finding.command else None for a in apps]
    assert commands == ["next dev", "next dev -p 3001", "bun --watch src/index.ts"]


def test_a_dev_script_run_through_npm_run_all_names_the_framework() -> None:
    # Shaped like kener: `dev: npm-run-all --parallel schedule serve`, `serve: vite dev`
    # beside express (the production server); vite.config's `server: { port }` and its default.
    files = {
        "package.json": _json(
            {
                "scripts": {
                    "dev": "npm-run-all --parallel schedule serve",
                    "schedule": "vite-node src/startup.ts",
                    "serve": "vite dev",
                },
                "dependencies": {"express": "4", "npm-run-all": "4"},
                "devDependencies": {"vite": "6", "@sveltejs/kit": "2"},
            }
        ),
        "vite.config.ts": "  const port = Number(process.env.PORT) || 3000;\n"
        "    server: {\n      port,\n    },\n",
    }
    assert _apps(files) == [(".", "vite", 3000)]


@pytest.mark.parametrize(
    ("path", "text", "port"),
    [
        # nightscout: a helper reads the variable with its default.
        ("lib/server/env.js", "  env.PORT = readENV('PORT', 1337);\n", 1337),
        # mongo-express: the defaults module beside the entry.
        ("config.default.js", "    port: process.env.PORT || 8081,\n", 8081),
        # heyform: a config folder's index, the server's listen port named so.
        (
            "src/environments/index.ts",
            "export const P = +process.env.APP_LISTEN_PORT || 8000\n",
            8000,
        ),
        # A radix is no port: the framework's usual one stays.
        ("src/config/index.ts", "port: parseInt(process.env.PORT, 10),\n", 3000),
        # express-mongoose-es6-rest-api: an env schema's default (Joi, zod, envalid); the
        # database's port beside it is not the server's.
        (
            "config/config.js",
            "  PORT: Joi.number()\n    .default(4040),\n"
            "  MONGO_PORT: Joi.number().default(27017)\n",
            4040,
        ),
        (
            "src/config.ts",
            "  DB_PORT: z.number().default(5432),\n  PORT: port({ default: 8081 }),\n",
            8081,
        ),
    ],
)
def test_a_node_config_modules_port_default(path: str, text: str, port: int) -> None:
    files = {
        "package.json": _json(
            {"scripts": {"start": "node app.js"}, "dependencies": {"express": "4"}}
        ),
        "app.js": "app.listen(config.port)\n",
        path: text,
    }
    assert _apps(files) == [(".", "express", port)]


def test_a_go_module_of_one_shot_tools_is_not_a_server() -> None:
    # Shaped like hyperdx's otel-collector: its one command migrates the ClickHouse schema.
    files = {
        "package.json": _json({"workspaces": ["packages/*"]}),
        "packages/api/package.json": _json(
            {"scripts": {"dev": "nodemon src/index.ts"}, "dependencies": {"express": "4"}}
        ),
        "packages/collector/go.mod": "module example.com/collector\n\ngo 1.22\n",
        "packages/collector/cmd/migrate/main.go": "package main\n\nfunc main() {}\n",
    }
    assert [path for path, _, _ in _apps(files)] == ["packages/api"]


def test_a_workspace_root_that_runs_a_packages_file_is_the_app() -> None:
    # Shaped like evershop: the root's dev starts the platform package's built bin; that
    # package's clients are the root app's; docker/ holds the image's manifest.
    files = {
        "package.json": _json(
            {
                "workspaces": ["packages/*"],
                "scripts": {"dev": "node ./packages/shop/dist/bin/dev/index.js"},
            }
        ),
        "packages/shop/package.json": _json(
            {
                "scripts": {"dev": "node ./dist/bin/dev/index.js"},
                "dependencies": {"express": "4", "pg": "8"},
            }
        ),
        "docker/Dockerfile": "FROM node:22\n",
        "docker/package.json": _json({"scripts": {"start": "shop start"}}),
    }
    assert _apps(files) == [(".", "express", 3000)]
    assert [s.name for s in plan_of(files)["plan"].services] == ["postgres"]


def test_vite_configs_server_port_variable_and_its_default() -> None:
    # `server: { port: devPort }`, the variable given a default above it.
    files = {
        "package.json": _json({"scripts": {"dev": "vite"}, "devDependencies": {"vite": "6"}}),
        "vite.config.js": "const devPort = process.env.DEV_PORT ?? 4100\n"
        "export default { server: { port: devPort, host: true } }\n",
    }
    assert _apps(files) == [(".", "vite", 4100)]


def test_vite_configs_server_port_read_from_the_environment_with_a_default() -> None:
    # Shaped like automatisch's web: `server: { open: true, port: process.env.PORT || 3001 }`.
    files = {
        "package.json": _json({"scripts": {"dev": "vite"}, "devDependencies": {"vite": "6"}}),
        "vite.config.js": "export default {\n  server: {\n    open: true,\n"
        "    port: process.env.PORT || 3001,\n  },\n}\n",
    }
    assert _apps(files) == [(".", "vite", 3001)]
