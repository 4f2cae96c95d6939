"""Node workspaces and monorepo roots: when a root is an app, the packages a root dev or
start script runs (filters, brace groups, excludes, concurrently, npm-run-all, turbo, nx),
pnpm, yarn and bun workspaces, package managers and lockfiles, and hoisted tools."""

from __future__ import annotations

import json

import pytest

from tests.unit.detect_helpers import (
    ENTERPRISE_WORKSPACE,
    GO_MOD,
    app_of,
    app_paths,
    apps_of,
    apps_workspace,
    framework_port_list,
    frameworks_and_ports,
    next_package,
    next_with_start,
    paths_of,
    pkg,
    plan_of,
    pnpm_workspace,
    ports_of,
    service_names,
    services_of,
    to_json,
)


def _worker(name: str) -> str:
    return pkg(name=name, scripts={"start": "node src/index.mjs"}, dependencies={"bullmq": "5"})


_NEXT = {"scripts": {"dev": "next dev"}, "dependencies": {"next": "15", "react": "19"}}
_WORKER = {"scripts": {"dev": "tsx watch src/main.ts"}, "dependencies": {"express": "4"}}


def test_concurrentlys_script_shorthand_names_the_dev_server() -> None:
    # Shaped like cypress-realworld-app: `dev: concurrently yarn:start:react yarn:start:api`,
    # express (the API) and vite (`start:react: vite`) both dependencies: the page the
    # developer opens is Vite's.
    manifest = {
        "scripts": {
            "dev": "cross-env NODE_ENV=development concurrently yarn:start:react yarn:start:api",
            "start:react": "vite",
            "start:api": "ts-node backend/app.ts",
        },
        "dependencies": {"express": "4"},
        "devDependencies": {"vite": "5"},
    }
    files = {"package.json": json.dumps(manifest), "yarn.lock": ""}
    apps = plan_of(files)["plan"].apps
    assert [(a.finding.path, a.finding.framework.value) for a in apps] == [(".", "vite")]


def test_a_package_bundling_the_workspaces_servers_is_an_alternative() -> None:
    # Shaped like dittofeed: packages/lite runs the API, the dashboard and the worker in one
    # process; the worker it imports is still run on its own.
    def package(name: str, dev: str, *deps: str) -> str:
        return to_json(
            {"name": name, "scripts": {"dev": dev}, "dependencies": dict.fromkeys(deps, "*")}
        )

    files = {
        "package.json": to_json({"workspaces": ["packages/*"]}),
        "packages/api/package.json": package("api", "tsx watch src/main.ts", "fastify"),
        "packages/dashboard/package.json": package("dashboard", "next dev", "next"),
        "packages/worker/package.json": package("worker", "tsx scripts/startWorker.ts", "pg"),
        "packages/lite/package.json": package(
            "lite", "tsx scripts/startLite.ts", "api", "dashboard", "worker", "fastify"
        ),
    }
    assert sorted(app_paths(files)) == ["packages/api", "packages/dashboard", "packages/worker"]


def test_a_root_whose_dev_script_cds_into_each_app_folder_is_not_an_app() -> None:
    # Shaped like anything-llm: no workspaces, the root's dev runs `cd server && yarn dev`
    # and `cd frontend && yarn dev` through concurrently.
    root = (
        '{"scripts": {"dev:server": "cd server && yarn dev", "dev:frontend": "cd frontend && '
        'yarn dev", "dev": "npx concurrently \\"yarn dev:server\\" \\"yarn dev:frontend\\""}}'
    )
    files = {
        "package.json": root,
        "server/package.json": '{"dependencies": {"express": "4"}, "scripts": {"dev": "nodemon '
        'index.js"}}',
        "frontend/package.json": '{"devDependencies": {"vite": "5"}, "scripts": {"dev": "vite"}}',
    }
    assert sorted(a.finding.path for a in plan_of(files)["plan"].apps) == ["frontend", "server"]


def test_a_procfile_serving_a_package_below_makes_no_root_app() -> None:
    # ohmyform/ohmyform: the root package.json only has heroku build hooks; its Procfile's
    # `web: node api/dist/main` serves the api/ package's build.
    api = json.dumps({"scripts": {"start": "nest start"}, "dependencies": {"@nestjs/core": "9"}})
    files = {
        "package.json": json.dumps({"scripts": {"heroku-postbuild": "sh build.sh"}}),
        "Procfile": "web: node api/dist/main\n",
        "api/package.json": api,
    }
    assert paths_of(files) == ["api"]
    # A Procfile serving a file of its own folder still makes the root an app.
    files["Procfile"] = "web: node server/index.js\n"
    assert paths_of(files) == [".", "api"]


def test_a_brace_group_in_a_root_filter_names_each_package() -> None:
    # Shaped like usertour: `turbo dev --filter={@x/types,@x/web,@x/server}`, which the
    # shell expands into one filter for each package.
    files = pnpm_workspace(
        {"dev": "turbo dev --filter={@x/types,@x/web,@x/server}"},
        **{
            "apps/web": next_package("@x/web"),
            "apps/server": next_package("@x/server"),
            "apps/admin": next_package("@x/admin"),
        },
    )
    assert sorted(a["path"] for a in apps_of(files).values()) == ["apps/server", "apps/web"]


def test_a_package_using_prisma_takes_the_workspace_roots_schema() -> None:
    # Shaped like plunk: prisma/schema.prisma and `prisma generate` at the workspace root,
    # packages/api imports @prisma/client.
    api = pkg(
        name="@x/api",
        scripts={"dev": "ts-node-dev src/app.ts"},
        dependencies={"express": "4", "@prisma/client": "5"},
    )
    files = pnpm_workspace({"dev:api": "yarn workspace @x/api dev"}, **{"apps/api": api})
    files["prisma/schema.prisma"] = 'datasource db {\n  provider = "postgresql"\n}\n'
    assert services_of(files) == ["postgres"]


def test_a_monorepo_keeping_every_dependency_at_its_root() -> None:
    """The root's dev script runs the packages; they take the framework their dev script runs
    and the root's services, Prisma's schema wherever its scripts point."""
    root = pkg(
        scripts={
            "dev": "pnpm run --filter ./apps/backend --filter ./apps/frontend --parallel dev",
            "prisma-generate": "prisma generate --schema ./libraries/db/prisma/schema.prisma",
        },
        dependencies={"next": "16", "@nestjs/core": "11", "ioredis": "5", "@prisma/client": "6"},
    )
    files = {
        "package.json": root,
        "pnpm-workspace.yaml": "packages:\n  - apps/*\n  - libraries/*\n",
        "libraries/db/prisma/schema.prisma": 'datasource db {\n  provider = "postgresql"\n}\n',
        "apps/backend/package.json": pkg(scripts={"dev": "dotenv -e ../../.env -- nest start"}),
        "apps/frontend/package.json": pkg(scripts={"dev": "next dev -p 4200"}),
    }
    apps = apps_of(files, "pnpm-lock.yaml")
    assert sorted(apps) == ["backend", "frontend"]
    assert apps["backend"]["framework"] == "nestjs" and apps["frontend"]["framework"] == "next"
    assert services_of(files, "pnpm-lock.yaml") == ["postgres", "redis"]


def test_a_root_app_whose_dev_script_passes_turbo_as_a_flag_is_still_an_app() -> None:
    files = {
        "package.json": pkg(scripts={"dev": "next dev --turbo"}, dependencies={"next": "15"}),
        "pnpm-workspace.yaml": "packages:\n  - '**'\n",
    }
    assert list(apps_of(files, "pnpm-lock.yaml")) == ["web"]


def test_a_pnpm_workspace_of_only_itself_is_a_plain_app() -> None:
    files = {
        "frontend/app/package.json": pkg(scripts={"dev": "vite"}, devDependencies={"vite": "7"}),
        "frontend/app/pnpm-workspace.yaml": "minimumReleaseAge: 1440\npackages:\n  - .\n",
        "go.mod": GO_MOD,
        "main.go": "package main\n",
    }
    assert paths_of(files) == [".", "frontend/app"]
    flow = {**files, "frontend/app/pnpm-workspace.yaml": "packages: [apps/*]\n"}
    assert paths_of(flow) == ["."]


def test_a_workspace_root_with_a_server_of_its_own_is_an_app() -> None:
    """Express among the root's runtime dependencies, the UI a workspace package beside it."""
    files = {
        "package.json": pkg(
            scripts={"start": "node ./dist/server.js", "dev": 'concurrently "pnpm run dev:be"'},
            dependencies={"express": "4", "pg": "8"},
        ),
        "pnpm-workspace.yaml": "packages:\n  - frontend\n",
        "frontend/package.json": pkg(scripts={"dev": "vite"}, devDependencies={"vite": "7"}),
    }
    assert paths_of(files) == [".", "frontend"]
    assert services_of(files) == ["postgres"]


def test_a_react_app_whose_workspace_holds_its_own_plugins_is_an_app() -> None:
    files = {
        "ui/package.json": pkg(
            scripts={"start": "react-app-rewired start"}, devDependencies={"react-scripts": "5"}
        ),
        "ui/pnpm-workspace.yaml": 'packages:\n  - "src/plugins/**"\n  - "!src/plugins/x/**"\n',
        "go.mod": GO_MOD,
        "main.go": "package main\n",
    }
    assert paths_of(files) == [".", "ui"]
    # Shared bundler tooling in a monorepo root's devDependencies does not make it an app.
    tooling = {**files, "ui/pnpm-workspace.yaml": "packages:\n  - packages/*\n"}
    assert paths_of(tooling) == ["."]


def test_a_root_script_that_runs_a_members_script_delegates() -> None:
    files = {
        "package.json": pkg(
            workspaces=["web", "packages/*"],
            scripts={"start": "yarn --cwd ./web start"},
            devDependencies={"vite": "5"},
        ),
        "web/package.json": pkg(scripts={"start": "vite"}, dependencies={"vite": "5"}),
    }
    assert paths_of(files) == ["web"]


@pytest.mark.parametrize(
    "start",
    [
        'concurrently "npm run server:start" "npm run client:start"',
        "yarn --cwd server start",
    ],
)
def test_a_root_package_whose_start_only_starts_its_folders_packages_is_not_an_app(
    start: str,
) -> None:
    scripts = {
        "start": start,
        "server:start": "npm start --prefix server",
        "client:start": "npm start --prefix client",
    }
    files = {
        "package.json": pkg(name="x", scripts=scripts, dependencies={"concurrently": "^9"}),
        "server/package.json": pkg(scripts={"start": "node app.js"}, dependencies={"koa": "^2"}),
        "server/app.js": "app.listen(3000)\n",
        "client/package.json": pkg(scripts={"start": "vite"}, devDependencies={"vite": "^7"}),
    }
    assert sorted(apps_of(files)) == ["client", "server"]


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


def test_nx_targets_in_package_json_are_the_packages_scripts() -> None:
    # Shaped like typebot.io: no scripts; `nx.targets.dev` holds the command, or nothing where
    # the @nx/next plugin infers `next dev`.
    next_app = {"dependencies": {"next": "15", "react": "19"}}
    files = {
        "package.json": to_json({"workspaces": ["apps/*", "packages/*"]}),
        "apps/builder/package.json": to_json({**next_app, "nx": {"targets": {"dev": {}}}}),
        "apps/viewer/package.json": to_json(
            {**next_app, "nx": {"targets": {"dev": {"options": {"command": "next dev -p 3001"}}}}}
        ),
        "apps/workflows/package.json": to_json(
            {
                "dependencies": {"effect": "3"},
                "nx": {"targets": {"dev": {"options": {"command": "bun --watch src/index.ts"}}}},
            }
        ),
        "packages/lib/package.json": to_json({"dependencies": {"zod": "3"}}),
    }
    apps = plan_of(files)["plan"].apps
    assert [(a.finding.path, a.port.value if a.port else None) for a in apps] == [
        ("apps/builder", 3000),
        ("apps/viewer", 3001),
        ("apps/workflows", None),
    ]
    commands = [a.finding.command.value if a.finding.command else None for a in apps]
    assert commands == ["next dev", "next dev -p 3001", "bun --watch src/index.ts"]


def test_a_workspace_root_that_runs_a_packages_file_is_the_app() -> None:
    # Shaped like evershop: the root's dev starts the platform package's built bin; that
    # package's clients are the root app's; docker/ holds the image's manifest.
    files = {
        "package.json": to_json(
            {
                "workspaces": ["packages/*"],
                "scripts": {"dev": "node ./packages/shop/dist/bin/dev/index.js"},
            }
        ),
        "packages/shop/package.json": to_json(
            {
                "scripts": {"dev": "node ./dist/bin/dev/index.js"},
                "dependencies": {"express": "4", "pg": "8"},
            }
        ),
        "docker/Dockerfile": "FROM node:22\n",
        "docker/package.json": to_json({"scripts": {"start": "shop start"}}),
    }
    assert framework_port_list(files) == [(".", "express", 3000)]
    assert [s.name for s in plan_of(files)["plan"].services] == ["postgres"]


def test_yarn_nohoist_workspaces_do_not_make_a_workspace_root() -> None:
    widget = pkg(
        name="widget",
        workspaces={"nohoist": ["**/react-scripts"]},
        scripts={"start": "react-app-rewired start", "start:dev": "cross-env PORT=4500 pnpm start"},
        devDependencies={"react-scripts": "5.0.1"},
    )
    apps = apps_of({**ENTERPRISE_WORKSPACE, "apps/widget/package.json": widget})
    assert list(apps) == ["widget"]
    assert apps["widget"]["port"] == 4500


def test_a_workspace_member_below_the_usual_depth_is_an_app() -> None:
    # Shaped like La Suite docs: src/frontend is a yarn workspace of apps/* and servers/*,
    # so its Next app sits four folders down.
    root = {"name": "front", "private": True, "workspaces": {"packages": ["apps/*", "servers/*"]}}
    next_app = {"name": "web", "scripts": {"dev": "next dev"}, "dependencies": {"next": "16"}}
    server = {
        "name": "collab",
        "scripts": {"dev": "nodemon", "start": "node dist/start.js"},
        "dependencies": {"express": "5"},
    }
    files = {
        "src/backend/requirements.txt": "django\n",
        "src/backend/manage.py": "import django\n",
        "src/frontend/package.json": json.dumps(root),
        "src/frontend/yarn.lock": "",
        "src/frontend/apps/web/package.json": json.dumps(next_app),
        "src/frontend/servers/collab/package.json": json.dumps(server),
        "src/frontend/servers/collab/src/env.ts": "export const PORT = process.env.PORT || 4444;\n",
    }
    apps = frameworks_and_ports(files)
    assert apps["src/frontend/apps/web"] == ("next", 3000)
    assert apps["src/frontend/servers/collab"] == ("express", 4444)


def test_a_pnpm_workspace_file_without_packages_is_settings_not_a_workspace() -> None:
    files = {
        "package.json": pkg(scripts={"dev": "vite"}, devDependencies={"vite": "5"}),
        "pnpm-workspace.yaml": "onlyBuiltDependencies:\n  - esbuild\n",
    }
    assert apps_of(files, "pnpm-lock.yaml")["web"]["framework"] == "vite"
    monorepo = {**files, "pnpm-workspace.yaml": "packages:\n  - apps/*\n"}
    assert apps_of(monorepo, "pnpm-lock.yaml") == {}


def test_bun_lock_is_recognised() -> None:
    files = {"package.json": pkg(scripts={"dev": "vite"}, devDependencies={"vite": "5"})}
    found = plan_of(files, "bun.lock")
    app = found["plan"].apps[0]
    assert app.finding.package_manager is not None
    assert app.finding.package_manager.why[0].startswith("bun.lock: Bun")
    assert "bun.lock is Bun's lockfile" in "\n".join(found["plan"].notes)


def test_node_package_manager_field_beats_the_lockfile() -> None:
    package = {"packageManager": "pnpm@9.0.0", "scripts": {"dev": "vite"}}
    package["devDependencies"] = {"vite": "5"}
    app = app_of({"package.json": json.dumps(package)}, "yarn.lock")
    assert app["package_manager"] == "pnpm"
    assert app["command"] == "pnpm run dev --host 0.0.0.0 --port 5173"


def test_workspace_root_is_not_an_app_and_packages_inherit_its_lockfile() -> None:
    found = plan_of(
        {
            "package.json": json.dumps({"workspaces": ["apps/*"]}),
            "apps/site/package.json": json.dumps(
                {"dependencies": {"next": "14"}, "scripts": {"dev": "next dev"}}
            ),
        },
        "yarn.lock",
    )
    apps = found["spec"]["apps"]
    assert list(apps) == ["site"]
    assert apps["site"]["package_manager"] == "yarn"


def test_a_root_script_running_every_library_by_glob_names_no_playground() -> None:
    # tryabby/abby: `dev:packages: turbo run dev --filter=./packages/*` watches the SDKs;
    # the Svelte SDK's `vite dev` is its playground, not an app.
    scripts = {"dev": "turbo run dev --filter=./apps/web", "dev:packages": ""}
    sdk = pkg(
        name="@x/svelte",
        main="dist/index.umd.cjs",
        scripts={"dev": "vite dev", "build": "vite build"},
        devDependencies={"vite": "5"},
    )
    files = {
        "pnpm-workspace.yaml": "packages:\n  - apps/*\n  - packages/*\n",
        "apps/web/package.json": pkg(scripts={"dev": "next dev"}, dependencies={"next": "14"}),
        "packages/svelte/package.json": sdk,
    }
    globbed = {**scripts, "dev:packages": "turbo run dev --filter=./packages/*"}
    assert list(ports_of({**files, "package.json": pkg(scripts=globbed)})) == ["apps/web"]
    # Named by the root's filter, the package is what its developers work on.
    named = {**scripts, "dev:packages": "turbo run dev --filter=./packages/svelte"}
    found = ports_of({**files, "package.json": pkg(scripts=named)})
    assert sorted(found) == ["apps/web", "packages/svelte"]


def test_a_root_dev_script_run_through_concurrently_names_the_packages_it_runs() -> None:
    # msgbyte/tianji: `dev: concurrently npm:dev:server npm:dev:web`, each a `cd` into a
    # package; a Cloudflare worker in apps/ is started apart, not by the root's dev.
    root = {
        "dev": "concurrently --kill-others npm:dev:server npm:dev:web",
        "dev:server": "cd src/server && pnpm dev",
        "dev:web": "cd src/client && pnpm dev",
    }
    files = {
        "pnpm-workspace.yaml": "packages:\n  - src/*\n  - apps/*\n",
        "package.json": pkg(scripts=root),
        "src/server/package.json": pkg(
            scripts={"dev": "tsx watch ./main.ts"}, dependencies={"express": "4"}
        ),
        "src/client/package.json": pkg(scripts={"dev": "vite"}, devDependencies={"vite": "5"}),
        "apps/trigger/package.json": pkg(
            scripts={"dev": "wrangler dev"}, devDependencies={"wrangler": "4"}
        ),
    }
    assert sorted(ports_of(files)) == ["src/client", "src/server"]
    quoted = {**root, "dev": 'concurrently "pnpm run dev:server" "pnpm run dev:web"'}
    assert sorted(ports_of({**files, "package.json": pkg(scripts=quoted)})) == [
        "src/client",
        "src/server",
    ]


def test_a_root_script_starting_everything_but_some_adds_no_app_beside_dev() -> None:
    # tryabby/abby: `dev` runs apps/web; `dev:all` (all but the docs) also starts the CDN
    # worker, an opt-in the developer's `dev` leaves out.
    scripts = {
        "dev": "turbo run dev --filter=./apps/web",
        "dev:all": "turbo run dev --filter=!./apps/docs",
    }
    files = {
        "pnpm-workspace.yaml": "packages:\n  - apps/*\n",
        "package.json": pkg(scripts=scripts),
        "apps/web/package.json": pkg(scripts={"dev": "next dev"}, dependencies={"next": "14"}),
        "apps/cdn/package.json": pkg(
            scripts={"dev": "wrangler dev src/index.ts"}, devDependencies={"wrangler": "3"}
        ),
    }
    assert list(ports_of(files)) == ["apps/web"]
    named = {**scripts, "dev:cdn": "turbo run dev --filter=./apps/cdn"}
    assert sorted(ports_of({**files, "package.json": pkg(scripts=named)})) == [
        "apps/cdn",
        "apps/web",
    ]


def test_a_root_dev_script_that_filters_one_package_runs_only_that_one() -> None:
    files = pnpm_workspace(
        {"dev": "turbo dev --filter=./apps/web", "worker": "pnpm --filter @x/worker start"},
        **{"apps/web": next_with_start("@x/web"), "apps/worker": _worker("@x/worker")},
    )
    assert [a["path"] for a in apps_of(files).values()] == ["apps/web"]


def test_a_root_dev_colon_script_adds_the_package_it_filters() -> None:
    files = pnpm_workspace(
        {"dev": "turbo dev --filter=@x/web", "dev:api": "turbo dev --filter=@x/api"},
        **{"apps/web": next_with_start("@x/web"), "apps/api": next_with_start("@x/api")},
    )
    assert sorted(a["path"] for a in apps_of(files).values()) == ["apps/api", "apps/web"]


def test_packages_a_root_dev_script_excludes_are_not_apps() -> None:
    files = pnpm_workspace(
        {"dev": "pnpm start:dev", "start:dev": "pnpm -r --parallel --filter=!@x/e2e dev"},
        **{"apps/web": next_with_start("@x/web"), "apps/e2e": next_with_start("@x/e2e")},
    )
    assert [a["path"] for a in apps_of(files).values()] == ["apps/web"]


def test_a_package_whose_dev_the_root_runs_only_builds_is_not_an_app() -> None:
    elements = pkg(name="@x/elements", scripts={"dev": "tsup --watch", "start": "web-dev-server"})
    files = pnpm_workspace(
        {"dev": "pnpm -r --parallel dev"},
        **{"apps/web": next_with_start("@x/web"), "apps/elements": elements},
    )
    assert [a["path"] for a in apps_of(files).values()] == ["apps/web"]


def test_a_root_dev_script_the_filters_are_not_read_from_leaves_every_package() -> None:
    files = pnpm_workspace(
        {"dev": 'concurrently "pnpm run a" "pnpm run b"', "start": "pnpm --filter @x/web start"},
        **{"apps/web": next_with_start("@x/web"), "apps/api": next_with_start("@x/api")},
    )
    assert sorted(a["path"] for a in apps_of(files).values()) == ["apps/api", "apps/web"]


def test_a_vite_app_the_root_runs_by_filter_is_not_a_library_of_its_importer() -> None:
    vite = {"dev": "vite"}
    files = pnpm_workspace(
        {"dev": "pnpm -r --filter=!@x/e2e dev"},
        **{
            "packages/account": pkg(
                name="@x/account",
                scripts=vite,
                devDependencies={"vite": "5"},
                dependencies={"@x/experience": "workspace:^"},
            ),
            "packages/experience": pkg(
                name="@x/experience", scripts=vite, devDependencies={"vite": "5"}
            ),
        },
    )
    assert sorted(a["path"] for a in apps_of(files).values()) == [
        "packages/account",
        "packages/experience",
    ]


def test_an_astro_landing_site_in_a_workspace_is_not_an_app() -> None:
    landing = pkg(name="@x/landing", scripts={"dev": "astro dev"}, dependencies={"astro": "5"})
    files = pnpm_workspace(
        {"dev": "turbo dev --parallel"},
        **{"apps/web": next_with_start("@x/web"), "apps/landing": landing},
    )
    assert [a["path"] for a in apps_of(files).values()] == ["apps/web"]


def test_a_workspace_root_that_serves_its_own_ui_with_vite_plus_is_an_app() -> None:
    ui = pkg(
        name="console",
        workspaces=["packages/*"],
        scripts={"dev": "vp dev . --host", "build": "vp build"},
        dependencies={"vue": "3", "@x/components": "workspace:*"},
        devDependencies={"vite": "7", "vite-plus": "0.1"},
    )
    kit = pkg(name="@x/bundler-kit", scripts={"dev": "vp pack --watch", "build": "vp pack"})
    files = {"ui/package.json": ui, "ui/packages/bundler-kit/package.json": kit}
    apps = apps_of(files)
    assert [(a["path"], a["framework"]) for a in apps.values()] == [("ui", "vite")]


def test_packages_of_a_workspace_root_app_are_still_apps() -> None:
    files = {
        "web/package.json": pkg(
            workspaces=["packages/*"], dependencies={"next": "15"}, scripts={"dev": "next dev"}
        ),
        "web/packages/admin/package.json": pkg(
            devDependencies={"vite": "^6"}, scripts={"dev": "vite"}
        ),
    }
    assert sorted(apps_of(files)) == ["admin", "web"]


def test_a_pnpm_filter_may_leave_out_the_scope() -> None:
    # Shaped like homarr: `dev: pnpm -F nextjs dev` runs @homarr/nextjs only.
    files = apps_workspace(
        "pnpm -F nextjs dev",
        nextjs={**_NEXT, "name": "@acme/nextjs"},
        tasks={**_WORKER, "name": "@acme/tasks"},
    )
    assert app_paths(files) == ["apps/nextjs"]


def test_turbo_dev_runs_the_tasks_its_dev_task_depends_on() -> None:
    # Shaped like jitsu: turbo.json's dev task depends on console:dev and rotor:dev; a package
    # with a start script but neither task (profiles) is run apart.
    files = apps_workspace(
        "dotenv -e .env.local -- turbo run dev",
        console={"scripts": {"console:dev": "next dev"}, "dependencies": {"next": "15"}},
        rotor={"scripts": {"rotor:dev": "tsx src/index.ts", "start": "node dist/main.js"}},
        profiles={"scripts": {"profiles:dev": "tsx src/index.ts", "start": "node dist/main.js"}},
    )
    files["turbo.json"] = to_json(
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
        "package.json": to_json(
            {
                "scripts": {"serve:server": "nx serve server"},
                "dependencies": {"@nestjs/core": "10", "@prisma/client": "5", "ioredis": "5"},
            }
        ),
        "packages/admin/package.json": to_json(
            {"scripts": {"serve": "react-scripts start"}, "dependencies": {"react": "18"}}
        ),
        "packages/server/prisma/schema.prisma": 'datasource db {\n  provider = "postgresql"\n}\n',
    }
    others = ("nx.json", "packages/admin/project.json", "packages/server/project.json")
    assert app_paths(files, *others) == ["."]
    assert service_names(files, *others) == ["postgres", "redis"]


def test_an_nx_roots_docs_dependency_does_not_make_it_a_docs_site() -> None:
    # Shaped like reduced.to: one root package.json holds every project's dependencies,
    # the docs project's Docusaurus too; the apps hold project.json only.
    files = {
        "package.json": to_json(
            {
                "workspaces": ["apps/*"],
                "devDependencies": {"@docusaurus/core": "2", "@nestjs/core": "10"},
            }
        ),
    }
    others = ("nx.json", "apps/backend/project.json", "apps/docs/project.json")
    assert list(ports_of(files, *others)) == ["."]


def test_a_root_whose_start_runs_other_folders_packages_is_not_an_app() -> None:
    # Shaped like planka: the root's start runs its own scripts, which run server/ and
    # client/ with --prefix; the Sails server listens on Sails's 1337.
    files = {
        "package.json": to_json(
            {
                "scripts": {
                    "start": 'concurrently "npm run server:start" "npm run client:start"',
                    "server:start": "npm start --prefix server",
                    "client:start": "npm start --prefix client",
                },
                "dependencies": {"concurrently": "9"},
            }
        ),
        "server/package.json": to_json(
            {"scripts": {"start": "nodemon"}, "dependencies": {"sails": "1", "pg": "8"}}
        ),
        "client/package.json": to_json(
            {"scripts": {"start": "vite"}, "devDependencies": {"vite": "6"}}
        ),
    }
    assert ports_of(files) == {"client": 5173, "server": 1337}
