"""Services of Python apps: the database a settings module or config example chooses,
SQLite defaults, Celery brokers and caches, production-only settings, dependency groups,
old driver names, search, storage and stream clients, MinIO, and settings that are optional
or only tested."""

from __future__ import annotations

import pytest

from tests.unit.detect_helpers import (
    COMPOSE_WITH_MINIO,
    DJANGO_MANAGE,
    FLASK,
    apps_of,
    notes_of,
    plan_of,
    service_names,
    services_of,
)


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
    assert service_names(files) == ["memcached", "postgres"]


def test_the_engine_a_config_example_sets_decides_over_code_defaults_and_comments() -> None:
    files = {
        "pyproject.toml": '[project]\ndependencies = ["django", "mysqlclient", "psycopg2"]\n',
        "manage.py": "import django\n",
        "apps/app/conf.py": "defaults = {'DB_ENGINE': 'mysql'}\n",
        "config_example.yml": "# DB_ENGINE: sqlite3\n# DB_ENGINE: mysql\nDB_ENGINE: postgresql\n",
    }
    assert services_of(files) == ["postgres"]
    assert "mysql (pyproject.toml" in notes_of(files)


def test_a_storage_library_whose_extras_pick_azure_needs_no_minio() -> None:
    files = {
        "requirements.txt": "django\ndjango-storages[azure]\npsycopg2\n",
        "manage.py": "import django\n",
        "docker-compose.dev.yml": (
            "services:\n  db:\n    image: postgres:17\n  obj:\n    image: quay.io/minio/minio\n"
        ),
    }
    assert services_of(files) == ["postgres"]


def test_a_dependency_group_named_after_a_database_is_an_opt_in() -> None:
    pyproject = (
        '[project]\nname = "x"\ndependencies = ["django"]\n\n'
        '[dependency-groups]\ndev = ["psycopg[binary]", "pytest"]\npostgres = ["psycopg[c]"]\n'
        'prod = ["redis"]\n'
    )
    found = plan_of({"pyproject.toml": pyproject, "manage.py": "import django\n"})["plan"]
    assert [s.name for s in found.services] == ["redis"]
    assert any("--service postgres" in n for n in found.notes)


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
    assert service_names(files) == ["mysql"]


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
    assert service_names(files) == []


def test_celery_off_by_default_makes_its_broker_optional() -> None:
    # Shaped like spiff-arena: celery[redis] is a dependency, but settings switch it off.
    files = {
        "requirements.txt": "flask\ncelery[redis]\n",
        "app.py": FLASK,
        "config/default.py": 'config_from_env("APP_CELERY_ENABLED", default=False)\n',
    }
    assert service_names(files) == []


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
    assert service_names(files) == ["postgres"]


def test_a_production_settings_module_beside_a_development_one_is_not_the_dev_database() -> None:
    # Shaped like zds-site: settings/abstract_base/django.py defaults to SQLite, dev.py
    # layers on it, prod.py switches to MySQL, whose driver requirements-prod.txt pins.
    files = {
        "manage.py": DJANGO_MANAGE.replace("proj.settings", "proj.settings.dev"),
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
    assert service_names(files) == []


def test_a_cache_only_the_production_settings_name_is_not_the_dev_setups() -> None:
    # Shaped like zds-site: pymemcache is a runtime requirement, but only settings/prod.py
    # points CACHES at memcached; dev.py keeps Django's local-memory cache.
    files = {
        "manage.py": DJANGO_MANAGE.replace("proj.settings", "proj.settings.dev"),
        "requirements.txt": "django\npymemcache\n",
        "proj/__init__.py": "",
        "proj/settings/__init__.py": "",
        "proj/settings/dev.py": "DEBUG = True\n",
        "proj/settings/prod.py": (
            "CACHES = {'default': {'BACKEND': "
            "'django.core.cache.backends.memcached.PyMemcacheCache'}}\n"
        ),
    }
    assert service_names(files) == []


def test_dev_only_requirement_files_bring_no_database() -> None:
    files = {
        "requirements.txt": "flask\npsycopg2\n",
        "requirements-dev.txt": "mysqlclient\npytest\n",
        "app.py": "app = Flask(__name__)\n",
    }
    assert services_of(files) == ["postgres"]


def test_the_database_the_configuration_names_wins_and_the_others_are_offered() -> None:
    files = {
        "requirements.txt": "django\npsycopg2\nmysqlclient\n",
        "manage.py": "DJANGO_SETTINGS_MODULE",
        ".env.example": "DATABASE_URL=mysql://app:pw@db/app\n",
    }
    assert services_of(files) == ["mysql"]
    assert "postgres (requirements.txt:2 psycopg2) is an alternative" in notes_of(files)
    assert "--service postgres" in notes_of(files)


def test_sqlite_in_settings_without_a_server_url_means_no_database_server() -> None:
    files = {
        "requirements.txt": "flask\npsycopg2\nredis\n",
        "app.py": "app = Flask(__name__)\n",
        "config.py": "SQLALCHEMY_DATABASE_URI = 'sqlite:///app.db'\n",
    }
    assert services_of(files) == ["redis"]


def test_a_celery_broker_named_in_settings_wins_over_a_redis_client() -> None:
    files = {
        "requirements.txt": "django\ncelery\nredis\npsycopg2\n",
        "manage.py": "DJANGO_SETTINGS_MODULE",
        "proj/settings.py": "CELERY_BROKER_URL = 'amqp://guest:guest@localhost:5672//'\n",
    }
    found = plan_of(files)
    assert [s.name for s in found["plan"].services] == ["postgres", "rabbitmq"]
    assert "amqp:// Celery broker URL" in found["plan"].services[1].why[0]
    with_url = {**files, ".env.example": "REDIS_URL=redis://redis:6379/1\n"}
    assert services_of(with_url) == ["postgres", "redis", "rabbitmq"]


@pytest.mark.parametrize("driver", ["mysql-connector", "mysql-connector-python", "PyMySQL"])
def test_old_and_alternative_driver_names(driver: str) -> None:
    files = {"requirements.txt": f"flask\n{driver}\n", "app.py": "app = Flask(__name__)\n"}
    assert services_of(files) == ["mysql"]


@pytest.mark.parametrize(
    ("dependency", "service"),
    [
        ("elasticsearch", "elasticsearch"),
        ("opensearch-py", "elasticsearch"),
        ("minio", "minio"),
        ("kafka-python", "kafka"),
        ("confluent-kafka", "kafka"),
    ],
)
def test_search_storage_and_stream_clients(dependency: str, service: str) -> None:
    files = {"requirements.txt": f"flask\n{dependency}\n", "app.py": "app = Flask(__name__)\n"}
    assert services_of(files) == [service]


def test_an_s3_client_is_minio_only_where_the_repository_names_minio() -> None:
    files = {"requirements.txt": "flask\nboto3\n", "app.py": "app = Flask(__name__)\n"}
    assert services_of(files) == []
    named = {**files, ".env.example": "AWS_S3_ENDPOINT_URL=http://minio:9000\n"}
    assert services_of(named) == ["minio"]


@pytest.mark.parametrize(
    ("requirements", "services"),
    [
        ("celery\n", {"rabbitmq"}),
        ("celery\nredis\n", {"redis"}),
        ("celery[redis]\n", {"redis"}),
        ("celery[sqs]\n", {"rabbitmq"}),
        ("rq\n", {"redis"}),
        ("pika\npymemcache\n", {"rabbitmq", "memcached"}),
        ("mariadb\n", {"mariadb"}),
        ("sqlalchemy[asyncpg]\n", {"postgres"}),
        ("flask-mail\nrequests\n", set()),
    ],
)
def test_python_services(requirements: str, services: set[str]) -> None:
    files = {"requirements.txt": requirements, "main.py": "if __name__ == '__main__':\n  pass\n"}
    files["worker.py"] = "from celery import Celery\napp = Celery('w')\n"
    assert set(plan_of(files)["spec"].get("services", {})) == services


def test_postgres_and_mysql_in_one_app_get_distinct_variables() -> None:
    env = "DATABASE_URL=postgresql://app@db/app\nMYSQL_URL=mysql://app@mysql/app\n"
    files = {"requirements.txt": "flask\npsycopg\npymysql\n", "app.py": "app = Flask(1)"}
    spec = plan_of({**files, ".env.example": env})
    assert spec["spec"]["services"] == {
        "postgres": {"aliases": ["db"]},  # the sample's URL names the host db
        "mysql": {"env_var": "MYSQL_URL"},
    }


def test_an_airflow_project_is_an_app_and_its_providers_name_its_services() -> None:
    files = {
        "scheduler/requirements.txt": (
            "apache-airflow==2.10.4\napache-airflow-providers-postgres\n"
            "apache-airflow-providers-redis\n"
        ),
        "scheduler/dags/reports.py": "from airflow import DAG\n",
    }
    app = apps_of(files)["scheduler"]
    assert (app["port"], app["command"]) == (8080, "airflow standalone")
    assert sorted(services_of(files)) == ["postgres", "redis"]


def test_a_url_rewrite_is_not_a_database_and_setting_names_mention_services() -> None:
    files = {
        "requirements.txt": "flask\npsycopg2-binary\nredis\nelasticsearch\n",
        "app.py": "app = Flask(__name__)\n",
        "config.py": (
            "DB = os.environ.get('DATABASE_URL', '').replace(\n"
            "    'postgres://', 'postgresql://') or 'sqlite:///app.db'\n"
            "ELASTICSEARCH_URL = os.environ.get('ELASTICSEARCH_URL')\n"
            "REDIS_URL = os.environ.get('REDIS_URL') or 'redis://'\n"
        ),
    }
    assert services_of(files) == ["redis", "elasticsearch"]
    assert "postgres (requirements.txt:2 psycopg2-binary) is an alternative" in notes_of(files)


def test_a_settings_default_keeps_files_locally() -> None:
    files = {
        "requirements.txt": "django\npsycopg\ns3fs\n",
        "manage.py": "import django\n",
        "config/settings.py": "BACKEND = os.environ.get('DATA_FILES_STORAGE_BACKEND', 'local')\n",
        "docker-compose.dev.yml": COMPOSE_WITH_MINIO,
    }
    assert services_of(files) == ["postgres"]
    assert "minio" in notes_of(files)


@pytest.mark.parametrize(
    ("settings", "services"),
    [
        # read with no default, then tested: an optional cache
        (
            "REDIS_HOST = os.getenv('REDIS_HOST', None)\nif REDIS_HOST:\n"
            "    CACHES = {'LOCATION': f'redis://{REDIS_HOST}'}\n",
            ["postgres"],
        ),
        # never tested: the app uses it as given
        ("REDIS_HOST = os.getenv('REDIS_HOST')\n", ["postgres", "redis"]),
        # a default: the app always connects
        (
            "REDIS_URL = os.environ.get('REDIS_URL') or 'redis://'\nif REDIS_URL:\n",
            ["postgres", "redis"],
        ),
    ],
)
def test_a_service_setting_without_default_that_is_tested_is_optional(
    settings: str, services: list[str]
) -> None:
    files = {
        "requirements.txt": "django\npsycopg2\nredis\n",
        "manage.py": "import django\n",
        "recipes/settings.py": settings,
    }
    assert services_of(files) == services


def test_a_config_attribute_tested_in_another_module_is_optional() -> None:
    # miguelgrinberg/microblog: a Config class reads ELASTICSEARCH_URL with no default, and
    # app/__init__.py connects only `if app.config['ELASTICSEARCH_URL']`.
    files = {
        "requirements.txt": "flask\nflask-sqlalchemy\nelasticsearch\n",
        "microblog.py": "from app import create_app\napp = create_app()\n",
        "config.py": "class Config:\n    ELASTICSEARCH_URL = os.environ.get('ELASTICSEARCH_URL')\n",
        "app/__init__.py": "def create_app():\n    app = Flask(__name__)\n"
        "    app.es = Elasticsearch(app.config['ELASTICSEARCH_URL']) "
        "if app.config['ELASTICSEARCH_URL'] else None\n",
    }
    assert "elasticsearch" not in services_of(files)
    assert "its setting is optional (config.py:2 ELASTICSEARCH_URL" in notes_of(files)


def test_a_service_switch_on_only_when_its_variable_is_set_makes_it_optional() -> None:
    # Shaped like notifications-api: development's config class reads
    # `REDIS_ENABLED = os.getenv("REDIS_ENABLED") == "1"`; the README exports it to opt in.
    files = {
        "requirements.txt": "flask\npsycopg2\nflask-redis\n",
        "app.py": FLASK,
        "app/config.py": "class Development:\n"
        '    REDIS_URL = "redis://localhost:6379/0"\n'
        '    REDIS_ENABLED = os.getenv("REDIS_ENABLED") == "1"\n'
        '    SQLALCHEMY_DATABASE_URI = "postgresql://localhost/app"\n',
    }
    assert service_names(files) == ["postgres"]
    assert "REDIS_ENABLED" in notes_of(files)


def test_celery_on_kombu_s_sqlalchemy_transport_needs_no_broker_server() -> None:
    # doccano/doccano: without CELERY_BROKER_URL, settings put the broker on the database
    # (`"sqla+sqlite:///..."`); RabbitMQ is only in the production compose file.
    settings = (
        "try:\n    CELERY_BROKER_URL = env('CELERY_BROKER_URL')\nexcept EnvError:\n"
        '    CELERY_BROKER_URL = "sqla+sqlite:///{}".format(DATABASES["default"]["NAME"])\n'
    )
    files = {
        "requirements.txt": "django\ncelery\n",
        "manage.py": DJANGO_MANAGE,
        "proj/settings.py": settings,
    }
    assert service_names(files) == []
