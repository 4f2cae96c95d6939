"""What a Python app needs before it answers: env the code reads, setup steps, packages, files.

Each inference on in-memory trees; the facts come from the shapes real repositories have
(settings read as SQL_HOST/SQL_USER parts, .env.dev-sample files, Flask-Migrate folders,
requirements/ includes), never from their code.
"""

from __future__ import annotations

import re

import pytest

from devenv.detect.envvars import env_reads, sample_values
from devenv.detect.model import Dependency
from devenv.detect.plan import Choices, make_plan, spec_entries
from devenv.detect.pysetup import old_flask
from devenv.detect.scan import scan_repo
from devenv.detect.sysdeps import NATIVE, older_than_313_wheels, system_packages
from devenv.detect.tree import RepoTree
from devenv.detect.wiring import database_url, wire
from devenv.project import build_project
from devenv.render import render_spec
from devenv.spec.load import parse_spec
from devenv.spec.write import to_data, to_yaml


def app_of(files: dict[str, str]) -> dict:
    plan = make_plan(scan_repo(RepoTree.of(files)), Choices(), "repo")
    entries = spec_entries(plan)
    parse_spec(to_yaml(entries))
    return next(iter(to_data(entries)["apps"].values()))


def reads_of(path: str, text: str) -> dict[str, bool]:
    return {r.name: r.has_default for r in env_reads(RepoTree.of({path: text}), [path])}


# --- the variables code reads -----------------------------------------------------------------


def test_python_reads_and_which_are_required() -> None:
    text = (
        "import os\n"
        'SECRET_KEY = os.environ["SECRET_KEY"]\n'
        'DEBUG = int(os.environ.get("DEBUG", default=0))\n'
        'HOSTS = os.getenv("ALLOWED")\n'
        'URL = env("DATABASE_URL")\n'
        'CACHE = env.str("CACHE_URL", default="x")\n'
        'KEY = config("API_KEY")\n'
    )
    assert reads_of("settings.py", text) == {
        "SECRET_KEY": False,  # indexing raises KeyError
        "DEBUG": True,
        "ALLOWED": True,  # .get/getenv give None: optional
        "DATABASE_URL": False,  # django-environ raises without a default
        "CACHE_URL": True,
        "API_KEY": False,  # python-decouple raises too
    }


def test_pydantic_settings_fields_with_their_prefix() -> None:
    text = (
        "from pydantic_settings import BaseSettings\n"
        "class Settings(BaseSettings):\n"
        "    model_config = SettingsConfigDict(env_prefix='APP_')\n"
        "    database_url: str\n"
        "    debug: bool = False\n"
        "x = 1\n"
    )
    assert reads_of("config.py", text) == {"APP_DATABASE_URL": False, "APP_DEBUG": True}


@pytest.mark.parametrize(
    ("path", "text", "name"),
    [
        ("server.js", "const url = process.env.DATABASE_URL || 'x'", "DATABASE_URL"),
        ("index.ts", "db(process.env['REDIS_URL'])", "REDIS_URL"),
        ("schema.prisma", 'url = env("DATABASE_URL")', "DATABASE_URL"),
        ("main.go", 'dsn := os.Getenv("POSTGRES_DSN")', "POSTGRES_DSN"),
    ],
)
def test_node_prisma_and_go_reads(path: str, text: str, name: str) -> None:
    assert name in reads_of(path, text)


def test_sample_files_of_the_app_and_the_root() -> None:
    tree = RepoTree.of(
        {
            "app/.env.example": "# comment\nexport DEBUG=1\nNAME='quoted' \n",
            ".env.dev-sample": "SQL_HOST=db\nDEBUG=0\nEMPTY=\n",
        }
    )
    found = {s.name: (s.value, s.where) for s in sample_values(tree, "app")}
    assert found == {
        "DEBUG": ("1", "app/.env.example:2"),  # the app's own file wins
        "NAME": ("quoted", "app/.env.example:3"),
        "SQL_HOST": ("db", ".env.dev-sample:1"),
        "EMPTY": ("", ".env.dev-sample:3"),
    }


# --- wiring -----------------------------------------------------------------------------------


def wired(files: dict[str, str], services: set[str], deps: set[str]) -> dict[str, str]:
    tree = RepoTree.of(files)
    reads = env_reads(tree, [p for p in files if p.endswith(".py")])
    env, _ = wire(reads, sample_values(tree, "."), services, deps)
    return {name: choice.value for name, choice in env}


def test_database_parts_under_the_repositorys_own_names() -> None:
    settings = (
        "".join(
            f'X = os.environ.get("{name}", "x")\n'
            for name in ("SQL_ENGINE", "SQL_DATABASE", "SQL_USER", "SQL_PASSWORD", "SQL_HOST")
        )
        + 'P = os.environ.get("SQL_PORT")\nQ = os.environ.get("PGHOST")\n'
    )
    env = wired({"settings.py": settings}, {"postgres"}, {"django", "psycopg2-binary"})
    assert env == {
        "SQL_ENGINE": "django.db.backends.postgresql",
        "SQL_DATABASE": "app",
        "SQL_USER": "app",
        "SQL_PASSWORD": "devenv",
        "SQL_HOST": "postgres",
        "SQL_PORT": "5432",
        "PGHOST": "postgres",
    }


def test_database_parts_run_together_as_one_word() -> None:
    # Azure's samples read DBHOST, DBNAME, DBUSER and DBPASS; a committed .env says localhost.
    settings = "".join(
        f'X = os.environ.get("{name}")\n' for name in ("DBHOST", "DBNAME", "DBUSER", "DBPASS")
    )
    env = wired({"settings.py": settings, ".env": "DBHOST=localhost\n"}, {"postgres"}, {"django"})
    assert env == {"DBHOST": "postgres", "DBNAME": "app", "DBUSER": "app", "DBPASS": "devenv"}


def test_mysql_parts_and_a_test_database_left_alone() -> None:
    settings = 'A = os.getenv("DB_HOST")\nB = os.getenv("TEST_DATABASE_URL")\n'
    assert wired({"s.py": settings}, {"mysql"}, {"mysqlclient"}) == {"DB_HOST": "mysql"}


@pytest.mark.parametrize(
    ("kind", "deps", "scheme"),
    [
        ("postgres", {"sqlalchemy", "psycopg2-binary"}, "postgresql+psycopg2://"),
        ("postgres", {"databases", "sqlalchemy", "psycopg2-binary"}, "postgresql://"),
        ("postgres", {"asyncpg", "alembic", "psycopg2-binary"}, "postgresql://"),
        ("postgres", {"sqlalchemy", "psycopg"}, "postgresql+psycopg://"),
        ("postgres", {"flask-sqlalchemy", "pg8000"}, "postgresql+pg8000://"),
        ("postgres", {"django", "psycopg"}, "postgresql://"),  # dj-database-url's scheme
        ("postgres", {"psycopg"}, "postgresql://"),  # no SQLAlchemy: the driver reads it
        ("mysql", {"sqlalchemy", "pymysql"}, "mysql+pymysql://"),
        ("mysql", {"sqlalchemy", "mysqlclient"}, "mysql+mysqldb://"),
    ],
)
def test_url_scheme_fits_the_installed_driver(kind: str, deps: set[str], scheme: str) -> None:
    assert database_url(kind, deps).startswith(scheme)


def test_async_engine_gets_the_async_driver() -> None:
    deps = {"sqlalchemy", "asyncpg", "psycopg2-binary"}
    assert database_url("postgres", deps, async_engine=True).startswith("postgresql+asyncpg://")
    assert database_url("postgres", deps).startswith("postgresql://")  # asyncpg takes it as is


def test_brokers_caches_and_mail() -> None:
    code = (
        'A = os.getenv("CELERY_BROKER_URL")\nB = os.getenv("CELERY_RESULT_BACKEND")\n'
        'C = os.getenv("REDIS_HOST")\nD = os.getenv("MAIL_SERVER")\nE = os.getenv("MAIL_PORT")\n'
    )
    env = wired({"c.py": code}, {"redis", "rabbitmq", "mailpit"}, set())
    assert env == {
        "CELERY_BROKER_URL": "amqp://app:devenv@rabbitmq:5672/",
        "CELERY_RESULT_BACKEND": "redis://redis:6379/0",
        "REDIS_HOST": "redis",
        "MAIL_SERVER": "mailpit",
        "MAIL_PORT": "1025",
    }


def test_safe_development_values_for_required_settings() -> None:
    code = (
        'SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\n'
        'DEBUG = os.environ.get("DJANGO_DEBUG", "False") == "True"\n'
        'HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS").split(",")\n'
    )
    env = wired({"settings.py": code}, set(), set())
    assert env["DJANGO_SECRET_KEY"].startswith("dev-only-insecure-")
    assert len(env["DJANGO_SECRET_KEY"]) >= 50  # Django's own check asks for 50 characters
    assert env["DJANGO_DEBUG"] == "True"  # the spelling the code compares with
    assert env["DJANGO_ALLOWED_HOSTS"] == "*"


def test_sample_values_are_used_but_never_a_sample_secret() -> None:
    files = {
        "settings.py": 'A = os.environ["SECRET_KEY"]\nB = os.environ["FEATURE"]\n',
        ".env.example": "SECRET_KEY=change-me\nFEATURE=on\nDEBUG=1\n",
    }
    env = wired(files, set(), set())
    assert env["FEATURE"] == "on" and env["DEBUG"] == "1"
    assert env["SECRET_KEY"].startswith("dev-only-insecure-")


def test_a_required_variable_without_a_value_is_a_note() -> None:
    tree = RepoTree.of({"s.py": 'KEY = os.environ["STRIPE_KEY"]\n'})
    env, notes = wire(env_reads(tree, ["s.py"]), (), set(), set())
    assert env == () and notes == ("s.py:1 reads STRIPE_KEY with no default; set it under env:",)


# --- system packages --------------------------------------------------------------------------


def dep(text: str) -> Dependency:
    name = re.split(r"[=<>~!\[ ]", text)[0].lower()
    extras = frozenset(text.split("[")[1].split("]")[0].split(",")) if "[" in text else frozenset()
    return Dependency(name, "requirements.txt", 1, text, extras)


@pytest.mark.parametrize(
    ("requirement", "run", "build"),
    [
        ("psycopg2", {"libpq5"}, {"gcc", "libpq-dev"}),
        ("mysqlclient", {"libmariadb3"}, {"gcc", "pkg-config", "default-libmysqlclient-dev"}),
        ("Pillow==9.0.1", {"libjpeg62-turbo", "zlib1g"}, {"gcc", "libjpeg62-turbo-dev"}),
        ("uwsgi", set(), {"gcc", "libc6-dev"}),
        ("psycopg[c]", {"libpq5"}, {"gcc", "libpq-dev"}),
        ("psycopg", {"libpq5"}, set()),  # pure Python: loads the system's libpq
        ("psycopg[binary]", set(), set()),
        ("Pillow>=10", set(), set()),  # recent releases ship wheels with the libraries
        ("psycopg2-binary", set(), set()),
    ],
)
def test_native_dependencies_table(requirement: str, run: set[str], build: set[str]) -> None:
    found_run, found_build = system_packages([dep(requirement)])
    assert run <= set(found_run.value) and build <= set(found_build.value)
    assert bool(found_run.value) == bool(run) and bool(found_build.value) == bool(build)


def test_the_table_names_only_plausible_debian_packages() -> None:
    for native in NATIVE.values():
        for package in (*native.run, *native.build):
            assert package == package.lower() and " " not in package
        assert not set(native.build) & set(native.run)  # compilers never reach the app image


def test_old_exact_pins_choose_python_311() -> None:
    assert older_than_313_wheels([dep("psycopg2-binary==2.9.6")]) is not None
    assert older_than_313_wheels([dep("psycopg2-binary==2.9.10")]) is None
    assert older_than_313_wheels([dep("pydantic>=2.0")]) is None
    app = app_of({"requirements.txt": "django==4.2.3\npsycopg2-binary==2.9.6\n", "manage.py": ""})
    assert app["version"] == "3.11"
    assert app_of({"requirements.txt": "django\n", "manage.py": ""})["version"] == "3.13"


@pytest.mark.parametrize(
    ("text", "old"),
    [
        ("asyncpg>=0.27,<0.30", True),  # the range ends before 0.30, the first with 3.13 wheels
        ("asyncpg<0.31", False),
        ("uvloop~=0.19.0", True),
        ("uvloop~=0.19", False),  # ~=0.19 allows 0.21
        ("django==4.1.*", True),
    ],
)
def test_ranges_that_end_before_313_support_count_as_old_pins(text: str, old: bool) -> None:
    assert (older_than_313_wheels([dep(text)]) is not None) is old


def test_poetry_carets_that_end_before_313_support_choose_python_311() -> None:
    # igorbenav/FastAPI-boilerplate: no lockfile, `python = "^3.11"`, greenlet = "^2.0.2".
    pyproject = (
        '[tool.poetry.dependencies]\npython = "^3.11"\nfastapi = "^0.109.1"\n'
        'greenlet = "^2.0.2"\nasyncpg = {version = "^0.30.0"}\n'
    )
    files = {"pyproject.toml": pyproject, "main.py": "app = FastAPI()\n"}
    version = app_of(files)["version"]
    assert version == "3.11"
    files["pyproject.toml"] = pyproject.replace("^2.0.2", "^3.1")
    assert app_of(files)["version"] == "3.13"


# --- setup steps, Flask versions, requirements files ------------------------------------------


def test_django_migrates_before_it_serves() -> None:
    app = app_of({"requirements.txt": "django\n", "manage.py": "# django\n"})
    assert app["setup"] == "python manage.py migrate --noinput"


def test_procfile_release_is_the_setup_step() -> None:
    files = {
        "requirements.txt": "django\n",
        "manage.py": "",
        "Procfile": "release: python manage.py migrate && python manage.py seed\nweb: gunicorn x\n",
    }
    setup = app_of(files)["setup"]
    assert setup == ["sh", "-c", "python manage.py migrate && python manage.py seed"]


def test_flask_migrate_with_its_folder_and_alembic() -> None:
    flask = {
        "requirements.txt": "flask>=3\nflask-migrate\n",
        "wsgi.py": "from flask import Flask\napp = Flask(__name__)\n",
        "migrations/env.py": "",
    }
    assert app_of(flask)["setup"] == "flask --app wsgi db upgrade"
    without_folder = {k: v for k, v in flask.items() if not k.startswith("migrations")}
    assert "setup" not in app_of(without_folder)
    alembic = {
        "requirements.txt": "fastapi\nuvicorn\nalembic\n",
        "main.py": "app = FastAPI()\n",
        "alembic.ini": "",
    }
    # nickjj/docker-flask-example's env.py imports its package, with no prepend_sys_path.
    assert app_of(alembic)["setup"] == "python -m alembic upgrade head"


@pytest.mark.parametrize(
    ("text", "old"),
    [
        ("Flask==0.12.2", True),
        ("flask<2.2", True),
        ("Flask~=2.0.1", True),
        ("Flask==2.2.0", False),
        ("flask>=2.0", False),
        ("flask", False),
    ],
)
def test_flask_versions_without_app_option(text: str, old: bool) -> None:
    assert old_flask(dep(text)) is old


def test_old_flask_runs_with_flask_app() -> None:
    app = app_of({"requirements.txt": "Flask==1.1.2\n", "hello.py": "app = Flask(__name__)\n"})
    assert app["command"] == "flask run --host 0.0.0.0 --port 5000"
    assert app["env"]["FLASK_APP"] == "hello" and app["env"]["FLASK_DEBUG"] == "1"


def test_included_requirements_files_are_named() -> None:
    files = {
        "requirements.txt": "-r requirements/production.txt\n",
        "requirements/production.txt": "-r base.txt\ngunicorn\n",
        "requirements/base.txt": "django\n",
        "manage.py": "",
    }
    assert app_of(files)["requirements"] == [
        "requirements.txt",
        "requirements/production.txt",
        "requirements/base.txt",
    ]
    only_nested = {k: v for k, v in files.items() if k != "requirements.txt"}
    assert app_of(only_nested)["requirements"] == [
        "requirements/production.txt",
        "requirements/base.txt",
    ]


# --- the spec, rendered -----------------------------------------------------------------------

SPEC = """
name: shop
apps:
  web:
    language: python
    framework: django
    port: 8000
    setup: python manage.py migrate --noinput
    requirements: [requirements.txt, requirements/base.txt]
    system_packages: [libpq5]
    build_packages: [gcc, libpq-dev]
    processes:
      worker: celery -A shop worker
services:
  postgres:
"""


def test_setup_runs_once_before_the_app_and_its_processes() -> None:
    project = build_project(parse_spec(SPEC))
    services = {s.name: s for s in project.services}
    setup = services["web-setup"]
    assert setup.one_shot and setup.command == ("python", "manage.py", "migrate", "--noinput")
    assert setup.depends_on == ("postgres",)
    assert services["web"].depends_on == ("postgres", "web-setup")
    assert services["web-worker"].depends_on == ("postgres", "web-setup")
    compose = next(f.content for f in render_spec(parse_spec(SPEC)) if f.path == "compose.yaml")
    assert '"web-setup":\n        condition: "service_completed_successfully"' in compose
    assert '"DEVENV_CA_CERTS": "${DEVENV_CA_CERTS:-}"' in compose


def test_dockerfile_keeps_build_tools_and_the_ca_bundle_out_of_the_app_image() -> None:
    dockerfile = next(f.content for f in render_spec(parse_spec(SPEC)) if f.path == "Dockerfile")
    deps, _, rest = dockerfile.partition("FROM base AS dev\n")
    dev = rest.partition("FROM base AS prod-deps")[0]
    assert "libpq-dev" in deps and "DEVENV_CA_CERTS" in deps
    assert "COPY requirements/ ./requirements/" in deps
    assert "libpq-dev" not in dev and "DEVENV_CA_CERTS" not in dev
    assert "apt-get install -y --no-install-recommends libpq5" in dev
    assert "COPY --from=dev-deps /opt/venv /opt/venv" in dev
    assert 'ENTRYPOINT ["/usr/local/bin/run-as-source-owner"]' in dev
    assert "ENTRYPOINT" not in rest.partition("FROM base AS prod\n")[2]  # prod: fixed user


def test_uv_uses_the_images_python() -> None:
    spec = parse_spec(SPEC.replace("port: 8000", "port: 8000\n    package_manager: uv"))
    dockerfile = next(f.content for f in render_spec(spec) if f.path == "Dockerfile")
    assert "UV_PYTHON_DOWNLOADS=never" in dockerfile and "UV_NATIVE_TLS=true" in dockerfile


def test_node_and_go_apps_get_their_variables_and_prisma_migrations() -> None:
    node = app_of(
        {
            "package.json": '{"scripts": {"dev": "node server.js"}, '
            '"dependencies": {"express": "4", "@prisma/client": "5", "redis": "4"}}',
            "server.js": "const r = process.env.REDIS_HOST\nconst s = process.env.SESSION_SECRET\n",
            "prisma/schema.prisma": 'datasource db {\n  provider = "postgresql"\n'
            '  url = env("DATABASE_URL")\n}\n',
            "prisma/migrations/20240101_init/migration.sql": "",
        }
    )
    assert node["setup"] == "npx prisma migrate deploy"
    assert node["env"]["REDIS_HOST"] == "redis"
    assert node["env"]["SESSION_SECRET"].startswith("dev-only-insecure-")
    go = app_of(
        {
            "go.mod": "module x\n\ngo 1.22\n\nrequire github.com/jackc/pgx/v5 v5.5.0\n",
            "main.go": 'package main\nfunc main() { h := os.Getenv("DB_HOST") }\n',
        }
    )
    assert go["env"]["DB_HOST"] == "postgres"


def test_locked_versions_count_for_the_python_313_check() -> None:
    files = {
        "pyproject.toml": '[tool.poetry.dependencies]\npython = "^3.9"\nasyncpg = "^0.26"\n'
        'fastapi = "*"\nuvicorn = "*"\n',
        "poetry.lock": '[[package]]\nname = "asyncpg"\nversion = "0.26.0"\n',
        "main.py": "app = FastAPI()\n",
    }
    assert app_of(files)["version"] == "3.11"


def test_a_requirements_folder_is_read_and_copied_whole() -> None:
    files = {
        "requirements.txt": "-r requirements/heroku.txt\n",
        "requirements/heroku.txt": "-r prod.txt\npsycopg2==2.7.3\n",
        "requirements/prod.txt": "flask==3.0.0\n",
        "app.py": "app = Flask(__name__)\n",
    }
    app = app_of(files)
    assert app["requirements"] == [
        "requirements.txt",
        "requirements/heroku.txt",
        "requirements/prod.txt",
    ]
    assert app["version"] == "3.11"  # psycopg2 2.7 does not build on 3.13
    spec = parse_spec(SPEC)
    dockerfile = next(f.content for f in render_spec(spec) if f.path == "Dockerfile")
    assert "COPY requirements/ ./requirements/" in dockerfile


def test_host_names_the_repository_uses_become_aliases() -> None:
    files = {
        "requirements.txt": "fastapi\nuvicorn\nalembic\nasyncpg\n",
        "main.py": "app = FastAPI()\n",
        "alembic.ini": "[alembic]\nsqlalchemy.url = postgresql+asyncpg://u:p@db:5432/foo\n",
        "settings.py": 'CACHE = "redis://localhost:6379/0"\nX = {"HOST": "database"}\n',
    }
    plan = make_plan(scan_repo(RepoTree.of(files)), Choices(), "repo")
    spec_text = to_yaml(spec_entries(plan))
    assert 'aliases: ["db", "database"]  # alembic.ini:2 names it db' in spec_text
    spec = parse_spec(spec_text)
    postgres = next(s for s in build_project(spec).services if s.name == "postgres")
    assert postgres.aliases == ("db", "database")
    compose = next(f.content for f in render_spec(spec) if f.path == "compose.yaml")
    assert 'aliases: ["db", "database"]' in compose


def test_a_create_tables_script_is_the_setup_only_when_it_drops_nothing() -> None:
    files = {
        "requirements.txt": "flask==3.0.0\nflask-sqlalchemy\n",
        "app.py": "app = Flask(__name__)\n",
        "create_db.py": "with app.app_context():\n    db.create_all()\n",
    }
    assert app_of(files)["setup"] == "python create_db.py"
    files["create_db.py"] = "db.drop_all()\ndb.create_all()\n"
    assert "setup" not in app_of(files)  # it would wipe the data on every start


def test_sqlite_as_the_default_of_a_variable_keeps_the_server_database() -> None:
    settings = (
        '"ENGINE": os.environ.get("SQL_ENGINE", "django.db.backends.sqlite3"),\n'
        '"HOST": os.environ.get("SQL_HOST", "localhost"),\n'
    )
    files = {
        "requirements.txt": "django\npsycopg2-binary\n",
        "manage.py": "",
        "site/settings.py": settings,
    }
    plan = make_plan(scan_repo(RepoTree.of(files)), Choices(), "repo")
    assert [s.name for s in plan.services] == ["postgres"]
    assert app_of(files)["env"]["SQL_HOST"] == "postgres"


# --- logins the repository hard-codes -----------------------------------------------------------


def test_a_hard_coded_url_gives_the_service_its_login_and_the_app_agrees() -> None:
    files = {
        "requirements.txt": "fastapi\nuvicorn\nalembic\nasyncpg\nsqlmodel\n",
        "main.py": "app = FastAPI()\nurl = os.environ.get('DATABASE_URL')\n",
        "db.py": "engine = create_async_engine(url)\n",
        "alembic.ini": "[alembic]\nsqlalchemy.url = postgresql+asyncpg://postgres:s%40fe@db:5432/foo\n",
    }
    plan = make_plan(scan_repo(RepoTree.of(files)), Choices(), "repo")
    spec_text = to_yaml(spec_entries(plan))
    assert 'user: "postgres"  # alembic.ini:2 connects with it' in spec_text
    assert 'password: "s@fe"' in spec_text and 'database: "foo"' in spec_text
    project = build_project(parse_spec(spec_text))
    postgres = next(s for s in project.services if s.name == "postgres")
    assert dict(postgres.environment) == {
        "POSTGRES_USER": "postgres",
        "POSTGRES_PASSWORD": "s@fe",
        "POSTGRES_DB": "foo",
    }
    assert "--username=postgres" in postgres.healthcheck.test  # type: ignore[union-attr]
    env = dict(project.app_env[0][1])
    # The URL the app receives quotes the password, and names the driver it reads.
    assert env["DATABASE_URL"] == "postgresql+asyncpg://postgres:s%40fe@postgres:5432/foo"


def test_django_settings_spelled_out_give_the_login() -> None:
    settings = (
        "DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n"
        "        'NAME': 'shop', 'USER': 'shopper', 'PASSWORD': 'pw',\n"
        "        'HOST': 'db', 'PORT': 5432,\n    }\n}\n"
    )
    files = {
        "requirements.txt": "django\npsycopg2\n",
        "manage.py": "",
        "site/settings.py": settings,
    }
    plan = make_plan(scan_repo(RepoTree.of(files)), Choices(), "repo")
    login = plan.services[0].login
    assert login is not None and login.why == "site/settings.py:5"
    assert (login.login.user, login.login.password, login.login.database) == (
        "shopper",
        "pw",
        "shop",
    )


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://postgres:postgres@localhost:5432/foo",  # cannot work in a container anyway
        "postgresql://postgres:postgres@db:5432/foo_test",  # the test database
        "postgresql://postgres@db:5432/foo",  # no password written: devenv's login stays
        "postgresql://${USER}:${PASSWORD}@db/foo",  # a template, not a value
    ],
)
def test_urls_that_are_no_login_leave_devenv_s(url: str) -> None:
    files = {
        "requirements.txt": "flask\nflask-sqlalchemy\npsycopg2\n",
        "app.py": f"app = Flask(__name__)\nURL = '{url}'\n",
    }
    plan = make_plan(scan_repo(RepoTree.of(files)), Choices(), "repo")
    assert plan.services[0].login is None
    assert "user:" not in to_yaml(spec_entries(plan))


def test_the_login_is_only_the_parts_the_service_takes() -> None:
    files = {
        "requirements.txt": "flask\ncelery\n",
        "app.py": "app = Flask(__name__)\nBROKER = 'amqp://guest:guest@rabbit:5672/vhost'\n",
    }
    plan = make_plan(scan_repo(RepoTree.of(files)), Choices(), "repo")
    rabbit = next(s for s in plan.services if s.name == "rabbitmq")
    spec_text = to_yaml(spec_entries(plan))
    assert rabbit.login is not None and 'user: "guest"' in spec_text
    assert "database:" not in spec_text  # RabbitMQ has vhosts, not databases
    parse_spec(spec_text)


def test_mysql_root_is_the_superuser_not_an_ordinary_user() -> None:
    spec = parse_spec(
        "name: shop\napps:\n  web:\n    language: python\n    framework: flask\n"
        "services:\n  mysql:\n    user: root\n    password: secret\n    database: shop\n"
    )
    mysql = next(s for s in build_project(spec).services if s.name == "mysql")
    # The image refuses MYSQL_USER=root: root exists already, with MYSQL_ROOT_PASSWORD.
    assert dict(mysql.environment) == {"MYSQL_ROOT_PASSWORD": "secret", "MYSQL_DATABASE": "shop"}
    env = dict(dict(build_project(spec).app_env)["web"])
    assert env["DATABASE_URL"] == "mysql://root:secret@mysql:3306/shop"
