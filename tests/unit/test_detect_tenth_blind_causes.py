"""Rule tests for the causes a tenth blind-labelled set of real repositories showed (issue 7):
Python and Node web apps with backing services."""

from __future__ import annotations

from tests.unit.test_detect_real_causes import apps_of, notes_of, pkg, services_of


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


def test_flask_with_its_extensions_beside_fastapi_is_a_flask_app() -> None:
    files = {
        "requirements.txt": "flask\nflask-cors\nflask-caching\nfastapi\n",
        "app/instance.py": "app = Flask(__name__)\n",
        "app/asgi.py": "app = FastAPI()\n",
    }
    assert next(iter(apps_of(files).values()))["framework"] == "flask"


def test_fastapi_beside_a_bare_flask_stays_a_fastapi_app() -> None:
    files = {"requirements.txt": "fastapi\nuvicorn\nflask\n", "main.py": "app = FastAPI()\n"}
    assert next(iter(apps_of(files).values()))["framework"] == "fastapi"


def test_an_airflow_project_is_an_app_and_its_providers_name_its_services() -> None:
    files = {
        "scheduler/requirements.txt": (
            "apache-airflow==2.10.4\napache-airflow-providers-postgres\n"
            "apache-airflow-providers-redis\n"
        ),
        "scheduler/dags/reports.py": "from airflow import DAG\n",
    }
    app = apps_of(files)["scheduler"]
    assert (app["port"], app["command"]) == (8080, "airflow standalone")
    assert sorted(services_of(files)) == ["postgres", "redis"]


def test_a_capitalised_settings_module_gives_the_port_default() -> None:
    files = {
        "src/package.json": pkg(
            name="server",
            scripts={"dev": "node --require tsx/cjs node/server.ts"},
            dependencies={"express": "4"},
        ),
        "src/node/server.ts": "import settings from './utils/Settings';\n",
        "src/node/utils/Settings.ts": "  port: process.env.PORT || 9001,\n",
    }
    assert apps_of(files)["src"]["port"] == 9001


def test_a_compose_database_built_from_a_plain_base_that_sets_postgres_settings_is_postgres() -> (
    None
):
    files = {
        "requirements.txt": "django\npsycopg2-binary\nredis\n",
        "manage.py": "import django\n",
        "docker-compose.yml": (
            "services:\n  db:\n    image: acme/acme_db\n  broker:\n    image: redis:7\n"
        ),
        "docker-compose.build.yml": "services:\n  db:\n    build: ./db\n",
        "db/Dockerfile": "FROM ubuntu:20.04\nENV POSTGRES_PASSWORD postgres\n",
    }
    assert sorted(services_of(files)) == ["postgres", "redis"]
