"""Go ports: listen addresses in main, config structs and files, CLI flag defaults, env
examples and env files, and the listeners that are not the app's (metrics, profiler, TLS,
gRPC, mail, LDAP, tests, comments, other services)."""

from __future__ import annotations

from pathlib import Path

import pytest

from devenv.detect.plan import Choices, make_plan
from devenv.detect.readable import read_limit
from devenv.detect.scan import scan_repo
from devenv.detect.tree import gather
from tests.unit.detect_helpers import (
    APP_GO_MOD,
    EXAMPLE_GO_MOD,
    GO_APP,
    GO_MOD,
    app_of,
    apps_of,
    path_ports,
    plan_of,
    ports_of,
    write_files,
)

GIN_GO_MOD = "module x\n\ngo 1.22\n\nrequire github.com/gin-gonic/gin v1.9.1\n"
RECS_GO_MOD = "module github.com/acme/recs\n\ngo 1.22\n"
MAIN = "package main\n\nfunc main() {}\n"


def test_a_go_servers_web_address_beats_an_ldap_connectors_port() -> None:
    # Shaped like dex: config.dev.yaml's `web: http: 127.0.0.1:5556`; the LDAP connector
    # appends ":389" to a host elsewhere in the module.
    files = {
        "go.mod": "module example.com/idp\n\ngo 1.22\n",
        "cmd/idp/main.go": "package main\n\nfunc main() { serve() }\n",
        "connector/ldap/ldap.go": 'package ldap\n\nfunc f(h string) string { return h + ":389" }\n',
        "config.dev.yaml": "web:\n  http: 127.0.0.1:5556\ntelemetry:\n  http: 127.0.0.1:5558\n",
    }
    assert [p for _, p in path_ports(files)] == [5556]


def test_a_procfile_line_running_the_built_binary_gives_its_port() -> None:
    # Shaped like goalert: `goalert: ./bin/goalert -l=localhost:3030` beside a code default.
    procfile = "build: make bin/pager\ngoalert: ./bin/pager -l=localhost:3030 --x=localhost:2112\n"
    assert [p for _, p in path_ports({**GO_APP, "Procfile": procfile})] == [3030]


def test_a_go_config_s_monitoring_address_is_not_the_app_s_port() -> None:
    # Shaped like clair's config sample: `introspection_addr` (metrics) comes before
    # `http_listen_addr`.
    files = {
        "go.mod": "module example.com/app\n\ngo 1.22\n",
        "cmd/app/main.go": "package main\n\nfunc main() {}\n",
        "config.yaml.sample": "introspection_addr: localhost:8089\nhttp_listen_addr: :8080\n",
    }
    assert [a["port"] for a in apps_of(files).values()] == [8080]


def test_a_go_config_port_under_the_mail_settings_is_not_the_app_s() -> None:
    # Shaped like hanko's backend: config.yaml's only port key is the SMTP server's.
    config = 'email_delivery:\n  smtp:\n    host: localhost\n    port: "2500"\n'
    files = {
        "go.mod": "module example.com/auth\n\ngo 1.22\n",
        "main.go": "package main\n\nfunc main() {}\n",
        "config/config.yaml": config,
        "config/default.go": 'package config\n\nvar d = Server{Address: ":8000"}\n',
    }
    assert ports_of(files) == {".": 8000}


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
    assert ports_of(files) == {".": 8080}


def test_a_go_profiler_listener_in_main_is_not_the_app_s_port() -> None:
    # Shaped like wakapi: pprof on 127.0.0.1:6060 when enabled, the app's port in its config.
    main = (
        "package main\n\nfunc main() {\n\tif config.EnablePprof {\n"
        '\t\tlog.Info("profiling enabled, exposing pprof data")\n'
        '\t\tgo func() { _ = http.ListenAndServe("127.0.0.1:6060", nil) }()\n\t}\n}\n'
    )
    files = {"go.mod": APP_GO_MOD, "main.go": main, "config.default.yml": "server:\n  port: 3000\n"}
    assert ports_of(files) == {".": 3000}


def test_a_go_config_struct_s_quoted_http_port_beats_a_grpc_server_s_address() -> None:
    # Shaped like permify: `HTTP: HTTP{ Port: "3476" }` in the config defaults, the gRPC
    # server package's `_defaultAddr = ":3478"`.
    config = (
        "package config\n\nfunc Default() *Config {\n\treturn &Config{\n"
        '\t\tServer: Server{\n\t\t\tHTTP: HTTP{\n\t\t\t\tPort: "3476",\n\t\t\t},\n'
        '\t\t\tGRPC: GRPC{\n\t\t\t\tPort: "3478",\n\t\t\t},\n\t\t},\n\t}\n}\n'
    )
    files = {
        "go.mod": APP_GO_MOD,
        "cmd/app/main.go": "package main\n\nfunc main() {}\n",
        "internal/config/config.go": config,
        "pkg/grpcserver/server.go": 'package grpcserver\n\nconst _defaultAddr = ":3478"\n',
    }
    assert ports_of(files) == {".": 3476}


@pytest.mark.parametrize(
    ("files", "port"),
    [
        # A mail server's default port is the SMTP setting's, not the app's.
        (
            {
                "setting/provider.go": 'package setting\n\nPort: s.getInt(ctx, "smtpPort", 25),\n',
                "conf/defaults.go": 'package conf\n\nvar d = Conf{\n\tListen: ":5212",\n}\n',
            },
            5212,
        ),
        # The env example names the HTTP port; a gRPC server's :80 elsewhere does not.
        (
            {
                ".env.example": "HTTP_PORT=8080\nGRPC_PORT=8081\n",
                "pkg/grpcserver/server.go": 'package grpcserver\n\nconst addr = ":80" // serve\n',
            },
            8080,
        ),
        # A config default by name (`Port: 8080,`, `defaultServerPort = 8080`) beats a TLS
        # redirect listener on :80, and a database's port is not the app's.
        (
            {
                "app.go": 'package app\n\nhttp.ListenAndServe(":80", redirect) // serve\n',
                "config/config.go": (
                    "package config\n\nfunc New() {\n\tcfg.Database.Port = 3306\n"
                    "\tc := Server{\n\t\tPort: 8080,\n\t}\n}\n"
                ),
            },
            8080,
        ),
        ({"internal/config/config.go": "package config\n\nconst defaultServerPort = 8080\n"}, 8080),
    ],
)
def test_go_ports_of_other_services_and_production_listeners_are_not_the_apps(
    files: dict[str, str], port: int
) -> None:
    tree = {"go.mod": GO_MOD, "main.go": "package main\n", **files}
    assert apps_of(tree)["web"]["port"] == port


@pytest.mark.parametrize(
    ("tag", "port"),
    [
        ('`env:"PORT,default=3000"`', 3000),  # sethvargo/go-envconfig
        ('`env:"HTTP_PORT,required,default=9000"`', 9000),
        ('`env:"PORT" envDefault:"8000"`', 8000),  # caarlos0/env
    ],
)
def test_a_go_env_loaders_port_default_in_a_struct_tag_is_the_apps(tag: str, port: int) -> None:
    config = (
        "package env\n\ntype config struct {\n"
        f"\tPort string {tag}\n"
        '\tMetricsPort string `env:"METRICS_PORT,default=4000"`\n}\n'
    )
    files = {"go.mod": GO_MOD, "main.go": "package main\n", "app/pkg/env/env.go": config}
    [app] = apps_of(files).values()
    assert app["port"] == port


def test_a_go_server_s_bare_address_port_in_its_config() -> None:
    config = "redis:\n    addr: 127.0.0.1:6379\nsystem:\n    addr: 8888\n    db-type: mysql\n"
    files = {"server/go.mod": GO_MOD, "server/main.go": "package main\n"}
    assert ports_of({**files, "server/config.yaml": config}) == {"server": 8888}


def test_a_port_in_a_go_test_helper_folder_is_not_the_apps() -> None:
    files = {
        "go.mod": GO_MOD,
        "main/main.go": "package main\n\nfunc main() { server.Start() }\n",
        "integrationtests/clientlib.go": (
            "package integrationtests\n\nvar c = Config{\n\tPort: 8888,\n}\n"
        ),
        "services/config/config.go": "package config\n\nconst (\n\tDefaultPort = 8000\n)\n",
    }
    app = next(iter(apps_of(files).values()))
    assert app["port"] == 8000


def test_an_address_in_a_comment_or_a_comparison_is_not_the_listen_address() -> None:
    # tinode/chat's server: `// e.g. ":80" or ":https"` and `if toPort == ":443"`.
    main = (
        "package main\n\ntype configType struct {\n"
        '\t// Either a numeric or a canonical name, e.g. ":80" or ":https".\n'
        '\tListen string `json:"listen"`\n}\n\n'
        'func tlsRedirect(toPort string) {\n\tif toPort == ":443" {\n\t\ttoPort = ""\n\t}\n}\n\n'
        'func main() {\n\thttp.ListenAndServe(":6060", nil)\n}\n'
    )
    apps = apps_of({"go.mod": GO_MOD, "main.go": main})
    assert [a["port"] for a in apps.values()] == [6060]


def test_a_go_app_listens_where_its_json_config_says() -> None:
    config = (
        '{\n  "admin_server": {\n    "listen_url": "127.0.0.1:3333"\n  },\n'
        '  "phish_server": {\n    "listen_url": "0.0.0.0:80"\n  }\n}\n'
    )
    files = {"go.mod": EXAMPLE_GO_MOD, "main.go": "package main\n", "config.json": config}
    assert app_of(files)["port"] == 3333


def test_a_cli_flag_default_for_the_port_beats_an_unrelated_field_literal() -> None:
    flags = '\t\tFlag: cli.IntFlag{\n\t\t\tName:   "http-port, port",\n\t\t\tValue:  2342,\n'
    files = {
        "go.mod": EXAMPLE_GO_MOD,
        "cmd/x/main.go": "package main\n",
        "internal/config/test.go": "\t\tAutoImport:      7200,\n",
        "internal/config/flags.go": flags,
    }
    assert app_of(files)["port"] == 2342


def test_an_import_setting_is_no_port() -> None:
    files = {
        "go.mod": EXAMPLE_GO_MOD,
        "main.go": "package main\n",
        "internal/config/defaults.go": "\t\tAutoImport: 7200,\n\t\tHttpPort: 8081,\n",
    }
    assert app_of(files)["port"] == 8081


@pytest.mark.parametrize(
    ("source", "port"),
    [
        ("package main\n\nfunc main() {\n\tr := gin.Default()\n\tr.Run()\n}\n", 8080),
        ('package main\n\nvar addr = flag.String("listen", "127.0.0.1:8081", "")\n', 8081),
        ('package main\n\nvar port = flag.Int("port", 9000, "listen port")\n', 9000),
    ],
)
def test_go_ports_beyond_a_literal(source: str, port: int) -> None:
    go_mod = "module x\n\ngo 1.22\n\nrequire github.com/gin-gonic/gin v1.10.0\n"
    assert apps_of({"go.mod": go_mod, "main.go": source})["web"]["port"] == port


def test_gin_run_means_8080_only_in_a_gin_app_and_not_in_magefiles() -> None:
    run = "package main\n\nfunc main() { r.Run() }\n"
    assert "port" not in apps_of({"go.mod": "module x\n\ngo 1.22\n", "main.go": run})["app"]
    viper = 'package config\n\nfunc init() { v.SetDefault("core.port", "8088") }\n'
    files = {
        "go.mod": "module x\n\ngo 1.22\n",
        "main.go": "package main\n",
        "magefile.go": "//go:build mage\n\npackage main\n",
        "config/config.go": viper + 'var nsq = "127.0.0.1:4150" // addr\n',
    }
    app = apps_of(files)["web"]
    assert app["port"] == 8088 and "main_package" not in app


def test_go_port_defaults_in_a_config_package_and_cobra_flags() -> None:
    go_mod = "module x\n\ngo 1.22\n"
    config = (
        'package config\n\nvar defaults = map[string]string{\n\t"LISTEN_ADDR":\n'
        '\t\t"127.0.0.1:8080",\n}\n'
    )
    files = {"go.mod": go_mod, "main.go": "package main\n", "internal/config/options.go": config}
    assert apps_of(files)["web"]["port"] == 8080
    cobra = 'package cmd\n\nfunc init() { cmd.Flags().IntP("port", "p", 8081, "Port") }\n'
    files = {"go.mod": go_mod, "main.go": "package main\n", "internal/cmd/serve.go": cobra}
    assert apps_of(files)["web"]["port"] == 8081


@pytest.mark.parametrize(
    ("name", "text", "port"),
    [
        ("conf/app.ini", "[server]\nHttpPort = 8000\n", 8000),
        ("config.toml.sample", '[app]\naddress = "localhost:9000"\n', 9000),
    ],
)
def test_go_ports_from_config_files(name: str, text: str, port: int) -> None:
    files = {"go.mod": "module x\n\ngo 1.22\n", "main.go": "package main\n", name: text}
    assert apps_of(files)["web"]["port"] == port


def test_an_env_template_of_any_suffix_gives_the_port(tmp_path: Path) -> None:
    """`.env_rename_me` is an env template as much as `.env.example`: the port is its PORT."""
    main = 'package main\n\nfunc main() {\n\tport := os.Getenv("PORT")\n\tr.Run(":" + port)\n}\n'
    write_files(tmp_path, {"go.mod": GIN_GO_MOD, "main.go": main, ".env_rename_me": "PORT=9000\n"})
    tree = gather(tmp_path)
    assert ".env_rename_me" in tree.texts
    [app] = make_plan(scan_repo(tree), Choices(), "repo").apps
    assert app.port is not None and app.port.value == 9000


def test_a_config_http_port_beats_the_plain_port_and_its_service_publishes_both() -> None:
    # Shaped like gorse: the master's gRPC `port` and its `http_port` in config.toml; the
    # compose service publishes both, gRPC's first.
    compose = (
        "services:\n  master:\n    image: acme/recs-master\n"
        "    ports:\n      - 8086:8086\n      - 8088:8088\n"
        "  server:\n    image: acme/recs-server\n    ports:\n      - 8087:8087\n"
    )
    files = {
        "go.mod": RECS_GO_MOD,
        "cmd/recs-master/main.go": MAIN,
        "cmd/recs-server/main.go": MAIN,
        "config/config.toml": '[master]\nport = 8086\nhost = "0.0.0.0"\nhttp_port = 8088\n',
        "docker-compose.yml": compose,
    }
    plan = plan_of(files)["plan"]
    ports = {a.finding.main_package.value: a.port.value for a in plan.apps if a.port}
    assert ports == {"./cmd/recs-master": 8088, "./cmd/recs-server": 8087}


def test_a_go_apps_env_file_gives_its_whole_listen_address() -> None:
    # Shaped like techschool/simplebank: viper reads app.env; the gRPC and Redis addresses
    # beside the HTTP server's are not the app's port.
    env = (
        "REDIS_ADDRESS=0.0.0.0:6379\nGRPC_SERVER_ADDRESS=0.0.0.0:9090\n"
        "HTTP_SERVER_ADDRESS=0.0.0.0:8080\n"
    )
    files = {"go.mod": GO_MOD, "main.go": "package main\n", "app.env": env}
    assert ports_of(files) == {".": 8080}


def test_a_go_binarys_own_config_gives_its_listen_address_not_a_databases() -> None:
    # Shaped like uptrace: config/uptrace.yml, named for cmd/uptrace, dials ClickHouse and
    # Postgres at localhost:9000 and :5432 before its `listen: http: addr: ':14318'`.
    files = {
        "go.mod": "module github.com/acme/uptrace\n\ngo 1.22\n",
        "cmd/uptrace/main.go": MAIN,
        "config/uptrace.yml": "ch:\n  addr: localhost:9000\npg:\n  addr: localhost:5432\n"
        "listen:\n  grpc:\n    addr: ':14317'\n  http:\n    addr: ':14318'\n",
        "config/otel-collector.yaml": "receivers:\n  otlp:\n    endpoint: 0.0.0.0:4317\n",
    }
    assert [p for _, p in path_ports(files)] == [14318]
    assert read_limit("uptrace.yml", 1, {"sources": 1}, "config")  # gather reads it


def test_a_go_config_folder_s_development_layer_gives_the_http_address() -> None:
    # Shaped like gin-admin: configs/dev/server.toml's `[General.HTTP] Addr = ":8040"`, and
    # a Prometheus section's `Port = 9100` below it (in code, a struct tag's default).
    files = {
        "go.mod": "module github.com/acme/admin\n\ngo 1.22\n",
        "cmd/admin/main.go": MAIN,
        "internal/config/config.go": "package config\n\n"
        'type P struct {\n\tPort int `default:"9100"`\n}\n',
        "configs/dev/server.toml": '[General]\nPprofAddr = ""\n[General.HTTP]\nAddr = ":8040"\n'
        '[Storage.Cache.Redis]\nAddr = "127.0.0.1:6379"\n[Util.Prometheus]\nPort = 9100\n',
    }
    assert [p for _, p in path_ports(files)] == [8040]
    assert read_limit("server.toml", 2, {"sources": 1}, "dev", "configs")  # gather reads it
