"""Rules blind batch b11 (single-package Node/TypeScript apps with backing services) showed,
each on a small tree of its shape."""

from __future__ import annotations

from tests.unit.test_detect_rules import plan_of


def test_a_start_script_that_compiles_then_runs_node_serves() -> None:
    # Shaped like typeorm's express example: `start: tsc && node src/index.js`.
    package = '{"scripts": {"start": "tsc && node src/index.js"}, '
    package += '"dependencies": {"express": "^4.18.2"}, "devDependencies": {"typescript": "^5"}}'
    files = {
        "package.json": package,
        "src/index.ts": "const app = express();\napp.listen(3000);\n",
    }
    apps = plan_of(files)["plan"].apps
    assert [(a.finding.path, a.finding.framework.value) for a in apps] == [(".", "express")]


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


ADONIS = '{"scripts": {"dev": "node ace serve --hmr", "start": "node bin/server.js"}, '
ADONIS += '"dependencies": {"@adonisjs/core": "6.20", "@adonisjs/lucid": "^21", "pg": "^8"%s}, '
ADONIS += '"devDependencies": {"vite": "^6"}}'


def test_an_adonisjs_app_is_its_server_not_its_vite_assets() -> None:
    # Shaped like adocasts: AdonisJS bundles assets with Vite; .env.example PORT=3333.
    files = {"package.json": ADONIS % "", ".env.example": "PORT=3333\nHOST=0.0.0.0\n"}
    apps = plan_of(files)["plan"].apps
    assert [(a.finding.framework.value, a.port.value if a.port else None) for a in apps] == [
        ("none", 3333)
    ]


def test_adonisjs_redis_provider_needs_redis() -> None:
    files = {"package.json": ADONIS % ', "@adonisjs/redis": "^9.2.0"'}
    assert sorted(s.name for s in plan_of(files)["plan"].services) == ["postgres", "redis"]


def test_a_bare_nodemon_dev_script_runs_nodemon_json_exec() -> None:
    # Shaped like nextjs-prisma-boilerplate: a custom Next server that nodemon.json starts.
    package = '{"scripts": {"dev": "NODE_ENV=development nodemon", "start": "node dist/index.js"}, '
    package += '"dependencies": {"next": "^12"}}'
    files = {
        "package.json": package,
        "nodemon.json": '{"exec": "ts-node --project tsconfig.server.json server/index.ts"}',
        "server/index.ts": "const port = parseInt(process.env.PORT || '3001', 10);\n",
    }
    apps = plan_of(files)["plan"].apps
    assert [(a.finding.framework.value, a.port.value if a.port else None) for a in apps] == [
        ("next", 3001)
    ]


def test_a_package_of_browser_test_drivers_that_serves_nothing_is_not_an_app() -> None:
    # Shaped like nextjs-prisma-boilerplate's tests-e2e: Cypress, and next for its types.
    tests = '{"scripts": {"test": "cypress run"}, "dependencies": {"cypress": "^9", "next": "^12"}}'
    files = {
        "package.json": '{"scripts": {"dev": "next dev"}, "dependencies": {"next": "^12"}}',
        "tests-e2e/package.json": tests,
    }
    assert [a.finding.path for a in plan_of(files)["plan"].apps] == ["."]
