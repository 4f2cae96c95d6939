"""Rust apps and their services: binaries, workspaces, libraries, cargo-fuzz crates and
desktop crates, and the services crate features and clients name (SQLx, SeaORM, amqprs,
S3, Redis sessions), including brokers only test settings reach."""

from __future__ import annotations

from tests.unit.detect_helpers import (
    BOT_AXUM,
    REALWORLD_AXUM,
    ROCKET,
    SESSION_ACTIX,
    WEB_AXUM,
    app_of,
    apps_of,
    pkg,
    plan_of,
    ports_of,
    service_names,
    services_of,
)


def test_a_cargo_fuzz_crate_is_not_an_app() -> None:
    fuzz = (
        '[package]\nname = "parse-fuzz"\nversion = "0.0.0"\n\n[package.metadata]\n'
        'cargo-fuzz = true\n\n[dependencies]\nlibfuzzer-sys = "0.4"\n\n[workspace]\n'
        'members = ["."]\n'
    )
    files = {
        "Cargo.toml": WEB_AXUM,
        "src/main.rs": "fn main() {}\n",
        "lib/parse/fuzz/Cargo.toml": fuzz,
        "lib/parse/fuzz/src/bin/fuzz_basic.rs": "fn main() {}\n",
    }
    assert list(ports_of(files)) == ["."]


def test_a_rust_orm_s_sqlite_feature_is_an_embedded_default_beside_postgres() -> None:
    # Shaped like kellnr: SeaORM built for both; SQLite unless PostgreSQL is switched on.
    cargo = WEB_AXUM + 'sea-orm = { version = "1", features = ["sqlx-postgres", "sqlx-sqlite"] }\n'
    files = {"Cargo.toml": cargo, "src/main.rs": "fn main() {}\n"}
    assert [s.name for s in plan_of(files)["plan"].services] == []


def test_brokers_the_compose_app_reaches_only_through_test_settings_serve_the_tests() -> None:
    # Shaped like chirpstack: Kafka and RabbitMQ clients for optional integrations; the dev
    # compose file wires them only to TEST_ settings, Postgres and Redis to the app's own.
    cargo = (
        '[package]\nname = "server"\nversion = "0.1.0"\n\n[dependencies]\naxum = "0.8"\n'
        'tokio-postgres = "0.7"\nredis = "0.27"\nlapin = "2"\nrdkafka = "0.36"\n'
    )
    compose = (
        "services:\n  app:\n    build: .\n    environment:\n"
        "      - DATABASE_URL=postgres://app@postgres/app\n      - REDIS_HOST=redis\n"
        "      - TEST_KAFKA_BROKER=kafka:9092\n      - TEST_AMQP_URL=amqp://guest@rabbitmq:5672\n"
        "  postgres:\n    image: postgres:18\n  redis:\n    image: redis:8\n"
        "  rabbitmq:\n    image: rabbitmq:4\n  kafka:\n    image: apache/kafka:4.1.0\n"
    )
    files = {"Cargo.toml": cargo, "src/main.rs": "fn main() {}\n", "docker-compose.yml": compose}
    assert {s.name for s in plan_of(files)["plan"].services} == {"postgres", "redis"}


def test_a_rust_workspace_is_one_app_running_its_binary_crate() -> None:
    files = {
        "Cargo.toml": '[workspace]\nmembers = ["crates/*"]\n\n[workspace.dependencies]\n'
        'redis = "0.25"\n',
        "crates/core/Cargo.toml": '[package]\nname = "core"\n',
        "crates/core/src/lib.rs": "",
        "crates/server/Cargo.toml": '[package]\nname = "server"\n\n[dependencies]\n'
        'actix-web = "4"\ndiesel = { version = "2", features = ["postgres"] }\n',
        "crates/server/src/main.rs": "fn main() {}\n",
        "rust-toolchain.toml": '[toolchain]\nchannel = "1.80.0"\n',
    }
    plan = plan_of(files)
    assert [a.finding.path for a in plan["plan"].apps] == ["."]
    app = plan["spec"]["apps"]["web"]
    assert app["framework"] == "actix" and app["version"] == "1.80"
    assert app["command"] == ["cargo-rerun", "--package", "server"]
    assert app["prod_command"] == "server"
    assert sorted(plan["spec"]["services"]) == ["postgres", "redis"]


def test_a_rust_library_is_a_note() -> None:
    plan = plan_of({"Cargo.toml": '[package]\nname = "lib"\n', "src/lib.rs": ""})
    assert plan["spec"] is None
    assert any("a Rust library" in note for note in plan["plan"].notes)


def test_app_of_is_shared() -> None:
    assert app_of({"Cargo.toml": REALWORLD_AXUM, "src/main.rs": ""})["language"] == "rust"


def test_a_crates_default_features_pick_its_database() -> None:
    files = {"Cargo.toml": ROCKET, "src/main.rs": "fn main() {}\n"}
    assert services_of(files) == ["postgres"]


def test_the_rust_crate_of_a_desktop_app_is_not_a_server() -> None:
    cargo = '[package]\nname = "desk"\n\n[dependencies]\ntauri = "2"\n'
    files = {
        "package.json": pkg(scripts={"dev": "vite"}, devDependencies={"vite": "5"}),
        "src-tauri/Cargo.toml": cargo,
    }
    found = plan_of(files, "package-lock.json")
    assert [a.finding.path for a in found["plan"].apps] == ["."]
    assert not found["plan"].untemplated
    assert "src-tauri: a tauri desktop app" in "\n".join(found["plan"].notes)


def test_an_s3_client_is_minio_where_the_compose_file_runs_minio() -> None:
    cargo = BOT_AXUM + 'aws-sdk-s3 = "1"\n'
    files = {
        "Cargo.toml": cargo,
        "src/main.rs": "fn main() {}\n",
        "docker-compose.yml": "services:\n  s3:\n    image: minio/minio\n",
    }
    assert services_of(files) == ["minio"]


def test_a_crate_the_workspace_excludes_is_not_an_app() -> None:
    root = BOT_AXUM + '\n[workspace]\nexclude = ["db/migrations", "utils/bust"]\n'
    tool = '[package]\nname = "tool"\nversion = "0.1.0"\n'
    files = {
        "Cargo.toml": root,
        "src/main.rs": "fn main() {}\n",
        "db/migrations/Cargo.toml": tool,
        "db/migrations/src/main.rs": "fn main() {}\n",
        "utils/bust/Cargo.toml": tool,
        "utils/bust/src/main.rs": "fn main() {}\n",
    }
    assert list(apps_of(files)) == ["web"]


def test_a_bin_at_src_main_rs_renames_the_package_s_binary() -> None:
    cargo = (
        '[package]\nname = "cloud-app"\nversion = "0.1.0"\n\n[dependencies]\naxum = "0.8"\n\n'
        '[[bin]]\nname = "cloud_app"\npath = "src/main.rs"\n'
    )
    files = {"Cargo.toml": cargo, "src/main.rs": "fn main() {}\n", "src/bin/tool.rs": ""}
    assert app_of(files)["command"] == ["cargo-rerun", "--bin", "cloud_app"]


def test_a_session_store_feature_naming_redis_needs_redis() -> None:
    files = {"Cargo.toml": SESSION_ACTIX, "src/main.rs": "fn main() {}\n"}
    assert services_of(files) == ["redis"]


def test_an_optional_crate_the_default_features_leave_off_is_no_service() -> None:
    # Shaped like neon-mmd/websurfx: `default = ["memory-cache"]`, redis behind a feature.
    cargo = (
        '[package]\nname = "search"\n\n[dependencies]\nactix-web = "4"\n'
        'moka = { version = "0.12", optional = true }\n'
        'redis = { version = "0.27", optional = true }\n\n'
        '[features]\ndefault = ["memory-cache"]\nmemory-cache = ["dep:moka"]\n'
        'redis-cache = ["dep:redis"]\n'
    )
    files = {"Cargo.toml": cargo, "src/main.rs": "fn main() {}\n"}
    assert service_names(files) == []
    on = cargo.replace('default = ["memory-cache"]', 'default = ["redis-cache"]')
    assert service_names({**files, "Cargo.toml": on}) == ["redis"]


def test_amqprs_is_a_rabbitmq_client() -> None:
    # Shaped like revolt's delta: events go out through RabbitMQ with amqprs.
    cargo = '[package]\nname = "delta"\n\n[dependencies]\namqprs = "1.7"\naxum = "0.7"\n'
    files = {"Cargo.toml": cargo, "src/main.rs": "fn main() {}\n"}
    services = plan_of(files)["plan"].services
    assert [s.name for s in services] == ["rabbitmq"]
