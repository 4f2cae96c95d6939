"""Rules a blind batch of Node, Go and Rust applications (batch b4) showed, each on a small
tree of its shape."""

from __future__ import annotations

import json
from typing import Any

from tests.unit.test_detect_rules import plan_of

AXUM = '[package]\nname = "web"\nversion = "0.1.0"\n\n[dependencies]\naxum = "0.8"\n'


def _json(data: dict[str, Any]) -> str:
    return json.dumps(data)


def _ports(files: dict[str, str], *others: str) -> dict[str, int | None]:
    apps = plan_of(files, *others)["plan"].apps
    return {a.finding.path: a.port.value if a.port else None for a in apps}


def test_an_api_that_keeps_its_docs_site_beside_it_is_still_an_app() -> None:
    # Shaped like awesome-nest-boilerplate: one package, Nest's server and a vitepress
    # docs:dev script.
    files = {
        "package.json": _json(
            {
                "scripts": {"start:dev": "nest start --watch", "docs:dev": "vitepress dev docs"},
                "dependencies": {"@nestjs/core": "11", "pg": "8"},
                "devDependencies": {"vitepress": "1"},
            }
        ),
        "src/main.ts": "await app.listen(3000);\n",
    }
    assert list(_ports(files)) == ["."]


def test_the_rust_port_given_when_the_variable_is_unset_is_the_port() -> None:
    main = (
        'let port: u16 = if env::var("PORT").is_ok() {\n'
        '    env::var("PORT").unwrap().parse::<u16>().unwrap()\n} else {\n    7703\n};\n'
    )
    assert _ports({"Cargo.toml": AXUM, "src/main.rs": main}) == {".": 7703}


def test_a_cargo_fuzz_crate_is_not_an_app() -> None:
    fuzz = (
        '[package]\nname = "parse-fuzz"\nversion = "0.0.0"\n\n[package.metadata]\n'
        'cargo-fuzz = true\n\n[dependencies]\nlibfuzzer-sys = "0.4"\n\n[workspace]\n'
        'members = ["."]\n'
    )
    files = {
        "Cargo.toml": AXUM,
        "src/main.rs": "fn main() {}\n",
        "lib/parse/fuzz/Cargo.toml": fuzz,
        "lib/parse/fuzz/src/bin/fuzz_basic.rs": "fn main() {}\n",
    }
    assert list(_ports(files)) == ["."]


def test_the_server_port_of_the_workspace_s_config_example_is_the_port() -> None:
    # Shaped like kitsune: the binary crate in a workspace, config.example.toml at its root.
    workspace = '[workspace]\nmembers = ["server"]\n'
    files = {
        "Cargo.toml": workspace,
        "server/Cargo.toml": AXUM,
        "server/src/main.rs": "fn main() {}\n",
        "config.example.toml": '[database]\nurl = "postgres://x"\n\n[server]\nport = 5000\n',
    }
    assert _ports(files) == {".": 5000}


def test_a_go_config_port_under_the_mail_settings_is_not_the_app_s() -> None:
    # Shaped like hanko's backend: config.yaml's only port key is the SMTP server's.
    config = 'email_delivery:\n  smtp:\n    host: localhost\n    port: "2500"\n'
    files = {
        "go.mod": "module example.com/auth\n\ngo 1.22\n",
        "main.go": "package main\n\nfunc main() {}\n",
        "config/config.yaml": config,
        "config/default.go": 'package config\n\nvar d = Server{Address: ":8000"}\n',
    }
    assert _ports(files) == {".": 8000}


def test_a_go_metrics_or_tls_listener_in_main_is_not_the_app_s_port() -> None:
    # Shaped like ente's museum: Prometheus on :2112, TLS on :443, else `port := 8080`.
    main = (
        "package main\n\nfunc main() {\n"
        '\thttp.Handle("/metrics", promhttp.Handler())\n'
        '\tgo http.ListenAndServe(":2112", nil)\n'
        "\tif tls {\n"
        '\t\tlog.Fatal(server.RunTLS(":443", cert, key))\n'
        "\t} else {\n"
        "\t\tport := 8080\n"
        '\t\tserver.Run(fmt.Sprintf(":%d", port))\n'
        "\t}\n}\n"
    )
    files = {"go.mod": "module example.com/museum\n\ngo 1.22\n", "main.go": main}
    assert _ports(files) == {".": 8080}


def test_a_node_port_default_past_parseint_s_radix_is_the_port() -> None:
    # Shaped like overleaf's history-v1: `parseInt(process.env.PORT, 10) || 3100`.
    files = {
        "package.json": _json(
            {"scripts": {"start": "node app.js"}, "dependencies": {"express": "4"}}
        ),
        "app.js": "const port = parseInt(process.env.PORT, 10) || 3100\napp.listen(port)\n",
    }
    assert _ports(files) == {".": 3100}


def test_a_node_port_default_in_a_ternary_of_a_config_module_is_the_port() -> None:
    # Shaped like maxun: the server imports SERVER_PORT from src/constants/config.ts.
    config = (
        "export const SERVER_PORT = process.env.BACKEND_PORT "
        "? Number(process.env.BACKEND_PORT) : 8080\n"
    )
    files = {
        "package.json": _json(
            {"scripts": {"start": "node dist/server.js"}, "dependencies": {"express": "4"}}
        ),
        "server/src/constants/config.ts": config,
        "server/src/server.ts": "server.listen(SERVER_PORT)\n",
    }
    assert _ports(files) == {".": 8080}


def test_bbolt_is_an_embedded_default_beside_sql_drivers() -> None:
    # Shaped like semaphore: BoltDB by default, MySQL or Postgres when configured.
    go_mod = (
        "module example.com/runner\n\ngo 1.22\n\nrequire (\n"
        "\tgithub.com/go-sql-driver/mysql v1.7.1\n\tgithub.com/lib/pq v1.10.9\n"
        "\tgo.etcd.io/bbolt v1.3.9\n)\n"
    )
    files = {"go.mod": go_mod, "cli/main.go": "package main\n\nfunc main() {}\n"}
    assert [s.name for s in plan_of(files)["plan"].services] == []


def test_a_rust_orm_s_sqlite_feature_is_an_embedded_default_beside_postgres() -> None:
    # Shaped like kellnr: SeaORM built for both; SQLite unless PostgreSQL is switched on.
    cargo = AXUM + 'sea-orm = { version = "1", features = ["sqlx-postgres", "sqlx-sqlite"] }\n'
    files = {"Cargo.toml": cargo, "src/main.rs": "fn main() {}\n"}
    assert [s.name for s in plan_of(files)["plan"].services] == []


def test_a_settings_crate_s_default_impl_gives_the_port() -> None:
    # Shaped like kellnr: crates/settings/src/local.rs sets `port: 8000` in Default.
    local = (
        "impl Default for Local {\n    fn default() -> Self {\n        Self {\n"
        "            ip: default_ip(),\n            port: 8000,\n        }\n    }\n}\n"
    )
    settings = '[package]\nname = "settings"\nversion = "0.1.0"\n'
    files = {
        "Cargo.toml": '[workspace]\nmembers = ["crates/*"]\n',
        "crates/server/Cargo.toml": AXUM,
        "crates/server/src/main.rs": "fn main() {}\n",
        "crates/settings/Cargo.toml": settings,
        "crates/settings/src/lib.rs": "pub mod local;\n",
        "crates/settings/src/local.rs": local,
    }
    assert _ports(files) == {".": 8000}
