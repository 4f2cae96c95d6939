"""Rule tests for the Rust causes blind batch b18 showed (issue 7)."""

from __future__ import annotations

from tests.unit.test_detect_rules import app_of

ACTIX = '[package]\nname = "api"\nversion = "0.1.0"\n\n[dependencies]\nactix-web = "4"\n'
AXUM = '[package]\nname = "api"\nversion = "0.1.0"\n\n[dependencies]\naxum = "0.8"\n'


def test_a_bind_tuple_on_the_loopback_address_is_the_port() -> None:
    main = 'HttpServer::new(|| App::new())\n    .bind(("127.0.0.1", 8000))?\n    .run()\n'
    assert app_of({"Cargo.toml": ACTIX, "src/main.rs": main})["port"] == 8000


def test_an_address_in_a_test_module_is_not_the_port() -> None:
    main = (
        "fn main() { serve(CONFIG.http.port) }\n\n#[cfg(test)]\nmod tests {\n"
        '    fn parses() { let a: SocketAddr = "127.0.0.1:8080".parse().unwrap(); }\n}\n'
    )
    config = (
        "pub struct Http {\n"
        '    #[env_config(name = "APP_REPORT_SERVER_HTTP_PORT", default = 5082)]\n'
        "    pub report_port: u16,\n"
        '    #[env_config(name = "APP_HTTP_PORT", default = 5080)]\n'
        "    pub port: u16,\n}\n"
    )
    files = {"Cargo.toml": AXUM, "src/main.rs": main, "src/config.rs": config}
    assert app_of(files)["port"] == 5080


def test_a_default_value_attribute_on_the_port_field_is_the_port() -> None:
    config = "pub struct Config {\n    #[default_value(10801)]\n    #[env_key(PORT_KEY)]\n"
    config += "    pub port: u16,\n}\n"
    files = {"Cargo.toml": AXUM, "src/main.rs": "fn main() {}\n", "src/config.rs": config}
    assert app_of(files)["port"] == 10801
