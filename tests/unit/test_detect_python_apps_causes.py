"""Rules a second Python batch (self-hosted Django, Flask, FastAPI apps with workers and
front ends in subfolders) showed, each on a small tree of its shape."""

from __future__ import annotations

import json
from pathlib import Path

from devenv.detect.scan import scan_repo
from devenv.detect.tree import gather
from tests.unit.test_detect_rules import plan_of

FLASK = "from flask import Flask\napp = Flask(__name__)\n"
NEXT = json.dumps({"scripts": {"dev": "next dev"}, "dependencies": {"next": "16"}})


def _apps(files: dict[str, str]) -> dict[str, tuple[str, int | None]]:
    return {
        a.finding.path: (a.finding.framework.value, a.port.value if a.port else None)
        for a in plan_of(files)["plan"].apps
    }


def _services(files: dict[str, str]) -> list[str]:
    return sorted(s.name for s in plan_of(files)["plan"].services)


def test_a_workspace_member_below_the_usual_depth_is_an_app() -> None:
    # Shaped like La Suite docs: src/frontend is a yarn workspace of apps/* and servers/*,
    # so its Next app sits four folders down.
    root = {"name": "front", "private": True, "workspaces": {"packages": ["apps/*", "servers/*"]}}
    next_app = {"name": "web", "scripts": {"dev": "next dev"}, "dependencies": {"next": "16"}}
    server = {
        "name": "collab",
        "scripts": {"dev": "nodemon", "start": "node dist/start.js"},
        "dependencies": {"express": "5"},
    }
    files = {
        "src/backend/requirements.txt": "django\n",
        "src/backend/manage.py": "import django\n",
        "src/frontend/package.json": json.dumps(root),
        "src/frontend/yarn.lock": "",
        "src/frontend/apps/web/package.json": json.dumps(next_app),
        "src/frontend/servers/collab/package.json": json.dumps(server),
        "src/frontend/servers/collab/src/env.ts": "export const PORT = process.env.PORT || 4444;\n",
    }
    apps = _apps(files)
    assert apps["src/frontend/apps/web"] == ("next", 3000)
    assert apps["src/frontend/servers/collab"] == ("express", 4444)


def test_chrome_typings_beside_next_do_not_make_a_browser_extension() -> None:
    # Shaped like onyx's web/: a Next app that talks to its companion extension.
    web = {
        "scripts": {"dev": "next dev"},
        "dependencies": {"next": "16"},
        "devDependencies": {"@types/chrome": "0.1"},
    }
    extension = {"scripts": {"dev": "vite"}, "devDependencies": {"@types/chrome": "0.1"}}
    files = {"web/package.json": json.dumps(web), "ext/package.json": json.dumps(extension)}
    assert _apps(files) == {"web": ("next", 3000)}


def test_a_vite_port_given_as_the_other_arm_of_an_environment_test() -> None:
    # Shaped like spiff-arena's frontend.
    config = (
        "const port = process.env.PORT ? parseInt(process.env.PORT, 10) : 7001;\n"
        "export default defineConfig({ server: { open: false, port } });\n"
    )
    files = {
        "package.json": json.dumps({"scripts": {"dev": "vite"}, "devDependencies": {"vite": "8"}}),
        "vite.config.ts": config,
    }
    assert _apps(files) == {".": ("vite", 7001)}


def test_vue_cli_serving_beats_a_vite_dependency() -> None:
    # Shaped like timesketch's frontend-ng: vite is a dependency (vitest), the dev server is
    # `vue-cli-service serve` with devServer.port 5001.
    data = {
        "scripts": {"serve": "vue-cli-service serve", "test": "vitest"},
        "devDependencies": {"@vue/cli-service": "5", "vite": "6"},
    }
    files = {
        "package.json": json.dumps(data),
        "vue.config.js": "module.exports = {\n  devServer: {\n    port: 5001,\n  },\n}\n",
    }
    assert _apps(files) == {".": ("none", 5001)}


def test_the_database_type_a_settings_module_defaults_to_is_chosen() -> None:
    # Shaped like spiff-arena: URLs for every type the code supports; the default is mysql.
    settings = (
        'config_from_env("APP_DATABASE_TYPE", default="mysql")  # or sqlite, postgres\n'
        'SQLITE = "sqlite:///db.sqlite3"\nPG = "postgresql://u@localhost/app"\n'
        'MY = "mysql+mysqldb://root@localhost/app"\n'
    )
    files = {
        "requirements.txt": "flask\npsycopg2\nmysqlclient\n",
        "app.py": FLASK,
        "config/default.py": settings,
    }
    assert _services(files) == ["mysql"]


def test_django_engine_defaulting_to_sqlite_leaves_the_server_out() -> None:
    # Shaped like babybuddy: DB_HOST is read only for a user who switches engine.
    settings = (
        'DATABASES = {"default": {\n'
        '    "ENGINE": os.getenv("DB_ENGINE") or "django.db.backends.sqlite3",\n'
        "}}\n"
        'if os.getenv("DB_HOST"):\n    DATABASES["default"]["HOST"] = os.getenv("DB_HOST")\n'
    )
    files = {
        "requirements.txt": "django\npsycopg2-binary\n",
        "manage.py": "import django\n",
        "app/settings/base.py": settings,
        "app/settings/cloud.py": 'DATABASES = {"ENGINE": "django.db.backends.postgresql"}\n',
    }
    assert _services(files) == []


def test_celery_off_by_default_makes_its_broker_optional() -> None:
    # Shaped like spiff-arena: celery[redis] is a dependency, but settings switch it off.
    files = {
        "requirements.txt": "flask\ncelery[redis]\n",
        "app.py": FLASK,
        "config/default.py": 'config_from_env("APP_CELERY_ENABLED", default=False)\n',
    }
    assert _services(files) == []


def test_an_orm_without_a_driver_uses_the_server_compose_wires_it_to() -> None:
    # Shaped like timesketch: the image installs python3-psycopg2 from apt; the dev compose
    # runs postgres and gives the app POSTGRES_PORT.
    compose = (
        "services:\n  app:\n    image: app-dev\n    volumes:\n      - ../../:/src\n"
        "    environment:\n      - POSTGRES_ADDRESS=postgres\n      - POSTGRES_PORT=5432\n"
        "  postgres:\n    image: postgres:13\n"
    )
    files = {
        "requirements.txt": "flask\nflask_sqlalchemy\n",
        "app.py": FLASK,
        "docker/dev/docker-compose.yml": compose,
    }
    assert _services(files) == ["postgres"]


def _commands(files: dict[str, str]) -> dict[str, str | None]:
    return {
        a.finding.path: str(a.finding.command.value) if a.finding.command else None
        for a in plan_of(files)["plan"].apps
    }


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
    assert _apps(files) == {".": ("none", 5000)}
    assert _commands(files)["."] == (
        "gunicorn --paste conf/development.ini --bind 0.0.0.0:{port} --reload"
    )


def test_a_litestar_app_runs_with_litestar_from_its_import_root() -> None:
    # Shaped like litestar-fullstack: the `app` package sits in src/py, the port is a setting.
    files = {
        "pyproject.toml": '[project]\nname = "app"\ndependencies = ["litestar[standard]"]\n',
        "src/py/app/__init__.py": "",
        "src/py/app/server/__init__.py": "",
        "src/py/app/server/asgi.py": "def create_app():\n    return Litestar(plugins=[])\n",
        "src/py/app/settings.py": 'PORT = get_env("LITESTAR_PORT", 8000)\n',
    }
    assert _apps(files) == {".": ("none", 8000)}
    assert _commands(files)["."] == (
        "litestar --app app.server.asgi:create_app --app-dir src/py run --host 0.0.0.0"
        " --port {port} --reload"
    )


def test_a_dev_script_that_is_the_build_watching_is_not_a_server() -> None:
    # Shaped like litestar-fullstack's email templates.
    data = {
        "scripts": {"build": "bun run build-emails.ts", "dev": "bun run build-emails.ts --watch"}
    }
    files = {"emails/package.json": json.dumps(data), "web/package.json": NEXT}
    assert list(_apps(files)) == ["web"]


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
    assert list(_apps(files)) == ["."]


def test_a_test_module_that_runs_itself_is_not_the_entry_script() -> None:
    # Shaped like spiff-arena's async-http connector: main.py is a Falcon app devenv does not
    # know; test_main.py ends with `if __name__ == "__main__":`.
    files = {
        "proxy/requirements.txt": "falcon\nhttpx\n",
        "proxy/main.py": "import falcon.asgi\napp = falcon.asgi.App()\n",
        "proxy/test_main.py": "if __name__ == '__main__':\n    unittest.main()\n",
        "web/package.json": NEXT,
    }
    assert list(_apps(files)) == ["web"]


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
