"""Services of Node apps: Prisma schemas and SQLite defaults, pglite, TypeORM and pg clients,
MongoDB for Meteor, AdonisJS Redis, commented database lines, env files of test suites,
services workspace libraries bring, and MinIO where files are stored locally."""

from __future__ import annotations

import json

import pytest

from tests.unit.detect_helpers import (
    ADONIS,
    COMPOSE_WITH_MINIO,
    NEXT_WORKSPACE,
    pkg,
    plan_of,
    services_of,
)


def _next_app(dev: str) -> dict[str, str]:
    scripts = {"dev": dev, "dev:next": "next dev", "db-server:file": "pglite-server --db=local.db"}
    return {
        "package.json": pkg(
            name="x",
            scripts=scripts,
            dependencies={"next": "^15", "pg": "^8", "drizzle-orm": "^0.40"},
        ),
        ".env": "DATABASE_URL=postgresql://postgres:postgres@localhost:5432/postgres\n",
    }


EXPRESS = pkg(
    name="x",
    scripts={"start": "node index.js"},
    dependencies={"express": "^4", "mysql": "^2", "pg": "^7"},
)


def test_a_commented_database_line_the_code_requires_is_a_placeholder() -> None:
    # Shaped like idurar-erp-crm: backend/.env keeps `#DATABASE = "mongodb://..."` to be
    # uncommented, and the server connects to process.env.DATABASE with no default.
    package = '{"scripts": {"dev": "nodemon src/server.js"}, '
    package += '"dependencies": {"express": "^4.18.2", "mongoose": "^8.1.1"}}'
    files = {
        "backend/package.json": package,
        "backend/.env": '#DATABASE = "mongodb://localhost:27017"\nJWT_SECRET= "x"\n',
        "backend/src/server.js": "const mongoose = require('mongoose');\n"
        "mongoose.connect(process.env.DATABASE);\napp.listen(process.env.PORT || 8888);\n",
    }
    assert [s.name for s in plan_of(files)["plan"].services] == ["mongo"]


def test_adonisjs_redis_provider_needs_redis() -> None:
    files = {"package.json": ADONIS % ', "@adonisjs/redis": "^9.2.0"'}
    assert sorted(s.name for s in plan_of(files)["plan"].services) == ["postgres", "redis"]


def test_a_prisma_schema_on_sqlite_is_an_embedded_default_beside_sql_drivers() -> None:
    # Shaped like anything-llm: server/ keeps its data in SQLite through Prisma (a commented
    # PostgreSQL datasource is the option); mssql, mysql2 and pg serve an agent's SQL tool.
    schema = (
        '// datasource db {\n//   provider = "postgresql"\n// }\n'
        'datasource db {\n  provider = "sqlite"\n  url = "file:../storage/app.db"\n}\n'
    )
    package = (
        '{"dependencies": {"express": "4", "@prisma/client": "5", "mssql": "10", "pg": "8",'
        ' "mysql2": "3"}, "scripts": {"start": "node index.js"}}'
    )
    files = {"server/package.json": package, "server/prisma/schema.prisma": schema}
    assert plan_of(files)["plan"].services == ()
    served = {**files, "server/prisma/schema.prisma": schema.replace('"sqlite"', '"postgresql"')}
    assert [s.name for s in plan_of(served)["plan"].services] == ["postgres"]


def test_a_meteor_app_runs_on_meteor_with_mongodb() -> None:
    # wekan/wekan: no dev or start script (developers run `meteor`), meteor-node-stubs among
    # the dependencies, MongoDB through MONGO_URL.
    files = {
        "package.json": json.dumps(
            {
                "scripts": {"test": "meteor test --once"},
                "dependencies": {"meteor-node-stubs": "^1.2", "express": "4"},
            }
        )
    }
    plan = plan_of(files)["plan"]
    (app,) = plan.apps
    assert app.port is not None and app.port.value == 3000
    assert app.finding.command is not None and "meteor run" in str(app.finding.command.value)
    assert [s.name for s in plan.services] == ["mongo"]


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


def test_a_dev_script_that_starts_pglite_needs_no_postgres_container() -> None:
    assert services_of(_next_app("run-p db-server:file dev:*")) == []


def test_a_pglite_script_the_dev_script_does_not_run_keeps_postgres() -> None:
    assert services_of(_next_app("next dev")) == ["postgres"]


def test_services_of_workspace_libraries_reach_the_apps_that_use_them() -> None:
    files = {
        **NEXT_WORKSPACE,
        "packages/db/package.json": pkg(name="@acme/db", dependencies={"@prisma/client": "5"}),
        "packages/db/prisma/schema.prisma": 'datasource db {\n  provider = "postgresql"\n}\n',
        "packages/lib/package.json": pkg(name="@acme/lib", dependencies={"bullmq": "5"}),
    }
    found = plan_of(files)
    assert [s.name for s in found["plan"].services] == ["postgres", "redis"]
    why = found["plan"].services[0].why[0]
    assert "schema.prisma" in why and "via @acme/db, packages/db" in why


def test_pg_protocol_is_a_postgres_client() -> None:
    files = {
        "package.json": pkg(
            name="core", scripts={"start": "node ."}, dependencies={"koa": "2", "pg-protocol": "1"}
        )
    }
    assert services_of(files) == ["postgres"]


def test_typeorm_connection_in_the_env_example_chooses_the_database() -> None:
    files = {"package.json": EXPRESS, ".env.example": "TYPEORM_CONNECTION=postgres\n"}
    assert services_of(files) == ["postgres"]


def test_the_test_suites_env_file_does_not_choose_the_database() -> None:
    """`.env.test` runs the tests on SQLite; the app's own env example names Postgres."""
    files = {
        "package.json": EXPRESS,
        ".env.example": "TYPEORM_CONNECTION=postgres\n",
        ".env.test": "TYPEORM_CONNECTION=sqlite\n",
    }
    assert services_of(files) == ["postgres"]


@pytest.mark.parametrize(
    ("setting", "services"),
    [
        ('NEXT_PUBLIC_UPLOAD_TRANSPORT="database"\n', ["postgres"]),
        ("# FILE_STORAGE_DRIVER=local\n", ["postgres", "minio"]),  # commented out: no default
        ("FILE_STORAGE_DRIVER=s3\n", ["postgres", "minio"]),
    ],
)
def test_minio_is_optional_where_files_are_stored_locally_by_default(
    setting: str, services: list[str]
) -> None:
    files = {
        "package.json": pkg(
            dependencies={"next": "15", "pg": "8", "@aws-sdk/client-s3": "3"},
            scripts={"dev": "next dev"},
        ),
        ".env.example": "DATABASE_URL=postgres://u@localhost/db\n" + setting,
        "docker-compose.yml": COMPOSE_WITH_MINIO,
    }
    assert services_of(files) == services


def test_egg_plugins_bring_the_services_they_connect_to() -> None:
    # Shaped like egg-cnode: egg-mongoose and egg-redis are the app's MongoDB and Redis clients.
    files = {
        "package.json": pkg(
            name="x",
            scripts={"dev": "egg-bin dev"},
            dependencies={"egg": "^2", "egg-mongoose": "^2", "egg-redis": "^2"},
        ),
    }
    assert sorted(services_of(files)) == ["mongo", "redis"]


def test_an_npm_alias_is_the_package_it_installs() -> None:
    # Shaped like kuzzle: `"sdk-es8": "npm:@elastic/elasticsearch@8.17.1"` is the
    # Elasticsearch client under another name.
    files = {
        "package.json": pkg(
            name="x",
            scripts={"start": "node index.js"},
            dependencies={"express": "^4.0.0", "sdk-es8": "npm:@elastic/elasticsearch@8.17.1"},
        ),
        "index.js": "require('express')().listen(3000)\n",
    }
    assert services_of(files) == ["elasticsearch"]


def test_fastifys_redis_and_mongodb_plugins_need_their_servers() -> None:
    # Shaped like vrite's backend: @fastify/redis and @fastify/mongodb bring the clients.
    deps = {"fastify": "4", "@fastify/redis": "7", "@fastify/mongodb": "8"}
    files = {
        "package.json": pkg(scripts={"start": "node index.js"}, dependencies=deps),
        "index.js": "const app = require('fastify')();\napp.listen({ port: 4444 });\n",
    }
    assert sorted(s.name for s in plan_of(files)["plan"].services) == ["mongo", "redis"]
