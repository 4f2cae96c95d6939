"""Rule tests: the dependencies a Python app runs with (the extras its Dockerfile installs)
and the database its settings name where the compose files run none."""

from __future__ import annotations

from tests.unit.detect_helpers import services_of

PYPROJECT = """[project]
name = "cms"
version = "1.0"
dependencies = ["Django<5", "django-redis"]

[project.optional-dependencies]
dev = ["mysqlclient==2.2.7", "pytest"]
sandbox = ["gunicorn", "psycopg2-binary==2.9.10"]
"""
SETTINGS = """DATABASES = {
    "default": {
        "ENGINE": values.Value(
            "django.db.backends.postgresql_psycopg2", environ_name="DB_ENGINE"
        ),
    }
}
"""
MANAGE = "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'settings')\n"


def _files(dockerfile: str) -> dict[str, str]:
    return {
        "pyproject.toml": PYPROJECT,
        "Dockerfile": dockerfile,
        "sandbox/manage.py": MANAGE,
        "sandbox/settings.py": SETTINGS,
    }


def test_the_extra_a_dockerfile_installs_is_a_runtime_dependency() -> None:
    # openfun/richie: `pip install --prefix=/install .[sandbox]` brings psycopg2.
    plain = services_of(_files("FROM python:3.12\nRUN pip install .\n"))
    assert "postgres" not in plain
    installed = _files("FROM python:3.12\nRUN pip install --prefix=/install .[sandbox]\n")
    assert "postgres" in services_of(installed)
    assert "mysql" not in services_of(installed)


def test_a_django_settings_engine_keeps_its_database_where_compose_runs_none() -> None:
    # openfun/richie: docker-compose.yml runs redis (and elasticsearch) only; the postgres
    # server comes from an overlay per database; the settings default to postgresql.
    files = _files("FROM python:3.12\nRUN pip install .[sandbox]\n")
    files["docker-compose.yml"] = (
        "services:\n  redis:\n    image: redis:7\n  app:\n    build: .\n    depends_on: [redis]\n"
    )
    assert sorted(services_of(files)) == ["postgres", "redis"]
