"""SQLite in an app's settings against a database server its compose file runs or its
requirements allow: the server is the app's only where the repository wires it."""

from __future__ import annotations

from devenv.detect.plan import Choices, make_plan
from devenv.detect.scan import scan_repo
from devenv.detect.tree import RepoTree

DJANGO_SQLITE = (
    'DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "db.sqlite3"}}\n'
    "# For Docker uncomment this block\n"
    '# DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "HOST": "db"}}\n'
)
COMPOSE_DB = 'services:\n  web:\n    build: .\n  db:\n    image: "postgres:16"\n'
FLASK_DEFAULT = (
    "app = Flask(__name__)\n"
    'url = os.getenv("DATABASE_URL", "sqlite:///app.db")\n'
    'if url.startswith("postgres://"):\n'
    '    url = url.replace("postgres://", "postgresql://", 1)\n'
    'app.config["SQLALCHEMY_DATABASE_URI"] = url\n'
)


def services_of(files: dict[str, str]) -> list[str]:
    plan = make_plan(scan_repo(RepoTree.of(files)), Choices(), "repo")
    return [s.name for s in plan.services]


def test_sqlite_settings_outrank_a_compose_database_nothing_connects() -> None:
    files = {
        "requirements.txt": "django\npsycopg\n",
        "manage.py": "",
        "site/settings.py": DJANGO_SQLITE,
        "docker-compose.yml": COMPOSE_DB,
    }
    assert services_of(files) == []


def test_a_compose_file_that_gives_the_app_the_url_keeps_the_server() -> None:
    files = {
        "requirements.txt": "flask\nflask-sqlalchemy\npsycopg2-binary\n",
        "config.py": "SQLALCHEMY_DATABASE_URI = os.environ.get('DEV_DATABASE_URL') or \\\n"
        "    'sqlite:///' + os.path.join(basedir, 'data-dev.sqlite')\n",
        "app/__init__.py": "def create_app():\n    app = Flask(__name__)\n",
        "docker-compose.yml": COMPOSE_DB,
    }
    assert services_of(files) == []  # the compose file does not connect the app: production's
    wired = "    environment:\n      DEV_DATABASE_URL: postgres://u:p@db:5432/app\n"
    files["docker-compose.yml"] = COMPOSE_DB.replace("    build: .\n", "    build: .\n" + wired)
    assert services_of(files) == ["postgres"]


def test_an_env_sample_or_a_host_setting_names_the_server() -> None:
    files = {
        "requirements.txt": "flask\nflask-sqlalchemy\npsycopg2-binary\n",
        "project/config.py": 'SQLALCHEMY_DATABASE_URI = os.getenv("DATABASE_URL", "sqlite://")\n',
        "project/__init__.py": "app = Flask(__name__)\n",
        "docker-compose.yml": COMPOSE_DB,
    }
    assert services_of(files) == []
    files[".env.dev-sample"] = "DATABASE_URL=postgresql://u:p@db:5432/app\n"
    assert services_of(files) == ["postgres"]
    del files[".env.dev-sample"]
    files["project/config.py"] += 'DB_HOST = os.getenv("DB_HOST", "localhost")\n'
    assert services_of(files) == ["postgres"]


def test_the_app_module_that_sets_the_database_is_read_as_settings() -> None:
    files = {
        "requirements.txt": "flask\nflask-sqlalchemy\npsycopg2-binary\n",
        "project/app.py": FLASK_DEFAULT,
        "Procfile": "web: gunicorn project.app:app\n",
    }
    # The Heroku rewrite's bare schemes name no database; SQLite is the default.
    assert services_of(files) == []


def test_test_settings_say_nothing_about_development() -> None:
    files = {
        "requirements.txt": "django\npsycopg\n",
        "manage.py": "",
        "site/settings/base.py": "DATABASES = {'default': env.db('DATABASE_URL')}\n",
        "site/settings/unittests.py": "ENGINE = 'django.db.backends.sqlite3'\n",
        "docker-compose.yml": COMPOSE_DB,
    }
    assert services_of(files) == ["postgres"]


def test_an_env_file_the_compose_service_reads_wires_the_server() -> None:
    # Shaped like socorro: settings default DATABASE_URL to sqlite://, and the webapp service
    # gets postgres:// from docker/config/local_dev.env (`env_file:`), not from environment.
    files = {
        "requirements.txt": "django\npsycopg2-binary\ndj-database-url\n",
        "manage.py": "",
        "site/settings.py": 'DATABASE_URL = config("DATABASE_URL", default="sqlite://x.db")\n'
        "DATABASES = {'default': dj_database_url.parse(DATABASE_URL)}\n",
        "docker-compose.yml": COMPOSE_DB.replace(
            "    build: .\n", "    build: .\n    env_file:\n      - docker/config/local_dev.env\n"
        ),
        "docker/config/local_dev.env": "DATABASE_URL=postgres://u:p@db:5432/app\n",
    }
    assert services_of(files) == ["postgres"]
    # The test suite's env file (test.env) wires the tests' database, not development's.
    files["docker/config/test.env"] = files.pop("docker/config/local_dev.env")
    files["docker-compose.yml"] = files["docker-compose.yml"].replace("local_dev", "test")
    assert services_of(files) == []
