"""One rule test per cause seen on real repositories (issue 7), on in-memory trees."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from devenv.detect.foreign import spec_owner
from tests.unit.cli_runner import run_devenv
from tests.unit.test_detect_rules import plan_of


def apps_of(files: dict[str, str], *others: str) -> dict[str, dict[str, object]]:
    spec = plan_of(files, *others)["spec"]
    return {} if spec is None else spec["apps"]


def services_of(files: dict[str, str], *others: str) -> list[str]:
    return [s.name for s in plan_of(files, *others)["plan"].services]


def notes_of(files: dict[str, str], *others: str) -> str:
    return "\n".join(plan_of(files, *others)["plan"].notes)


def pkg(**data: object) -> str:
    return json.dumps(data)


# Wrong apps in monorepos


def test_a_dev_script_that_only_builds_is_not_an_app() -> None:
    theme = pkg(
        scripts={"dev": "vite build --watch --mode=development"}, devDependencies={"vite": "5"}
    )
    files = {"requirements.txt": "flask\n", "app.py": "app = Flask(__name__)\n"}
    found = plan_of({**files, "themes/admin/package.json": theme})
    assert [a.finding.path for a in found["plan"].apps] == ["."]
    assert "builds only (package.json scripts.dev: vite build --watch" in "\n".join(
        found["plan"].notes
    )


WORKSPACE = {
    "package.json": pkg(workspaces=["apps/*", "packages/*"]),
    "apps/web/package.json": pkg(
        name="web",
        scripts={"dev": "next dev"},
        dependencies={"next": "14", "@acme/db": "workspace:*", "@acme/lib": "*"},
    ),
}


def test_prisma_packages_and_libraries_using_next_are_not_apps() -> None:
    files = {
        **WORKSPACE,
        "packages/db/package.json": pkg(
            name="@acme/db", scripts={"dev": "prisma migrate dev"}, dependencies={"prisma": "5"}
        ),
        "packages/ui/package.json": pkg(name="@acme/ui", dependencies={"next": "14"}),
        "packages/lib/package.json": pkg(
            name="@acme/lib", scripts={"dev": "tsup --watch"}, dependencies={"bullmq": "5"}
        ),
    }
    assert list(apps_of(files)) == ["web"]


def test_services_of_workspace_libraries_reach_the_apps_that_use_them() -> None:
    files = {
        **WORKSPACE,
        "packages/db/package.json": pkg(name="@acme/db", dependencies={"@prisma/client": "5"}),
        "packages/db/prisma/schema.prisma": 'datasource db {\n  provider = "postgresql"\n}\n',
        "packages/lib/package.json": pkg(name="@acme/lib", dependencies={"bullmq": "5"}),
    }
    found = plan_of(files)
    assert [s.name for s in found["plan"].services] == ["postgres", "redis"]
    why = found["plan"].services[0].why[0]
    assert "schema.prisma" in why and "via @acme/db, packages/db" in why


def test_a_pnpm_workspace_file_without_packages_is_settings_not_a_workspace() -> None:
    files = {
        "package.json": pkg(scripts={"dev": "vite"}, devDependencies={"vite": "5"}),
        "pnpm-workspace.yaml": "onlyBuiltDependencies:\n  - esbuild\n",
    }
    assert apps_of(files, "pnpm-lock.yaml")["web"]["framework"] == "vite"
    monorepo = {**files, "pnpm-workspace.yaml": "packages:\n  - apps/*\n"}
    assert apps_of(monorepo, "pnpm-lock.yaml") == {}


def test_the_rust_crate_of_a_desktop_app_is_not_a_server() -> None:
    cargo = '[package]\nname = "desk"\n\n[dependencies]\ntauri = "2"\n'
    files = {
        "package.json": pkg(scripts={"dev": "vite"}, devDependencies={"vite": "5"}),
        "src-tauri/Cargo.toml": cargo,
    }
    found = plan_of(files, "package-lock.json")
    assert [a.finding.path for a in found["plan"].apps] == ["."]
    assert not found["plan"].untemplated
    assert "src-tauri: a tauri desktop app" in "\n".join(found["plan"].notes)


def test_docs_sites_and_mobile_apps_are_not_servers() -> None:
    files = {
        **WORKSPACE,
        "apps/docs-site/package.json": pkg(
            scripts={"start": "docusaurus start"}, dependencies={"@docusaurus/core": "3"}
        ),
        "apps/mobile/package.json": pkg(
            scripts={"start": "expo start"}, dependencies={"expo": "50"}
        ),
    }
    assert list(apps_of(files)) == ["web"]


# Wrong or missing services


def test_dev_only_requirement_files_bring_no_database() -> None:
    files = {
        "requirements.txt": "flask\npsycopg2\n",
        "requirements-dev.txt": "mysqlclient\npytest\n",
        "app.py": "app = Flask(__name__)\n",
    }
    assert services_of(files) == ["postgres"]


def test_the_database_the_configuration_names_wins_and_the_others_are_offered() -> None:
    files = {
        "requirements.txt": "django\npsycopg2\nmysqlclient\n",
        "manage.py": "DJANGO_SETTINGS_MODULE",
        ".env.example": "DATABASE_URL=mysql://app:pw@db/app\n",
    }
    assert services_of(files) == ["mysql"]
    assert "postgres (requirements.txt:2 psycopg2) is an alternative" in notes_of(files)
    assert "--service postgres" in notes_of(files)


def test_an_embedded_default_wins_over_optional_server_drivers() -> None:
    go_mod = (
        "module x\n\ngo 1.22\n\nrequire (\n\tgorm.io/driver/sqlite v1\n"
        "\tgorm.io/driver/postgres v1\n\tgorm.io/driver/mysql v1\n)\n"
    )
    files = {"go.mod": go_mod, "main.go": 'package main\n\nr.Run(":8080")\n'}
    assert services_of(files) == []
    assert "gorm.io/driver/sqlite is an embedded default" in notes_of(files)


def test_sqlite_in_settings_without_a_server_url_means_no_database_server() -> None:
    files = {
        "requirements.txt": "flask\npsycopg2\nredis\n",
        "app.py": "app = Flask(__name__)\n",
        "config.py": "SQLALCHEMY_DATABASE_URI = 'sqlite:///app.db'\n",
    }
    assert services_of(files) == ["redis"]


def test_compose_files_of_the_repository_weigh_optional_services() -> None:
    files = {
        "requirements.txt": "flask\npymysql\nredis\npymemcache\n",
        "app.py": "app = Flask(__name__)\n",
        "docker-compose.yml": "services:\n  db:\n    image: mariadb:10.11\n"
        "  cache:\n    image: redis:7\n  mail:\n    image: maildev/maildev\n",
    }
    found = plan_of(files)
    assert [s.name for s in found["plan"].services] == ["mariadb", "redis", "mailpit"]
    assert "memcached (requirements.txt:4 pymemcache) is an alternative, left out" in "\n".join(
        found["plan"].notes
    )


def test_a_celery_broker_named_in_settings_wins_over_a_redis_client() -> None:
    files = {
        "requirements.txt": "django\ncelery\nredis\npsycopg2\n",
        "manage.py": "DJANGO_SETTINGS_MODULE",
        "proj/settings.py": "CELERY_BROKER_URL = 'amqp://guest:guest@localhost:5672//'\n",
    }
    found = plan_of(files)
    assert [s.name for s in found["plan"].services] == ["postgres", "rabbitmq"]
    assert "amqp:// Celery broker URL" in found["plan"].services[1].why[0]
    with_url = {**files, ".env.example": "REDIS_URL=redis://redis:6379/1\n"}
    assert services_of(with_url) == ["postgres", "redis", "rabbitmq"]


@pytest.mark.parametrize("driver", ["mysql-connector", "mysql-connector-python", "PyMySQL"])
def test_old_and_alternative_driver_names(driver: str) -> None:
    files = {"requirements.txt": f"flask\n{driver}\n", "app.py": "app = Flask(__name__)\n"}
    assert services_of(files) == ["mysql"]


@pytest.mark.parametrize("name", [".env", ".env.dev", "env-example-docker", "docker.env"])
def test_mail_catchers_named_in_env_files(name: str) -> None:
    files = {
        "requirements.txt": "flask\n",
        "app.py": "app = Flask(__name__)\n",
        name: "MAIL_SERVER=mailhog\nMAIL_PORT=1025\n",
    }
    found = plan_of(files)
    assert [s.name for s in found["plan"].services] == ["mailpit"]
    assert found["plan"].services[0].why[0].startswith(f"{name}:1 mailhog")


@pytest.mark.parametrize(
    ("dependency", "service"),
    [
        ("elasticsearch", "elasticsearch"),
        ("opensearch-py", "elasticsearch"),
        ("minio", "minio"),
        ("kafka-python", "kafka"),
        ("confluent-kafka", "kafka"),
    ],
)
def test_search_storage_and_stream_clients(dependency: str, service: str) -> None:
    files = {"requirements.txt": f"flask\n{dependency}\n", "app.py": "app = Flask(__name__)\n"}
    assert services_of(files) == [service]


def test_node_and_go_clients_of_the_new_services() -> None:
    node = pkg(
        scripts={"start": "node server.js"},
        dependencies={"express": "4", "@elastic/elasticsearch": "8", "kafkajs": "2"},
    )
    assert services_of({"package.json": node}, "package-lock.json") == ["elasticsearch", "kafka"]
    go_mod = "module x\n\ngo 1.22\n\nrequire github.com/segmentio/kafka-go v0.4.47\n"
    assert services_of({"go.mod": go_mod, "main.go": "package main\n"}) == ["kafka"]


def test_an_s3_client_is_minio_only_where_the_repository_names_minio() -> None:
    files = {"requirements.txt": "flask\nboto3\n", "app.py": "app = Flask(__name__)\n"}
    assert services_of(files) == []
    named = {**files, ".env.example": "AWS_S3_ENDPOINT_URL=http://minio:9000\n"}
    assert services_of(named) == ["minio"]


# Wrong run facts


def test_a_flask_script_manage_py_is_not_django() -> None:
    files = {
        "requirements.txt": "flask\nflask-script\n",
        "manage.py": "from flask_script import Manager\nmanager = Manager(app)\n",
        "app/__init__.py": "def create_app():\n    app = Flask(__name__)\n",
    }
    app = apps_of(files)["web"]
    assert app["framework"] == "flask" and app["port"] == 5000


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


def test_a_procfile_binary_is_not_the_go_dev_command() -> None:
    files = {
        "go.mod": "module x\n\ngo 1.22\n",
        "main.go": 'package main\n\nhttp.ListenAndServe(":8080", nil)\n',
        "Procfile": "web: bin/server --port $PORT\nworker: go run ./cmd/worker\n",
    }
    app = apps_of(files)["web"]
    assert "command" not in app and "prod_command" not in app
    assert app["processes"] == {"worker": "go run ./cmd/worker"}
    assert "runs a built binary" in notes_of(files)


def test_bun_lock_is_recognised() -> None:
    files = {"package.json": pkg(scripts={"dev": "vite"}, devDependencies={"vite": "5"})}
    found = plan_of(files, "bun.lock")
    app = found["plan"].apps[0]
    assert app.finding.package_manager is not None
    assert app.finding.package_manager.why[0].startswith("bun.lock: Bun")
    assert "bun.lock is Bun's lockfile" in "\n".join(found["plan"].notes)


def test_a_uv_workspace_lockfile_at_the_root_is_seen_from_backend() -> None:
    files = {
        "pyproject.toml": '[tool.uv.workspace]\nmembers = ["backend"]\n',
        "backend/pyproject.toml": '[project]\nname = "b"\ndependencies = ["fastapi"]\n',
        "backend/main.py": "app = FastAPI()\n",
    }
    found = plan_of(files, "uv.lock")
    app = found["plan"].apps[0]
    assert app.finding.package_manager is not None
    assert app.finding.package_manager.value == "uv"
    assert "uv.lock (a uv workspace lockfile)" in app.finding.package_manager.why[0]
    assert "run `uv lock`" not in "\n".join(found["plan"].notes)


CACHIX = "inputs:\n  nixpkgs:\n    url: github:cachix/devenv-nixpkgs/rolling\n"


def test_cachix_devenv_yaml_is_recognised() -> None:
    assert spec_owner(CACHIX, beside_nix=False) == "cachix devenv (Nix): it has `inputs:`"
    assert spec_owner("allowUnfree: true\n", beside_nix=False) is not None
    assert spec_owner("{}\n", beside_nix=True) is not None
    assert spec_owner("name: x\napps: {}\n", beside_nix=True) is None


def test_init_names_the_owner_and_file_keeps_both(tmp_path: Path) -> None:
    (tmp_path / "devenv.yaml").write_text(CACHIX)
    (tmp_path / "devenv.nix").write_text("{ pkgs, ... }: { }\n")
    (tmp_path / "requirements.txt").write_text("flask\n")
    (tmp_path / "app.py").write_text("app = Flask(__name__)\n")
    refused = run_devenv("init", "--yes", cwd=tmp_path)
    assert refused.returncode != 0
    assert "devenv.yaml belongs to cachix devenv (Nix)" in refused.stderr
    assert "devenv init --file devenv.stack.yaml" in refused.stderr
    assert (tmp_path / "devenv.yaml").read_text() == CACHIX
    rendered = run_devenv("render", "--check", cwd=tmp_path)
    assert rendered.returncode == 3 and "belongs to cachix devenv" in rendered.stderr
    written = run_devenv("init", "--yes", "--file", "devenv.stack.yaml", cwd=tmp_path)
    assert written.returncode == 0, written.stderr
    assert (tmp_path / "devenv.yaml").read_text() == CACHIX
    checked = run_devenv("render", "--check", "--file", "devenv.stack.yaml", cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr


# Held-out repositories showed these too


def test_desktop_apps_plugins_and_command_line_tools_are_not_servers() -> None:
    files = {
        "package.json": pkg(workspaces=["packages/*"]),
        "packages/web/package.json": pkg(
            name="web", scripts={"dev": "vite"}, dependencies={"vite": "5"}
        ),
        "packages/desktop/package.json": pkg(
            scripts={"dev": "vite"}, dependencies={"vite": "5", "@tauri-apps/cli": "2"}
        ),
        "packages/shell/package.json": pkg(
            scripts={"start": "electron ."}, dependencies={"electron": "30"}
        ),
        "packages/cli/package.json": pkg(
            bin={"tool": "bin/tool.js"}, scripts={"dev": "pnpm exec tsc --watch"}
        ),
    }
    assert [a.finding.path for a in plan_of(files)["plan"].apps] == ["packages/web"]


def test_a_package_other_workspace_packages_import_is_a_library() -> None:
    files = {
        "package.json": pkg(workspaces=["packages/*"]),
        "packages/web/package.json": pkg(
            name="web", scripts={"dev": "vite"}, dependencies={"vite": "5", "@x/common": "*"}
        ),
        "packages/common/package.json": pkg(
            name="@x/common", scripts={"dev": "vite"}, dependencies={"vite": "5"}
        ),
    }
    found = plan_of(files)
    assert [a.finding.path for a in found["plan"].apps] == ["packages/web"]
    assert "packages/common: a library of the workspace" in "\n".join(found["plan"].notes)


def test_underscore_folders_hold_examples_not_apps() -> None:
    main = 'package main\n\nhttp.ListenAndServe(":8080", nil)\n'
    files = {
        "go.mod": "module x\n\ngo 1.22\n",
        "main.go": main,
        "_example/store/go.mod": "module y\n\ngo 1.22\n",
        "_example/store/main.go": main,
        "extra/push-examples/go/go.mod": "module z\n\ngo 1.22\n",
        "extra/push-examples/go/main.go": main,
    }
    assert list(apps_of(files)) == ["web"]


def test_a_front_end_build_yields_to_the_go_server_in_its_folder() -> None:
    files = {
        "go.mod": "module x\n\ngo 1.22\n",
        "main.go": "package main\n",
        "config.yml": "# the port\nhttp.port: 6157\n",
        "package.json": pkg(scripts={"dev": "vite"}, devDependencies={"vite": "5"}),
    }
    app = apps_of(files, "package-lock.json")["web"]
    assert app["language"] == "go" and app["port"] == 6157


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


def test_the_entry_a_start_script_runs_gives_the_node_port() -> None:
    files = {
        "package.json": pkg(
            scripts={"start": "node backend/server.js"}, dependencies={"express": "4"}
        ),
        "backend/server.js": "const port = process.env.PORT || 5000;\n",
    }
    assert apps_of(files, "package-lock.json")["web"]["port"] == 5000


def test_compose_files_of_test_suites_do_not_weigh_services() -> None:
    files = {
        "requirements.txt": "flask\nredis\n",
        "app.py": "app = Flask(__name__)\n",
        "compose-e2e-test.yml": "services:\n  mail:\n    image: axllent/mailpit\n",
    }
    assert services_of(files) == ["redis"]
