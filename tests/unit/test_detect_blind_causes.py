"""Rule tests for the causes a third, blind-labelled set of real repositories showed (issue 7)."""

from __future__ import annotations

import pytest

from tests.unit.test_detect_real_causes import apps_of, notes_of, pkg, services_of
from tests.unit.test_detect_rules import plan_of

GO_MOD = "module x\n\ngo 1.22\n"


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


def test_a_go_module_its_parent_replaces_locally_is_a_library() -> None:
    files = {
        "go.mod": GO_MOD + "\nreplace github.com/acme/x => ./xlib\n",
        "main.go": "package main\n",
        "xlib/go.mod": "module github.com/acme/x\n\ngo 1.22\n",
        "xlib/tool/main.go": "package main\n",
        "xlib/rand/strength/go.mod": "module github.com/acme/x/rand/strength\n\ngo 1.22\n",
        "xlib/rand/strength/main.go": "package main\n",
    }
    assert list(apps_of(files)) == ["app"]
    assert "xlib: a library of the Go module in . (its go.mod replaces it locally)" in notes_of(
        files
    )


def test_compose_services_built_from_a_dockerfile_count_by_its_base_image_or_name() -> None:
    compose = (
        "services:\n  db:\n    build:\n      context: .\n      dockerfile: Dockerfile.devdb\n"
        "  maildev:\n    build:\n      context: .\n      dockerfile: maildev.Dockerfile\n"
    )
    files = {
        "requirements.txt": "flask\npsycopg2\nredis\n",
        "app.py": "app = Flask(__name__)\n",
        "docker-compose.dev.yml": compose,
        "Dockerfile.devdb": "ARG PG_VERSION\nFROM postgres:17\n",
        "maildev.Dockerfile": "FROM node:24-alpine\nRUN npm i -g maildev\n",
    }
    assert services_of(files) == ["postgres", "mailpit"]


def test_compose_files_of_benchmarks_do_not_weigh_services() -> None:
    files = {
        "requirements.txt": "flask\nboto3\n",
        "app.py": "app = Flask(__name__)\n",
        "packages/benchmarks/docker-compose.yml": "services:\n  s3:\n    image: minio/minio\n",
    }
    assert services_of(files) == []


def test_the_engine_a_config_example_sets_decides_over_code_defaults_and_comments() -> None:
    files = {
        "pyproject.toml": '[project]\ndependencies = ["django", "mysqlclient", "psycopg2"]\n',
        "manage.py": "import django\n",
        "apps/app/conf.py": "defaults = {'DB_ENGINE': 'mysql'}\n",
        "config_example.yml": "# DB_ENGINE: sqlite3\n# DB_ENGINE: mysql\nDB_ENGINE: postgresql\n",
    }
    assert services_of(files) == ["postgres"]
    assert "mysql (pyproject.toml" in notes_of(files)


def test_a_monorepo_keeping_every_dependency_at_its_root() -> None:
    """The root's dev script runs the packages; they take the framework their dev script runs
    and the root's services, Prisma's schema wherever its scripts point."""
    root = pkg(
        scripts={
            "dev": "pnpm run --filter ./apps/backend --filter ./apps/frontend --parallel dev",
            "prisma-generate": "prisma generate --schema ./libraries/db/prisma/schema.prisma",
        },
        dependencies={"next": "16", "@nestjs/core": "11", "ioredis": "5", "@prisma/client": "6"},
    )
    files = {
        "package.json": root,
        "pnpm-workspace.yaml": "packages:\n  - apps/*\n  - libraries/*\n",
        "libraries/db/prisma/schema.prisma": 'datasource db {\n  provider = "postgresql"\n}\n',
        "apps/backend/package.json": pkg(scripts={"dev": "dotenv -e ../../.env -- nest start"}),
        "apps/frontend/package.json": pkg(scripts={"dev": "next dev -p 4200"}),
    }
    apps = apps_of(files, "pnpm-lock.yaml")
    assert sorted(apps) == ["backend", "frontend"]
    assert apps["backend"]["framework"] == "nestjs" and apps["frontend"]["framework"] == "next"
    assert services_of(files, "pnpm-lock.yaml") == ["postgres", "redis"]


def test_a_root_app_whose_dev_script_passes_turbo_as_a_flag_is_still_an_app() -> None:
    files = {
        "package.json": pkg(scripts={"dev": "next dev --turbo"}, dependencies={"next": "15"}),
        "pnpm-workspace.yaml": "packages:\n  - '**'\n",
    }
    assert list(apps_of(files, "pnpm-lock.yaml")) == ["web"]


def test_a_split_prisma_schema_folder_and_serverless_postgres_clients() -> None:
    schema = 'datasource db {\n  provider = "postgresql"\n}\n'
    files = {
        "package.json": pkg(
            scripts={"dev": "next dev"}, dependencies={"next": "14", "prisma": "6"}
        ),
        "prisma/schema/schema.prisma": schema,
    }
    assert services_of(files, "package-lock.json") == ["postgres"]
    vercel = pkg(scripts={"dev": "next dev"}, dependencies={"next": "15", "@vercel/postgres": "0"})
    assert services_of({"package.json": vercel}, "package-lock.json") == ["postgres"]


def test_browser_extensions_and_asset_bundles_are_not_apps() -> None:
    extension = pkg(
        scripts={"dev": "vite"}, devDependencies={"vite": "7", "@crxjs/vite-plugin": "2"}
    )
    theme = pkg(
        main="src/app.js",
        scripts={"build": "webpack --config webpack.prod.js", "watch": "webpack --watch"},
    )
    files = {
        "requirements.txt": "flask\n",
        "app.py": "app = Flask(__name__)\n",
        "extension/package.json": extension,
        "app/themes/aurora/package.json": theme,
        "app/themes/aurora/src/app.js": "import 'bootstrap';\n",
    }
    found = plan_of(files, "extension/package-lock.json")
    assert [a.finding.path for a in found["plan"].apps] == ["."]
    notes = "\n".join(found["plan"].notes)
    assert "a browser extension (@crxjs/vite-plugin)" in notes
    assert "app/themes/aurora: builds only (package.json scripts.build: webpack" in notes


def test_a_compose_variant_that_swaps_the_database_offers_an_alternative() -> None:
    files = {
        "package.json": pkg(
            scripts={"start:dev": "nest start --watch"},
            dependencies={"@nestjs/core": "11", "pg": "8", "@nestjs/mongoose": "11"},
        ),
        "docker-compose.yaml": "services:\n  postgres:\n    image: postgres:17\n",
        "docker-compose.document.yaml": "services:\n  mongo:\n    image: mongo:8\n",
    }
    assert services_of(files, "package-lock.json") == ["postgres"]
    assert "mongo (package.json" in notes_of(files, "package-lock.json")


def test_a_storage_library_whose_extras_pick_azure_needs_no_minio() -> None:
    files = {
        "requirements.txt": "django\ndjango-storages[azure]\npsycopg2\n",
        "manage.py": "import django\n",
        "docker-compose.dev.yml": (
            "services:\n  db:\n    image: postgres:17\n  obj:\n    image: quay.io/minio/minio\n"
        ),
    }
    assert services_of(files) == ["postgres"]
