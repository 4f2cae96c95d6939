"""Services whatever the language: env examples and env files that switch a service on or
off, mail catchers started outside Compose or named in env files, Valkey and Redpanda
clients, and new services' Node and Go clients."""

from __future__ import annotations

import pytest

from tests.unit.detect_helpers import (
    GO_APP,
    GO_MOD,
    NODE_CLIENTS,
    pkg,
    plan_of,
    service_names,
    services_of,
    to_json,
)

QUEUE_COMPOSE = "services:\n  redis:\n    image: redis:7\n  minio:\n    image: minio/minio\n"
EXPRESS = pkg(
    name="x", scripts={"start": "node index.js"}, dependencies={"express": "^4", "ioredis": "^5"}
)


def test_a_mail_catcher_started_outside_compose_is_a_mail_catcher() -> None:
    # Shaped like goalert (a Procfile line runs mailpit) and rauthy (a justfile's
    # `docker run` of mailcrab).
    procfile = "smtp: ./bin/tools/mailpit -s localhost:1025\n"
    justfile = "mailcrab-start:\n    docker run -d --name app-mailcrab marlonb/mailcrab\n"
    for name, text in (("Procfile", procfile), ("justfile", justfile)):
        services = plan_of({**GO_APP, name: text})["plan"].services
        assert [s.name for s in services] == ["mailpit"], name


def test_mailslurper_and_mailcrab_are_mail_catchers() -> None:
    # Shaped like hanko's quickstart compose: `image: marcopas/docker-mailslurper`.
    package = {"scripts": {"dev": "node server.js"}, "dependencies": {"nodemailer": "6"}}
    for image in ("marcopas/docker-mailslurper:latest", "marlonb/mailcrab", "jijiechen/papercut"):
        files = {
            "package.json": to_json(package),
            "docker-compose.yml": f"services:\n  mail:\n    image: {image}\n",
        }
        assert service_names(files) == ["mailpit"], image


def test_valkey_clients_need_redis() -> None:
    python = {"requirements.txt": "flask\nvalkey==6.1\n", "app.py": "app = Flask(__name__)\n"}
    node = {"package.json": pkg(dependencies={"express": "4", "iovalkey": "0.3"})}
    go = {"go.mod": GO_MOD + "\nrequire github.com/valkey-io/valkey-go v1.0.60\n"}
    go["main.go"] = "package main\n"
    assert services_of(python) == services_of(node) == services_of(go) == ["redis"]


def test_a_redpanda_broker_setting_names_kafka() -> None:
    env = "REDIS_URL=redis://localhost\n# REDPANDA_BROKERS=localhost:19092\n"
    compose = "services:\n  db:\n    image: redis:7\n  rp:\n    image: redpandadata/redpanda\n"
    files = {**NODE_CLIENTS, "docker-compose.yaml": compose, ".env.example": env}
    assert "kafka" not in services_of(files)


def test_an_engine_setting_under_the_apps_prefix_names_the_database() -> None:
    files = {
        "package.json": pkg(
            name="x", scripts={"dev": "node s.js"}, dependencies={"pg": "8", "sqlite3": "5"}
        ),
        "s.js": "app.listen(3000)\n",
        "docker-compose.yml": "services:\n  db:\n    image: postgres:16\n",
        ".env.example": "HD_DATABASE_TYPE=sqlite\nHD_DATABASE_NAME=./x.sqlite\n",
    }
    assert services_of(files) == []


def test_a_service_the_env_example_only_comments_out_is_left_out() -> None:
    files = {
        "package.json": pkg(
            name="x",
            scripts={"dev": "node index.js"},
            dependencies={"express": "^4", "ioredis": "^5", "@aws-sdk/client-s3": "^3"},
        ),
        "index.js": "app.listen(3000)\n",
        ".env.example": "PORT=3000\n# REDIS_URL=redis://localhost:6379\n"
        "# OBJECT_STORE_ACCESS_KEY_ID=minioadmin\n",
        "docker/docker-compose.yml": QUEUE_COMPOSE,
    }
    assert services_of(files) == []


def test_a_service_with_a_live_env_line_stays() -> None:
    files = {
        "package.json": pkg(
            name="x", scripts={"dev": "node index.js"}, dependencies={"ioredis": "^5"}
        ),
        "index.js": "app.listen(3000)\n",
        ".env.example": "REDIS_HOST=localhost\n# REDIS_HOST_PORT=16379\n",
        "docker/docker-compose.yml": QUEUE_COMPOSE,
    }
    assert services_of(files) == ["redis"]


@pytest.mark.parametrize("name", [".env", ".env.dev", "env-example-docker", "docker.env"])
def test_mail_catchers_named_in_env_files(name: str) -> None:
    files = {
        "requirements.txt": "flask\n",
        "app.py": "app = Flask(__name__)\n",
        name: "MAIL_SERVER=mailhog\nMAIL_PORT=1025\n",
    }
    found = plan_of(files)
    assert [s.name for s in found["plan"].services] == ["mailpit"]
    assert found["plan"].services[0].why[0].startswith(f"{name}:1 mailhog")


def test_node_and_go_clients_of_the_new_services() -> None:
    node = pkg(
        scripts={"start": "node server.js"},
        dependencies={"express": "4", "@elastic/elasticsearch": "8", "kafkajs": "2"},
    )
    assert services_of({"package.json": node}, "package-lock.json") == ["elasticsearch", "kafka"]
    go_mod = "module x\n\ngo 1.22\n\nrequire github.com/segmentio/kafka-go v0.4.47\n"
    assert services_of({"go.mod": go_mod, "main.go": "package main\n"}) == ["kafka"]


@pytest.mark.parametrize("env_file", [".env.example", ".example.env"])
def test_a_service_an_env_example_switches_off_is_left_out(env_file: str) -> None:
    files = {
        "package.json": EXPRESS,
        "index.js": "app.listen(3000)\n",
        env_file: "PORT=3000\nREDIS_ENABLED=false\nREDIS_HOST=127.0.0.1\n",
        "docker-compose.redis.yml": "services:\n  redis:\n    image: redis:7\n",
    }
    assert services_of(files) == []


def test_a_service_the_env_example_switches_on_is_kept() -> None:
    files = {
        "package.json": EXPRESS,
        "index.js": "app.listen(3000)\n",
        ".env.example": "REDIS_ENABLED=true\n",
    }
    assert services_of(files) == ["redis"]


def test_a_mail_catcher_in_an_env_file_that_switches_mail_off_is_not_needed() -> None:
    # Shaped like Hexabot: `EMAIL_SMTP_ENABLED=false` beside `EMAIL_SMTP_HOST=smtp4dev`.
    files = {
        "package.json": to_json(
            {"scripts": {"dev": "node server.js"}, "dependencies": {"pg": "8"}}
        ),
        ".env.example": "EMAIL_SMTP_ENABLED=false\nEMAIL_SMTP_HOST=smtp4dev\n",
    }
    assert service_names(files) == ["postgres"]
    on = {**files, ".env.example": "EMAIL_SMTP_ENABLED=true\nEMAIL_SMTP_HOST=smtp4dev\n"}
    assert service_names(on) == ["mailpit", "postgres"]
