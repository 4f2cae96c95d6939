"""Go apps: which modules and main packages are servers (libraries, code generators, tools,
plugins, desktop apps, client SDKs, doc.go, build tags and platform conditions, local
replaces), Makefile and Procfile commands, and front ends beside a Go server."""

from __future__ import annotations

from tests.unit.detect_helpers import (
    APP_GO_MOD,
    ENGINE_DJANGO,
    EXAMPLE_GO_MOD,
    GO_MOD,
    apps_of,
    framework_port_list,
    notes_of,
    pkg,
    plan_of,
    ports_of,
    services_of,
    to_json,
)


def only(apps: dict[str, dict[str, object]]) -> dict[str, object]:
    (app,) = apps.values()
    return app


GO_APP = {
    "go.mod": "module example.com/x\n\ngo 1.22\n\nrequire (\n"
    "\tgithub.com/go-sql-driver/mysql v1.7.0\n\tgithub.com/mattn/go-sqlite3 v1.14.0\n)\n",
    "main.go": "package main\n",
}


def test_a_makefiles_dev_targets_name_the_go_commands_a_developer_runs() -> None:
    # Shaped like beszel: one module, two main packages under internal/cmd; the Makefile's
    # dev-hub and dev-agent targets `go run` each (one by its import path), and no compose
    # file builds them.
    main = "package main\n\nfunc main() {}\n"
    makefile = (
        "build:\n\tgo build ./...\n"
        "dev-hub:\n\tcd ./internal/cmd/hub && go run -tags development . serve --http "
        "0.0.0.0:8090\n"
        "dev-agent:\n\tgo run $(TAGS) example.com/mon/internal/cmd/agent\n"
    )
    files = {
        "go.mod": "module example.com/mon\n\ngo 1.22\n",
        "internal/cmd/hub/main.go": main,
        "internal/cmd/agent/main.go": main,
        "Makefile": makefile,
    }
    apps = plan_of(files)["spec"]["apps"].values()
    found = sorted((a["main_package"], a.get("port")) for a in apps)
    assert found == [("./internal/cmd/agent", None), ("./internal/cmd/hub", 8090)]
    built = {**files, "Makefile": makefile.replace("dev-", "build-")}
    assert len(plan_of(built)["spec"]["apps"]) == 1


def test_a_go_doc_go_in_package_main_is_no_command() -> None:
    # Shaped like prest: the root's doc.go documents the command (`package main`, no code);
    # the server is cmd/prestd.
    files = {
        "go.mod": APP_GO_MOD,
        "doc.go": "/*\nThe app serves a REST API.\n*/\npackage main\n",
        "cmd/server/main.go": 'package main\n\nfunc main() { http.ListenAndServe(":3000", nil) }\n',
        "lib/lib.go": "package lib\n",
    }
    apps = plan_of(files)["plan"].apps
    assert [
        (a.finding.path, a.finding.main_package.value) for a in apps if a.finding.main_package
    ] == [(".", "./cmd/server")]


def test_the_client_sdks_beside_a_server_are_not_apps() -> None:
    # Shaped like permify: sdk/go/grpc is a demo client module with its own main.
    files = {
        "go.mod": APP_GO_MOD,
        "cmd/app/main.go": 'package main\n\nfunc main() { http.ListenAndServe(":3476", nil) }\n',
        "sdk/go/grpc/go.mod": "module example.com/sdkdemo\n\ngo 1.22\n",
        "sdk/go/grpc/main.go": "package main\n\nfunc main() { client.Check() }\n",
    }
    assert list(ports_of(files)) == ["."]


def test_a_go_module_its_parent_replaces_locally_is_a_library() -> None:
    files = {
        "go.mod": GO_MOD + "\nreplace github.com/acme/x => ./xlib\n",
        "main.go": "package main\n",
        "xlib/go.mod": "module github.com/acme/x\n\ngo 1.22\n",
        "xlib/tool/main.go": "package main\n",
        "xlib/rand/strength/go.mod": "module github.com/acme/x/rand/strength\n\ngo 1.22\n",
        "xlib/rand/strength/main.go": "package main\n",
    }
    assert list(apps_of(files)) == ["app"]
    assert "xlib: a library of the Go module in . (its go.mod replaces it locally)" in notes_of(
        files
    )


def test_a_go_module_of_code_generators_is_not_an_app() -> None:
    files = {"go.mod": GO_MOD, "main.go": "package main\n"}
    files |= {"plugins/cmd/ndpgen/go.mod": GO_MOD, "plugins/cmd/ndpgen/main.go": "package main\n"}
    assert sorted(ports_of(files)) == ["."]
    files |= {"api/go.mod": GO_MOD, "api/main.go": "package main\n"}
    assert "api" in ports_of(files)


def test_a_go_module_runs_a_server_command_before_a_shallower_hack_script() -> None:
    files = {
        "go.mod": GO_MOD,
        "hack/gen.go": "package main\n",
        "cmd/acme-admin/main.go": "package main\n",
        "cmd/acme-api/main.go": "package main\n",
    }
    app = plan_of(files)["plan"].apps[0]
    assert app.finding.main_package is not None
    assert app.finding.main_package.value == "./cmd/acme-api"


def test_a_go_module_on_a_window_toolkit_is_a_desktop_app() -> None:
    files = {
        "server/go.mod": GO_MOD,
        "server/main.go": 'package main\n\nfunc main() { http.ListenAndServe(":8000", nil) }\n',
        "linux/go.mod": GO_MOD + "require github.com/webview/webview v0.0.0-2022\n",
        "linux/main.go": "package main\n\nfunc main() { webview.New(false) }\n",
    }
    assert sorted(apps_of(files)) == ["server"]


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


def test_a_magefile_with_a_platform_condition_is_no_main_package() -> None:
    files = {
        "go.mod": GO_MOD,
        "magefile.go": "//go:build mage\n\npackage main\n",
        "magefile_unix.go": "//go:build mage && !windows\n// +build mage,!windows\n\n"
        "package main\n",
        "cmd/server/main.go": "package main\n\nfunc main() {}\n",
        "cmd/test-server/main.go": "package main\n\nfunc main() {}\n",
    }
    assert only(apps_of(files))["main_package"] == "./cmd/server"


def test_a_main_package_built_on_a_platform_only_is_still_the_app() -> None:
    files = {"go.mod": GO_MOD, "main_linux.go": "//go:build linux || darwin\n\npackage main\n"}
    assert "main_package" not in only(apps_of(files))


def test_a_released_images_compose_wiring_is_a_deployments() -> None:
    compose = (
        "services:\n  app:\n    image: acme/x:latest\n    environment:\n"
        '      - "X_DATABASE_DRIVER=mysql"\n      - "X_DATABASE_HOST=mysql:3306"\n'
        '  mysql:\n    image: "mysql:5"\n'
    )
    env = 'X_DATABASE_DRIVER="sqlite3"\nX_DATABASE_NAME="./x.db"\n'
    files = {**GO_APP, "docker-compose.yml": compose, ".env.example": env}
    assert services_of(files) == []


def test_a_go_module_of_one_shot_tools_is_not_a_server() -> None:
    # Shaped like hyperdx's otel-collector: its one command migrates the ClickHouse schema.
    files = {
        "package.json": to_json({"workspaces": ["packages/*"]}),
        "packages/api/package.json": to_json(
            {"scripts": {"dev": "nodemon src/index.ts"}, "dependencies": {"express": "4"}}
        ),
        "packages/collector/go.mod": "module example.com/collector\n\ngo 1.22\n",
        "packages/collector/cmd/migrate/main.go": "package main\n\nfunc main() {}\n",
    }
    assert [path for path, _, _ in framework_port_list(files)] == ["packages/api"]


def test_a_go_module_built_on_a_plugin_sdk_is_no_server() -> None:
    go_mod = EXAMPLE_GO_MOD + "\nrequire github.com/grafana/grafana-plugin-sdk-go v0.271.0\n"
    files = {**ENGINE_DJANGO, "plugin/go.mod": go_mod, "plugin/pkg/main.go": "package main\n"}
    assert list(apps_of(files)) == ["engine"]


def test_a_procfile_binary_is_not_the_go_dev_command() -> None:
    files = {
        "go.mod": "module x\n\ngo 1.22\n",
        "main.go": 'package main\n\nhttp.ListenAndServe(":8080", nil)\n',
        "Procfile": "web: bin/server --port $PORT\nworker: go run ./cmd/worker\n",
    }
    app = apps_of(files)["web"]
    assert "command" not in app and "prod_command" not in app
    assert app["processes"] == {"worker": "go run ./cmd/worker"}
    assert "runs a built binary" in notes_of(files)


def test_a_front_end_build_yields_to_the_go_server_in_its_folder() -> None:
    files = {
        "go.mod": "module x\n\ngo 1.22\n",
        "main.go": "package main\n",
        "config.yml": "# the port\nhttp.port: 6157\n",
        "package.json": pkg(scripts={"dev": "vite"}, devDependencies={"vite": "5"}),
    }
    app = apps_of(files, "package-lock.json")["web"]
    assert app["language"] == "go" and app["port"] == 6157


def test_go_indirect_requirements_do_not_count_and_libraries_are_not_apps() -> None:
    go_mod = "module x\n\ngo 1.18\n\nrequire (\n\tgithub.com/lib/pq v1 // indirect\n)\n"
    main = "package main\n\nfunc main() {}\n"
    found = plan_of({"go.mod": go_mod, "main.go": main})
    app = found["spec"]["apps"]["app"]
    assert app["version"] == "1.23"  # 1.18 has no bookworm image; Go builds old code
    assert "services" not in found["spec"]
    assert plan_of({"go.mod": go_mod, "lib.go": "package x\n"})["spec"] is None


def test_commands_one_level_deeper_than_usual_are_the_modules_apps() -> None:
    # Shaped like go-zero-looklook: one module, a service's commands in app/<svc>/cmd/<kind>.
    main = "package main\n\nfunc main() {}\n"
    files = {
        "go.mod": GO_MOD,
        "app/order/cmd/api/order.go": main,
        "app/order/cmd/rpc/order.go": main,
        "app/order/model/order.go": "package model\n",
    }
    assert list(apps_of(files)) == ["app"]
    assert "a library" not in notes_of(files)
    # An example's command that deep is no app of the module.
    examples = {"go.mod": GO_MOD, "examples/chat/cmd/server/main.go": main}
    assert apps_of(examples) == {}


def test_the_command_named_after_the_module_is_the_server_among_tools() -> None:
    # Shaped like dendrite: cmd/ holds the server (cmd/dendrite), account and key tools and
    # demos; the one named after the module is what the README builds and runs.
    files = {
        "go.mod": "module github.com/org/dendrite\n\ngo 1.22\n",
        "cmd/create-account/main.go": "package main\n",
        "cmd/generate-keys/main.go": "package main\n",
        "cmd/dendrite-demo-pinecone/main.go": "package main\n",
        "cmd/dendrite/main.go": 'package main\n\nvar addr = ":8008"\n',
    }
    finding = plan_of(files)["plan"].apps[0].finding
    assert finding.main_package.value == "./cmd/dendrite"
