"""Services of Go apps: drivers and clients in go.mod and code (embedded defaults such as
bbolt and SQLite beside server drivers, configured drivers, GORM dialects), switches that
make Redis optional, and clients only tests or sibling modules use."""

from __future__ import annotations

from tests.unit.detect_helpers import APP_GO_MOD, GO_MOD, apps_of, notes_of, plan_of, services_of


def test_bbolt_is_an_embedded_default_beside_sql_drivers() -> None:
    # Shaped like semaphore: BoltDB by default, MySQL or Postgres when configured.
    go_mod = (
        "module example.com/runner\n\ngo 1.22\n\nrequire (\n"
        "\tgithub.com/go-sql-driver/mysql v1.7.1\n\tgithub.com/lib/pq v1.10.9\n"
        "\tgo.etcd.io/bbolt v1.3.9\n)\n"
    )
    files = {"go.mod": go_mod, "cli/main.go": "package main\n\nfunc main() {}\n"}
    assert [s.name for s in plan_of(files)["plan"].services] == []


def test_a_go_data_layer_for_several_databases_takes_the_configured_driver() -> None:
    # Shaped like supabase/auth: Buffalo's pop directly, the drivers of every database it
    # supports indirectly, and the env example's DATABASE_URL names Postgres.
    go_mod = (
        APP_GO_MOD + "\nrequire (\n\tgithub.com/gobuffalo/pop/v6 v6.1.1\n"
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


def test_a_sibling_module_a_go_mod_replaces_locally_is_its_library_and_brings_services() -> None:
    backend = (
        "module app\n\ngo 1.22\n\nreplace github.com/x/core => ../core\n\n"
        "require github.com/x/core v0.0.0\n"
    )
    files = {
        "backend/go.mod": backend,
        "backend/main.go": 'package main\n\nfunc main() { http.ListenAndServe(":8000", nil) }\n',
        "core/go.mod": "module github.com/x/core\n\ngo 1.22\n\n"
        "require go.mongodb.org/mongo-driver v1.15.1\n",
        "core/main.go": "package main\n\nfunc main() {\n}\n",
    }
    assert sorted(apps_of(files)) == ["backend"]
    assert services_of(files) == ["mongo"]


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


def test_an_embedded_default_wins_over_optional_server_drivers() -> None:
    go_mod = (
        "module x\n\ngo 1.22\n\nrequire (\n\tgorm.io/driver/sqlite v1\n"
        "\tgorm.io/driver/postgres v1\n\tgorm.io/driver/mysql v1\n)\n"
    )
    files = {"go.mod": go_mod, "main.go": 'package main\n\nr.Run(":8080")\n'}
    assert services_of(files) == []
    assert "gorm.io/driver/sqlite is an embedded default" in notes_of(files)


def test_a_gorm_v1_dialect_import_names_the_database() -> None:
    files = {
        "go.mod": (
            "module x\n\ngo 1.13\n\nrequire (\n\tgithub.com/jinzhu/gorm v1.9.11\n"
            "\tgithub.com/go-sql-driver/mysql v1.4.1 // indirect\n"
            "\tgithub.com/lib/pq v1.2.0 // indirect\n)\n"
        ),
        "main.go": 'package main\n\nhttp.ListenAndServe(":8000", nil)\n',
        "models/models.go": 'package models\n\n\t_ "github.com/jinzhu/gorm/dialects/mysql"\n',
    }
    assert services_of(files) == ["mysql"]
    # without gorm v1 in go.mod, a path that looks like a dialect says nothing
    files["go.mod"] = GO_MOD
    assert services_of(files) == []


def test_a_framework_store_or_queue_package_brings_its_indirect_driver() -> None:
    # Shaped like go-zero-looklook: go-zero's sqlx opens MySQL through go-sql-driver/mysql and
    # go-queue's kq reaches Kafka through kafka-go, both only `// indirect` in go.mod.
    go_mod = (
        APP_GO_MOD + "\nrequire (\n\tgithub.com/zeromicro/go-zero v1.7.3\n"
        "\tgithub.com/zeromicro/go-queue v1.1.8\n"
        "\tgithub.com/go-sql-driver/mysql v1.8.1 // indirect\n"
        "\tgithub.com/segmentio/kafka-go v0.4.38 // indirect\n)\n"
    )
    model = 'package model\n\nimport "github.com/zeromicro/go-zero/core/stores/sqlx"\n'
    queue = 'package config\n\nimport "github.com/zeromicro/go-queue/kq"\n'
    files = {
        "go.mod": go_mod,
        "main.go": "package main\n\nfunc main() {}\n",
        "app/order/model/order.go": model,
        "app/order/cmd/mq/internal/config/config.go": queue,
    }
    assert sorted(services_of(files)) == ["kafka", "mysql"]
    # Without the imports, the framework's drivers are only what it could reach.
    bare = {k: v for k, v in files.items() if not k.startswith("app/")}
    assert services_of(bare) == []
