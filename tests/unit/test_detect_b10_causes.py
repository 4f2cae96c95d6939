"""Rules blind batch b10 of Python web services (FastAPI, Flask, Django with front ends)
showed, each on a small tree of its shape."""

from __future__ import annotations

from tests.unit.test_detect_rules import plan_of

_FASTAPI = "from fastapi import FastAPI\n\napp = FastAPI()\n"


def _apps(files: dict[str, str]) -> dict[str, tuple[str, int | None]]:
    return {
        a.finding.path: (a.finding.framework.value, a.port.value if a.port else None)
        for a in plan_of(files)["plan"].apps
    }


def _services(files: dict[str, str]) -> list[str]:
    return sorted(s.name for s in plan_of(files)["plan"].services)


def test_a_compose_command_naming_the_module_through_its_src_folder_gives_the_port() -> None:
    # Shaped like fastapi-vue: the backend folder's compose service runs
    # `uvicorn src.main:app --port 5000`; main.py sits in src/ without an __init__.py.
    files = {
        "docker-compose.yml": "services:\n  backend:\n    build: ./backend\n"
        "    command: uvicorn src.main:app --reload --host 0.0.0.0 --port 5000\n",
        "backend/requirements.txt": "fastapi\nuvicorn\n",
        "backend/src/main.py": _FASTAPI,
    }
    assert _apps(files) == {"backend": ("fastapi", 5000)}
