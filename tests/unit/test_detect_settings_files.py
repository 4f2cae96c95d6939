"""Rule tests: the port an app's own settings files give it, where those files live."""

from __future__ import annotations

from devenv.detect.readable import read_limit
from tests.unit.test_detect_rules import app_of

AXUM = '[package]\nname = "api"\nversion = "0.1.0"\n\n[dependencies]\naxum = "0.8"\n'


def test_a_crates_config_folder_settings_file_gives_the_port() -> None:
    # milovanovmaksim/realworld-axum-sqlx: config/config.yaml `api:\n  port: 8080`.
    config = "api:\n  port: 8080\n  frontend_origin: http://localhost:3000\ndatabase:\n"
    config += "  port: 54321\n"
    files = {"Cargo.toml": AXUM, "src/main.rs": "fn main() {}\n", "config/config.yaml": config}
    assert app_of(files)["port"] == 8080


def test_a_workspace_settings_crates_layers_give_the_port() -> None:
    # mathieuhardy/axum-skeleton: crates/configuration/data/base.yml, embedded by the binary.
    workspace = '[workspace]\nmembers = ["server", "crates/configuration"]\n'
    files = {
        "Cargo.toml": workspace,
        "Cargo.lock": "",
        "server/Cargo.toml": AXUM,
        "server/src/main.rs": "fn main() {}\n",
        "crates/configuration/Cargo.toml": '[package]\nname = "configuration"\n',
        "crates/configuration/src/lib.rs": "pub fn load() {}\n",
        "crates/configuration/data/base.yml": "application:\n  port: 8080\n",
        "crates/configuration/data/development.yml": "application:\n  host: 127.0.0.1\n",
    }
    assert app_of(files)["port"] == 8080


def test_a_settings_packages_layer_files_are_read() -> None:
    budget = {"sources": 10}
    assert read_limit("base.yml", 3, budget, "data", "configuration")
