"""Rust ports: bind tuples and addresses in code, port variables and their defaults, settings
crates and config layers, config-rs builders, env files, Rocket settings, and the port a
Compose service sets."""

from __future__ import annotations

from pathlib import Path

from devenv.detect.readable import read_limit
from devenv.detect.tree import gather
from tests.unit.detect_helpers import (
    BOT_AXUM,
    REALWORLD_AXUM,
    ROCKET,
    SESSION_ACTIX,
    WEB_AXUM,
    app_of,
    apps_of,
    frameworks_and_ports,
    plan_of,
    ports_of,
)

ACTIX = '[package]\nname = "api"\nversion = "0.1.0"\n\n[dependencies]\nactix-web = "4"\n'
AXUM = '[package]\nname = "api"\nversion = "0.1.0"\n\n[dependencies]\naxum = "0.8"\n'


def test_a_rust_service_port_in_the_env_file_is_the_port() -> None:
    # Shaped like axum-rest-api-sample: .env sets `SERVICE_PORT = 8080` (spaces around `=`).
    files = {
        "Cargo.toml": '[package]\nname = "api"\n[dependencies]\naxum = "0.8"\n',
        "src/main.rs": "fn main() {}\n",
        ".env": "SERVICE_HOST = 127.0.0.1\nSERVICE_PORT = 8080\nREDIS_PORT = 6379\n",
    }
    assert [a["port"] for a in apps_of(files).values()] == [8080]


def test_the_rust_port_given_when_the_variable_is_unset_is_the_port() -> None:
    main = (
        'let port: u16 = if env::var("PORT").is_ok() {\n'
        '    env::var("PORT").unwrap().parse::<u16>().unwrap()\n} else {\n    7703\n};\n'
    )
    assert ports_of({"Cargo.toml": WEB_AXUM, "src/main.rs": main}) == {".": 7703}


def test_a_settings_crate_s_default_impl_gives_the_port() -> None:
    # Shaped like kellnr: crates/settings/src/local.rs sets `port: 8000` in Default.
    local = (
        "impl Default for Local {\n    fn default() -> Self {\n        Self {\n"
        "            ip: default_ip(),\n            port: 8000,\n        }\n    }\n}\n"
    )
    settings = '[package]\nname = "settings"\nversion = "0.1.0"\n'
    files = {
        "Cargo.toml": '[workspace]\nmembers = ["crates/*"]\n',
        "crates/server/Cargo.toml": WEB_AXUM,
        "crates/server/src/main.rs": "fn main() {}\n",
        "crates/settings/Cargo.toml": settings,
        "crates/settings/src/lib.rs": "pub mod local;\n",
        "crates/settings/src/local.rs": local,
    }
    assert ports_of(files) == {".": 8000}


def test_a_rust_binary_under_src_bin_is_read_for_the_address_it_binds(tmp_path: Path) -> None:
    # Shaped like rust-lang/bors: the only binary is src/bin/bors.rs, binding port 8080.
    (tmp_path / "src/bin").mkdir(parents=True)
    (tmp_path / "Cargo.toml").write_text(BOT_AXUM)
    (tmp_path / "src/lib.rs").write_text("pub mod server;\n")
    (tmp_path / "src/bin/bot.rs").write_text(
        "fn main() {\n    let addr = SocketAddr::from(([0, 0, 0, 0], 8080));\n}\n"
    )
    tree = gather(tmp_path)
    assert tree.text("src/bin/bot.rs")
    assert ports_of(dict(tree.texts)) == {".": 8080}


def test_a_rust_server_listens_on_the_port_its_compose_service_sets() -> None:
    # Shaped like rfcbot-rs: Rocket with no Rocket.toml; the compose service built from the
    # repository sets ROCKET_PORT=9003.
    rocket = '[package]\nname = "bot"\nversion = "0.1.0"\n\n[dependencies]\nrocket = "0.4"\n'
    compose = (
        "services:\n  web:\n    build:\n      context: .\n    environment:\n"
        "      - ROCKET_PORT=9003\n  db:\n    image: postgres:16\n"
    )
    files = {"Cargo.toml": rocket, "src/main.rs": "fn main() {}\n"}
    assert ports_of(files) == {".": 8000}
    assert ports_of({**files, "docker-compose.yml": compose}) == {".": 9003}


def test_an_axum_crate_runs_its_binary_with_its_port_and_sqlx_database() -> None:
    files = {
        "Cargo.toml": REALWORLD_AXUM,
        "src/main.rs": "fn main() {}\n",
        "src/http/mod.rs": 'axum::Server::bind(&"0.0.0.0:8080".parse()?)\n',
    }
    plan = plan_of(files, "Cargo.lock")
    app = plan["spec"]["apps"]["web"]
    assert app["language"] == "rust" and app["framework"] == "axum"
    assert app["port"] == 8080 and app["prod_command"] == "realworld"
    assert app["version"] == "1.85"
    assert list(plan["spec"]["services"]) == ["postgres"]


def test_a_rust_port_default_in_a_settings_crate_of_the_workspace() -> None:
    # Shaped like lemmy: the binary's crate starts the server; the port's default is a
    # smart-default attribute in the utils crate's settings struct.
    files = {
        "Cargo.toml": '[workspace]\nmembers = ["crates/*"]\n',
        "crates/server/Cargo.toml": '[package]\nname = "server"\n\n[dependencies]\n'
        'actix-web = "4"\n',
        "crates/server/src/main.rs": "fn main() {}\n",
        "crates/utils/Cargo.toml": '[package]\nname = "utils"\n',
        "crates/utils/src/settings/structs.rs": "pub struct Settings {\n"
        "  #[default(5432)]\n  pub database_port: u16,\n"
        "  /// Port where the server listens\n  #[default(8536)]\n  pub port: u16,\n}\n",
    }
    assert app_of(files)["port"] == 8536


def test_a_rust_port_from_config_builder_defaults_and_env_examples() -> None:
    crate = '[package]\nname = "srv"\n\n[dependencies]\naxum = "0.8"\n'
    builder = 'Config::builder().set_default("host", "127.0.0.1")?.set_default("port", 8888)?;\n'
    assert app_of({"Cargo.toml": crate, "src/main.rs": "", "src/settings.rs": builder})["port"] == (
        8888
    )
    sample = "DATABASE_URL=postgres://localhost:5432/app\nBIND_ADDRESS=127.0.0.1:8088\n"
    assert app_of({"Cargo.toml": crate, "src/main.rs": "", ".env.example": sample})["port"] == 8088


def test_a_rust_port_default_bound_before_the_variable_is_read() -> None:
    # Shaped like nettu-scheduler: the config crate binds the default, then reads PORT.
    config = (
        'let default_port = "5000";\n'
        'let port = std::env::var("PORT").unwrap_or_else(|_| default_port.into());\n'
    )
    files = {
        "Cargo.toml": '[package]\nname = "svc"\n[dependencies]\nactix-web = "4"\n',
        "src/main.rs": "#[actix_web::main]\nasync fn main() {}\n",
        "src/config.rs": config,
    }
    assert frameworks_and_ports(files) == {".": ("actix", 5000)}


def test_rockets_port_setting_in_the_env_example_is_the_port() -> None:
    files = {
        "Cargo.toml": ROCKET,
        "src/main.rs": "fn main() {}\n",
        ".env.sample": "ROCKET_PORT=7878\n",
    }
    assert app_of(files)["port"] == 7878


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


def test_a_port_variable_defaulted_over_chained_lines_is_the_port() -> None:
    main = (
        'let port = env::var("PORT")\n    .ok()\n'
        '    .map(|p| p.parse::<u16>().expect("parsed PORT"))\n    .unwrap_or(8000);\n'
    )
    assert app_of({"Cargo.toml": BOT_AXUM, "src/main.rs": main})["port"] == 8000


def test_the_listen_address_of_a_crate_s_config_default_toml_is_the_port() -> None:
    files = {
        "Cargo.toml": BOT_AXUM,
        "src/main.rs": "fn main() {}\n",
        "config.default.toml": 'listen_address = "0.0.0.0:8071"\n',
    }
    assert app_of(files)["port"] == 8071


def test_a_nested_member_s_address_is_not_the_root_binary_s() -> None:
    cargo = BOT_AXUM + '\n[workspace]\nmembers = ["services/worker"]\n'
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


def test_a_rust_port_variable_defaulted_with_unwrap_or_is_the_port() -> None:
    files = {
        "Cargo.toml": '[package]\nname = "x"\nversion = "0.1.0"\n\n[dependencies]\naxum = "0.8"\n',
        "src/main.rs": "fn main() {}\n",
        "src/config/bind.rs": 'let port = var_parsed("PORT")?.unwrap_or(8888);\n',
    }
    assert app_of(files)["port"] == 8888


def test_a_rust_app_listens_on_the_port_of_its_base_settings_layer() -> None:
    files = {
        "Cargo.toml": SESSION_ACTIX,
        "src/main.rs": "fn main() {}\n",
        "configuration/base.yaml": "application:\n  port: 8000\ndatabase:\n  port: 5432\n",
        "configuration/local.yaml": "application:\n  host: 127.0.0.1\n",
    }
    app = app_of(files)
    assert app["port"] == 8000


def test_an_env_example_port_named_for_the_app_is_the_port() -> None:
    # lapce/lapdev: .env.example `LAPDEV_HTTP_PORT=8080` (the database's port is not it).
    files = {
        "Cargo.toml": AXUM,
        "src/main.rs": "fn main() {}\n",
        ".env.example": "POSTGRES_HTTP_PORT=5432\nLAPDEV_SSH_PROXY_PORT=2222\n"
        "LAPDEV_HTTP_PORT=8080\n",
    }
    assert [a["port"] for a in apps_of(files).values()] == [8080]


def test_a_clap_argument_default_for_the_port_is_the_port() -> None:
    # drifting-in-space/plane: `#[clap(long, default_value = "8080")] port: u16`.
    main = (
        "#[derive(Parser)]\nstruct Opts {\n"
        '    #[clap(long, default_value = "8080")]\n    port: u16,\n}\nfn main() {}\n'
    )
    files = {"Cargo.toml": AXUM, "src/main.rs": main}
    assert [a["port"] for a in apps_of(files).values()] == [8080]


def test_a_network_section_of_the_crate_settings_gives_the_port() -> None:
    # scsibug/nostr-rs-relay: config.toml `[network]` `port = 8080`, no web framework.
    files = {
        "Cargo.toml": '[package]\nname = "relay"\n\n[dependencies]\nhyper = "0.14"\n',
        "src/main.rs": "fn main() {}\n",
        "config.toml": '[database]\nengine = "sqlite"\n\n[network]\nport = 8080\n',
    }
    assert [a["port"] for a in apps_of(files).values()] == [8080]


def test_a_rust_binary_s_command_and_config_modules_are_read_for_its_port(
    tmp_path: Path,
) -> None:
    # Shaped like plane (`#[clap(long, default_value = "8080")] port` in
    # src/controller/command.rs) and martin (its listen default in src/config/file/srv.rs).
    for module, code, port in (
        ("src/controller/command.rs", '#[clap(long, default_value = "8080")]\nport: u16,\n', 8080),
        ("src/config/file/srv.rs", 'pub const DEFAULT_LISTEN: &str = "0.0.0.0:3000";\n', 3000),
    ):
        root = tmp_path / module.split("/")[1]
        (root / module).parent.mkdir(parents=True)
        (root / "Cargo.toml").write_text(ACTIX)
        (root / "src/main.rs").write_text("fn main() {}\n")
        (root / module).write_text(code)
        tree = gather(root)
        assert tree.text(module)
        assert ports_of(dict(tree.texts)) == {".": port}
