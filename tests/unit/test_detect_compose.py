"""Services read from Compose files: images and Dockerfile bases named for a service, build
contexts, `extends`, merge tags, profiles and variant files (options or alternatives), the
.env that switches profiles on, and Compose files of benchmarks, tests and dev containers
that do not weigh."""

from __future__ import annotations

from pathlib import Path

import pytest

from devenv.detect.plan import Choices, make_plan
from devenv.detect.scan import scan_repo
from devenv.detect.tree import gather
from tests.unit.detect_helpers import (
    APP_GO_MOD,
    DJANGO_MANAGE,
    ENGINE_DJANGO,
    GO_MOD,
    NODE_CLIENTS,
    frameworks_and_ports,
    notes_of,
    pkg,
    plan_of,
    service_names,
    services_of,
    to_json,
    write_files,
)

PROFILED = (
    "services:\n  db:\n    image: postgres:16\n  cache:\n    image: redis:7\n"
    '  kafka:\n    image: redpandadata/redpanda:v23\n    profiles: ["kafka"]\n'
    "  mail:\n    image: mailhog/mailhog\n    profiles:\n      - smtp\n"
)
ENGINE_PROFILED = (
    "services:\n  engine:\n    build: ./engine\n  redis:\n    image: redis:7\n"
    "  postgres:\n    image: postgres:14\n    profiles:\n      - postgres\n"
    "  mysql:\n    image: mysql:8\n    profiles: [mysql]\n"
)


def test_a_vendor_built_kafka_image_is_kafka() -> None:
    # Shaped like ftgo-application: eventuateio/eventuate-kafka runs the broker.
    from devenv.detect.composed import compose_services
    from devenv.detect.tree import RepoTree

    compose = "services:\n  kafka:\n    image: eventuateio/eventuate-kafka:0.15.0\n"
    assert list(compose_services(RepoTree.of({"docker-compose.yml": compose}))) == ["kafka"]


def test_compose_files_in_a_folder_named_for_them_are_read() -> None:
    # Shaped like hanko: deploy/docker-compose/quickstart.yaml runs Postgres and a mail
    # catcher; quickstart-with-redis.yaml, named for Redis, offers it as an option.
    package = {"scripts": {"dev": "node server.js"}, "dependencies": {"pg": "8", "ioredis": "5"}}
    folder = "deploy/docker-compose"
    files = {
        "package.json": to_json(package),
        f"{folder}/quickstart.yaml": "services:\n  db:\n    image: postgres:16\n"
        "  mail:\n    image: marcopas/docker-mailslurper\n",
        f"{folder}/quickstart-with-redis.yaml": "services:\n  cache:\n    image: redis:7\n",
    }
    assert service_names(files) == ["mailpit", "postgres"]


def test_a_dev_compose_stack_of_the_app_alone_makes_its_clients_options() -> None:
    # Shaped like flipt: docker-compose.yml builds the server from Dockerfile.dev and runs
    # no Redis; go-redis serves an optional cache.
    files = {
        "go.mod": "module example.com/app\n\ngo 1.22\n\n"
        "require github.com/redis/go-redis/v9 v9.5.1\n",
        "main.go": 'package main\n\nfunc main() { http.ListenAndServe(":8080", nil) }\n',
        "Dockerfile.dev": "FROM golang:1.22\n",
        "docker-compose.yml": "services:\n  server:\n    build:\n      context: .\n"
        "      dockerfile: ./Dockerfile.dev\n    ports: ['8080:8080']\n",
    }
    assert service_names(files) == []
    plain = {**files, "docker-compose.yml": files["docker-compose.yml"].replace(".dev", "")}
    assert service_names(plain) == ["redis"]  # a production image says nothing of development


def test_a_compose_service_with_elasticsearch_s_discovery_setting_runs_it() -> None:
    # Shaped like traQ: Elasticsearch from a plugin-built image, the Go client in go.mod.
    compose = (
        "services:\n  app:\n    build: .\n  db:\n    image: mariadb:10.11\n"
        "  es:\n    image: ghcr.io/someorg/es-with-plugins:8.8.1\n"
        "    environment:\n      discovery.type: single-node\n"
    )
    go_mod = (
        APP_GO_MOD + "\nrequire (\n\tgithub.com/elastic/go-elasticsearch/v8 v8.19.7\n"
        "\tgithub.com/go-sql-driver/mysql v1.10.0\n)\n"
    )
    files = {"go.mod": go_mod, "main.go": "package main\n\nfunc main() {}\n"}
    services = {s.name for s in plan_of({**files, "compose.yaml": compose})["plan"].services}
    assert services == {"mariadb", "elasticsearch"}


def test_compose_services_built_from_a_dockerfile_count_by_its_base_image_or_name() -> None:
    compose = (
        "services:\n  db:\n    build:\n      context: .\n      dockerfile: Dockerfile.devdb\n"
        "  maildev:\n    build:\n      context: .\n      dockerfile: maildev.Dockerfile\n"
    )
    files = {
        "requirements.txt": "flask\npsycopg2\nredis\n",
        "app.py": "app = Flask(__name__)\n",
        "docker-compose.dev.yml": compose,
        "Dockerfile.devdb": "ARG PG_VERSION\nFROM postgres:17\n",
        "maildev.Dockerfile": "FROM node:24-alpine\nRUN npm i -g maildev\n",
    }
    assert services_of(files) == ["postgres", "mailpit"]


def test_compose_files_of_benchmarks_do_not_weigh_services() -> None:
    files = {
        "requirements.txt": "flask\nboto3\n",
        "app.py": "app = Flask(__name__)\n",
        "packages/benchmarks/docker-compose.yml": "services:\n  s3:\n    image: minio/minio\n",
    }
    assert services_of(files) == []


def test_a_compose_variant_that_swaps_the_database_offers_an_alternative() -> None:
    files = {
        "package.json": pkg(
            scripts={"start:dev": "nest start --watch"},
            dependencies={"@nestjs/core": "11", "pg": "8", "@nestjs/mongoose": "11"},
        ),
        "docker-compose.yaml": "services:\n  postgres:\n    image: postgres:17\n",
        "docker-compose.document.yaml": "services:\n  mongo:\n    image: mongo:8\n",
    }
    assert services_of(files, "package-lock.json") == ["postgres"]
    assert "mongo (package.json" in notes_of(files, "package-lock.json")


def test_django_takes_the_server_compose_wires_over_an_alternative_driver() -> None:
    # Shaped like patchwork: psycopg is listed for DATABASE_TYPE=postgres; the dev compose runs
    # MySQL and wires DATABASE_HOST; the image installs mysqlclient.
    compose = (
        "services:\n  db:\n    image: mysql:9\n  web:\n    build: .\n"
        "    environment:\n      - DATABASE_HOST=db\n      - DATABASE_PORT=3306\n"
    )
    files = {
        "requirements.txt": "Django~=6.0\npsycopg~=3.3\n",
        "manage.py": "import django\n",
        "docker-compose.yml": compose,
    }
    assert service_names(files) == ["mysql"]


def test_a_compose_service_extending_another_files_runs_its_image() -> None:
    # Shaped like Apache Fineract: the main compose file's db extends compose/mariadb.yml.
    gradle = (
        "plugins { id 'org.springframework.boot' version '3.3.4' }\n"
        "dependencies {\n    implementation 'org.mariadb.jdbc:mariadb-java-client'\n"
        "    implementation 'org.postgresql:postgresql'\n}\n"
    )
    files = {
        "build.gradle": gradle,
        "docker-compose.yml": "services:\n  db:\n    extends:\n"
        "      file: ./config/docker/compose/mariadb.yml\n      service: mariadb\n",
        "config/docker/compose/mariadb.yml": "services:\n  mariadb:\n    image: mariadb:11.4\n",
    }
    assert [s.name for s in plan_of(files)["plan"].services] == ["mariadb"]


@pytest.mark.parametrize("name", ["s3test", "pgtest", "db-test", "test_db", "minio_test"])
def test_a_compose_service_named_for_tests_is_not_a_dev_service(name: str) -> None:
    compose = (
        "services:\n  pgdev:\n    image: postgres:17\n"
        f"  {name}:\n    container_name: x\n    image: minio/minio:RELEASE.2021\n"
    )
    files = {
        "go.mod": GO_MOD + "\nrequire (\n\tgithub.com/lib/pq v1.10.9\n"
        "\tgithub.com/aws/aws-sdk-go v1.41.14\n)\n",
        "main.go": "package main\n",
        "docker-compose.yml": compose,
    }
    assert services_of(files) == ["postgres"]


def test_a_service_that_only_ends_in_test_letters_still_counts() -> None:
    files = {
        "go.mod": GO_MOD + "\nrequire github.com/aws/aws-sdk-go v1.41.14\n",
        "main.go": "package main\n",
        "docker-compose.yml": "services:\n  latest:\n    image: minio/minio\n",
    }
    assert services_of(files) == ["minio"]


def test_a_compose_service_built_from_a_context_devenv_does_not_read_is_named_by_it() -> None:
    # The Dockerfile lives under a `build/` folder detection skips: the context still says.
    compose = (
        "services:\n  app-redis:\n    image: redis:7\n  app-mysql:\n    build: ../build/mysql\n"
        "  app-server:\n    build: ../../server\n"
    )
    files = {
        "server/go.mod": GO_MOD + "require (\n\tgorm.io/driver/mysql v1.4.1\n"
        "\tgithub.com/go-redis/redis/v9 v9.0.0\n)\n",
        "server/main.go": 'package main\n\nfunc main() { http.ListenAndServe(":8765", nil) }\n',
        "deploy/start/docker-compose.yml": compose,
    }
    assert services_of(files) == ["mysql", "redis"]


def test_a_database_only_a_variant_compose_file_runs_is_an_alternative_to_sqlite() -> None:
    files = {
        "go.mod": GO_MOD
        + "require (\n\tgithub.com/lib/pq v1.10.9\n\tgithub.com/mattn/go-sqlite3 v2.0.3\n)\n",
        "main.go": 'package main\n\nfunc main() { http.ListenAndServe(":8000", nil) }\n',
        "docker/docker-compose.yml": "services:\n  app:\n    build: ..\n",
        "docker/docker-compose-db-nginx.yml": "services:\n  db:\n    image: postgres:16\n",
    }
    assert services_of(files) == []


def test_any_service_behind_a_compose_profile_is_an_option() -> None:
    files = {**NODE_CLIENTS, "docker-compose.yaml": PROFILED}
    assert services_of(files) == ["postgres", "redis"]


def test_a_profiled_service_the_env_example_sets_up_still_counts() -> None:
    env = "DATABASE_URL=postgresql://localhost/x\nKAFKA_BROKERS=localhost:9092\n"
    files = {**NODE_CLIENTS, "docker-compose.yaml": PROFILED, ".env.example": env}
    assert sorted(services_of(files)) == ["kafka", "postgres", "redis"]


def test_any_service_only_a_variant_named_for_it_runs_is_an_option() -> None:
    files = {
        **NODE_CLIENTS,
        "docker-compose.yml": "services:\n  db:\n    image: postgres:16\n",
        "docker-compose-redis.yml": "services:\n  redis:\n    image: redis:7\n",
    }
    assert services_of(files) == ["postgres"]


def test_databases_behind_a_compose_profile_are_options() -> None:
    files = {**ENGINE_DJANGO, "docker-compose-developer.yml": ENGINE_PROFILED}
    assert services_of(files) == ["redis"]


def test_a_compose_variant_named_for_its_database_offers_an_option() -> None:
    variant = "services:\n  mysql:\n    image: mysql:8\n  redis:\n    image: redis:7\n"
    files = {
        **ENGINE_DJANGO,
        "docker-compose.yml": "services:\n  redis:\n    image: redis:7\n",
        "docker-compose-mysql-rabbitmq.yml": variant,
    }
    assert "mysql" not in services_of(files)


def test_compose_profiles_the_env_example_turns_on_start_their_databases() -> None:
    compose = 'services:\n  postgres:\n    image: postgres:16\n    profiles: ["postgres"]\n'
    files = {
        **ENGINE_DJANGO,
        "compose.yaml": compose,
        ".env.example": "export COMPOSE_PROFILES=postgres,redis,web\n",
    }
    assert "postgres" in services_of(files)


def test_compose_profiles_the_env_beside_a_compose_file_turns_on_start_their_services() -> None:
    # Shaped like Mayan EDMS: docker/docker-compose.yml puts each service behind a profile,
    # docker/.env (which compose reads from that folder) turns postgres on.
    compose = (
        "services:\n  redis:\n    image: redis:7\n"
        '  postgresql:\n    image: postgres:16\n    profiles: ["postgresql"]\n'
        '  elasticsearch:\n    image: elasticsearch:8.1.0\n    profiles: ["elasticsearch"]\n'
    )
    files = {
        "manage.py": DJANGO_MANAGE,
        "proj/__init__.py": "",
        "proj/settings.py": "DEBUG = True\n",
        "requirements.txt": "django\npsycopg2\nredis\n",
        "docker/docker-compose.yml": compose,
        "docker/.env": "COMPOSE_PROFILES=postgresql\n",
    }
    assert service_names(files) == ["postgres", "redis"]


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
    assert frameworks_and_ports(files) == {".": ("fastapi", 8080)}


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
    assert service_names(files) == ["mailpit", "postgres"]


def test_an_env_files_image_and_version_pins_do_not_switch_a_service_on() -> None:
    # Shaped like Mayan EDMS: config.env pins the images a build uses; Elasticsearch sits
    # behind a compose profile nothing turns on.
    compose = (
        "services:\n  db:\n    image: postgres:16\n"
        '  elasticsearch:\n    image: elasticsearch:8.1.0\n    profiles: ["search"]\n'
    )
    files = {
        "manage.py": DJANGO_MANAGE,
        "proj/__init__.py": "",
        "proj/settings.py": "DEBUG = True\n",
        "requirements.txt": "django\npsycopg2\nelasticsearch\n",
        "docker-compose.yml": compose,
        "config.env": "DOCKER_ELASTIC_IMAGE_VERSION=elasticsearch:8.1.0\nDEBUG=1\n",
    }
    assert service_names(files) == ["postgres"]


def test_a_compose_service_built_from_postgres_and_tagged_is_postgres() -> None:
    # Shaped like iris-web: `db` has both `build: docker/db` (FROM postgres) and `image:`
    # naming the tag it builds, so the image name says nothing of what it runs.
    compose = (
        "services:\n  rabbitmq:\n    image: rabbitmq:3-alpine\n"
        "  db:\n    build:\n      context: docker/db\n    image: app_db:v2\n"
        "  app:\n    build: .\n    image: app_app:v2\n"
    )
    files = {
        "requirements.txt": "flask\npika\npsycopg2-binary\n",
        "app.py": "from flask import Flask\napp = Flask(__name__)\n",
        "docker-compose.yml": compose,
        "docker/db/Dockerfile": "FROM postgres:12-alpine\n",
    }
    assert sorted(s.name for s in plan_of(files)["plan"].services) == ["postgres", "rabbitmq"]


def test_compose_files_of_the_repository_weigh_optional_services() -> None:
    files = {
        "requirements.txt": "flask\npymysql\nredis\npymemcache\n",
        "app.py": "app = Flask(__name__)\n",
        "docker-compose.yml": "services:\n  db:\n    image: mariadb:10.11\n"
        "  cache:\n    image: redis:7\n  mail:\n    image: maildev/maildev\n",
    }
    found = plan_of(files)
    assert [s.name for s in found["plan"].services] == ["mariadb", "redis", "mailpit"]
    assert "memcached (requirements.txt:4 pymemcache) is an alternative, left out" in "\n".join(
        found["plan"].notes
    )


def test_compose_files_of_test_suites_do_not_weigh_services() -> None:
    files = {
        "requirements.txt": "flask\nredis\n",
        "app.py": "app = Flask(__name__)\n",
        "compose-e2e-test.yml": "services:\n  mail:\n    image: axllent/mailpit\n",
    }
    assert services_of(files) == ["redis"]


def test_a_compose_database_built_from_a_plain_base_that_sets_postgres_settings_is_postgres() -> (
    None
):
    files = {
        "requirements.txt": "django\npsycopg2-binary\nredis\n",
        "manage.py": "import django\n",
        "docker-compose.yml": (
            "services:\n  db:\n    image: acme/acme_db\n  broker:\n    image: redis:7\n"
        ),
        "docker-compose.build.yml": "services:\n  db:\n    build: ./db\n",
        "db/Dockerfile": "FROM ubuntu:20.04\nENV POSTGRES_PASSWORD postgres\n",
    }
    assert sorted(services_of(files)) == ["postgres", "redis"]


def test_the_dev_containers_compose_file_names_services_but_holds_no_app(tmp_path: Path) -> None:
    write_files(
        tmp_path,
        {
            "requirements.txt": "django\npsycopg\nredis\n",
            "manage.py": "import django\n",
            ".devcontainer/docker-compose.yml": (
                "services:\n  db:\n    image: postgres:15\n  cache:\n    image: valkey/valkey:8\n"
                "  mail:\n    image: axllent/mailpit\n"
            ),
            ".devcontainer/package.json": '{"scripts": {"start": "node server.js"}}\n',
            ".github/docker-compose.yml": "services:\n  search:\n    image: elasticsearch:8\n",
        },
    )
    plan = make_plan(scan_repo(gather(tmp_path)), Choices(), "repo")
    assert [a.finding.path for a in plan.apps] == ["."]
    assert [s.name for s in plan.services] == ["postgres", "redis", "mailpit"]


def test_a_compose_variant_named_for_its_image_is_an_option() -> None:
    # docker-compose.smtp4dev.yml runs the mail catcher for whoever adds that file.
    files = {
        "package.json": to_json(
            {"scripts": {"dev": "node server.js"}, "dependencies": {"pg": "8"}}
        ),
        "docker-compose.yml": "services:\n  db:\n    image: postgres:16\n",
        "docker-compose.smtp4dev.yml": "services:\n  smtp4dev:\n    image: rnwood/smtp4dev:v3\n",
    }
    assert service_names(files) == ["postgres"]
