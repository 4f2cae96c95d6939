"""Rule tests: the port an app listens on, found from the file its start script names and
from the address literals its code builds."""

from __future__ import annotations

import json

from tests.unit.detect_helpers import app_of, apps_of, pkg


def test_a_start_script_naming_its_file_without_a_suffix_finds_that_files_port() -> None:
    # bradtraversy/proshop_mern: `start: node backend/server`, node resolves server.js.
    files = {
        "package.json": pkg(
            name="shop",
            main="server.js",
            scripts={"start": "node backend/server", "server": "nodemon backend/server"},
            dependencies={"express": "^4.17.1"},
        ),
        "backend/server.js": (
            "import express from 'express'\nconst app = express()\n"
            "const PORT = process.env.PORT || 5000\napp.listen(PORT)\n"
        ),
    }
    assert [a["port"] for a in apps_of(files).values()] == [5000]


CARGO = '[package]\nname = "app"\nversion = "0.1.0"\n\n[dependencies]\naxum = "0.7"\n'


def test_a_socket_address_built_from_std_ip_types_is_the_listen_port() -> None:
    # shuntaka9576/rust-web: `SocketAddr::new(Ipv4Addr::LOCALHOST.into(), 8080)`.
    main = (
        "use std::net::{Ipv4Addr, SocketAddr};\n\n#[tokio::main]\nasync fn main() {\n"
        "    let addr = SocketAddr::new(Ipv4Addr::LOCALHOST.into(), 8080);\n"
        "    let listener = tokio::net::TcpListener::bind(&addr).await.unwrap();\n}\n"
    )
    apps = apps_of({"Cargo.toml": CARGO, "src/main.rs": main})
    assert [a["port"] for a in apps.values()] == [8080]


def test_a_start_script_that_runs_another_script_takes_that_scripts_port() -> None:
    # Shaped like JHipster's Micronaut sample: "start": "npm run webpack:dev", which passes
    # --port=9060 to webpack-dev-server.
    scripts = {
        "start": "npm run webpack:dev",
        "webpack:dev": "npm run webpack-dev-server -- --inline --port=9060",
        "webpack-dev-server": "webpack-dev-server",
    }
    package = {"name": "web", "scripts": scripts, "devDependencies": {"webpack": "5"}}
    assert app_of({"package.json": json.dumps(package)})["port"] == 9060
