"""Rule tests for the Go causes blind batch b18 showed (issue 7)."""

from __future__ import annotations

from tests.unit.test_detect_real_causes import apps_of, services_of

GO_MOD = "module x\n\ngo 1.22\n"


def test_a_magefile_with_a_platform_condition_is_no_main_package() -> None:
    files = {
        "go.mod": GO_MOD,
        "magefile.go": "//go:build mage\n\npackage main\n",
        "magefile_unix.go": "//go:build mage && !windows\n// +build mage,!windows\n\n"
        "package main\n",
        "cmd/server/main.go": "package main\n\nfunc main() {}\n",
        "cmd/test-server/main.go": "package main\n\nfunc main() {}\n",
    }
    assert only(apps_of(files))["main_package"] == "./cmd/server"


def test_a_main_package_built_on_a_platform_only_is_still_the_app() -> None:
    files = {"go.mod": GO_MOD, "main_linux.go": "//go:build linux || darwin\n\npackage main\n"}
    assert "main_package" not in only(apps_of(files))


def test_a_forked_sqlite_driver_beside_server_drivers_is_the_embedded_default() -> None:
    go_mod = GO_MOD + (
        "\nrequire (\n\tgithub.com/go-sql-driver/mysql v1.10.0\n"
        "\tgithub.com/libtnb/sqlite v1.2.1\n\tgorm.io/driver/postgres v1.6.0\n)\n"
    )
    assert services_of({"go.mod": go_mod, "main.go": "package main\n"}) == []


def test_cache_servers_beside_an_in_process_gocache_store_are_options() -> None:
    go_mod = GO_MOD + (
        "\nrequire (\n\tgithub.com/bradfitz/gomemcache v0.0.0-20260422231931-4d751bb6e37c\n"
        "\tgithub.com/eko/gocache/lib/v4 v4.2.3\n"
        "\tgithub.com/eko/gocache/store/bigcache/v4 v4.2.4\n"
        "\tgithub.com/eko/gocache/store/memcache/v4 v4.2.4\n"
        "\tgithub.com/eko/gocache/store/redis/v4 v4.2.6\n"
        "\tgithub.com/redis/go-redis/v9 v9.21.0\n)\n"
    )
    assert services_of({"go.mod": go_mod, "main.go": "package main\n"}) == []


def test_a_service_client_only_tests_import_is_no_service() -> None:
    go_mod = GO_MOD + (
        "\nrequire (\n\tgithub.com/IBM/sarama v1.46.3\n"
        "\tgithub.com/rabbitmq/amqp091-go v1.9.0\n\tgithub.com/redis/go-redis/v9 v9.18.0\n)\n"
    )
    files = {
        "go.mod": go_mod,
        "main.go": "package main\n",
        "storage/redis.go": 'package storage\n\nimport (\n\t"github.com/redis/go-redis/v9"\n)\n',
        "gateway/stream_test.go": 'package gateway\n\nimport "github.com/IBM/sarama"\n',
        "tests/scripts/load.go": 'package main\n\nimport amqp "github.com/rabbitmq/amqp091-go"\n',
    }
    assert services_of(files) == ["redis"]


def test_a_redis_flag_of_urfave_cli_with_no_value_leaves_redis_optional() -> None:
    go_mod = GO_MOD + "\nrequire github.com/redis/go-redis/v9 v9.22.0\n"
    main = (
        "package main\n\nvar flags = []cli.Flag{\n\t&cli.StringFlag{\n"
        '\t\tName:    "redis-host",\n\t\tUsage:   "host (incl. port) to redis server",\n'
        '\t\tSources: cli.EnvVars("REDIS_HOST"),\n\t},\n}\n'
    )
    assert services_of({"go.mod": go_mod, "cmd/server/main.go": main}) == []
    with_value = main.replace("Sources:", 'Value: "localhost:6379",\n\t\tSources:')
    assert services_of({"go.mod": go_mod, "cmd/server/main.go": with_value}) == ["redis"]


def only(apps: dict[str, dict[str, object]]) -> dict[str, object]:
    (app,) = apps.values()
    return app
