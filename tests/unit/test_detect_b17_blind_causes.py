"""Rules blind batch b17 (Python and Node applications) showed, each on a small tree of its
shape."""

from __future__ import annotations

import json

from tests.unit.test_detect_rules import plan_of


def _ports(files: dict[str, str]) -> list[tuple[str, int | None]]:
    return [(a.finding.path, a.port.value if a.port else None) for a in plan_of(files)["plan"].apps]


def _express(main: str) -> dict[str, str]:
    manifest = {"main": main, "scripts": {"dev": f"nodemon {main}"}}
    return {"package.json": json.dumps({**manifest, "dependencies": {"express": "4"}})}


def test_a_config_modules_plain_top_level_port_key_is_the_servers() -> None:
    # Shaped like lin-cms-koa and cnpmjs.org: the entry listens on `config.port`; the config
    # folder's setting.js says `port: 5000` at the top level, while secure.js nests the
    # database's `port: 3306` under `db:`.
    files = {
        **_express("index.js"),
        "index.js": "app.listen(config.getItem('port'));\n",
        "app/config/secure.js": "module.exports = {\n  db: {\n    port: 3306,\n  },\n};\n",
        "app/config/setting.js": "module.exports = {\n  wsPort: 5001,\n  port: 5000,\n};\n",
    }
    assert _ports(files) == [(".", 5000)]


def test_node_configs_default_layer_gives_the_port_past_parse_ints_radix() -> None:
    # Shaped like node-elm: config/default.js (node-config's base layer) holds
    # `port: parseInt(process.env.PORT, 10) || 8001`.
    files = {
        **_express("index.js"),
        "index.js": "app.listen(config.port);\n",
        "config/default.js": "module.exports = {\n"
        "\tport: parseInt(process.env.PORT, 10) || 8001,\n};\n",
    }
    assert _ports(files) == [(".", 8001)]


def test_the_apps_env_file_sets_the_variable_its_config_module_reads() -> None:
    # Shaped like nest-admin: src/config/app.config.ts reads `envNumber('APP_PORT', 3000)` and
    # the committed .env sets `APP_PORT = 7001` (what compose publishes).
    files = {
        "package.json": json.dumps(
            {"scripts": {"start": "nest start -w"}, "dependencies": {"@nestjs/core": "10"}}
        ),
        "src/main.ts": "await app.listen(port, '0.0.0.0')\n",
        "src/config/app.config.ts": "export default {\n  port: envNumber('APP_PORT', 3000),\n}\n",
        ".env": "APP_NAME = Nest Admin\nAPP_PORT = 7001\n",
        ".env.production": "APP_PORT = 80\n",
    }
    assert _ports(files) == [(".", 7001)]


def test_a_compose_service_built_here_may_import_the_app_under_its_package_name() -> None:
    # Shaped like mquery: setup.py installs src/ as the package mquery; the dev compose file
    # builds the root with a Dockerfile whose CMD runs `uvicorn mquery.app:app --port 5000`.
    files = {
        "setup.py": "setup(name='mquery', package_dir={'mquery': 'src'})\n",
        "requirements.txt": "fastapi\nuvicorn\n",
        "src/__init__.py": "",
        "src/app.py": "from fastapi import FastAPI\napp = FastAPI()\n",
        "docker-compose.dev.yml": "services:\n  dev-web:\n    build:\n      context: .\n"
        "      dockerfile: deploy/docker/dev.web.Dockerfile\n    ports:\n      - 5000:5000\n",
        "deploy/docker/dev.web.Dockerfile": "FROM python:3.10\n"
        "CMD uvicorn mquery.app:app --host 0.0.0.0 --port 5000 --reload\n",
    }
    assert _ports(files) == [(".", 5000)]


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


def test_a_settings_module_that_switches_debug_off_beside_a_development_one_is_productions() -> (
    None
):
    # Shaped like pinry: manage.py runs settings/development.py (SQLite); settings/docker.py,
    # the image's, says `DEBUG = False` and names Postgres; psycopg2 is a requirement.
    files = {
        "requirements.txt": "django\npsycopg2-binary\n",
        "manage.py": "os.environ.setdefault('DJANGO_SETTINGS_MODULE', "
        "'pinry.settings.development')\n",
        "pinry/__init__.py": "",
        "pinry/settings/__init__.py": "",
        "pinry/settings/base.py": "DEBUG = False\nINSTALLED_APPS = []\n",
        "pinry/settings/development.py": "from .base import *\nDEBUG = True\nDATABASES = "
        "{'default': {'ENGINE': 'django.db.backends.sqlite3'}}\n",
        "pinry/settings/docker.py": "from .base import *\nDEBUG = False\nDATABASES = "
        "{'default': {'ENGINE': 'django.db.backends.postgresql_psycopg2', 'HOST': 'db'}}\n",
    }
    assert [s.name for s in plan_of(files)["plan"].services] == []


def test_an_mcp_server_and_an_evaluation_harness_are_not_apps() -> None:
    # Shaped like SurfSense: surfsense_mcp (an MCP server an AI client starts) and
    # surfsense_evals (a harness run as `python -m`) beside the FastAPI backend.
    def package(name: str) -> dict[str, str]:
        return {f"{name}/__init__.py": "", f"{name}/__main__.py": "main()\n"}

    files = {
        "backend/requirements.txt": "fastapi\nuvicorn\n",
        "backend/main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
        "surfsense_mcp/pyproject.toml": '[project]\nname = "m"\ndependencies = ["mcp", "httpx"]\n',
        **package("surfsense_mcp/mcp_server"),
        "surfsense_evals/pyproject.toml": '[project]\nname = "e"\ndependencies = ["httpx"]\n',
        **package("surfsense_evals/harness"),
    }
    assert [path for path, _ in _ports(files)] == ["backend"]


def test_setup_pys_requirements_past_one_with_extras() -> None:
    # Shaped like zou's requirements: `flask-fs2[swift, s3]` before flask and psycopg; the
    # extras' bracket does not end the list.
    files = {
        "setup.py": "setup(\n    install_requires=[\n        'flask-fs2[swift, s3]',\n"
        "        'flask',\n        'psycopg[binary]',\n    ],\n)\n",
        "app/__init__.py": "from flask import Flask\napp = Flask(__name__)\n",
    }
    plan = plan_of(files)["plan"]
    assert [a.finding.framework.value for a in plan.apps] == ["flask"]
    assert [s.name for s in plan.services] == ["postgres"]


def test_a_port_default_chosen_by_node_env_is_developments() -> None:
    # Shaped like excalidraw-room: `process.env.PORT || (process.env.NODE_ENV !== "development"
    # ? 80 : 3002)`: the developer's server listens on 3002.
    files = {
        **_express("src/index.ts"),
        "src/index.ts": "const port =\n  process.env.PORT || (process.env.NODE_ENV !== "
        '"development" ? 80 : 3002);\nserver.listen(port);\n',
    }
    assert _ports(files) == [(".", 3002)]
