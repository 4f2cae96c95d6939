"""Rule tests for the causes a fourth, blind-labelled set of Python, Node and Go repositories
showed (issue 7), and for how the corpus scorer tells apps at one path apart."""

from __future__ import annotations

from bench.realrepos import score
from tests.unit.test_detect_real_causes import pkg, services_of
from tests.unit.test_detect_rules import plan_of

GO_MOD = "module x\n\ngo 1.22\n"


def paths_of(files: dict[str, str], *others: str) -> list[str]:
    return sorted(a.finding.path for a in plan_of(files, *others)["plan"].apps)


def test_valkey_clients_need_redis() -> None:
    python = {"requirements.txt": "flask\nvalkey==6.1\n", "app.py": "app = Flask(__name__)\n"}
    node = {"package.json": pkg(dependencies={"express": "4", "iovalkey": "0.3"})}
    go = {"go.mod": GO_MOD + "\nrequire github.com/valkey-io/valkey-go v1.0.60\n"}
    go["main.go"] = "package main\n"
    assert services_of(python) == services_of(node) == services_of(go) == ["redis"]


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


def test_a_port_handed_to_a_parse_helper_with_its_default_is_the_apps() -> None:
    files = {
        "package.json": pkg(scripts={"start": "node src/app.js"}, dependencies={"express": "4"}),
        "src/app.js": "parseEnvInt(process.env.BACKEND_PORT || process.env.PORT, 3100, {",
    }
    assert plan_of(files)["plan"].apps[0].port.value == 3100


def test_a_libraries_maintenance_script_is_not_an_app() -> None:
    library = {
        "clients/python/pyproject.toml": '[project]\nname = "acme-sdk"\ndependencies = ["httpx"]\n',
        "clients/python/acme_sdk/__init__.py": "",
        "clients/python/apply_patches.py": 'if __name__ == "__main__":\n    main()\n',
        "go.mod": GO_MOD,
        "main.go": "package main\n",
    }
    assert paths_of(library) == ["."]
    # A script named like an entry point still runs the project.
    bot = {**library, "clients/python/main.py": 'if __name__ == "__main__":\n    run()\n'}
    assert paths_of(bot) == [".", "clients/python"]


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


def _app(path: str, main: str | None = None, **more: object) -> dict[str, object]:
    return {"path": path, "language": "go", "main_package": main, "framework": "none", **more}


def test_the_scorer_tells_a_modules_commands_apart_by_main_package() -> None:
    labels = {
        "apps": [
            {"path": ".", "language": "go", "main_package": "./cmd/api"},
            {"path": ".", "language": "go", "main_package": "./cmd/engine"},
        ],
        "services": [],
    }
    one = {"apps": [_app(".", "./cmd/api")], "services": []}
    both = {"apps": [_app(".", "./cmd/api"), _app(".", "./cmd/engine")], "services": []}
    assert score(one, labels)[0] is False
    assert score(both, labels)[:2] == (True, True)
    wrong = {"apps": [_app(".", "./cmd/api"), _app(".", "./hack")], "services": []}
    assert "no app with main package './cmd/engine'" in " ".join(score(wrong, labels)[2])


def test_a_lone_label_without_main_package_holds_every_app_at_its_path() -> None:
    labels = {"apps": [{"path": ".", "language": "go", "port": 8080}], "services": []}
    found = {"apps": [_app(".", "./cmd/a", port=8080), _app(".", "./cmd/b", port=80)]}
    assert score({**found, "services": []}, labels)[2] == [". port 80 != 8080"]
