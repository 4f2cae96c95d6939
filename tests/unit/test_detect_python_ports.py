"""Python ports: Compose commands and Dockerfile CMDs, gunicorn binds and configs,
runserver addresses, settings files and their sections, env examples, conditional and
prefixed port variables."""

from __future__ import annotations

from tests.unit.detect_helpers import (
    DJANGO_PROJECT,
    ENGINE_DJANGO,
    app_commands,
    app_of,
    apps_of,
    frameworks_and_ports,
    pkg,
    plan_of,
    ports_of,
)

_FASTAPI = "from fastapi import FastAPI\n\napp = FastAPI()\n"
FLASK = {"requirements.txt": "flask\n", "app.py": "app = Flask(__name__)\n"}
FASTAPI = "from fastapi import FastAPI\napp = FastAPI()\n"


def _ports(files: dict[str, str]) -> list[int | None]:
    return [a.port.value if a.port else None for a in plan_of(files)["plan"].apps]


def test_a_compose_command_naming_the_module_through_its_src_folder_gives_the_port() -> None:
    # Shaped like fastapi-vue: the backend folder's compose service runs
    # `uvicorn src.main:app --port 5000`; main.py sits in src/ without an __init__.py.
    files = {
        "docker-compose.yml": "services:\n  backend:\n    build: ./backend\n"
        "    command: uvicorn src.main:app --reload --host 0.0.0.0 --port 5000\n",
        "backend/requirements.txt": "fastapi\nuvicorn\n",
        "backend/src/main.py": _FASTAPI,
    }
    assert frameworks_and_ports(files) == {"backend": ("fastapi", 5000)}


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
    assert frameworks_and_ports(files) == {"backend": ("django", 8000)}


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
    assert frameworks_and_ports(files) == {"src": ("fastapi", 8000)}


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
    assert ports_of(files)["src/api"] == 3100
    other = {**files, "src/api/Dockerfile": files["src/api/Dockerfile"].replace("todo.app", "x.y")}
    assert ports_of(other)["src/api"] == 8000


def test_a_django_launchers_runserver_address_is_its_port() -> None:
    # Shaped like MaxKB: main.py at the top runs `call_command('runserver', '0.0.0.0:8080')`.
    files = {
        "requirements.txt": "django\n",
        "manage.py": 'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site.settings")\n',
        "site/settings.py": "",
        "main.py": "management.call_command('runserver', \"0.0.0.0:8080\")\n",
    }
    assert ports_of(files)["."] == 8080
    assert ports_of({k: v for k, v in files.items() if k != "main.py"})["."] == 8000


def test_the_server_section_of_a_settings_file_gives_the_port() -> None:
    settings = "redis:\n  port: 6379\nserver:\n  port: 8888\n  bind_address: '127.0.0.1'\n"
    assert ports_of({**FLASK, "app/settings.yml": settings}) == {".": 8888}
    toml = "[database]\nport = 5432\n\n[http]\nport = 8000\n"
    assert ports_of({**FLASK, "config.toml": toml}) == {".": 8000}


def test_a_port_under_another_section_or_an_unknown_one_is_not_the_apps() -> None:
    others = "email:\n  port: 2525\ndatabase:\n  port: 5433\n"
    assert ports_of({**FLASK, "settings.yml": others}) == {".": 5000}
    # The section a trimmed or partial file lost: whose port it is cannot be told.
    assert ports_of({**FLASK, "settings.yml": "  port: 8888\n"}) == {".": 5000}


def test_a_port_in_a_usage_docstring_is_not_the_code_s() -> None:
    cli = '"""Usage:\n\n    tool config-tool app.ini -e port=8080\n"""\n'
    assert ports_of({**FLASK, "cli.py": cli}) == {".": 5000}
    assert ports_of({**FLASK, "cli.py": cli + "app.run(port=5001)\n"}) == {".": 5001}


def test_the_developer_env_example_under_dev_gives_the_runserver_port() -> None:
    files = {**ENGINE_DJANGO, "dev/.env.dev.example": "RUNSERVER_PORT=8080\nSECRET_KEY=\n"}
    assert app_of(files)["port"] == 8080


def test_a_root_env_example_bare_port_is_not_a_subfolder_apps() -> None:
    files = {**ENGINE_DJANGO, ".env.example": "PORT=3000\n"}
    assert app_of(files)["port"] == 8000


def test_a_pyramid_app_is_served_from_its_paste_ini_on_gunicorns_dev_bind() -> None:
    # Shaped like hypothesis/h: `gunicorn --paste conf/development.ini`, bind in
    # conf/gunicorn-dev.conf.py.
    files = {
        "requirements.txt": "pyramid\ngunicorn\n",
        "h/__init__.py": "",
        "h/app.py": "def create_app(global_config, **settings):\n    pass\n",
        "conf/development.ini": "",
        "conf/gunicorn-dev.conf.py": 'bind = "0.0.0.0:5000"\nreload = True\n',
    }
    assert frameworks_and_ports(files) == {".": ("none", 5000)}
    assert app_commands(files)["."] == (
        "gunicorn --paste conf/development.ini --bind 0.0.0.0:{port} --reload"
    )


def test_a_compose_command_that_runs_an_entrypoint_script_serves_on_the_scripts_port() -> None:
    # Shaped like SuperAGI: the backend service runs entrypoint.sh, which starts uvicorn.
    compose = (
        "services:\n  backend:\n    build: .\n"
        '    command: ["/app/wait-for-it.sh", "db:5432", "--", "/app/entrypoint.sh"]\n'
    )
    files = {
        "requirements.txt": "fastapi\nuvicorn\n",
        "main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
        "docker-compose.yaml": compose,
        "entrypoint.sh": "#!/bin/bash\nexec uvicorn main:app --host 0.0.0.0 --port 8001\n",
    }
    assert frameworks_and_ports(files) == {".": ("fastapi", 8001)}


def test_a_pyramid_app_serves_on_the_port_of_the_compose_service_running_its_image() -> None:
    # Shaped like warehouse: `base` builds the image, `web` runs it with gunicorn.
    compose = (
        "services:\n  base:\n    build: .\n    image: shop:dev\n"
        "  web:\n    image: shop:dev\n"
        "    command: gunicorn --reload -b 0.0.0.0:8000 shop.wsgi:application\n"
    )
    files = {
        "requirements.txt": "pyramid\ngunicorn\n",
        "shop/__init__.py": "",
        "shop/wsgi.py": "application = None\n",
        "development.ini": "[app:main]\nuse = egg:shop\n",
        "docker-compose.yml": compose,
    }
    assert frameworks_and_ports(files) == {".": ("none", 8000)}


def test_a_flask_app_serves_on_the_bind_of_a_reloading_gunicorn_config() -> None:
    # Shaped like mwdb-core: docker/gunicorn.conf.py binds 8080 and reloads in development.
    files = {
        "requirements.txt": "flask\ngunicorn\n",
        "app.py": "from flask import Flask\napp = Flask(__name__)\n",
        "docker/gunicorn.conf.py": 'bind = "0.0.0.0:8080"\nreload = True\n',
    }
    assert frameworks_and_ports(files) == {".": ("flask", 8080)}
    # A production config that does not reload leaves Flask's own port.
    files["docker/gunicorn.conf.py"] = 'bind = "0.0.0.0:8080"\n'
    assert frameworks_and_ports(files) == {".": ("flask", 5000)}


def test_a_port_chosen_by_a_condition_is_the_one_without_the_opt_in() -> None:
    # Shaped like indico's dev server: `port = 8443 if ssl else 8000`.
    files = {
        "requirements.txt": "flask\n",
        "app.py": "from flask import Flask\napp = Flask(__name__)\n",
        "cli.py": "def run(ssl):\n    port = 8443 if ssl else 8000\n",
    }
    assert frameworks_and_ports(files) == {".": ("flask", 8000)}


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


def test_port_defaults_of_port_variables_are_hints() -> None:
    server = (
        "from flask import Flask\napp = Flask(__name__)\n"
        'app.run(port=os.environ.get("FLASK_SERVER_PORT", 9090))\n'
    )
    app = app_of({"requirements.txt": "flask\n", "server.py": server})
    assert app["port"] == 9090


def test_a_compose_commands_runserver_address_gives_djangos_port() -> None:
    compose = (
        "services:\n  web:\n    build: .\n    command: python manage.py runserver 0.0.0.0:8001\n"
    )
    assert ports_of({**DJANGO_PROJECT, "docker-compose.yml": compose}) == {".": 8001}


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


def test_a_packages_settings_module_port_is_its_servers_port() -> None:
    # Shaped like snuba: a Flask app its own CLI serves (`snuba devserver`) on the PORT the
    # package's settings module sets, not Flask's 5000.
    files = {
        "pyproject.toml": '[project]\nname = "svc"\ndependencies = ["flask>=3"]\n',
        "svc/__init__.py": "",
        "svc/settings/__init__.py": 'HOST = "0.0.0.0"\nPORT = 1218\nADMIN_PORT = 1219\n',
        "svc/web/views.py": "from flask import Flask\napplication = Flask(__name__)\n",
    }
    assert ports_of(files) == {".": 1218}
