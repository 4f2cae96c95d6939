"""Rule tests for Go modules with several commands (issue 7): which of them are servers."""

from __future__ import annotations

from tests.unit.detect_helpers import apps_of, services_of

GO_MOD = "module github.com/acme/shop\n\ngo 1.22\n\nrequire github.com/lib/pq v1.10.9\n"
MAIN = "package main\n\nfunc main() {}\n"
COMMANDS = {
    "go.mod": GO_MOD,
    "cmd/shop-api/main.go": MAIN,
    "cmd/shop-engine/main.go": MAIN,
    "cmd/shop-migrate/main.go": MAIN,
    "cmd/shop-admin/main.go": MAIN,
}


def test_commands_a_compose_file_runs_with_ports_are_an_app_each() -> None:
    compose = (
        "services:\n"
        "  migrate:\n    image: ghcr.io/acme/shop/shop-migrate:1\n"
        "  engine:\n    image: ghcr.io/acme/shop/shop-engine:1\n    ports: ['7077:7077']\n"
        "  api:\n    image: ghcr.io/acme/shop/shop-api:1\n    ports: ['8080:8080']\n"
    )
    apps = apps_of({**COMMANDS, "docker-compose.release.yml": compose})
    assert {name: app["main_package"] for name, app in apps.items()} == {
        "shop-api": "./cmd/shop-api",
        "shop-engine": "./cmd/shop-engine",
    }
    assert apps["shop-api"]["port"] == 8080
    assert apps["shop-engine"]["port"] == 7077


def test_a_command_is_named_by_the_dockerfile_or_program_a_service_runs() -> None:
    compose = (
        "services:\n"
        "  a:\n    build: {context: ., dockerfile: zarf/dockerfile.shop-api}\n    ports: [3000]\n"
        "  b:\n    image: x\n    command: /bin/shop-engine --config x\n    expose: ['4000']\n"
    )
    apps = apps_of({**COMMANDS, "zarf/docker_compose.yaml": compose})
    assert sorted(app["main_package"] for app in apps.values()) == [
        "./cmd/shop-api",
        "./cmd/shop-engine",
    ]


def test_a_service_folder_keeping_its_main_in_cmd_is_named_by_that_folder() -> None:
    files = {
        "go.mod": GO_MOD,
        "gateway_service/cmd/main.go": MAIN,
        "writer_service/cmd/main.go": MAIN,
        "docker-compose.yaml": "services:\n"
        "  gateway_service:\n    build: {context: ., dockerfile: docker/gateway.Dockerfile}\n"
        "    ports: ['5001:5001']\n"
        "  writer_service:\n    build: {context: ., dockerfile: docker/writer.Dockerfile}\n"
        "    ports: ['5002:5002']\n",
    }
    apps = apps_of(files)
    assert sorted(app["main_package"] for app in apps.values()) == [
        "./gateway_service/cmd",
        "./writer_service/cmd",
    ]


def test_without_a_compose_file_running_them_a_module_is_one_app() -> None:
    apps = apps_of(COMMANDS)
    assert [app["main_package"] for app in apps.values()] == ["./cmd/shop-api"]


def test_a_one_shot_service_without_ports_is_not_a_server() -> None:
    compose = (
        "services:\n"
        "  api:\n    build: .\n    ports: ['8080:8080']\n"
        "  seed:\n    image: ghcr.io/acme/shop-admin\n    entrypoint: ['./shop-admin', 'seed']\n"
    )
    apps = apps_of({**COMMANDS, "compose.yaml": compose})
    assert [app["main_package"] for app in apps.values()] == ["./cmd/shop-api"]


def test_each_server_keeps_the_address_its_own_config_struct_defaults_to() -> None:
    files = {
        "go.mod": GO_MOD,
        "api/sales/main.go": MAIN + 'APIHost string `conf:"default:0.0.0.0:3000"`\n',
        "api/auth/main.go": MAIN
        + 'DebugHost string `conf:"default:0.0.0.0:6010"`\n'
        + 'APIHost string `conf:"default:0.0.0.0:6000"`\n',
        "compose.yaml": "services:\n  sales:\n    image: sales\n    ports: ['3000:3000']\n"
        "  auth:\n    image: auth\n    ports: ['6010:6010', '6000:6000']\n",
    }
    apps = apps_of(files)
    assert {app["main_package"]: app.get("port") for app in apps.values()} == {
        "./api/sales": 3000,
        "./api/auth": 6000,
    }


REDIS_MOD = "module x/push\n\ngo 1.22\n\nrequire github.com/redis/go-redis/v9 v9.5.1\n"


def _push(config: str) -> dict[str, str]:
    return {"go.mod": REDIS_MOD, "main.go": MAIN, "config/config.go": config}


def test_redis_under_a_queue_engine_that_defaults_to_local_is_optional() -> None:
    config = (
        'v.SetDefault("queue.engine", "local")\n'
        'v.SetDefault("queue.redis.addr", "127.0.0.1:6379")\n'
        'v.SetDefault("stat.engine", "memory")\n'
        'v.SetDefault("stat.redis.addr", "localhost:6379")\n'
    )
    assert services_of(_push(config)) == []


def test_redis_behind_a_switch_that_defaults_to_false_is_optional() -> None:
    config = 'RedisEnabled.setDefault(false)\nRedisHost.setDefault("localhost:6379")\n'
    assert services_of(_push(config)) == []


def test_redis_an_engine_defaults_to_is_needed() -> None:
    config = (
        'v.SetDefault("queue.engine", "redis")\n'
        'v.SetDefault("queue.redis.addr", "127.0.0.1:6379")\n'
    )
    assert services_of(_push(config)) == ["redis"]


def test_redis_a_second_section_uses_unswitched_is_needed() -> None:
    config = (
        'v.SetDefault("queue.engine", "local")\n'
        'v.SetDefault("queue.redis.addr", "127.0.0.1:6379")\n'
        'v.SetDefault("cache.redis.addr", "127.0.0.1:6379")\n'
    )
    assert services_of(_push(config)) == ["redis"]


def test_a_nested_terminal_program_without_a_port_is_not_an_app() -> None:
    files = {
        "go.mod": "module x\n\ngo 1.22\n",
        "main.go": MAIN + 'http.ListenAndServe(":3456", nil)\n',
        "tool/go.mod": "module x/tool\n\ngo 1.22\n\nrequire charm.land/bubbletea/v2 v2.0.9\n",
        "tool/cmd/tool/main.go": MAIN,
    }
    assert [app["port"] for app in apps_of(files).values()] == [3456]


def test_a_go_file_built_only_by_name_is_not_the_main_package() -> None:
    files = {
        "go.mod": GO_MOD,
        "ent/entc.go": "//go:build ignore\n\npackage main\n\nfunc main() {}\n",
        "cmd/web/main.go": MAIN,
    }
    assert [app["main_package"] for app in apps_of(files).values()] == ["./cmd/web"]


TWO_DRIVERS = (
    "module x\n\ngo 1.22\n\nrequire (\n\tgithub.com/go-sql-driver/mysql v1.9.3\n"
    "\tgithub.com/jackc/pgx/v4 v4.18.3\n\tgorm.io/driver/sqlite v1.6.0\n)\n"
)


def test_go_s_pgx_driver_name_in_the_env_example_is_postgres() -> None:
    files = {"go.mod": TWO_DRIVERS, "main.go": MAIN, ".env.example": 'DB_TYPE="pgx"\n'}
    assert services_of(files) == ["postgres"]


def test_the_driver_of_a_database_section_in_config_settings_yml_is_the_database() -> None:
    settings = "settings:\n  database:\n    driver: mysql\n    source: user@tcp(db)/x\n"
    files = {"go.mod": TWO_DRIVERS, "main.go": MAIN, "config/settings.yml": settings}
    assert services_of(files) == ["mysql"]


def test_ports_in_a_side_listener_s_struct_literal_are_not_the_app_s() -> None:
    config = (
        "func Default() Config {\n\treturn Config{\n"
        '\t\tGRPC: GRPCConfig{\n\t\t\tAddr: "0.0.0.0:8081",\n\t\t},\n'
        '\t\tHTTP: HTTPConfig{\n\t\t\tEnabled: true,\n\t\t\tAddr: "0.0.0.0:8080",\n\t\t},\n'
        "\t\tPlayground: PlaygroundConfig{\n\t\t\tEnabled: false,\n\t\t\tPort: 3000,\n\t\t},\n"
        "\t}\n}\n"
    )
    files = {"go.mod": GO_MOD, "main.go": MAIN, "pkg/config/config.go": config}
    assert [app["port"] for app in apps_of(files).values()] == [8080]


def test_a_service_named_for_the_module_runs_its_primary_command() -> None:
    compose = (
        "services:\n"
        "  shop:\n    image: ghcr.io/acme/shop\n    command: shop --address :8888\n"
        "    ports: ['48888:8888']\n"
        "  shop-engine:\n    image: ghcr.io/acme/shop\n    ports: ['40000:10000']\n"
    )
    files = {"go.mod": GO_MOD, "cmd/server/main.go": MAIN, "cmd/engine/main.go": MAIN}
    apps = apps_of({**files, "quickstart/docker-compose.yaml": compose})
    assert {app["main_package"]: app["port"] for app in apps.values()} == {
        "./cmd/server": 8888,
        "./cmd/engine": 10000,
    }


def test_a_main_file_behind_a_custom_build_tag_is_a_script() -> None:
    files = {
        "go.mod": GO_MOD,
        "gen.go": "//go:build go_run_only\n\npackage main\n",
        "cmd/shop/main.go": MAIN,
    }
    assert [app["main_package"] for app in apps_of(files).values()] == ["./cmd/shop"]


def test_a_tagged_build_variant_of_a_package_keeps_its_port_default() -> None:
    files = {
        "go.mod": GO_MOD,
        "api/main.go": 'package main\n\nfunc main() { s := ":" + strconv.Itoa(config.API_PORT) }\n',
        "config/config_dev.go": "// +build dev\n\npackage config\n\nconst API_PORT = 8080\n",
        "cmd/main.go": MAIN,
    }
    ports = {app["main_package"]: app["port"] for app in apps_of(files).values()}
    assert ports == {"./api": 8080}


def test_an_app_prefixed_listen_port_in_the_env_example_is_the_port() -> None:
    files = {"go.mod": GO_MOD, "main.go": MAIN, "example.env": "SHOP_LISTEN_PORT=4001\n"}
    assert [app["port"] for app in apps_of(files).values()] == [4001]


def test_a_dev_compose_file_names_the_server_it_runs() -> None:
    compose = "services:\n  shop:\n    build: .\n    ports: ['4001:4001']\n"
    files = {"go.mod": GO_MOD, "main.go": MAIN, "dev-compose.yaml": compose}
    assert [app["port"] for app in apps_of(files).values()] == [4001]


def test_a_testing_compose_file_runs_the_tests_services() -> None:
    mod = GO_MOD.replace(
        "github.com/lib/pq v1.10.9",
        "(\n\tgithub.com/rabbitmq/amqp091-go v1.9.0\n\tgithub.com/redis/go-redis/v9 v9.5.1\n)",
    )
    files = {
        "go.mod": mod,
        "main.go": MAIN,
        "docker-compose.yml": "services:\n  cache:\n    image: redis:7\n",
        "testing-docker-compose.yml": "services:\n  mq:\n    image: rabbitmq:3\n",
    }
    assert services_of(files) == ["redis"]


def test_a_database_container_named_like_a_command_does_not_run_it() -> None:
    # golang/pkgsite: compose's `db` (pgvector postgres) is not devtools/cmd/db; the frontend
    # service runs cmd/frontend.
    files = {
        "go.mod": GO_MOD,
        "cmd/frontend/main.go": MAIN,
        "devtools/cmd/db/main.go": MAIN,
        "docker-compose.yml": "services:\n"
        "  db:\n    image: pgvector/pgvector:pg14\n    ports: ['5432:5432']\n"
        "  frontend:\n    image: golang:1.22\n    ports: ['8080:8080']\n",
    }
    apps = apps_of(files)
    assert [app["main_package"] for app in apps.values()] == ["./cmd/frontend"]
