"""Rules a blind batch of Go and Rust applications (batch b8) showed, each on a small tree of
its shape."""

from __future__ import annotations

from pathlib import Path

from devenv.detect.tree import gather
from tests.unit.test_detect_rules import plan_of

AXUM = '[package]\nname = "bot"\nversion = "0.1.0"\n\n[dependencies]\naxum = "0.8"\n'
GO_MOD = "module example.com/app\n\ngo 1.22\n"


def _ports(files: dict[str, str], *others: str) -> dict[str, int | None]:
    apps = plan_of(files, *others)["plan"].apps
    return {a.finding.path: a.port.value if a.port else None for a in apps}


def test_a_rust_binary_under_src_bin_is_read_for_the_address_it_binds(tmp_path: Path) -> None:
    # Shaped like rust-lang/bors: the only binary is src/bin/bors.rs, binding port 8080.
    (tmp_path / "src/bin").mkdir(parents=True)
    (tmp_path / "Cargo.toml").write_text(AXUM)
    (tmp_path / "src/lib.rs").write_text("pub mod server;\n")
    (tmp_path / "src/bin/bot.rs").write_text(
        "fn main() {\n    let addr = SocketAddr::from(([0, 0, 0, 0], 8080));\n}\n"
    )
    tree = gather(tmp_path)
    assert tree.text("src/bin/bot.rs")
    assert _ports(dict(tree.texts)) == {".": 8080}


def test_a_go_profiler_listener_in_main_is_not_the_app_s_port() -> None:
    # Shaped like wakapi: pprof on 127.0.0.1:6060 when enabled, the app's port in its config.
    main = (
        "package main\n\nfunc main() {\n\tif config.EnablePprof {\n"
        '\t\tlog.Info("profiling enabled, exposing pprof data")\n'
        '\t\tgo func() { _ = http.ListenAndServe("127.0.0.1:6060", nil) }()\n\t}\n}\n'
    )
    files = {"go.mod": GO_MOD, "main.go": main, "config.default.yml": "server:\n  port: 3000\n"}
    assert _ports(files) == {".": 3000}


def test_a_go_config_struct_s_quoted_http_port_beats_a_grpc_server_s_address() -> None:
    # Shaped like permify: `HTTP: HTTP{ Port: "3476" }` in the config defaults, the gRPC
    # server package's `_defaultAddr = ":3478"`.
    config = (
        "package config\n\nfunc Default() *Config {\n\treturn &Config{\n"
        '\t\tServer: Server{\n\t\t\tHTTP: HTTP{\n\t\t\t\tPort: "3476",\n\t\t\t},\n'
        '\t\t\tGRPC: GRPC{\n\t\t\t\tPort: "3478",\n\t\t\t},\n\t\t},\n\t}\n}\n'
    )
    files = {
        "go.mod": GO_MOD,
        "cmd/app/main.go": "package main\n\nfunc main() {}\n",
        "internal/config/config.go": config,
        "pkg/grpcserver/server.go": 'package grpcserver\n\nconst _defaultAddr = ":3478"\n',
    }
    assert _ports(files) == {".": 3476}


def test_a_compose_service_with_elasticsearch_s_discovery_setting_runs_it() -> None:
    # Shaped like traQ: Elasticsearch from a plugin-built image, the Go client in go.mod.
    compose = (
        "services:\n  app:\n    build: .\n  db:\n    image: mariadb:10.11\n"
        "  es:\n    image: ghcr.io/someorg/es-with-plugins:8.8.1\n"
        "    environment:\n      discovery.type: single-node\n"
    )
    go_mod = (
        GO_MOD + "\nrequire (\n\tgithub.com/elastic/go-elasticsearch/v8 v8.19.7\n"
        "\tgithub.com/go-sql-driver/mysql v1.10.0\n)\n"
    )
    files = {"go.mod": go_mod, "main.go": "package main\n\nfunc main() {}\n"}
    services = {s.name for s in plan_of({**files, "compose.yaml": compose})["plan"].services}
    assert services == {"mariadb", "elasticsearch"}


def test_a_rust_server_listens_on_the_port_its_compose_service_sets() -> None:
    # Shaped like rfcbot-rs: Rocket with no Rocket.toml; the compose service built from the
    # repository sets ROCKET_PORT=9003.
    rocket = '[package]\nname = "bot"\nversion = "0.1.0"\n\n[dependencies]\nrocket = "0.4"\n'
    compose = (
        "services:\n  web:\n    build:\n      context: .\n    environment:\n"
        "      - ROCKET_PORT=9003\n  db:\n    image: postgres:16\n"
    )
    files = {"Cargo.toml": rocket, "src/main.rs": "fn main() {}\n"}
    assert _ports(files) == {".": 8000}
    assert _ports({**files, "docker-compose.yml": compose}) == {".": 9003}


def test_a_go_data_layer_for_several_databases_takes_the_configured_driver() -> None:
    # Shaped like supabase/auth: Buffalo's pop directly, the drivers of every database it
    # supports indirectly, and the env example's DATABASE_URL names Postgres.
    go_mod = (
        GO_MOD + "\nrequire (\n\tgithub.com/gobuffalo/pop/v6 v6.1.1\n"
        "\tgithub.com/jackc/pgx/v4 v4.18.2 // indirect\n"
        "\tgithub.com/go-sql-driver/mysql v1.7.0 // indirect\n)\n"
    )
    files = {
        "go.mod": go_mod,
        "main.go": "package main\n\nfunc main() {}\n",
        "example.env": 'DATABASE_URL="postgres://app:secret@localhost:5432/app"\n',
    }
    assert {s.name for s in plan_of(files)["plan"].services} == {"postgres"}
    plain = {**files, "go.mod": go_mod.replace("gobuffalo/pop/v6", "gorilla/mux")}
    assert {s.name for s in plan_of(plain)["plan"].services} == set()


def test_a_go_doc_go_in_package_main_is_no_command() -> None:
    # Shaped like prest: the root's doc.go documents the command (`package main`, no code);
    # the server is cmd/prestd.
    files = {
        "go.mod": GO_MOD,
        "doc.go": "/*\nThe app serves a REST API.\n*/\npackage main\n",
        "cmd/server/main.go": 'package main\n\nfunc main() { http.ListenAndServe(":3000", nil) }\n',
        "lib/lib.go": "package lib\n",
    }
    apps = plan_of(files)["plan"].apps
    assert [
        (a.finding.path, a.finding.main_package.value) for a in apps if a.finding.main_package
    ] == [(".", "./cmd/server")]


def test_the_client_sdks_beside_a_server_are_not_apps() -> None:
    # Shaped like permify: sdk/go/grpc is a demo client module with its own main.
    files = {
        "go.mod": GO_MOD,
        "cmd/app/main.go": 'package main\n\nfunc main() { http.ListenAndServe(":3476", nil) }\n',
        "sdk/go/grpc/go.mod": "module example.com/sdkdemo\n\ngo 1.22\n",
        "sdk/go/grpc/main.go": "package main\n\nfunc main() { client.Check() }\n",
    }
    assert list(_ports(files)) == ["."]


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
