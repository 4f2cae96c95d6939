"""Python apps: which folders and scripts are apps (pins, tooling roots, contrib scripts, test
suites, load generators, MCP servers), Flask, FastAPI, Django, Pyramid, Litestar and
Airflow entry points and commands, requirements and setup.py reading, and the front ends
beside a Python app."""

from __future__ import annotations

import json
from pathlib import Path

from devenv.detect.pydeps import read_requirements
from devenv.detect.scan import scan_repo
from devenv.detect.tree import RepoTree, gather
from tests.unit.detect_helpers import (
    DJANGO_MANAGE,
    DJANGO_PROJECT,
    FLASK,
    NEXT,
    app_commands,
    app_of,
    apps_of,
    frameworks_and_ports,
    path_ports,
    plan_of,
    ports_of,
    service_names,
    to_json,
)


def test_django_runs_from_manage_pys_folder_where_its_settings_sample_sits() -> None:
    # Shaped like pretalx: pyproject.toml at the root, src/manage.py beside
    # src/pretalx.example.cfg; the Vite bundle inside the package is the app's, not an app.
    files = {
        "pyproject.toml": '[project]\nname = "talks"\ndependencies = ["Django>=5"]\n',
        "src/manage.py": "import django\n",
        "src/talks/__init__.py": "",
        "src/talks/settings.py": "INSTALLED_APPS = []\n",
        "src/talks/frontend/package.json": '{"scripts": {"start": "vite"}, '
        '"devDependencies": {"vite": "^8"}}',
    }
    sample = {**files, "src/talks.example.cfg": "[site]\ndebug = True\n"}
    assert [path for path, _ in path_ports(sample)] == ["src"]
    assert "." in [path for path, _ in path_ports(files)]  # without it, the manifests' folder


def test_frameworkless_scripts_in_code_generator_and_dataset_folders_are_not_apps() -> None:
    # Shaped like Shuffle's backend/app_gen/python-lib (a generator script) and
    # Open-Assistant's data/datasets/<name> (dataset preparation scripts).
    script = 'if __name__ == "__main__":\n    print("x")\n'
    files = {
        "backend/app_gen/python-lib/requirements.txt": "pyyaml\n",
        "backend/app_gen/python-lib/generator.py": script,
        "data/datasets/qa/requirements.txt": "pandas\n",
        "data/datasets/qa/prepare.py": script,
        "api/requirements.txt": "flask\n",
        "api/app.py": "from flask import Flask\napp = Flask(__name__)\n",
    }
    assert sorted(ports_of(files)) == ["api"]


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
    assert [path for path, _ in path_ports(files)] == ["backend"]


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


def test_a_bundlers_dev_server_at_a_python_apps_root_is_an_app_beside_it() -> None:
    # Shaped like treeherder: `start: rspack serve` (devServer.port: PORT || 5000) beside a
    # Django project at the root; a `webpack --watch` there only builds the templates' assets.
    package = {"scripts": {"start": "rspack serve --mode development"}}
    files = {
        "manage.py": "import django\n",
        "requirements.txt": "django==5.0\n",
        "package.json": to_json({**package, "devDependencies": {"@rspack/cli": "1"}}),
        "rspack.config.js": "module.exports = {\n  devServer: {\n"
        "    port: process.env.PORT || 5000,\n  },\n};\n",
    }
    apps = plan_of(files)["plan"].apps
    assert sorted((a.language, a.port.value if a.port else None) for a in apps) == [
        ("node", 5000),
        ("python", 8000),
    ]
    watch = {**files, "package.json": to_json({"scripts": {"start": "webpack --watch"}})}
    assert [a.language for a in plan_of(watch)["plan"].apps] == ["python"]


def test_a_locust_load_generator_is_not_an_app() -> None:
    # Shaped like microservices-demo's loadgenerator: pip-compiled requirements list flask
    # (Locust's web UI) beside locust, and the folder holds only a locustfile.
    files = {
        "src/loadgenerator/requirements.txt": "flask==3.0\nlocust==2.20\n",
        "src/loadgenerator/locustfile.py": "from locust import HttpUser\n",
        "src/api/requirements.txt": "flask==3.0\n",
        "src/api/app.py": "from flask import Flask\napp = Flask(__name__)\n",
    }
    assert [a.finding.path for a in plan_of(files)["plan"].apps] == ["src/api"]


def test_a_python_script_named_for_serving_is_the_entry_before_its_client() -> None:
    # Shaped like microservices-demo's emailservice: email_client.py and email_server.py
    # both run themselves; the server reads PORT with a default of 8080.
    guard = 'if __name__ == "__main__":\n    main()\n'
    files = {
        "email/requirements.txt": "grpcio\n",
        "email/email_client.py": "import grpc\n" + guard,
        "email/email_server.py": "import os\nport = os.environ.get('PORT', \"8080\")\n" + guard,
    }
    app = next(iter(plan_of(files)["spec"]["apps"].values()))
    assert (app["command"], app["port"]) == ("python email_server.py", 8080)


def test_a_litestar_app_runs_with_litestar_from_its_import_root() -> None:
    # Shaped like litestar-fullstack: the `app` package sits in src/py, the port is a setting.
    files = {
        "pyproject.toml": '[project]\nname = "app"\ndependencies = ["litestar[standard]"]\n',
        "src/py/app/__init__.py": "",
        "src/py/app/server/__init__.py": "",
        "src/py/app/server/asgi.py": "def create_app():\n    return Litestar(plugins=[])\n",
        "src/py/app/settings.py": 'PORT = get_env("LITESTAR_PORT", 8000)\n',
    }
    assert frameworks_and_ports(files) == {".": ("none", 8000)}
    assert app_commands(files)["."] == (
        "litestar --app app.server.asgi:create_app --app-dir src/py run --host 0.0.0.0"
        " --port {port} --reload"
    )


def test_a_vite_front_end_the_python_app_starts_is_part_of_it() -> None:
    # Shaped like litestar-fullstack: litestar-vite starts `vite` in development mode.
    vite = {"scripts": {"dev": "vite"}, "devDependencies": {"vite": "7"}}
    files = {
        "pyproject.toml": (
            '[project]\nname = "app"\ndependencies = ["litestar", "litestar-vite"]\n'
        ),
        "app.py": "app = Litestar()\n",
        "src/js/web/package.json": json.dumps(vite),
    }
    assert list(frameworks_and_ports(files)) == ["."]


def test_a_test_module_that_runs_itself_is_not_the_entry_script() -> None:
    # Shaped like spiff-arena's async-http connector: main.py is a Falcon app devenv does not
    # know; test_main.py ends with `if __name__ == "__main__":`.
    files = {
        "proxy/requirements.txt": "falcon\nhttpx\n",
        "proxy/main.py": "import falcon.asgi\napp = falcon.asgi.App()\n",
        "proxy/test_main.py": "if __name__ == '__main__':\n    unittest.main()\n",
        "web/package.json": NEXT,
    }
    assert list(frameworks_and_ports(files)) == ["web"]


def test_a_regression_folder_is_a_test_suite(tmp_path: Path) -> None:
    # Shaped like pgadmin4's web/regression: a test runner with its own requirements.txt.
    files = {
        "requirements.txt": "flask\n",
        "app.py": FLASK,
        "regression/requirements.txt": "flask\npytest\n",
        "regression/runtests.py": "if __name__ == '__main__':\n    main()\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    assert [a.path for a in scan_repo(gather(tmp_path)).apps] == ["."]


def test_a_folder_of_pins_is_the_app_above_not_an_app() -> None:
    # Shaped like awx: manage.py at the root, its pins in requirements/ (with the scripts
    # that update them), no manifest at the root.
    files = {
        "manage.py": DJANGO_MANAGE,
        "proj/__init__.py": "",
        "proj/settings.py": "DEBUG = True\n",
        "requirements/requirements.in": "django\n",
        "requirements/requirements.txt": "django==4.2\nredis==5.0\n",
        "requirements/updater.sh": "pip-compile requirements.in\n",
    }
    assert frameworks_and_ports(files) == {".": ("django", 8000)}


def test_the_requirements_a_dockerfile_copies_in_are_the_apps() -> None:
    # Shaped like kpi: the pins sit in dependencies/pip/, which the root's Dockerfile copies
    # in and installs.
    files = {
        "manage.py": DJANGO_MANAGE,
        "proj/__init__.py": "",
        "proj/settings.py": "DEBUG = True\n",
        "pyproject.toml": "[tool.ruff]\nline-length = 100\n",
        "Dockerfile": "FROM python:3.12\nCOPY ./dependencies/pip/requirements.txt /tmp/deps.txt\n",
        "dependencies/pip/requirements.in": "django\npymongo\n",
        "dependencies/pip/requirements.txt": "django==5.1\npymongo==4.10\n",
    }
    assert frameworks_and_ports(files) == {".": ("django", 8000)}
    assert service_names(files) == ["mongo"]


def test_a_root_project_that_runs_a_nested_apps_manage_py_is_that_apps_deployment() -> None:
    # Shaped like ChiefOnboarding: the root pyproject copies back/'s for a PaaS build and
    # its Procfile runs gunicorn in back/, where manage.py and the Dockerfile are.
    pyproject = (
        '[project]\nname = "x"\ndependencies = ["Django<6", "gunicorn", "psycopg[binary]"]\n'
    )
    files = {
        "pyproject.toml": pyproject,
        "Procfile": "web: gunicorn --chdir back proj.wsgi\n",
        "back/pyproject.toml": pyproject,
        "back/manage.py": DJANGO_MANAGE,
        "back/Dockerfile": "FROM python:3.13\n",
        "back/proj/__init__.py": "",
        "back/proj/settings.py": "DEBUG = True\n",
    }
    assert frameworks_and_ports(files) == {"back": ("django", 8000)}


def test_a_script_in_contrib_is_an_extra_not_an_app() -> None:
    # Shaped like ralph: contrib/dhcp_agent is an agent script with its own setup.py.
    files = {
        "requirements.txt": "django\n",
        "manage.py": "",
        "contrib/agent/setup.py": "from setuptools import setup\nsetup(name='agent')\n",
        "contrib/agent/agent.py": "if __name__ == '__main__':\n    main()\n",
    }
    assert [a.finding.path for a in plan_of(files)["plan"].apps] == ["."]


def test_the_package_the_projects_scripts_run_is_part_of_the_app() -> None:
    # Shaped like faraday: faraday/ holds a requirements.txt (a link to the root's) and a
    # Flask module; the root pyproject's scripts run `faraday.start_server:main`.
    pyproject = (
        '[project]\nname = "shop"\ndependencies = ["flask"]\n'
        '[project.scripts]\nshop-server = "shop.start_server:main"\n'
    )
    files = {
        "pyproject.toml": pyproject,
        "requirements.txt": "flask\n",
        "shop/__init__.py": "",
        "shop/requirements.txt": "flask\n",
        "shop/server/app.py": "from flask import Flask\napp = Flask(__name__)\n",
    }
    assert [a.finding.path for a in plan_of(files)["plan"].apps] == ["."]


def test_a_flask_script_manage_py_is_not_django() -> None:
    files = {
        "requirements.txt": "flask\nflask-script\n",
        "manage.py": "from flask_script import Manager\nmanager = Manager(app)\n",
        "app/__init__.py": "def create_app():\n    app = Flask(__name__)\n",
    }
    app = apps_of(files)["web"]
    assert app["framework"] == "flask" and app["port"] == 5000


def test_a_uv_workspace_lockfile_at_the_root_is_seen_from_backend() -> None:
    files = {
        "pyproject.toml": '[tool.uv.workspace]\nmembers = ["backend"]\n',
        "backend/pyproject.toml": '[project]\nname = "b"\ndependencies = ["fastapi"]\n',
        "backend/main.py": "app = FastAPI()\n",
    }
    found = plan_of(files, "uv.lock")
    app = found["plan"].apps[0]
    assert app.finding.package_manager is not None
    assert app.finding.package_manager.value == "uv"
    assert "uv.lock (a uv workspace lockfile)" in app.finding.package_manager.why[0]
    assert "run `uv lock`" not in "\n".join(found["plan"].notes)


def test_requirements_comments_markers_extras_includes_and_cycles() -> None:
    tree = RepoTree.of(
        {
            "requirements.txt": "# c\n-r base.txt\nFlask>=3 # web\n"
            "celery[redis,msgpack]>=5 ; python_version>'3.8'\n"
            "-e git+https://x/y.git#egg=my_lib[pg]\n--index-url https://x\n"
            "gunicorn \\\n  --hash=sha256:0\n",
            "base.txt": "-r requirements.txt\npsycopg2_binary==2.9\n",
        }
    )
    deps = {d.name: d for d in read_requirements(tree, "requirements.txt")}
    assert set(deps) == {"psycopg2-binary", "flask", "celery", "my-lib", "gunicorn"}
    assert deps["celery"].extras == {"redis", "msgpack"}
    assert deps["celery"].evidence.startswith("requirements.txt:4 celery[redis,msgpack]")
    assert deps["psycopg2-binary"].file == "base.txt"


def test_flask_module_other_than_app_gets_explicit_commands() -> None:
    app = app_of(
        {
            "requirements.txt": "flask\ngunicorn\n",
            "server.py": "from flask import Flask\nserver = Flask(__name__)\n",
        }
    )
    assert app["command"] == "flask --app server:server run --host 0.0.0.0 --port 5000 --debug"
    assert app["prod_command"] == "gunicorn --bind 0.0.0.0:5000 server:server"


def test_a_flask_factory_runs_from_the_module_that_calls_it() -> None:
    # miguelgrinberg/flasky's shape: the package only has create_app(config_name), and a
    # top-level module builds the app with the config it picks.
    files = {
        "requirements.txt": "Flask==0.12.2\nFlask-Migrate==2.0.4\n",
        "app/__init__.py": "def create_app(config_name):\n    app = Flask(__name__)\n",
        "flasky.py": "from app import create_app\napp = create_app(os.getenv('CONFIG') or 'x')\n",
        "migrations/env.py": "",
    }
    app = app_of(files)
    assert app["command"] == "flask run --host 0.0.0.0 --port 5000"  # Flask 0.12: no --app
    assert app["env"]["FLASK_APP"] == "flasky"
    assert app["setup"] == "flask db upgrade"
    files["requirements.txt"] = "Flask==3.0.0\n"
    files["flasky.py"] = "webapp = create_app('production')\n"
    command = app_of(files)["command"]
    assert command == "flask --app flasky:webapp run --host 0.0.0.0 --port 5000 --debug"
    # A factory Flask can call itself (no required argument) stays the one run: a module
    # that calls it may only be there for other tools (Alembic's env.py).
    files["app/__init__.py"] = "def create_app(settings=None):\n    app = Flask(__name__)\n"
    assert "command" not in app_of(files)  # `flask --app app`, the convention


def test_default_flask_module_keeps_the_convention() -> None:
    app = app_of({"requirements.txt": "flask\ngunicorn\n", "app.py": "app = Flask(__name__)\n"})
    assert "command" not in app and "prod_command" not in app


def test_an_app_built_at_import_by_a_function_of_its_module() -> None:
    # testdrivenio/fastapi-tdd-docker: `app = create_application()` in app/main.py.
    main = "def create_application():\n    return FastAPI()\n\napp = create_application()\n"
    files = {"requirements.txt": "fastapi\nuvicorn\n", "app/__init__.py": "", "app/main.py": main}
    assert app_of(files)["command"] == "uvicorn app.main:app --host 0.0.0.0 --port 8000 --reload"
    # nickjj/docker-flask-example: the module-level call builds Celery, not the Flask app.
    flask = (
        "def create_app(settings_override=None):\n    app = Flask(__name__)\n    return app\n\n"
        "def celery_init_app(app):\n    return Celery(app.name)\n\n"
        "celery_app = celery_init_app(create_app())\n"
    )
    files = {"requirements.txt": "flask\ncelery\n", "hello/__init__.py": "", "hello/app.py": flask}
    assert app_of(files)["command"].startswith("flask --app hello.app run ")


def test_fastapi_factory_in_a_package() -> None:
    app = app_of(
        {
            "requirements.txt": "fastapi\nuvicorn\n",
            "api/__init__.py": "",
            "api/app.py": "def create_app():\n    return FastAPI()\n",
        }
    )
    assert app["command"].startswith("uvicorn api.app:create_app --factory")


def test_django_without_gunicorn_notes_it_and_uses_runserver() -> None:
    found = plan_of(
        {
            "requirements.txt": "django\n",
            "manage.py": 'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")\n',
        }
    )
    assert "prod_command" not in found["spec"]["apps"]["web"]
    assert any("gunicorn" in note for note in found["plan"].notes)


def test_a_root_that_runs_only_a_nested_app_is_its_tooling() -> None:
    # Azure-Samples/azure-django-postgres-flexible-appservice's shape: tool settings in the
    # root's pyproject.toml, a requirements-dev.txt that includes the app's requirements.
    files = {
        "pyproject.toml": "[tool.ruff]\nline-length = 120\n",
        "requirements-dev.txt": "-r src/requirements.txt\npytest\n",
        "src/requirements.txt": "django\npsycopg2\n",
        "src/manage.py": "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'project.settings')\n",
        "src/project/settings.py": "",
    }
    scan = scan_repo(RepoTree.of(files))
    assert [app.path for app in scan.apps] == ["src"]
    assert ".: runs only what src holds; taken as its tooling" in scan.notes


def test_django_in_src_reads_its_settings_as_the_root_app_s() -> None:
    # nickjj/docker-django-example: manage.py and settings in src/, pyproject.toml at the root.
    files = {
        "pyproject.toml": '[project]\nname = "x"\ndependencies = ["django", "psycopg"]\n',
        "uv.lock": "",
        "src/manage.py": "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'config.settings')\n",
        "src/config/settings.py": 'NAME = os.getenv("POSTGRES_DB", "hello")\n',
    }
    assert app_of(files)["env"]["POSTGRES_DB"] == "app"


def test_an_app_built_by_a_function_of_another_module_named_setup_py() -> None:
    # igorbenav/FastAPI-boilerplate: src/app/main.py calls create_application(...), which
    # src/app/core/setup.py defines (a multi-line signature) and which creates FastAPI().
    setup = (
        "def create_application(\n    router,\n    **kwargs,\n) -> FastAPI:\n"
        "    application = FastAPI(**kwargs)\n    return application\n"
    )
    files = {
        "pyproject.toml": '[tool.poetry.dependencies]\npython = "^3.11"\nfastapi = "^0.109"\n',
        "src/app/__init__.py": "",
        "src/app/main.py": "from .core.setup import create_application\n"
        "app = create_application(router=router)\n",
        "src/app/core/__init__.py": "",
        "src/app/core/setup.py": setup,
    }
    assert app_of(files)["command"].startswith("uvicorn app.main:app --app-dir src ")


def test_a_service_built_from_the_root_runs_the_folder_it_mounts() -> None:
    # libretime: the api service builds the root Dockerfile's target and mounts ./api:/src,
    # `command: /usr/local/bin/libretime-api runserver 0.0.0.0:9001`.
    files = {f"api/{k}": v for k, v in DJANGO_PROJECT.items()}
    service = "  api:\n    build:\n      context: .\n    volumes:\n      - ./api:/src\n"
    command = "    command: /usr/local/bin/libretime-api runserver 0.0.0.0:9001\n"
    compose = "services:\n" + service + command
    assert ports_of({**files, "docker-compose.yml": compose}) == {"api": 9001}
    unmounted = "services:\n  api:\n    build:\n      context: .\n" + command
    assert ports_of({**files, "docker-compose.yml": unmounted}) == {"api": 8000}


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
