"""Rule tests for the causes a blind batch of full-stack repositories (backend and front end
folders side by side) showed (issue 7)."""

from __future__ import annotations

import pytest

from tests.unit.test_detect_real_causes import apps_of, pkg, services_of

GO_MOD = "module x\n\ngo 1.22\n"


def test_a_compose_service_built_from_a_context_devenv_does_not_read_is_named_by_it() -> None:
    # The Dockerfile lives under a `build/` folder detection skips: the context still says.
    compose = (
        "services:\n  app-redis:\n    image: redis:7\n  app-mysql:\n    build: ../build/mysql\n"
        "  app-server:\n    build: ../../server\n"
    )
    files = {
        "server/go.mod": GO_MOD + "require (\n\tgorm.io/driver/mysql v1.4.1\n"
        "\tgithub.com/go-redis/redis/v9 v9.0.0\n)\n",
        "server/main.go": 'package main\n\nfunc main() { http.ListenAndServe(":8765", nil) }\n',
        "deploy/start/docker-compose.yml": compose,
    }
    assert services_of(files) == ["mysql", "redis"]


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


def test_a_sails_app_listens_on_sails_port() -> None:
    files = {
        "package.json": pkg(scripts={"start": "nodemon"}, dependencies={"sails": "^1.5"}),
        "app.js": "require('sails').lift()\n",
    }
    app = next(iter(apps_of(files).values()))
    assert app["port"] == 1337


def test_a_go_module_on_a_window_toolkit_is_a_desktop_app() -> None:
    files = {
        "server/go.mod": GO_MOD,
        "server/main.go": 'package main\n\nfunc main() { http.ListenAndServe(":8000", nil) }\n',
        "linux/go.mod": GO_MOD + "require github.com/webview/webview v0.0.0-2022\n",
        "linux/main.go": "package main\n\nfunc main() { webview.New(false) }\n",
    }
    assert sorted(apps_of(files)) == ["server"]


def test_an_old_style_windows_exe_project_is_a_desktop_app() -> None:
    csproj = (
        '<Project ToolsVersion="15.0">\n  <PropertyGroup>\n    <OutputType>WinExe</OutputType>\n'
        "  </PropertyGroup>\n</Project>\n"
    )
    files = {
        "server/go.mod": GO_MOD,
        "server/main.go": 'package main\n\nfunc main() { http.ListenAndServe(":8000", nil) }\n',
        "win/App/App.csproj": csproj,
        "win/App/App.xaml.cs": "namespace App { }\n",
    }
    assert sorted(apps_of(files)) == ["server"]


def test_a_port_in_a_go_test_helper_folder_is_not_the_apps() -> None:
    files = {
        "go.mod": GO_MOD,
        "main/main.go": "package main\n\nfunc main() { server.Start() }\n",
        "integrationtests/clientlib.go": (
            "package integrationtests\n\nvar c = Config{\n\tPort: 8888,\n}\n"
        ),
        "services/config/config.go": "package config\n\nconst (\n\tDefaultPort = 8000\n)\n",
    }
    app = next(iter(apps_of(files).values()))
    assert app["port"] == 8000


def test_a_database_only_a_variant_compose_file_runs_is_an_alternative_to_sqlite() -> None:
    files = {
        "go.mod": GO_MOD
        + "require (\n\tgithub.com/lib/pq v1.10.9\n\tgithub.com/mattn/go-sqlite3 v2.0.3\n)\n",
        "main.go": 'package main\n\nfunc main() { http.ListenAndServe(":8000", nil) }\n',
        "docker/docker-compose.yml": "services:\n  app:\n    build: ..\n",
        "docker/docker-compose-db-nginx.yml": "services:\n  db:\n    image: postgres:16\n",
    }
    assert services_of(files) == []


def test_a_sibling_module_a_go_mod_replaces_locally_is_its_library_and_brings_services() -> None:
    backend = (
        "module app\n\ngo 1.22\n\nreplace github.com/x/core => ../core\n\n"
        "require github.com/x/core v0.0.0\n"
    )
    files = {
        "backend/go.mod": backend,
        "backend/main.go": 'package main\n\nfunc main() { http.ListenAndServe(":8000", nil) }\n',
        "core/go.mod": "module github.com/x/core\n\ngo 1.22\n\n"
        "require go.mongodb.org/mongo-driver v1.15.1\n",
        "core/main.go": "package main\n\nfunc main() {\n}\n",
    }
    assert sorted(apps_of(files)) == ["backend"]
    assert services_of(files) == ["mongo"]


def test_an_env_helper_default_in_bin_www_is_the_express_apps_port() -> None:
    files = {
        "package.json": pkg(
            scripts={"start": "node build/index.js"}, dependencies={"express": "5"}
        ),
        "src/bin/www.ts": (
            'export function start() {\n  const port = getWithDefault("PORT", 8080);\n'
            "  server.listen(port);\n}\n"
        ),
    }
    app = next(iter(apps_of(files).values()))
    assert app["port"] == 8080


def test_an_rsbuild_front_end_listens_on_rsbuilds_port() -> None:
    files = {
        "package.json": pkg(
            scripts={"start": "rsbuild dev --host"},
            dependencies={"react": "19"},
            devDependencies={"@rsbuild/core": "1"},
        ),
        "src/index.tsx": "render(<App />)\n",
    }
    app = next(iter(apps_of(files).values()))
    assert app["port"] == 3000


def test_go_plugins_are_not_the_command_a_compose_service_named_like_them_runs() -> None:
    files = {
        "go.mod": GO_MOD,
        "server/main.go": 'package main\n\nfunc main() { http.ListenAndServe(":8080", nil) }\n',
        "plugins/jenkins/main.go": "package main\n\nvar PluginEntry impl.Jenkins\n",
        "docker-compose.datasources.yml": (
            "services:\n  jenkins:\n    image: jenkins/jenkins:lts\n    ports:\n      - 8081:8080\n"
        ),
    }
    app = next(iter(apps_of(files).values()))
    assert app.get("main_package", "./server") == "./server"
    assert app["port"] == 8080
