"""Rules the Python web batch (Django, Flask, FastAPI with workers) showed, each on a small
tree of its shape."""

from __future__ import annotations

from tests.unit.test_detect_rules import plan_of

FASTAPI = "from fastapi import FastAPI\napp = FastAPI()\n"


def _ports(files: dict[str, str]) -> list[int | None]:
    return [a.port.value if a.port else None for a in plan_of(files)["plan"].apps]


def test_a_prefixed_service_port_variable_is_not_the_apps_port() -> None:
    # Shaped like tracecat (TRACECAT__DB_PORT, 5432) and aleph (ALEPH_MAIL_PORT, 465;
    # PROMETHEUS_PORT, 9100): a word of the name says whose port it is.
    for line in (
        'DB_PORT = os.environ.get("TRACECAT__DB_PORT", 5432)\n',
        'MAIL_PORT = env.to_int("ALEPH_MAIL_PORT", 465)\n',
        'METRICS = env.to_int("PROMETHEUS_PORT", 9100)\n',
    ):
        files = {"requirements.txt": "fastapi\nuvicorn\n", "main.py": FASTAPI + line}
        assert _ports(files) == [8000], line
    own = {"requirements.txt": "fastapi\n", "main.py": FASTAPI + 'P = getenv("API_PORT", 8100)\n'}
    assert _ports(own) == [8100]


def test_a_compose_service_built_from_postgres_and_tagged_is_postgres() -> None:
    # Shaped like iris-web: `db` has both `build: docker/db` (FROM postgres) and `image:`
    # naming the tag it builds, so the image name says nothing of what it runs.
    compose = (
        "services:\n  rabbitmq:\n    image: rabbitmq:3-alpine\n"
        "  db:\n    build:\n      context: docker/db\n    image: app_db:v2\n"
        "  app:\n    build: .\n    image: app_app:v2\n"
    )
    files = {
        "requirements.txt": "flask\npika\npsycopg2-binary\n",
        "app.py": "from flask import Flask\napp = Flask(__name__)\n",
        "docker-compose.yml": compose,
        "docker/db/Dockerfile": "FROM postgres:12-alpine\n",
    }
    assert sorted(s.name for s in plan_of(files)["plan"].services) == ["postgres", "rabbitmq"]


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


def test_the_port_compose_serves_the_fastapi_object_on_beats_another_launchers() -> None:
    # Shaped like fastapi-sqlalchemy-asyncpg: compose.yml runs `uvicorn app.main:app --port
    # 8080`; app/server.py is an alternative Granian launcher asking for port=8000.
    compose = (
        "services:\n  api:\n    build: .\n"
        '    command: bash -c "uvicorn app.main:app --host 0.0.0.0 --port 8080 --reload"\n'
        '    ports:\n      - "8080:8080"\n'
    )
    files = {
        "requirements.txt": "fastapi\nuvicorn\ngranian\n",
        "app/__init__.py": "",
        "app/main.py": FASTAPI,
        "app/server.py": 'from granian import Granian\nGranian("main:app", port=8000)\n',
        "compose.yml": compose,
    }
    assert _ports(files) == [8080]
    # A compose command serving some other object says nothing of this one.
    other = compose.replace("app.main:app", "worker.main:api")
    assert _ports({**files, "compose.yml": other}) == [8000]
