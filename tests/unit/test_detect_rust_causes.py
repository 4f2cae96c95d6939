"""Rule tests for the Rust causes a Go and Rust blind set showed (issue 7)."""

from __future__ import annotations

from tests.unit.test_detect_real_causes import apps_of, services_of
from tests.unit.test_detect_rules import app_of

AXUM = '[package]\nname = "bot"\nversion = "0.1.0"\n\n[dependencies]\naxum = "0.8"\n'


def test_a_port_variable_defaulted_over_chained_lines_is_the_port() -> None:
    main = (
        'let port = env::var("PORT")\n    .ok()\n'
        '    .map(|p| p.parse::<u16>().expect("parsed PORT"))\n    .unwrap_or(8000);\n'
    )
    assert app_of({"Cargo.toml": AXUM, "src/main.rs": main})["port"] == 8000


def test_the_listen_address_of_a_crate_s_config_default_toml_is_the_port() -> None:
    files = {
        "Cargo.toml": AXUM,
        "src/main.rs": "fn main() {}\n",
        "config.default.toml": 'listen_address = "0.0.0.0:8071"\n',
    }
    assert app_of(files)["port"] == 8071


def test_an_s3_client_is_minio_where_the_compose_file_runs_minio() -> None:
    cargo = AXUM + 'aws-sdk-s3 = "1"\n'
    files = {
        "Cargo.toml": cargo,
        "src/main.rs": "fn main() {}\n",
        "docker-compose.yml": "services:\n  s3:\n    image: minio/minio\n",
    }
    assert services_of(files) == ["minio"]


def test_a_crate_the_workspace_excludes_is_not_an_app() -> None:
    root = AXUM + '\n[workspace]\nexclude = ["db/migrations", "utils/bust"]\n'
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


def test_a_nested_member_s_address_is_not_the_root_binary_s() -> None:
    cargo = AXUM + '\n[workspace]\nmembers = ["services/worker"]\n'
    files = {
        "Cargo.toml": cargo,
        "src/main.rs": "fn main() {}\n",
        "src/config.rs": 'port: get_env_var("APP_PORT", "8000").parse()?,\n',
        "services/worker/Cargo.toml": '[package]\nname = "worker"\nversion = "0.1.0"\n',
        "services/worker/src/main.rs": 'let addr = "[::]:4001";\nlet a = "0.0.0.0:4001";\n',
    }
    assert app_of(files)["port"] == 8000


def test_a_virtual_workspace_s_member_binary_has_its_listen_address() -> None:
    root = '[workspace]\nmembers = ["crates/services/web-server", "crates/libs/lib-core"]\n'
    server = '[package]\nname = "web-server"\nversion = "0.1.0"\n\n[dependencies]\naxum = "0.8"\n'
    files = {
        "Cargo.toml": root,
        "crates/services/web-server/Cargo.toml": server,
        "crates/services/web-server/src/main.rs": 'let l = TcpListener::bind("127.0.0.1:8080");\n',
        "crates/libs/lib-core/Cargo.toml": '[package]\nname = "lib-core"\nversion = "0.1.0"\n',
        "crates/libs/lib-core/src/lib.rs": "",
    }
    assert app_of(files)["port"] == 8080
