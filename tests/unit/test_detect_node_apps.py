"""Which Node packages are apps and with which framework: start and dev scripts that only
build or watch, docs sites, slide decks, SDKs, libraries other packages import, desktop and
mobile apps, nodemon, AdonisJS, Vue CLI, Next exports, and nested packages whose entry
listens."""

from __future__ import annotations

import json

from devenv.detect.manifests import load_json
from tests.unit.detect_helpers import (
    ADONIS,
    ENGINE_DJANGO,
    ENTERPRISE_WORKSPACE,
    GO_MOD,
    NEXT,
    NEXT_WORKSPACE,
    SYMFONY,
    app_paths,
    apps_of,
    apps_workspace,
    framework_port_list,
    frameworks_and_ports,
    next_with_start,
    notes_of,
    paths_of,
    pkg,
    plan_of,
    ports_of,
    to_json,
    vite_package,
)
from tests.unit.test_php_ruby import composer

MONO = {
    "package.json": pkg(name="root", private=True),
    "pnpm-workspace.yaml": "packages:\n  - 'packages/*'\n",
    "packages/server/package.json": pkg(
        name="server",
        scripts={"dev": "nodemon src/index.ts"},
        dependencies={"express": "^4", "ui": "workspace:^"},
    ),
    "packages/server/src/index.ts": "app.listen(process.env.PORT || 3000)\n",
}


def test_a_start_script_that_compiles_then_runs_node_serves() -> None:
    # Shaped like typeorm's express example: `start: tsc && node src/index.js`.
    package = '{"scripts": {"start": "tsc && node src/index.js"}, '
    package += '"dependencies": {"express": "^4.18.2"}, "devDependencies": {"typescript": "^5"}}'
    files = {
        "package.json": package,
        "src/index.ts": "const app = express();\napp.listen(3000);\n",
    }
    apps = plan_of(files)["plan"].apps
    assert [(a.finding.path, a.finding.framework.value) for a in apps] == [(".", "express")]


def test_an_adonisjs_app_is_its_server_not_its_vite_assets() -> None:
    # Shaped like adocasts: AdonisJS bundles assets with Vite; .env.example PORT=3333.
    files = {"package.json": ADONIS % "", ".env.example": "PORT=3333\nHOST=0.0.0.0\n"}
    apps = plan_of(files)["plan"].apps
    assert [(a.finding.framework.value, a.port.value if a.port else None) for a in apps] == [
        ("none", 3333)
    ]


def test_a_bare_nodemon_dev_script_runs_nodemon_json_exec() -> None:
    # Shaped like nextjs-prisma-boilerplate: a custom Next server that nodemon.json starts.
    package = '{"scripts": {"dev": "NODE_ENV=development nodemon", "start": "node dist/index.js"}, '
    package += '"dependencies": {"next": "^12"}}'
    files = {
        "package.json": package,
        "nodemon.json": '{"exec": "ts-node --project tsconfig.server.json server/index.ts"}',
        "server/index.ts": "const port = parseInt(process.env.PORT || '3001', 10);\n",
    }
    apps = plan_of(files)["plan"].apps
    assert [(a.finding.framework.value, a.port.value if a.port else None) for a in apps] == [
        ("next", 3001)
    ]


def test_a_package_of_browser_test_drivers_that_serves_nothing_is_not_an_app() -> None:
    # Shaped like nextjs-prisma-boilerplate's tests-e2e: Cypress, and next for its types.
    tests = '{"scripts": {"test": "cypress run"}, "dependencies": {"cypress": "^9", "next": "^12"}}'
    files = {
        "package.json": '{"scripts": {"dev": "next dev"}, "dependencies": {"next": "^12"}}',
        "tests-e2e/package.json": tests,
    }
    assert [a.finding.path for a in plan_of(files)["plan"].apps] == ["."]


def test_a_create_react_app_proxying_to_its_server_is_an_app_inside_the_servers_folder() -> None:
    # Shaped like dockersamples' atsea shop: app/ is a Spring Boot app, app/react-app a
    # CRA whose `proxy` forwards to it; without the proxy it stays part of the server.
    pom = (
        "<project><parent><groupId>org.springframework.boot</groupId>"
        "<artifactId>spring-boot-starter-parent</artifactId><version>3.2.0</version></parent>"
        "<artifactId>shop</artifactId><dependencies><dependency>"
        "<groupId>org.springframework.boot</groupId>"
        "<artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>"
    )
    package = (
        '{"name": "shop-ui", "proxy": "http://localhost:8080",'
        ' "scripts": {"start": "react-scripts start"},'
        ' "dependencies": {"react": "^18.0.0"}, "devDependencies": {"react-scripts": "^5.0.0"}}'
    )
    files = {"app/pom.xml": pom, "app/react-app/package.json": package}
    assert sorted(ports_of(files)) == ["app", "app/react-app"]
    unproxied = package.replace('"proxy": "http://localhost:8080",', "")
    assert sorted(ports_of({**files, "app/react-app/package.json": unproxied})) == ["app"]


def test_a_start_script_that_only_runs_a_watching_build_is_not_a_server() -> None:
    # bugsink/bugsink: django-tailwind's theme/static_src has `start: npm run dev` and
    # `dev: cross-env NODE_ENV=development postcss ... --watch`: the Django app's CSS build.
    theme = {
        "scripts": {
            "start": "npm run dev",
            "dev": "cross-env NODE_ENV=development postcss ./src/styles.css -o out.css --watch",
        },
        "devDependencies": {"postcss": "8", "tailwindcss": "4"},
    }
    files = {
        "manage.py": "import django\n",
        "requirements.txt": "django\n",
        "theme/static_src/package.json": json.dumps(theme),
    }
    assert paths_of(files) == ["."]
    # An alias of a script that serves still serves.
    theme["scripts"]["dev"] = "node server.js"
    files["theme/static_src/package.json"] = json.dumps(theme)
    assert paths_of(files) == [".", "theme/static_src"]


def test_json_with_comments_and_trailing_commas_reads() -> None:
    # Shaped like Blog.Core's launchSettings.json: a variable commented out with //.
    text = '{"url": "http://localhost:9291", // the port\n "a": [1,], /* b */ "c": "/*x*/"}'
    assert load_json(text) == ({"url": "http://localhost:9291", "a": [1], "c": "/*x*/"}, None)


def test_a_type_check_before_vite_serves() -> None:
    # Shaped like Duende.IdentityServer.Admin's UI client: `dev: tsc && vite`.
    package = '{"scripts": {"dev": "tsc && vite", "build": "tsc && vite build"}, '
    package += '"devDependencies": {"vite": "^5.0.0"}}'
    files = {"client/package.json": package, "client/package-lock.json": ""}
    apps = plan_of(files)["plan"].apps
    assert [(a.finding.path, a.finding.framework.value) for a in apps] == [("client", "vite")]


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
    assert paths_of(files) == ["."]
    # A dev script of its own still serves.
    theme["scripts"]["dev"] = "node ./server.mjs"
    files["src/themes/huraga/package.json"] = json.dumps(theme)
    assert paths_of(files) == [".", "src/themes/huraga"]


def test_an_email_template_builder_is_not_an_app() -> None:
    # Shaped like AppFlowy-Cloud: email_template/ runs `maizzle serve` to preview emails.
    files = {
        "package.json": to_json({"scripts": {"dev": "next dev"}, "dependencies": {"next": "15"}}),
        "email_template/package.json": to_json(
            {"scripts": {"dev": "maizzle serve"}, "dependencies": {"@maizzle/framework": "4"}}
        ),
    }
    assert app_paths(files) == ["."]


def test_a_package_of_the_same_name_depends_on_the_registrys_not_on_its_namesake() -> None:
    # Shaped like Exceptionless: the legacy Angular client, named like the vite front end,
    # depends on the published `exceptionless` client; the front end is still an app.
    vite = {"name": "acme", "scripts": {"dev": "vite dev"}, "devDependencies": {"vite": "5"}}
    legacy = {"name": "acme", "dependencies": {"acme": "^2", "@angular/core": "17"}}
    files = {
        "web/ClientApp/package.json": to_json(vite),
        "web/ClientApp.legacy/package.json": to_json(legacy),
    }
    assert app_paths(files) == ["web/ClientApp"]


def test_a_slide_deck_is_not_an_app() -> None:
    # Shaped like spring-petclinic-graphql's talk/: a vendored reveal.js (`start: grunt serve`).
    deck = {
        "name": "reveal.js",
        "scripts": {"start": "grunt serve"},
        "dependencies": {"express": "4"},
    }
    files = {
        "package.json": to_json({"scripts": {"dev": "next dev"}, "dependencies": {"next": "15"}}),
        "talk/reveal.js/package.json": to_json(deck),
        "slides/package.json": to_json(
            {"scripts": {"dev": "slidev"}, "dependencies": {"@slidev/cli": "1"}}
        ),
    }
    assert app_paths(files) == ["."]
    # CodiMD's server depends on reveal.js for its slide mode: still the app.
    editor = {
        "scripts": {"start": "node app.js"},
        "dependencies": {"express": "4", "reveal.js": "3"},
    }
    assert app_paths({"package.json": to_json(editor), "app.js": "app.listen(3000)\n"}) == ["."]


def test_a_parcel_watch_dev_script_only_builds_assets() -> None:
    # mautic/mautic: a plugin's package.json `dev: parcel watch Assets/...` rebuilds its JS.
    files = {
        "composer.json": composer(require=SYMFONY),
        "public/index.php": "<?php\n",
        "plugins/Builder/package.json": json.dumps(
            {"scripts": {"dev": "parcel watch Assets/js/* --dist-dir Assets/js/dist"}}
        ),
    }
    assert [a.finding.path for a in plan_of(files)["plan"].apps] == ["."]


def test_an_api_that_keeps_its_docs_site_beside_it_is_still_an_app() -> None:
    # Shaped like awesome-nest-boilerplate: one package, Nest's server and a vitepress
    # docs:dev script.
    files = {
        "package.json": to_json(
            {
                "scripts": {"start:dev": "nest start --watch", "docs:dev": "vitepress dev docs"},
                "dependencies": {"@nestjs/core": "11", "pg": "8"},
                "devDependencies": {"vitepress": "1"},
            }
        ),
        "src/main.ts": "await app.listen(3000);\n",
    }
    assert list(ports_of(files)) == ["."]


def test_a_vite_package_published_from_dist_is_a_library() -> None:
    lib = pkg(main="./dist/index.umd.js", scripts={"dev": "vite"}, devDependencies={"vite": "6"})
    app = pkg(scripts={"dev": "vite"}, devDependencies={"vite": "6"})
    files = {"package.json": pkg(workspaces=["packages/*"])}
    files |= {"packages/widget/package.json": lib, "packages/ui/package.json": app}
    assert sorted(ports_of(files)) == ["packages/ui"]


def test_a_dev_script_run_through_npm_run_all_names_the_framework() -> None:
    # Shaped like kener: `dev: npm-run-all --parallel schedule serve`, `serve: vite dev`
    # beside express (the production server); vite.config's `server: { port }` and its default.
    files = {
        "package.json": to_json(
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
    assert framework_port_list(files) == [(".", "vite", 3000)]


def test_a_package_that_watches_a_build_and_serves_its_dist_is_no_app() -> None:
    plugin = pkg(
        name="plugin",
        scripts={
            "dev": "NODE_ENV=development webpack -w -c ./webpack.config.ts",
            "start": "pnpm watch",
            "serve": "serve -p 3001 ./dist",
        },
        dependencies={"react": "^18"},
    )
    files = {**ENGINE_DJANGO, "plugin/package.json": plugin}
    assert list(apps_of(files)) == ["engine"]


def test_a_package_whose_start_runs_its_build_watch_is_a_library() -> None:
    billing = pkg(
        name="@x/ee-billing", main="dist/index.js", scripts={"start": "npm run build:watch"}
    )
    api = pkg(
        name="api", scripts={"dev": "nest start --watch"}, dependencies={"@nestjs/core": "^10"}
    )
    files = {**ENTERPRISE_WORKSPACE, "enterprise/packages/billing/package.json": billing}
    files["apps/api/package.json"] = api
    assert list(apps_of(files)) == ["api"]


def test_the_framework_the_start_script_runs_beats_a_server_library() -> None:
    dashboard = pkg(
        name="dashboard",
        scripts={"start": "vite", "dev": "pnpm start", "serve:prod": "pm2 start proxy-server.js"},
        dependencies={"express": "^4.21.0"},
        devDependencies={"vite": "^5"},
    )
    apps = apps_of({**ENTERPRISE_WORKSPACE, "apps/dashboard/package.json": dashboard})
    assert apps["dashboard"]["framework"] == "vite"


def test_health_probes_and_api_docs_servers_are_not_apps() -> None:
    docs = pkg(
        name="api-docs",
        scripts={"start": "node dist/index.js"},
        dependencies={"swagger-ui-express": "^5"},
    )
    probe = pkg(name="probe", main="healthcheck.js", scripts={"start": "node healthcheck.js"})
    files = {
        **MONO,
        "packages/api-documentation/package.json": docs,
        "docker/worker/healthcheck/package.json": probe,
        "docker/worker/healthcheck/healthcheck.js": "app.listen(3000)\n",
    }
    assert list(apps_of(files)) == ["server"]


def test_a_front_end_only_servers_depend_on_runs_its_own_dev_server() -> None:
    ui = pkg(
        name="ui",
        scripts={"dev": "vite", "start": "vite", "build": "vite build"},
        dependencies={"react": "^18", "react-scripts": "^5.0.1"},
        devDependencies={"vite": "^5"},
    )
    files = {**MONO, "packages/ui/package.json": ui, "packages/ui/.env.example": "VITE_PORT=8080\n"}
    apps = apps_of(files)
    assert sorted(apps) == ["server", "ui"]
    assert (apps["ui"]["framework"], apps["ui"]["port"]) == ("vite", 8080)


def test_a_front_end_another_front_end_imports_stays_a_library() -> None:
    common = pkg(name="common", scripts={"dev": "vite"}, devDependencies={"vite": "^5"})
    web = pkg(name="web", scripts={"dev": "vite"}, dependencies={"common": "workspace:^"})
    files = {
        **MONO,
        "packages/common/package.json": common,
        "packages/web/package.json": web,
    }
    assert "common" not in apps_of(files)


def test_an_app_in_the_apps_folder_that_another_app_imports_is_still_an_app() -> None:
    web = pkg(
        name="@x/web",
        scripts={"start": "PORT=4200 react-app-rewired start"},
        devDependencies={"react-scripts": "^5"},
    )
    dashboard = pkg(
        name="@x/dashboard",
        scripts={"start": "vite"},
        dependencies={"@x/web": "workspace:*"},
        devDependencies={"vite": "^5"},
    )
    files = {
        **ENTERPRISE_WORKSPACE,
        "apps/web/package.json": web,
        "apps/dashboard/package.json": dashboard,
    }
    assert sorted(apps_of(files)) == ["dashboard", "web"]


def test_chrome_typings_beside_next_do_not_make_a_browser_extension() -> None:
    # Shaped like onyx's web/: a Next app that talks to its companion extension.
    web = {
        "scripts": {"dev": "next dev"},
        "dependencies": {"next": "16"},
        "devDependencies": {"@types/chrome": "0.1"},
    }
    extension = {"scripts": {"dev": "vite"}, "devDependencies": {"@types/chrome": "0.1"}}
    files = {"web/package.json": json.dumps(web), "ext/package.json": json.dumps(extension)}
    assert frameworks_and_ports(files) == {"web": ("next", 3000)}


def test_vue_cli_serving_beats_a_vite_dependency() -> None:
    # Shaped like timesketch's frontend-ng: vite is a dependency (vitest), the dev server is
    # `vue-cli-service serve` with devServer.port 5001.
    data = {
        "scripts": {"serve": "vue-cli-service serve", "test": "vitest"},
        "devDependencies": {"@vue/cli-service": "5", "vite": "6"},
    }
    files = {
        "package.json": json.dumps(data),
        "vue.config.js": "module.exports = {\n  devServer: {\n    port: 5001,\n  },\n}\n",
    }
    assert frameworks_and_ports(files) == {".": ("none", 5001)}


def test_a_dev_script_that_is_the_build_watching_is_not_a_server() -> None:
    # Shaped like litestar-fullstack's email templates.
    data = {
        "scripts": {"build": "bun run build-emails.ts", "dev": "bun run build-emails.ts --watch"}
    }
    files = {"emails/package.json": json.dumps(data), "web/package.json": NEXT}
    assert list(frameworks_and_ports(files)) == ["web"]


def test_a_dev_script_that_only_builds_is_not_an_app() -> None:
    theme = pkg(
        scripts={"dev": "vite build --watch --mode=development"}, devDependencies={"vite": "5"}
    )
    files = {"requirements.txt": "flask\n", "app.py": "app = Flask(__name__)\n"}
    found = plan_of({**files, "themes/admin/package.json": theme})
    assert [a.finding.path for a in found["plan"].apps] == ["."]
    assert "builds only (package.json scripts.dev: vite build --watch" in "\n".join(
        found["plan"].notes
    )


def test_prisma_packages_and_libraries_using_next_are_not_apps() -> None:
    files = {
        **NEXT_WORKSPACE,
        "packages/db/package.json": pkg(
            name="@acme/db", scripts={"dev": "prisma migrate dev"}, dependencies={"prisma": "5"}
        ),
        "packages/ui/package.json": pkg(name="@acme/ui", dependencies={"next": "14"}),
        "packages/lib/package.json": pkg(
            name="@acme/lib", scripts={"dev": "tsup --watch"}, dependencies={"bullmq": "5"}
        ),
    }
    assert list(apps_of(files)) == ["web"]


def test_docs_sites_and_mobile_apps_are_not_servers() -> None:
    files = {
        **NEXT_WORKSPACE,
        "apps/docs-site/package.json": pkg(
            scripts={"start": "docusaurus start"}, dependencies={"@docusaurus/core": "3"}
        ),
        "apps/mobile/package.json": pkg(
            scripts={"start": "expo start"}, dependencies={"expo": "50"}
        ),
    }
    assert list(apps_of(files)) == ["web"]


def test_desktop_apps_plugins_and_command_line_tools_are_not_servers() -> None:
    files = {
        "package.json": pkg(workspaces=["packages/*"]),
        "packages/web/package.json": pkg(
            name="web", scripts={"dev": "vite"}, dependencies={"vite": "5"}
        ),
        "packages/desktop/package.json": pkg(
            scripts={"dev": "vite"}, dependencies={"vite": "5", "@tauri-apps/cli": "2"}
        ),
        "packages/shell/package.json": pkg(
            scripts={"start": "electron ."}, dependencies={"electron": "30"}
        ),
        "packages/cli/package.json": pkg(
            bin={"tool": "bin/tool.js"}, scripts={"dev": "pnpm exec tsc --watch"}
        ),
    }
    assert [a.finding.path for a in plan_of(files)["plan"].apps] == ["packages/web"]


def test_a_package_other_workspace_packages_import_is_a_library() -> None:
    files = {
        "package.json": pkg(workspaces=["packages/*"]),
        "packages/web/package.json": pkg(
            name="web", scripts={"dev": "vite"}, dependencies={"vite": "5", "@x/common": "*"}
        ),
        "packages/common/package.json": pkg(
            name="@x/common", scripts={"dev": "vite"}, dependencies={"vite": "5"}
        ),
    }
    found = plan_of(files)
    assert [a.finding.path for a in found["plan"].apps] == ["packages/web"]
    assert "packages/common: a library of the workspace" in "\n".join(found["plan"].notes)


def test_a_suffixed_copy_of_a_front_end_in_another_framework_is_not_a_second_app() -> None:
    files = {
        "src/Web/ClientApp/package.json": pkg(
            name="app", scripts={"start": "ng serve"}, devDependencies={"@angular/cli": "17"}
        ),
        "src/Web/ClientApp-React/package.json": vite_package("app-react"),
        "src/Api-Gateway/package.json": next_with_start("gateway"),
        "src/Api/package.json": next_with_start("api"),
    }
    paths = sorted(a["path"] for a in apps_of(files).values())
    assert paths == ["src/Api", "src/Api-Gateway", "src/Web/ClientApp"]


def test_a_client_sdk_folder_is_not_an_app() -> None:
    sdk = pkg(name="sdk", scripts={"dev": "preact watch"}, dependencies={"preact": "10"})
    files = {"frontend/package.json": vite_package("frontend"), "sdk/package.json": sdk}
    assert [a["path"] for a in apps_of(files).values()] == ["frontend"]


def test_a_next_export_copied_into_the_server_package_is_its_assets() -> None:
    web = pkg(
        name="web",
        scripts={"dev": "next dev", "export": "next build && cp -r out/ ../../app/interface/built"},
        dependencies={"next": "14"},
    )
    files = {
        "pyproject.toml": '[project]\nname = "app"\ndependencies = ["fastapi", "uvicorn"]\n',
        "src/app/main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
        "src/interface/web/package.json": web,
    }
    assert paths_of(files) == ["."]


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


def test_command_line_packages_and_frameworkless_dev_tools_are_not_apps() -> None:
    files = {
        "apps/api/package.json": pkg(dependencies={"express": "^4"}, scripts={"start": "node a"}),
        # nest-commander: a NestJS package named for the commands it runs once
        "apps/commands/package.json": pkg(
            dependencies={"@nestjs/core": "^10"}, scripts={"start": "node dist/main.js"}
        ),
        "packages/agent-sandbox-runtime/package.json": pkg(scripts={"start": "node server.js"}),
        "dev/cli/pyproject.toml": "[tool.ruff]\nline-length = 100\n",
        "dev/cli/cli.py": 'if __name__ == "__main__":\n    main()\n',
    }
    assert list(apps_of(files)) == ["api"]
    notes = notes_of(files)
    assert "apps/commands: a developer tool (its folder's name says so), not an app" in notes
    assert "dev/cli: a developer tool" in notes


def test_a_package_inside_another_apps_folder_is_part_of_it() -> None:
    files = {
        "go.mod": GO_MOD,
        "main.go": 'package main\n\nhttp.ListenAndServe(":9000", nil)\n',
        "frontend/package.json": pkg(devDependencies={"vite": "^5"}, scripts={"dev": "vite"}),
        "frontend/email-builder/package.json": pkg(
            devDependencies={"vite": "^6"}, scripts={"dev": "vite"}
        ),
        "frontend/server/go.mod": GO_MOD,
        "frontend/server/main.go": "package main\n",
    }
    assert list(apps_of(files)) == ["web", "frontend"]
    assert "frontend/email-builder: inside the app in frontend, taken as part of it" in notes_of(
        files
    )


def test_vue_cli_s_serve_script_is_the_dev_command_over_the_entry_file() -> None:
    # Shaped like wild-workouts' web/: `serve` and `build` scripts, no dev or start.
    package = (
        '{"name": "web", "scripts": {"serve": "vue-cli-service serve", '
        '"build": "vue-cli-service build"}, "devDependencies": {"@vue/cli-service": "^4"}}'
    )
    files = {"web/package.json": package, "web/src/main.js": "new Vue({})\n"}
    plan = plan_of(files)["plan"]
    assert [(a.finding.path, a.port.value if a.port else None) for a in plan.apps] == [
        ("web", 8080)
    ]
    command = plan.apps[0].finding.command
    assert command is not None and command.value == "npm run serve"


def test_a_nuxt_docs_theme_site_is_not_an_app() -> None:
    # Shaped like shelve: apps/lp is built with docus, Nuxt's docs theme.
    nuxt = {"scripts": {"dev": "nuxt dev"}, "dependencies": {"nuxt": "4"}}
    files = apps_workspace(
        "turbo run dev",
        app=nuxt,
        lp={"scripts": {"dev": "nuxt dev"}, "dependencies": {"docus": "5", "nuxt": "4"}},
    )
    assert app_paths(files) == ["apps/app"]


def test_a_package_named_dev_server_is_a_server() -> None:
    # Shaped like vendure: packages/dev-server is the server its contributors run.
    files = apps_workspace(
        "lerna run watch --parallel",
        **{"dev-server": {"scripts": {"dev": "ts-node index.ts"}, "dependencies": {"pg": "8"}}},
    )
    assert app_paths(files) == ["apps/dev-server"]


def test_a_front_end_tool_no_script_runs_yields_to_the_server_framework() -> None:
    # Shaped like Spoke: react-scripts stays among the dependencies, webpack bundles the
    # client, and the dev scripts run an Express server.
    files = {
        "package.json": pkg(
            name="x",
            scripts={"dev-start": "nodemon ./src/server", "start": "node ./build/server"},
            dependencies={"express": "^4", "react-scripts": "^5", "webpack": "^5"},
        ),
    }
    assert frameworks_and_ports(files)["."][0] == "express"


def test_every_front_end_tool_no_script_runs_yields_to_the_server_framework() -> None:
    # Ember came with ember-cli after the rule above: each front-end tool knows its binary,
    # so a leftover one beside Express is weighed, never looked up in vain.
    for tool, version in (("ember-cli", "^5"), ("@angular/cli", "^17"), ("vite", "^5")):
        files = {
            "package.json": pkg(
                name="x",
                scripts={"start": "node server.js"},
                dependencies={"express": "^4"},
                devDependencies={tool: version},
            ),
        }
        assert frameworks_and_ports(files)["."][0] == "express", tool
