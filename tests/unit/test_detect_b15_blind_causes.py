"""Rules blind batch b15 of full-stack applications (a back end and a front end in
separate folders) showed, each on a small tree of its shape."""

from __future__ import annotations

from tests.unit.test_detect_rules import plan_of


def _ports(files: dict[str, str]) -> dict[str, int | None]:
    plan = plan_of(files)["plan"]
    return {a.finding.path: (a.port.value if a.port else None) for a in plan.apps}


def test_a_fastapi_apps_own_dockerfile_cmd_names_its_port_without_compose() -> None:
    # Shaped like Azure's todo-python-mongo: src/api ships a Dockerfile whose CMD serves
    # the very FastAPI object on --port 3100, and no compose file builds it.
    files = {
        "src/api/requirements.txt": "fastapi\nuvicorn\n",
        "src/api/todo/__init__.py": "",
        "src/api/todo/app.py": "from fastapi import FastAPI\napp = FastAPI()\n",
        "src/api/Dockerfile": (
            "FROM python:3.11\nCOPY ./todo /code/todo\n"
            'CMD ["uvicorn", "todo.app:app", "--host", "0.0.0.0", "--port", "3100"]\n'
        ),
    }
    assert _ports(files)["src/api"] == 3100
    other = {**files, "src/api/Dockerfile": files["src/api/Dockerfile"].replace("todo.app", "x.y")}
    assert _ports(other)["src/api"] == 8000
