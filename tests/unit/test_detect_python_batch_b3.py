"""Rules a Python batch of Django, Flask, FastAPI and Pyramid products (awx, kpi, SuperAGI,
warehouse) showed, each on a small tree of its shape."""

from __future__ import annotations

from tests.unit.test_detect_rules import plan_of


def _apps(files: dict[str, str]) -> dict[str, tuple[str, int | None]]:
    return {
        a.finding.path: (a.finding.framework.value, a.port.value if a.port else None)
        for a in plan_of(files)["plan"].apps
    }


def _services(files: dict[str, str]) -> list[str]:
    return sorted(s.name for s in plan_of(files)["plan"].services)


_MANAGE = "import django\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'proj.settings')\n"


def test_a_folder_of_pins_is_the_app_above_not_an_app() -> None:
    # Shaped like awx: manage.py at the root, its pins in requirements/ (with the scripts
    # that update them), no manifest at the root.
    files = {
        "manage.py": _MANAGE,
        "proj/__init__.py": "",
        "proj/settings.py": "DEBUG = True\n",
        "requirements/requirements.in": "django\n",
        "requirements/requirements.txt": "django==4.2\nredis==5.0\n",
        "requirements/updater.sh": "pip-compile requirements.in\n",
    }
    assert _apps(files) == {".": ("django", 8000)}


def test_the_requirements_a_dockerfile_copies_in_are_the_apps() -> None:
    # Shaped like kpi: the pins sit in dependencies/pip/, which the root's Dockerfile copies
    # in and installs.
    files = {
        "manage.py": _MANAGE,
        "proj/__init__.py": "",
        "proj/settings.py": "DEBUG = True\n",
        "pyproject.toml": "[tool.ruff]\nline-length = 100\n",
        "Dockerfile": "FROM python:3.12\nCOPY ./dependencies/pip/requirements.txt /tmp/deps.txt\n",
        "dependencies/pip/requirements.in": "django\npymongo\n",
        "dependencies/pip/requirements.txt": "django==5.1\npymongo==4.10\n",
    }
    assert _apps(files) == {".": ("django", 8000)}
    assert _services(files) == ["mongo"]


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
    assert _apps(files) == {".": ("fastapi", 8001)}


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
    assert _apps(files) == {".": ("none", 8000)}


def test_a_flask_app_serves_on_the_bind_of_a_reloading_gunicorn_config() -> None:
    # Shaped like mwdb-core: docker/gunicorn.conf.py binds 8080 and reloads in development.
    files = {
        "requirements.txt": "flask\ngunicorn\n",
        "app.py": "from flask import Flask\napp = Flask(__name__)\n",
        "docker/gunicorn.conf.py": 'bind = "0.0.0.0:8080"\nreload = True\n',
    }
    assert _apps(files) == {".": ("flask", 8080)}
    # A production config that does not reload leaves Flask's own port.
    files["docker/gunicorn.conf.py"] = 'bind = "0.0.0.0:8080"\n'
    assert _apps(files) == {".": ("flask", 5000)}


def test_compose_profiles_the_env_beside_a_compose_file_turns_on_start_their_services() -> None:
    # Shaped like Mayan EDMS: docker/docker-compose.yml puts each service behind a profile,
    # docker/.env (which compose reads from that folder) turns postgres on.
    compose = (
        "services:\n  redis:\n    image: redis:7\n"
        '  postgresql:\n    image: postgres:16\n    profiles: ["postgresql"]\n'
        '  elasticsearch:\n    image: elasticsearch:8.1.0\n    profiles: ["elasticsearch"]\n'
    )
    files = {
        "manage.py": _MANAGE,
        "proj/__init__.py": "",
        "proj/settings.py": "DEBUG = True\n",
        "requirements.txt": "django\npsycopg2\nredis\n",
        "docker/docker-compose.yml": compose,
        "docker/.env": "COMPOSE_PROFILES=postgresql\n",
    }
    assert _services(files) == ["postgres", "redis"]


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
        "back/manage.py": _MANAGE,
        "back/Dockerfile": "FROM python:3.13\n",
        "back/proj/__init__.py": "",
        "back/proj/settings.py": "DEBUG = True\n",
    }
    assert _apps(files) == {"back": ("django", 8000)}


def test_a_port_chosen_by_a_condition_is_the_one_without_the_opt_in() -> None:
    # Shaped like indico's dev server: `port = 8443 if ssl else 8000`.
    files = {
        "requirements.txt": "flask\n",
        "app.py": "from flask import Flask\napp = Flask(__name__)\n",
        "cli.py": "def run(ssl):\n    port = 8443 if ssl else 8000\n",
    }
    assert _apps(files) == {".": ("flask", 8000)}


def test_a_compose_file_with_composes_merge_tags_is_still_read() -> None:
    # Shaped like mwdb-core's compose.with-dev.yml: `image: !reset null` and `!override`.
    compose = (
        "services:\n  api:\n    build: .\n    image: !reset null\n"
        "    command: uvicorn main:app --host 0.0.0.0 --port 8080\n"
        '    ports: !override\n      - "80:8080"\n'
    )
    files = {
        "requirements.txt": "fastapi\nuvicorn\n",
        "main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
        "docker-compose.yml": compose,
    }
    assert _apps(files) == {".": ("fastapi", 8080)}


def test_a_production_settings_module_beside_a_development_one_is_not_the_dev_database() -> None:
    # Shaped like zds-site: settings/abstract_base/django.py defaults to SQLite, dev.py
    # layers on it, prod.py switches to MySQL, whose driver requirements-prod.txt pins.
    files = {
        "manage.py": _MANAGE.replace("proj.settings", "proj.settings.dev"),
        "requirements.txt": "django\n",
        "requirements-prod.txt": "-r requirements.txt\nmysqlclient\n",
        "proj/__init__.py": "",
        "proj/settings/__init__.py": "",
        "proj/settings/abstract_base/__init__.py": "from .django import *\n",
        "proj/settings/abstract_base/django.py": (
            "DATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': 'x.db'}}\n"
        ),
        "proj/settings/dev.py": "from .abstract_base import *\nDEBUG = True\n",
        "proj/settings/prod.py": (
            "from .abstract_base import *\n"
            "DATABASES = {'default': {'ENGINE': 'django.db.backends.mysql', 'NAME': 'x'}}\n"
        ),
    }
    assert _services(files) == []


def test_a_compose_overlay_named_for_a_feature_offers_its_services_as_options() -> None:
    # Shaped like mwdb-core: compose.sh --with s3 adds compose/compose.with-s3.yml (MinIO);
    # --with dev adds the development overlay, whose mail catcher the dev setup runs.
    files = {
        "requirements.txt": "flask\npsycopg2\nboto3\n",
        "app.py": "from flask import Flask\napp = Flask(__name__)\n",
        "docker-compose.yml": "services:\n  db:\n    image: postgres:17\n",
        "compose/compose.with-s3.yml": "services:\n  minio:\n    image: minio/minio\n",
        "compose/compose.with-dev.yml": "services:\n  mailhog:\n    image: mailhog/mailhog\n",
    }
    assert _services(files) == ["mailpit", "postgres"]


def test_a_cache_only_the_production_settings_name_is_not_the_dev_setups() -> None:
    # Shaped like zds-site: pymemcache is a runtime requirement, but only settings/prod.py
    # points CACHES at memcached; dev.py keeps Django's local-memory cache.
    files = {
        "manage.py": _MANAGE.replace("proj.settings", "proj.settings.dev"),
        "requirements.txt": "django\npymemcache\n",
        "proj/__init__.py": "",
        "proj/settings/__init__.py": "",
        "proj/settings/dev.py": "DEBUG = True\n",
        "proj/settings/prod.py": (
            "CACHES = {'default': {'BACKEND': "
            "'django.core.cache.backends.memcached.PyMemcacheCache'}}\n"
        ),
    }
    assert _services(files) == []


def test_an_env_files_image_and_version_pins_do_not_switch_a_service_on() -> None:
    # Shaped like Mayan EDMS: config.env pins the images a build uses; Elasticsearch sits
    # behind a compose profile nothing turns on.
    compose = (
        "services:\n  db:\n    image: postgres:16\n"
        '  elasticsearch:\n    image: elasticsearch:8.1.0\n    profiles: ["search"]\n'
    )
    files = {
        "manage.py": _MANAGE,
        "proj/__init__.py": "",
        "proj/settings.py": "DEBUG = True\n",
        "requirements.txt": "django\npsycopg2\nelasticsearch\n",
        "docker-compose.yml": compose,
        "config.env": "DOCKER_ELASTIC_IMAGE_VERSION=elasticsearch:8.1.0\nDEBUG=1\n",
    }
    assert _services(files) == ["postgres"]
