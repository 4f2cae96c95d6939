"""Rules a fix round on the corpus's known misses showed, each on a small tree of its shape."""

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


def test_an_email_template_builder_is_not_an_app() -> None:
    # Shaped like AppFlowy-Cloud: email_template/ runs `maizzle serve` to preview emails.
    files = {
        "package.json": _json({"scripts": {"dev": "next dev"}, "dependencies": {"next": "15"}}),
        "email_template/package.json": _json(
            {"scripts": {"dev": "maizzle serve"}, "dependencies": {"@maizzle/framework": "4"}}
        ),
    }
    assert _paths(files) == ["."]


def test_a_package_of_the_same_name_depends_on_the_registrys_not_on_its_namesake() -> None:
    # Shaped like Exceptionless: the legacy Angular client, named like the vite front end,
    # depends on the published `exceptionless` client; the front end is still an app.
    vite = {"name": "acme", "scripts": {"dev": "vite dev"}, "devDependencies": {"vite": "5"}}
    legacy = {"name": "acme", "dependencies": {"acme": "^2", "@angular/core": "17"}}
    files = {
        "web/ClientApp/package.json": _json(vite),
        "web/ClientApp.legacy/package.json": _json(legacy),
    }
    assert _paths(files) == ["web/ClientApp"]


def _port(files: dict[str, str], path: str) -> int | None:
    app = next(a for a in plan_of(files)["plan"].apps if a.finding.path == path)
    return app.port.value if app.port else None


def test_the_webpack_dev_server_listens_on_its_configs_port() -> None:
    # Shaped like django-react-boilerplate: `dev: webpack serve`, devServer.port in the config.
    package = {"scripts": {"dev": "webpack serve --mode=development"}}
    files = {
        "package.json": _json({**package, "devDependencies": {"webpack-dev-server": "5"}}),
        "webpack.config.js": "module.exports = {\n  devServer: {\n    port: 3000,\n  },\n};\n",
    }
    assert _port(files, ".") == 3000
    # A config module's port is another server's (treeherder's statsd on 8125).
    assert _port({**files, "docker/statsd_config.js": "{\n  port: 8125,\n}\n"}, ".") == 3000
    assert _port({"package.json": files["package.json"]}, ".") == 8080  # its default


def test_mailslurper_and_mailcrab_are_mail_catchers() -> None:
    # Shaped like hanko's quickstart compose: `image: marcopas/docker-mailslurper`.
    package = {"scripts": {"dev": "node server.js"}, "dependencies": {"nodemailer": "6"}}
    for image in ("marcopas/docker-mailslurper:latest", "marlonb/mailcrab", "jijiechen/papercut"):
        files = {
            "package.json": _json(package),
            "docker-compose.yml": f"services:\n  mail:\n    image: {image}\n",
        }
        assert _services(files) == ["mailpit"], image


def test_compose_files_in_a_folder_named_for_them_are_read() -> None:
    # Shaped like hanko: deploy/docker-compose/quickstart.yaml runs Postgres and a mail
    # catcher; quickstart-with-redis.yaml, named for Redis, offers it as an option.
    package = {"scripts": {"dev": "node server.js"}, "dependencies": {"pg": "8", "ioredis": "5"}}
    folder = "deploy/docker-compose"
    files = {
        "package.json": _json(package),
        f"{folder}/quickstart.yaml": "services:\n  db:\n    image: postgres:16\n"
        "  mail:\n    image: marcopas/docker-mailslurper\n",
        f"{folder}/quickstart-with-redis.yaml": "services:\n  cache:\n    image: redis:7\n",
    }
    assert _services(files) == ["mailpit", "postgres"]


def test_a_dev_compose_stack_of_the_app_alone_makes_its_clients_options() -> None:
    # Shaped like flipt: docker-compose.yml builds the server from Dockerfile.dev and runs
    # no Redis; go-redis serves an optional cache.
    files = {
        "go.mod": "module example.com/app\n\ngo 1.22\n\n"
        "require github.com/redis/go-redis/v9 v9.5.1\n",
        "main.go": 'package main\n\nfunc main() { http.ListenAndServe(":8080", nil) }\n',
        "Dockerfile.dev": "FROM golang:1.22\n",
        "docker-compose.yml": "services:\n  server:\n    build:\n      context: .\n"
        "      dockerfile: ./Dockerfile.dev\n    ports: ['8080:8080']\n",
    }
    assert _services(files) == []
    plain = {**files, "docker-compose.yml": files["docker-compose.yml"].replace(".dev", "")}
    assert _services(plain) == ["redis"]  # a production image says nothing of development


def test_a_bundlers_dev_server_at_a_python_apps_root_is_an_app_beside_it() -> None:
    # Shaped like treeherder: `start: rspack serve` (devServer.port: PORT || 5000) beside a
    # Django project at the root; a `webpack --watch` there only builds the templates' assets.
    package = {"scripts": {"start": "rspack serve --mode development"}}
    files = {
        "manage.py": "import django\n",
        "requirements.txt": "django==5.0\n",
        "package.json": _json({**package, "devDependencies": {"@rspack/cli": "1"}}),
        "rspack.config.js": "module.exports = {\n  devServer: {\n"
        "    port: process.env.PORT || 5000,\n  },\n};\n",
    }
    apps = plan_of(files)["plan"].apps
    assert sorted((a.language, a.port.value if a.port else None) for a in apps) == [
        ("node", 5000),
        ("python", 8000),
    ]
    watch = {**files, "package.json": _json({"scripts": {"start": "webpack --watch"}})}
    assert [a.language for a in plan_of(watch)["plan"].apps] == ["python"]


def test_a_frameworks_app_in_a_tools_folder_is_a_tool() -> None:
    # Shaped like mediacms: frontend-tools/video-editor is a vite app whose build goes into
    # the Django app's static files; frontend/ is the front end developers run.
    vite = {"scripts": {"dev": "vite"}, "devDependencies": {"vite": "5"}}
    files = {
        "manage.py": "import django\n",
        "requirements.txt": "django==5.0\n",
        "frontend/package.json": _json(vite),
        "frontend-tools/video-editor/package.json": _json(vite),
    }
    assert sorted(_paths(files)) == [".", "frontend"]


def test_a_slide_deck_is_not_an_app() -> None:
    # Shaped like spring-petclinic-graphql's talk/: a vendored reveal.js (`start: grunt serve`).
    deck = {
        "name": "reveal.js",
        "scripts": {"start": "grunt serve"},
        "dependencies": {"express": "4"},
    }
    files = {
        "package.json": _json({"scripts": {"dev": "next dev"}, "dependencies": {"next": "15"}}),
        "talk/reveal.js/package.json": _json(deck),
        "slides/package.json": _json(
            {"scripts": {"dev": "slidev"}, "dependencies": {"@slidev/cli": "1"}}
        ),
    }
    assert _paths(files) == ["."]
    # CodiMD's server depends on reveal.js for its slide mode: still the app.
    editor = {
        "scripts": {"start": "node app.js"},
        "dependencies": {"express": "4", "reveal.js": "3"},
    }
    assert _paths({"package.json": _json(editor), "app.js": "app.listen(3000)\n"}) == ["."]


def test_a_package_in_the_docker_setups_folder_is_a_helper() -> None:
    # Shaped like stack-auth: docker/dependencies/wal-info is an Express probe an image runs.
    probe = {"scripts": {"start": "node server.js"}, "dependencies": {"express": "4"}}
    files = {
        "package.json": _json({"scripts": {"dev": "next dev"}, "dependencies": {"next": "15"}}),
        "docker/dependencies/wal-info/package.json": _json(probe),
        "docker/dependencies/wal-info/server.js": "app.listen(8080)\n",
    }
    assert _paths(files) == ["."]


def test_a_package_bundling_the_workspaces_servers_is_an_alternative() -> None:
    # Shaped like dittofeed: packages/lite runs the API, the dashboard and the worker in one
    # process; the worker it imports is still run on its own.
    def package(name: str, dev: str, *deps: str) -> str:
        return _json(
            {"name": name, "scripts": {"dev": dev}, "dependencies": dict.fromkeys(deps, "*")}
        )

    files = {
        "package.json": _json({"workspaces": ["packages/*"]}),
        "packages/api/package.json": package("api", "tsx watch src/main.ts", "fastify"),
        "packages/dashboard/package.json": package("dashboard", "next dev", "next"),
        "packages/worker/package.json": package("worker", "tsx scripts/startWorker.ts", "pg"),
        "packages/lite/package.json": package(
            "lite", "tsx scripts/startLite.ts", "api", "dashboard", "worker", "fastify"
        ),
    }
    assert sorted(_paths(files)) == ["packages/api", "packages/dashboard", "packages/worker"]


def test_a_package_below_a_demo_folder_is_a_sample() -> None:
    # Shaped like martin: demo/frontend is the demo site's landing page, not the server's UI.
    vite = {"scripts": {"dev": "vite --port 8080"}, "devDependencies": {"vite": "5"}}
    files = {
        "package.json": _json({"scripts": {"dev": "next dev"}, "dependencies": {"next": "15"}}),
        "demo/frontend/package.json": _json(vite),
        "packages/demo-app/package.json": _json(vite),  # named so, but its own app
    }
    assert sorted(_paths(files)) == [".", "packages/demo-app"]
