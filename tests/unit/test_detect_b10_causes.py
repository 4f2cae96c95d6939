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


def test_a_cache_server_a_compose_command_starts_beside_the_app_is_run_by_compose() -> None:
    # Shaped like AdventureLog: the server's command starts memcached in its own container
    # before runserver, and Django's CACHES use it; compose runs no memcached image.
    compose = (
        "services:\n  db:\n    image: postgres:16\n  server:\n    build: .\n"
        '    command: >\n      sh -c "memcached -u nobody -m 64 -d;\n'
        '      python manage.py runserver 0.0.0.0:8000"\n'
    )
    files = {
        "docker-compose.yml": compose,
        "requirements.txt": "django\npsycopg2-binary\npymemcache\n",
        "manage.py": "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'main.settings')\n",
        "main/__init__.py": "",
        "main/settings.py": "CACHES = {'default': {'BACKEND': "
        "'django.core.cache.backends.memcached.PyMemcacheCache', 'LOCATION': '127.0.0.1:11211'}}\n",
    }
    assert _services(files) == ["memcached", "postgres"]


def test_an_env_port_compose_publishes_on_the_host_side_is_not_the_servers() -> None:
    # Shaped like AdventureLog: BACKEND_PORT=8016 in the env example is the host side of
    # the server's `${BACKEND_PORT:-8016}:8000`; runserver listens on 8000.
    compose = (
        "services:\n  server:\n    build: ./backend\n"
        '    ports:\n      - "${BACKEND_PORT:-8016}:8000"\n'
    )
    files = {
        "docker-compose.yml": compose,
        ".env.example": "BACKEND_PORT=8016\n",
        "backend/requirements.txt": "django\n",
        "backend/manage.py": "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'main.settings')\n",
        "backend/main/__init__.py": "",
        "backend/main/settings.py": "DEBUG = True\n",
    }
    assert _apps(files) == {"backend": ("django", 8000)}


def test_the_vite_port_the_compose_service_built_from_the_folder_runs_on() -> None:
    # Shaped like AdventureLog: docker/docker-compose.dev.yml builds ../frontend/ and runs
    # `pnpm exec vite dev --port 3000`; the config sets no port.
    compose = (
        "services:\n  web:\n    build: ../frontend/\n"
        "    command: sh -c \"su node -c 'pnpm install && pnpm exec vite dev --host 0.0.0.0 "
        "--port 3000 --strictPort'\"\n"
    )
    files = {
        "docker/docker-compose.dev.yml": compose,
        "frontend/package.json": '{"scripts": {"dev": "vite dev"}, '
        '"devDependencies": {"vite": "^5.4.0"}}',
        "frontend/vite.config.ts": "export default defineConfig({plugins: []});\n",
    }
    assert _apps(files) == {"frontend": ("vite", 3000)}
    # Another folder's service running vite says nothing of this one.
    other = compose.replace("../frontend/", "../docs/")
    assert _apps({**files, "docker/docker-compose.dev.yml": other}) == {"frontend": ("vite", 5173)}


def test_a_compose_service_without_a_command_serves_on_its_dockerfiles_cmd_port() -> None:
    # Shaped like Fast-Api-example: compose builds src/ and sets no command; the Dockerfile's
    # CMD runs `uvicorn app.main:app --port 8000`, while main.py's launcher asks for 8002.
    files = {
        "docker-compose.yml": "services:\n  web:\n    build: ./src\n"
        '    ports:\n      - "8002:8000"\n',
        "src/Dockerfile": "FROM python:3.13-slim\n"
        'CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]\n',
        "src/requirements.txt": "fastapi\nuvicorn\n",
        "src/app/__init__.py": "",
        "src/app/main.py": _FASTAPI,
        "src/main.py": "import uvicorn\nport = 8002\n\nif __name__ == '__main__':\n"
        "    uvicorn.run('app.main:app', host='0.0.0.0', port=port)\n",
    }
    assert _apps(files) == {"src": ("fastapi", 8000)}
