"""Detection rules on in-memory trees: versions, manifests, frameworks, services, plans."""

from __future__ import annotations

import json

import pytest

from devenv.detect.model import Scan
from devenv.detect.plan import Choices, make_plan, spec_entries
from devenv.detect.procfile import port_in, read_procfile, to_command
from devenv.detect.pydeps import read_requirements
from devenv.detect.scan import scan_repo
from devenv.detect.tree import RepoTree
from devenv.detect.versions import NODE, PYTHON, choose, pinned
from devenv.spec.load import parse_spec
from devenv.spec.write import to_data, to_yaml


def plan_of(files: dict[str, str], *others: str, choices: Choices | None = None) -> dict:
    scan = scan_repo(RepoTree.of(files, *others))
    plan = make_plan(scan, choices or Choices(), "repo")
    entries = spec_entries(plan)
    if plan.apps:
        parse_spec(to_yaml(entries))
    return {"spec": to_data(entries) if plan.apps else None, "plan": plan, "scan": scan}


def app_of(files: dict[str, str], *others: str) -> dict:
    spec = plan_of(files, *others)["spec"]
    assert spec is not None
    return next(iter(spec["apps"].values()))


@pytest.mark.parametrize(
    ("constraint", "tag"),
    [
        (">=3.11", "3.13"),
        (">=3.8,<3.11", "3.10"),
        ("^3.10", "3.13"),
        ("~3.10", "3.10"),
        ("==3.11.*", "3.11"),
        (">=3.13", "3.13"),
        ("~=3.10", "3.13"),
        ("<3.12,>=3.9", "3.11"),
        ("<3.13", "3.12"),
    ],
)
def test_python_constraints_pick_the_default_or_the_nearest(constraint: str, tag: str) -> None:
    found = choose(PYTHON, constraint, "pyproject.toml")
    assert found is not None and found.value == tag


@pytest.mark.parametrize(
    ("constraint", "tag"),
    [("^20", "20"), (">=18", "22"), ("18.x", "18"), ("18 || 20", "20"), ("14 - 18", "18")],
)
def test_node_constraints(constraint: str, tag: str) -> None:
    found = choose(NODE, constraint, "package.json")
    assert found is not None and found.value == tag


def test_unreadable_constraints_and_old_pins() -> None:
    assert choose(NODE, "lts/*", "x") is None
    assert choose(PYTHON, ">=3.99", "x") is None
    old = pinned(NODE, "16", ".nvmrc")
    assert old is not None and old.value == "18" and "start at 18" in old.why[0]
    patch = pinned(PYTHON, "3.11.4", ".python-version")
    assert patch is not None and patch.value == "3.11"


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


@pytest.mark.parametrize(
    ("requirements", "services"),
    [
        ("celery\n", {"rabbitmq"}),
        ("celery\nredis\n", {"redis"}),
        ("celery[redis]\n", {"redis"}),
        ("celery[sqs]\n", {"rabbitmq"}),
        ("rq\n", {"redis"}),
        ("pika\npymemcache\n", {"rabbitmq", "memcached"}),
        ("mariadb\n", {"mariadb"}),
        ("sqlalchemy[asyncpg]\n", {"postgres"}),
        ("flask-mail\nrequests\n", set()),
    ],
)
def test_python_services(requirements: str, services: set[str]) -> None:
    files = {"requirements.txt": requirements, "main.py": "if __name__ == '__main__':\n  pass\n"}
    files["worker.py"] = "from celery import Celery\napp = Celery('w')\n"
    assert set(plan_of(files)["spec"].get("services", {})) == services


def test_postgres_and_mysql_in_one_app_get_distinct_variables() -> None:
    env = "DATABASE_URL=postgresql://app@db/app\nMYSQL_URL=mysql://app@mysql/app\n"
    files = {"requirements.txt": "flask\npsycopg\npymysql\n", "app.py": "app = Flask(1)"}
    spec = plan_of({**files, ".env.example": env})
    assert spec["spec"]["services"] == {
        "postgres": {"aliases": ["db"]},  # the sample's URL names the host db
        "mysql": {"env_var": "MYSQL_URL"},
    }


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


def test_procfile_port_variable_and_shell_syntax() -> None:
    assert to_command("gunicorn app:app --bind 0.0.0.0:$PORT") == (
        "gunicorn app:app --bind 0.0.0.0:{port}"
    )
    assert to_command("cd src && node ${PORT:-3000}") == ["sh", "-c", "cd src && node {port}"]
    assert to_command("echo 'unclosed") == ["sh", "-c", "echo 'unclosed"]
    assert port_in("uvicorn main:app --port 8001") == 8001
    assert port_in("gunicorn -b :$PORT app") is None


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


def test_go_indirect_requirements_do_not_count_and_libraries_are_not_apps() -> None:
    go_mod = "module x\n\ngo 1.18\n\nrequire (\n\tgithub.com/lib/pq v1 // indirect\n)\n"
    main = "package main\n\nfunc main() {}\n"
    found = plan_of({"go.mod": go_mod, "main.go": main})
    app = found["spec"]["apps"]["app"]
    assert app["version"] == "1.23"  # 1.18 has no bookworm image; Go builds old code
    assert "services" not in found["spec"]
    assert plan_of({"go.mod": go_mod, "lib.go": "package x\n"})["spec"] is None


def test_same_folder_names_and_ports_never_clash() -> None:
    next_app = json.dumps({"dependencies": {"next": "14"}, "scripts": {"dev": "next dev"}})
    found = plan_of(
        {
            "apps/web/package.json": next_app,
            "sites/web/package.json": next_app,
            "redis/package.json": next_app,
        }
    )
    apps = found["spec"]["apps"]
    assert sorted(apps) == ["redis-app", "sites-web", "web"]
    assert sorted(a.get("host_port", a["port"]) for a in apps.values()) == [3000, 3001, 3002]


def test_service_choices_add_and_remove() -> None:
    files = {"requirements.txt": "flask\nredis\n", "app.py": "app = Flask(1)\n"}
    choices = Choices(name="shop", add=("mailpit",), remove=("redis",))
    spec = plan_of(files, choices=choices)["spec"]
    assert spec["name"] == "shop"
    assert spec["services"] == {"mailpit": {}}


def test_users_dockerfile_gets_a_devenv_dockerfile_beside_it() -> None:
    files = {"requirements.txt": "flask\n", "app.py": "app = Flask(1)\n"}
    files["Dockerfile"] = "FROM python\n"
    assert app_of(files)["dockerfile"] == "Dockerfile.devenv"
    forced = plan_of(files, choices=Choices(force=True))["spec"]["apps"]["web"]
    assert "dockerfile" not in forced


def test_empty_and_untemplated_repositories() -> None:
    assert plan_of({"README.md": "hi"})["scan"] == Scan(apps=())
    mix = 'defp deps do\n  [\n    {:phoenix, "~> 1.7"},\n    {:postgrex, ">= 0.0.0"},\n'
    found = plan_of({"mix.exs": mix + '    {:redix, "~> 1.1"}\n  ]\nend\n'})
    [elixir] = found["plan"].untemplated
    assert elixir.language.value == "elixir"
    assert {s.type: s.why for s in elixir.services} == {
        "postgres": "mix.exs:4 {:postgrex,",
        "redis": "mix.exs:5 {:redix,",
    }


def test_port_defaults_of_port_variables_are_hints() -> None:
    server = (
        "from flask import Flask\napp = Flask(__name__)\n"
        'app.run(port=os.environ.get("FLASK_SERVER_PORT", 9090))\n'
    )
    app = app_of({"requirements.txt": "flask\n", "server.py": server})
    assert app["port"] == 9090


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


def test_a_procfile_entry_with_nothing_printable_to_run_is_not_an_entry() -> None:
    # Found by the property test: `web: <ESC>` once became an empty command in devenv.yaml.
    assert read_procfile("web: \x1b\nworker: celery -A app worker\n") == [
        read_procfile("\nworker: celery -A app worker\n")[0]
    ]
