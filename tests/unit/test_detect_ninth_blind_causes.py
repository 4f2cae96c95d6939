"""Rule tests for the causes the ninth blind-labelled set of real repositories showed (issue 7)."""

from __future__ import annotations

from tests.unit.test_detect_real_causes import pkg, services_of

NODE = {
    "package.json": pkg(
        name="x",
        scripts={"dev": "node server.js"},
        dependencies={"pg": "8", "kafkajs": "2", "redis": "4"},
    ),
    "server.js": "app.listen(3000)\n",
}
PROFILED = (
    "services:\n  db:\n    image: postgres:16\n  cache:\n    image: redis:7\n"
    '  kafka:\n    image: redpandadata/redpanda:v23\n    profiles: ["kafka"]\n'
    "  mail:\n    image: mailhog/mailhog\n    profiles:\n      - smtp\n"
)


def test_any_service_behind_a_compose_profile_is_an_option() -> None:
    files = {**NODE, "docker-compose.yaml": PROFILED}
    assert services_of(files) == ["postgres", "redis"]


def test_a_profiled_service_the_env_example_sets_up_still_counts() -> None:
    env = "DATABASE_URL=postgresql://localhost/x\nKAFKA_BROKERS=localhost:9092\n"
    files = {**NODE, "docker-compose.yaml": PROFILED, ".env.example": env}
    assert sorted(services_of(files)) == ["kafka", "postgres", "redis"]


def test_a_redpanda_broker_setting_names_kafka() -> None:
    env = "REDIS_URL=redis://localhost\n# REDPANDA_BROKERS=localhost:19092\n"
    compose = "services:\n  db:\n    image: redis:7\n  rp:\n    image: redpandadata/redpanda\n"
    files = {**NODE, "docker-compose.yaml": compose, ".env.example": env}
    assert "kafka" not in services_of(files)


GO_APP = {
    "go.mod": "module example.com/x\n\ngo 1.22\n\nrequire (\n"
    "\tgithub.com/go-sql-driver/mysql v1.7.0\n\tgithub.com/mattn/go-sqlite3 v1.14.0\n)\n",
    "main.go": "package main\n",
}


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


def test_a_released_images_compose_wiring_is_a_deployments() -> None:
    compose = (
        "services:\n  app:\n    image: acme/x:latest\n    environment:\n"
        '      - "X_DATABASE_DRIVER=mysql"\n      - "X_DATABASE_HOST=mysql:3306"\n'
        '  mysql:\n    image: "mysql:5"\n'
    )
    env = 'X_DATABASE_DRIVER="sqlite3"\nX_DATABASE_NAME="./x.db"\n'
    files = {**GO_APP, "docker-compose.yml": compose, ".env.example": env}
    assert services_of(files) == []
