"""Rule tests for the causes the ninth blind-labelled set of real repositories showed (issue 7)."""

from __future__ import annotations

from tests.unit.test_detect_real_causes import pkg, services_of
from tests.unit.test_detect_rules import app_of

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


def test_a_scripts_shell_default_for_port_is_the_port() -> None:
    files = {
        "package.json": pkg(
            name="x",
            scripts={"dev": "cross-env PORT=${X_FRONTEND_PORT:-3001} next dev"},
            dependencies={"next": "15"},
        ),
    }
    assert app_of(files)["port"] == 3001


ROCKET = (
    '[package]\nname = "x"\n\n[dependencies]\nrocket = "0.4"\n'
    'diesel = { version = "1", features = ["r2d2"] }\n\n'
    '[features]\ndefault = ["postgres"]\npostgres = ["diesel/postgres"]\n'
    'sqlite = ["diesel/sqlite"]\n'
)


def test_a_crates_default_features_pick_its_database() -> None:
    files = {"Cargo.toml": ROCKET, "src/main.rs": "fn main() {}\n"}
    assert services_of(files) == ["postgres"]


def test_rockets_port_setting_in_the_env_example_is_the_port() -> None:
    files = {
        "Cargo.toml": ROCKET,
        "src/main.rs": "fn main() {}\n",
        ".env.sample": "ROCKET_PORT=7878\n",
    }
    assert app_of(files)["port"] == 7878


def test_any_service_only_a_variant_named_for_it_runs_is_an_option() -> None:
    files = {
        **NODE,
        "docker-compose.yml": "services:\n  db:\n    image: postgres:16\n",
        "docker-compose-redis.yml": "services:\n  redis:\n    image: redis:7\n",
    }
    assert services_of(files) == ["postgres"]
