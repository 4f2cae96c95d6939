"""Rule tests: the database an app's settings name against the one its compose files run."""

from __future__ import annotations

from devenv.detect.composed import compose_services
from devenv.detect.tree import RepoTree
from tests.unit.detect_helpers import WEB_CSPROJ, service_names
from tests.unit.test_php_ruby import composer

LARAVEL = {"php": "^8.2", "laravel/framework": "^11.0"}
COMPOSE = "services:\n  pgsql:\n    image: postgres:16-alpine\n"


def test_a_laravel_env_examples_database_gives_way_to_the_one_compose_runs() -> None:
    # unopim/unopim: .env.example DB_CONNECTION=mysql, its dev compose runs postgres.
    files = {
        "composer.json": composer(require=LARAVEL),
        "artisan": "",
        ".env.example": "DB_CONNECTION=mysql\nDB_HOST=127.0.0.1\n",
        "compose.yaml": COMPOSE,
    }
    assert service_names(files) == ["postgres"]


def test_a_laravel_database_the_compose_files_also_run_stays_alone() -> None:
    files = {
        "composer.json": composer(require=LARAVEL),
        "artisan": "",
        ".env.example": "DB_CONNECTION=pgsql\n",
        "compose.yaml": COMPOSE + "  mysql:\n    image: mysql:8\n",
    }
    assert service_names(files) == ["postgres"]


def test_an_image_named_by_a_variable_is_read_from_the_env_file_beside_compose() -> None:
    # openimsdk/open-im-server: `image: "${MONGO_IMAGE}"`, .env MONGO_IMAGE=mongo:7.0.
    tree = RepoTree.of(
        {
            ".env": "MONGO_IMAGE=mongo:7.0\n",
            "docker-compose.yml": "services:\n"
            '  mongo:\n    image: "${MONGO_IMAGE}"\n'
            "  redis:\n    image: ${REDIS_IMAGE:-redis:7}\n",
        }
    )
    assert sorted(compose_services(tree)) == ["mongo", "redis"]


def test_an_image_variable_the_env_file_sets_to_its_own_default_is_that_default() -> None:
    # `.env` DB_IMAGE=${DB_IMAGE:-postgres:16}: compose reads postgres:16 when the shell
    # sets nothing, as it reads COMPOSE_PROFILES' variables.
    tree = RepoTree.of(
        {
            ".env": "DB_IMAGE=${DB_IMAGE:-postgres:16}\n",
            "docker-compose.yml": "services:\n  db:\n    image: ${DB_IMAGE}\n",
        }
    )
    assert sorted(compose_services(tree)) == ["postgres"]


def test_a_variant_compose_file_s_wiring_is_an_alternative_to_the_env_example_s_database() -> None:
    # ever-co/ever-traduora: .env.sample's TR_DB_TYPE=mysql; docker-compose.postgres.yaml
    # wires the app to Postgres for whoever picks that variant.
    variant = (
        "services:\n  app:\n    build: .\n    environment:\n      - TR_DB_TYPE=postgres\n"
        "  db:\n    image: postgres:16\n"
    )
    files = {
        "package.json": '{"scripts": {"start": "node main.js"}, '
        '"dependencies": {"express": "4", "pg": "8", "mysql2": "3"}}',
        ".env.sample": "TR_DB_TYPE=mysql\nTR_DB_HOST=localhost\n",
        "docker-compose.postgres.yaml": variant,
    }
    assert service_names(files) == ["mysql"]


def test_a_self_hosting_kits_compose_file_is_not_the_development_stack() -> None:
    # Shaped like bitwarden/passwordless-server: SQLite in development, MSSQL's provider for
    # production, and self-host/docker-compose.yml running the released image beside MSSQL.
    csproj = WEB_CSPROJ.replace(
        "</Project>",
        '<ItemGroup><PackageReference Include="Microsoft.EntityFrameworkCore.Sqlite" />'
        '<PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" />'
        "</ItemGroup></Project>",
    )
    kit = "services:\n  db:\n    image: mcr.microsoft.com/mssql/server:2022-latest\n"
    files = {
        "src/Api/Api.csproj": csproj,
        "src/Api/Program.cs": "var app = WebApplication.Create(args);\napp.Run();\n",
        "src/Api/appsettings.Development.json": '{"ConnectionStrings": {"sqlite:api": '
        '"Data Source=dev.db"}}',
        "self-host/docker-compose.yml": kit,
    }
    assert service_names(files) == []
    assert service_names({**files, "docker-compose.yml": kit}) == ["sqlserver"]


RAGFLOW_LIKE = {
    "pyproject.toml": '[project]\nname = "svc"\ndependencies = ["flask", "mysql-connector-python",'
    ' "minio", "psycopg2-binary", "redis"]\n',
    "app.py": "from flask import Flask\napp = Flask(__name__)\n",
}


def test_compose_profiles_naming_the_env_files_own_variables_turn_their_values_on() -> None:
    # Shaped like ragflow: docker/.env sets COMPOSE_PROFILES=${DOC_ENGINE},metadata-${DB_PROFILE}
    # and each variable to its own default (`DB_PROFILE=${DB_PROFILE:-mysql}`).
    compose = (
        "services:\n  mysql:\n    image: mysql:8\n    profiles:\n      - metadata-mysql\n"
        "  redis:\n    image: valkey/valkey:8\n"
    )
    env = (
        "DOC_ENGINE=${DOC_ENGINE:-elasticsearch}\nDB_PROFILE=${DB_PROFILE:-mysql}\n"
        "COMPOSE_PROFILES=${DOC_ENGINE},metadata-${DB_PROFILE}\n"
    )
    files = {**RAGFLOW_LIKE, "docker/docker-compose.yml": compose, "docker/.env": env}
    assert service_names(files) == ["mysql", "redis"]


def test_a_compose_service_whose_healthcheck_asks_minios_health_endpoint_runs_minio() -> None:
    # Shaped like ragflow: its MinIO is a fork's image (pgsty/silo).
    compose = (
        "services:\n  minio:\n    image: pgsty/silo:RELEASE.2026\n"
        '    command: ["server", "/data"]\n    healthcheck:\n'
        '      test: ["CMD", "curl", "-f", "http://localhost:9000/minio/health/live"]\n'
        "  db:\n    image: mysql:8\n"
    )
    files = {**RAGFLOW_LIKE, "docker-compose.yml": compose}
    assert service_names(files) == ["minio", "mysql"]
