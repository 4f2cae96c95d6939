"""Rules a Node blind batch (Hapi, Koa, NestJS, Nuxt, turbo, Nx and lerna monorepos) showed,
each on a small tree of its shape."""

from __future__ import annotations

import json
from typing import Any

from tests.unit.test_detect_rules import plan_of


def _json(data: dict[str, Any]) -> str:
    return json.dumps(data)


def _paths(files: dict[str, str], *others: str) -> list[str]:
    return [a.finding.path for a in plan_of(files, *others)["plan"].apps]


def _services(files: dict[str, str], *others: str) -> list[str]:
    return sorted(s.name for s in plan_of(files, *others)["plan"].services)


def _workspace(dev: str, **packages: dict[str, Any]) -> dict[str, str]:
    files = {
        "package.json": _json({"workspaces": ["apps/*"], "scripts": {"dev": dev}}),
        "pnpm-workspace.yaml": "packages:\n  - apps/*\n",
    }
    files |= {f"apps/{name}/package.json": _json(data) for name, data in packages.items()}
    return files


_NEXT = {"scripts": {"dev": "next dev"}, "dependencies": {"next": "15", "react": "19"}}
_WORKER = {"scripts": {"dev": "tsx watch src/main.ts"}, "dependencies": {"express": "4"}}


def test_a_pnpm_filter_may_leave_out_the_scope() -> None:
    # Shaped like homarr: `dev: pnpm -F nextjs dev` runs @homarr/nextjs only.
    files = _workspace(
        "pnpm -F nextjs dev",
        nextjs={**_NEXT, "name": "@acme/nextjs"},
        tasks={**_WORKER, "name": "@acme/tasks"},
    )
    assert _paths(files) == ["apps/nextjs"]


def test_a_mail_catcher_in_an_env_file_that_switches_mail_off_is_not_needed() -> None:
    # Shaped like Hexabot: `EMAIL_SMTP_ENABLED=false` beside `EMAIL_SMTP_HOST=smtp4dev`.
    files = {
        "package.json": _json({"scripts": {"dev": "node server.js"}, "dependencies": {"pg": "8"}}),
        ".env.example": "EMAIL_SMTP_ENABLED=false\nEMAIL_SMTP_HOST=smtp4dev\n",
    }
    assert _services(files) == ["postgres"]
    on = {**files, ".env.example": "EMAIL_SMTP_ENABLED=true\nEMAIL_SMTP_HOST=smtp4dev\n"}
    assert _services(on) == ["mailpit", "postgres"]


def test_a_compose_variant_named_for_its_image_is_an_option() -> None:
    # docker-compose.smtp4dev.yml runs the mail catcher for whoever adds that file.
    files = {
        "package.json": _json({"scripts": {"dev": "node server.js"}, "dependencies": {"pg": "8"}}),
        "docker-compose.yml": "services:\n  db:\n    image: postgres:16\n",
        "docker-compose.smtp4dev.yml": "services:\n  smtp4dev:\n    image: rnwood/smtp4dev:v3\n",
    }
    assert _services(files) == ["postgres"]


def test_a_nuxt_docs_theme_site_is_not_an_app() -> None:
    # Shaped like shelve: apps/lp is built with docus, Nuxt's docs theme.
    nuxt = {"scripts": {"dev": "nuxt dev"}, "dependencies": {"nuxt": "4"}}
    files = _workspace(
        "turbo run dev",
        app=nuxt,
        lp={"scripts": {"dev": "nuxt dev"}, "dependencies": {"docus": "5", "nuxt": "4"}},
    )
    assert _paths(files) == ["apps/app"]


def test_turbo_dev_runs_the_tasks_its_dev_task_depends_on() -> None:
    # Shaped like jitsu: turbo.json's dev task depends on console:dev and rotor:dev; a package
    # with a start script but neither task (profiles) is run apart.
    files = _workspace(
        "dotenv -e .env.local -- turbo run dev",
        console={"scripts": {"console:dev": "next dev"}, "dependencies": {"next": "15"}},
        rotor={"scripts": {"rotor:dev": "tsx src/index.ts", "start": "node dist/main.js"}},
        profiles={"scripts": {"profiles:dev": "tsx src/index.ts", "start": "node dist/main.js"}},
    )
    files["turbo.json"] = _json(
        {"pipeline": {"dev": {"dependsOn": ["console:dev", "rotor:dev"], "cache": False}}}
    )
    apps = plan_of(files)["plan"].apps
    assert [a.finding.path for a in apps] == ["apps/console", "apps/rotor"]
    # Each runs the task turbo runs, not `start` on the build output.
    commands = [a.finding.command.value if a.finding.command else None for a in apps]
    assert commands == ["npm run console:dev", "npm run rotor:dev"]


def test_an_integrated_nx_workspaces_projects_run_from_its_root() -> None:
    # Shaped like amplication: one root package.json (Nest, Prisma) and nx.json; projects in
    # packages/ hold project.json, some a package.json for their own tools, and the schemas.
    files = {
        "package.json": _json(
            {
                "scripts": {"serve:server": "nx serve server"},
                "dependencies": {"@nestjs/core": "10", "@prisma/client": "5", "ioredis": "5"},
            }
        ),
        "packages/admin/package.json": _json(
            {"scripts": {"serve": "react-scripts start"}, "dependencies": {"react": "18"}}
        ),
        "packages/server/prisma/schema.prisma": 'datasource db {\n  provider = "postgresql"\n}\n',
    }
    others = ("nx.json", "packages/admin/project.json", "packages/server/project.json")
    assert _paths(files, *others) == ["."]
    assert _services(files, *others) == ["postgres", "redis"]


def test_a_package_named_dev_server_is_a_server() -> None:
    # Shaped like vendure: packages/dev-server is the server its contributors run.
    files = _workspace(
        "lerna run watch --parallel",
        **{"dev-server": {"scripts": {"dev": "ts-node index.ts"}, "dependencies": {"pg": "8"}}},
    )
    assert _paths(files) == ["apps/dev-server"]
