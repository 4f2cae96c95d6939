"""Rule tests for the causes a services blind batch (Kafka, RabbitMQ, Elasticsearch, MinIO,
MongoDB, mail catchers) showed (issue 7).

Each rule came from a real repository, trimmed into tests/realrepos/ (named in the test).
"""

from __future__ import annotations

from tests.unit.detect_helpers import app_of, plan_of
from tests.unit.test_php_ruby import composer
from tests.unit.test_php_ruby_real_causes import services

PIMCORE = {"pimcore/pimcore": "^11.1", "symfony/runtime": "^6.2", "symfony/dotenv": "^6.2"}
COMPOSE = (
    "services:\n"
    "  redis:\n    image: redis:alpine\n"
    "  db:\n    image: mariadb:10.11\n"
    "  php:\n    image: pimcore/pimcore:php8.2-debug-latest\n    depends_on: [db]\n"
)


def test_symfony_runtime_marks_a_symfony_app_and_its_composed_database_is_taken() -> None:
    """pimcore/skeleton: a distribution's skeleton names neither the framework bundle nor
    Flex, only the Runtime component; its installer writes the database settings the compose
    file's mariadb serves. Redis, which Symfony reaches only once configured, stays out."""
    files = {
        "composer.json": composer(require=PIMCORE),
        "public/index.php": "<?php\n",
        "docker-compose.yaml": COMPOSE,
    }
    assert app_of(files)["framework"] == "symfony"
    assert services(plan_of(files)) == ["mariadb"]
    # Without the Runtime component (a plain Composer project) nothing is taken.
    files["composer.json"] = composer(require={"pimcore/pimcore": "^11.1"})
    assert services(plan_of(files)) == []


def _pyproject(extras: str) -> str:
    return (
        '[project]\nname = "site"\nrequires-python = ">=3.12"\n'
        'dependencies = ["Django>=5.2", "dj-database-url>=1.3"]\n\n'
        f"[project.optional-dependencies]\n{extras}"
    )


def test_the_deployment_extra_of_a_pyproject_is_what_the_app_installs() -> None:
    """mozilla/kitsune: psycopg is listed only in the `dev` and `prod` extras; settings read
    DATABASE_URL through dj-database-url."""
    files = {
        "pyproject.toml": _pyproject(
            'dev = ["psycopg[binary]>=3.3"]\nprod = ["psycopg[binary]>=3.3"]\n'
        ),
        "manage.py": "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site.settings')\n",
    }
    assert services(plan_of(files)) == ["postgres"]
    # An extra for a feature is an opt-in, not what the app runs on.
    files["pyproject.toml"] = _pyproject('docs = ["psycopg[binary]>=3.3"]\n')
    assert services(plan_of(files)) == []


GO_REDIS = "module github.com/acme/pod\n\ngo 1.22\n\nrequire github.com/gomodule/redigo v1.9.2\n"


def test_a_go_flag_for_a_service_address_that_defaults_to_empty_leaves_it_off() -> None:
    """stefanprodan/podinfo: `fs.String("cache-server", "", "Redis address ...")`; the app
    caches in Redis only when the flag is given."""
    flag = 'fs.String("cache-server", "", "Redis address in the format tcp://<host>:<port>")'
    files = {"go.mod": GO_REDIS, "cmd/pod/main.go": f"package main\n\nfunc main() {{\n{flag}\n}}\n"}
    assert services(plan_of(files)) == []
    # A default address keeps it.
    files["cmd/pod/main.go"] = files["cmd/pod/main.go"].replace(
        '", "", "', '", "tcp://localhost:6379", "'
    )
    assert services(plan_of(files)) == ["redis"]
