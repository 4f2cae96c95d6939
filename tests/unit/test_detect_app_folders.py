"""Which folders hold apps, whatever the language: image-build helpers, tools, CI jobs,
samples, demos, playgrounds, browser extensions, examples under underscore folders and
virtualenvs are not apps, each on a small in-memory tree of the shape a real repository had."""

from __future__ import annotations

from pathlib import Path

from devenv.detect.plan import Choices, make_plan
from devenv.detect.scan import scan_repo
from devenv.detect.tree import gather
from tests.unit.detect_helpers import (
    GO_APP,
    GO_MOD,
    app_paths,
    apps_of,
    frameworks_and_ports,
    path_ports,
    paths_of,
    pkg,
    plan_of,
    to_json,
)


def test_a_frameworkless_package_in_a_ci_folder_is_a_ci_job_not_an_app() -> None:
    # Shaped like tensorzero's ci/markdown-broken-link-checker: a uv project with a main.py.
    files = {
        **GO_APP,
        "ci/link-checker/pyproject.toml": '[project]\nname = "links"\ndependencies = ["httpx"]\n',
        "ci/link-checker/uv.lock": "",
        "ci/link-checker/main.py": 'if __name__ == "__main__":\n    main()\n',
    }
    assert [path for path, _ in path_ports(files)] == ["."]


def test_a_frameworks_app_in_a_tools_folder_is_a_tool() -> None:
    # Shaped like mediacms: frontend-tools/video-editor is a vite app whose build goes into
    # the Django app's static files; frontend/ is the front end developers run.
    vite = {"scripts": {"dev": "vite"}, "devDependencies": {"vite": "5"}}
    files = {
        "manage.py": "import django\n",
        "requirements.txt": "django==5.0\n",
        "frontend/package.json": to_json(vite),
        "frontend-tools/video-editor/package.json": to_json(vite),
    }
    assert sorted(app_paths(files)) == [".", "frontend"]


def test_a_package_in_the_docker_setups_folder_is_a_helper() -> None:
    # Shaped like stack-auth: docker/dependencies/wal-info is an Express probe an image runs.
    probe = {"scripts": {"start": "node server.js"}, "dependencies": {"express": "4"}}
    files = {
        "package.json": to_json({"scripts": {"dev": "next dev"}, "dependencies": {"next": "15"}}),
        "docker/dependencies/wal-info/package.json": to_json(probe),
        "docker/dependencies/wal-info/server.js": "app.listen(8080)\n",
    }
    assert app_paths(files) == ["."]


def test_a_package_below_a_demo_folder_is_a_sample() -> None:
    # Shaped like martin: demo/frontend is the demo site's landing page, not the server's UI.
    vite = {"scripts": {"dev": "vite --port 8080"}, "devDependencies": {"vite": "5"}}
    files = {
        "package.json": to_json({"scripts": {"dev": "next dev"}, "dependencies": {"next": "15"}}),
        "demo/frontend/package.json": to_json(vite),
        "packages/demo-app/package.json": to_json(vite),  # named so, but its own app
    }
    assert sorted(app_paths(files)) == [".", "packages/demo-app"]


def test_browser_extensions_and_asset_bundles_are_not_apps() -> None:
    extension = pkg(
        scripts={"dev": "vite"}, devDependencies={"vite": "7", "@crxjs/vite-plugin": "2"}
    )
    theme = pkg(
        main="src/app.js",
        scripts={"build": "webpack --config webpack.prod.js", "watch": "webpack --watch"},
    )
    files = {
        "requirements.txt": "flask\n",
        "app.py": "app = Flask(__name__)\n",
        "extension/package.json": extension,
        "app/themes/aurora/package.json": theme,
        "app/themes/aurora/src/app.js": "import 'bootstrap';\n",
    }
    found = plan_of(files, "extension/package-lock.json")
    assert [a.finding.path for a in found["plan"].apps] == ["."]
    notes = "\n".join(found["plan"].notes)
    assert "a browser extension (@crxjs/vite-plugin)" in notes
    assert "app/themes/aurora: builds only (package.json scripts.build: webpack" in notes


def test_a_helper_inside_an_image_build_folder_is_no_app() -> None:
    # Shaped like trieve and elabftw: docker/<script>/ and containers/<image>/helpers hold
    # a Python script and a Go helper each image bakes in, beside the real app.
    files = {
        "package.json": '{"scripts": {"dev": "next dev"}, "dependencies": {"next": "15"}}',
        "docker/clustering-script/requirements.txt": "clickhouse-connect\n",
        "docker/clustering-script/get_clusters.py": "print('clusters')\n",
        "containers/image/helpers/go.mod": "module helpers\n\ngo 1.22\n",
        "containers/image/helpers/main.go": "package main\n\nfunc main() {}\n",
    }
    assert list(frameworks_and_ports(files)) == ["."]


def test_an_env_folder_is_read_unless_it_is_a_virtualenv(tmp_path: Path) -> None:
    """Go and Node code keep settings in an env/ package; a virtualenv of that name is
    known by its pyvenv.cfg, as one of any name is."""
    files = {
        "app/pkg/env/env.go": "package env\n",
        "env/pyvenv.cfg": "home = /usr/bin\n",
        "env/lib/site/requirements.txt": "django\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    texts = gather(tmp_path).texts
    assert "app/pkg/env/env.go" in texts and "env/lib/site/requirements.txt" not in texts


def test_playgrounds_are_not_apps(tmp_path: Path) -> None:
    server = pkg(scripts={"start": "node server.js"}, dependencies={"express": "4"})
    nextjs = pkg(scripts={"dev": "next dev"}, dependencies={"next": "15"})
    for path, text in {"package.json": server, "playground/nextjs/package.json": nextjs}.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text, encoding="utf-8")
    plan = make_plan(scan_repo(gather(tmp_path)), Choices(), "repo")
    assert [a.finding.path for a in plan.apps] == ["."]


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


def test_underscore_folders_hold_examples_not_apps() -> None:
    main = 'package main\n\nhttp.ListenAndServe(":8080", nil)\n'
    files = {
        "go.mod": "module x\n\ngo 1.22\n",
        "main.go": main,
        "_example/store/go.mod": "module y\n\ngo 1.22\n",
        "_example/store/main.go": main,
        "extra/push-examples/go/go.mod": "module z\n\ngo 1.22\n",
        "extra/push-examples/go/main.go": main,
    }
    assert list(apps_of(files)) == ["web"]


def test_test_servers_plugins_and_side_programs_are_not_apps() -> None:
    # Shaped like saltcorn's infosec-scan/oauth2-test-server, fides' qa scenarios, tobira's
    # util/dummy-login, teable's plugins, khoj's src/telemetry, ledger's deployments/pulumi
    # and retail-store's oss/attribution: each runs apart from the product, if at all.
    express = {"scripts": {"start": "node server.js"}, "dependencies": {"express": "4"}}
    flask = "flask==3.0\n"
    files = {
        **GO_APP,
        "infosec-scan/oauth2-test-server/package.json": to_json(express),
        "qa/requirements.txt": flask,
        "qa/__main__.py": "from flask import Flask\napp = Flask(__name__)\n",
        "util/dummy-login/package.json": to_json(express),
        "plugins/package.json": to_json(express),
        "src/telemetry/requirements.txt": "fastapi\nuvicorn\n",
        "src/telemetry/telemetry.py": "from fastapi import FastAPI\napp = FastAPI()\n",
        "deployments/pulumi/go.mod": "module example.com/deploy\n\ngo 1.22\n",
        "deployments/pulumi/main.go": "package main\n\nfunc main() {}\n",
        "oss/attribution/package.json": to_json(express),
    }
    assert app_paths(files) == ["."]


def test_an_old_copy_set_aside_in_a_bak_folder_is_not_an_app() -> None:
    # Shaped like coolstore-microservices: src/web is the Remix front end, src/bak/web the
    # earlier one kept aside.
    web = pkg(name="web", scripts={"dev": "remix dev"}, dependencies={"@remix-run/node": "1"})
    files = {"src/web/package.json": web, "src/bak/web/package.json": web}
    assert app_paths(files) == ["src/web"]
