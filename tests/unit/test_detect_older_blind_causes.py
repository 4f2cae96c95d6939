"""Rule tests for the causes older blind-labelled sets of real repositories showed (issue 7)."""

from __future__ import annotations

from tests.unit.test_detect_real_causes import pkg, services_of
from tests.unit.test_detect_rules import app_of

GO_MOD = "module example.com/x\n\ngo 1.22\n"


def test_a_go_app_listens_where_its_json_config_says() -> None:
    config = (
        '{\n  "admin_server": {\n    "listen_url": "127.0.0.1:3333"\n  },\n'
        '  "phish_server": {\n    "listen_url": "0.0.0.0:80"\n  }\n}\n'
    )
    files = {"go.mod": GO_MOD, "main.go": "package main\n", "config.json": config}
    assert app_of(files)["port"] == 3333


def test_a_node_port_default_in_a_config_module_is_the_port() -> None:
    config = (
        "db: { port: parseEnvVarNumber(process.env.DATABASE_PORT, 5432) },\n"
        "server: { port: parseEnvVarNumber(process.env.HTTP_PORT || process.env.PORT, 4242) },\n"
    )
    files = {
        "package.json": pkg(name="x", scripts={"dev": "node src/server.js"}),
        "src/server.js": "import { start } from './lib/server-impl.js';\n",
        "src/lib/create-config.ts": config,
    }
    assert app_of(files)["port"] == 4242


def test_a_cli_flag_default_for_the_port_beats_an_unrelated_field_literal() -> None:
    flags = '\t\tFlag: cli.IntFlag{\n\t\t\tName:   "http-port, port",\n\t\t\tValue:  2342,\n'
    files = {
        "go.mod": GO_MOD,
        "cmd/x/main.go": "package main\n",
        "internal/config/test.go": "\t\tAutoImport:      7200,\n",
        "internal/config/flags.go": flags,
    }
    assert app_of(files)["port"] == 2342


def test_an_import_setting_is_no_port() -> None:
    files = {
        "go.mod": GO_MOD,
        "main.go": "package main\n",
        "internal/config/defaults.go": "\t\tAutoImport: 7200,\n\t\tHttpPort: 8081,\n",
    }
    assert app_of(files)["port"] == 8081


QUEUE_COMPOSE = "services:\n  redis:\n    image: redis:7\n  minio:\n    image: minio/minio\n"


def test_a_service_the_env_example_only_comments_out_is_left_out() -> None:
    files = {
        "package.json": pkg(
            name="x",
            scripts={"dev": "node index.js"},
            dependencies={"express": "^4", "ioredis": "^5", "@aws-sdk/client-s3": "^3"},
        ),
        "index.js": "app.listen(3000)\n",
        ".env.example": "PORT=3000\n# REDIS_URL=redis://localhost:6379\n"
        "# OBJECT_STORE_ACCESS_KEY_ID=minioadmin\n",
        "docker/docker-compose.yml": QUEUE_COMPOSE,
    }
    assert services_of(files) == []


def test_a_service_with_a_live_env_line_stays() -> None:
    files = {
        "package.json": pkg(
            name="x", scripts={"dev": "node index.js"}, dependencies={"ioredis": "^5"}
        ),
        "index.js": "app.listen(3000)\n",
        ".env.example": "REDIS_HOST=localhost\n# REDIS_HOST_PORT=16379\n",
        "docker/docker-compose.yml": QUEUE_COMPOSE,
    }
    assert services_of(files) == ["redis"]
