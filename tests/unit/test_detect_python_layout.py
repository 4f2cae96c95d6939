"""Rule tests for Python apps that run one folder below their manifests (issue 7)."""

from __future__ import annotations

import yaml

from devenv.render import render_spec
from devenv.spec.checks import check_spec
from devenv.spec.model import Spec
from tests.unit.detect_helpers import app_of, pkg, plan_of, services_of

PYPROJECT = (
    '[tool.poetry]\nname = "x"\n\n[tool.poetry.dependencies]\npython = "^3.12"\n'
    'django = "^5.0"\ngunicorn = "*"\ncelery = "*"\n'
)
MANAGE = 'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "project.settings")\n'
BACKEND = {
    "pyproject.toml": PYPROJECT,
    "poetry.lock": "",
    "backend/manage.py": MANAGE,
    "backend/project/__init__.py": "",
    "backend/project/settings.py": "INSTALLED_APPS = []\n",
    "backend/project/wsgi.py": "application = None\n",
    "backend/project/celery.py": "app = Celery('project')\n",
    "backend/Dockerfile": "FROM python:3.12\n",
}


def test_django_runs_in_its_own_folder_when_its_dockerfile_is_there() -> None:
    app = app_of(BACKEND)
    assert app["path"] == "backend" and app["context"] == "."
    assert app["framework"] == "django" and app["package_manager"] == "poetry"
    assert app["prod_command"] == "gunicorn --bind 0.0.0.0:8000 project.wsgi"
    assert app["processes"]["worker"] == "celery -A project worker --loglevel INFO"
    assert app["setup"] == "python manage.py migrate --noinput"


def test_an_env_example_beside_manage_py_is_read_for_the_broker() -> None:
    files = {**BACKEND, "backend/.env.example": "CELERY_BROKER_URL=amqp://guest@broker//\n"}
    del files["backend/Dockerfile"]
    assert app_of(files)["path"] == "backend"
    assert "rabbitmq" in services_of(files)


def test_django_without_run_files_of_its_own_stays_with_its_manifests() -> None:
    files = {k: v for k, v in BACKEND.items() if k != "backend/Dockerfile"}
    app = app_of(files)
    assert app.get("path", ".") == "." and "context" not in app
    assert app["command"] == "python backend/manage.py runserver 0.0.0.0:8000"


def test_a_root_dev_server_beside_the_moved_django_app_is_an_app_of_its_own() -> None:
    files = {**BACKEND, "package.json": pkg(name="web", scripts={"dev": "webpack serve"})}
    apps = plan_of(files)["spec"]["apps"]
    assert sorted(a.get("path", ".") for a in apps.values()) == [".", "backend"]


def _spec(app: dict[str, object]) -> Spec:
    return Spec.model_validate({"name": "x", "apps": {"web": app}}, strict=False)


def test_the_image_builds_from_the_context_and_runs_in_the_app_folder() -> None:
    spec = _spec(
        {"path": "backend", "context": ".", "language": "python", "package_manager": "poetry"}
    )
    files = {f.path: f.content for f in render_spec(spec)}
    assert "backend/Dockerfile" in files and ".dockerignore" in files
    assert "backend/.dockerignore" not in files
    assert "COPY pyproject.toml poetry.lock* ./" in files["backend/Dockerfile"]
    assert "WORKDIR /app/backend" in files["backend/Dockerfile"]
    web = yaml.safe_load(files["compose.yaml"])["services"]["web"]
    assert web["build"]["context"] == "." and web["build"]["dockerfile"] == "backend/Dockerfile"
    assert web["volumes"][0]["source"] == "."


def _context_problems(context: str, language: str = "python") -> list[str]:
    app = {"path": "backend", "context": context, "language": language, "command": "run"}
    return [f.message for f in check_spec(_spec(app)) if f.path[-1] == "context"]


def test_a_context_must_be_above_the_app_and_python() -> None:
    assert not _context_problems(".") and not _context_problems("backend")
    assert _context_problems("web") and _context_problems("../x")
    assert _context_problems(".", language="node")


# Causes a Python blind batch showed (codabench, lnbits)

FASTAPI = '[project]\nname = "x"\ndependencies = ["fastapi", "uvicorn", "asyncpg", "aiosqlite"]\n'


def test_a_service_built_from_a_containerfile_is_that_image() -> None:
    compose = (
        "services:\n  rabbit:\n    build:\n      context: .\n"
        "      dockerfile: packaging/Containerfile.rabbitmq\n"
    )
    files = {
        "requirements.txt": "django\ncelery\n",
        "manage.py": "import django\n",
        "docker-compose.yml": compose,
        "packaging/Containerfile.rabbitmq": "FROM rabbitmq:4-management\n",
    }
    assert "rabbitmq" in services_of(files)


def test_sqlites_async_driver_beside_a_server_driver_makes_sqlite_the_default() -> None:
    files = {"pyproject.toml": FASTAPI, "main.py": "app = FastAPI()\n"}
    assert services_of(files) == []


def test_a_regtest_compose_file_is_a_test_network_not_the_dev_stack() -> None:
    compose = "services:\n  db:\n    image: postgres:14\n"
    files = {
        "pyproject.toml": FASTAPI,
        "main.py": "app = FastAPI()\n",
        "docker/regtest/docker-compose.yml": compose,
    }
    assert services_of(files) == []
