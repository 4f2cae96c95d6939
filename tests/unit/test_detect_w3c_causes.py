"""Rules a blind batch of self-hosted apps (kanban boards, analytics, feed readers, a URL
shortener) showed, each on a small tree of its shape."""

from __future__ import annotations

import json
from typing import Any

from tests.unit.test_detect_rules import plan_of


def _json(data: dict[str, Any]) -> str:
    return json.dumps(data)


def _ports(files: dict[str, str], *others: str) -> dict[str, int | None]:
    apps = plan_of(files, *others)["plan"].apps
    return {a.finding.path: a.port.value if a.port else None for a in apps}


def test_an_nx_roots_docs_dependency_does_not_make_it_a_docs_site() -> None:
    # Shaped like reduced.to: one root package.json holds every project's dependencies,
    # the docs project's Docusaurus too; the apps hold project.json only.
    files = {
        "package.json": _json(
            {
                "workspaces": ["apps/*"],
                "devDependencies": {"@docusaurus/core": "2", "@nestjs/core": "10"},
            }
        ),
    }
    others = ("nx.json", "apps/backend/project.json", "apps/docs/project.json")
    assert list(_ports(files, *others)) == ["."]


def test_quarkus_dev_profile_port_comes_before_the_plain_one() -> None:
    # Shaped like commafeed: `quarkus:dev` serves on %dev.quarkus.http.port.
    pom = (
        "<project><artifactId>feeds</artifactId><dependencies><dependency>"
        "<artifactId>quarkus-rest</artifactId></dependency></dependencies>"
        "<build><plugins><plugin><artifactId>quarkus-maven-plugin</artifactId></plugin>"
        "</plugins></build></project>"
    )
    props = "quarkus.http.port=8082\n%dev.quarkus.http.port=8083\n"
    files = {"pom.xml": pom, "src/main/resources/application.properties": props}
    assert _ports(files, "mvnw") == {".": 8083}


def test_a_root_whose_start_runs_other_folders_packages_is_not_an_app() -> None:
    # Shaped like planka: the root's start runs its own scripts, which run server/ and
    # client/ with --prefix; the Sails server listens on Sails's 1337.
    files = {
        "package.json": _json(
            {
                "scripts": {
                    "start": 'concurrently "npm run server:start" "npm run client:start"',
                    "server:start": "npm start --prefix server",
                    "client:start": "npm start --prefix client",
                },
                "dependencies": {"concurrently": "9"},
            }
        ),
        "server/package.json": _json(
            {"scripts": {"start": "nodemon"}, "dependencies": {"sails": "1", "pg": "8"}}
        ),
        "client/package.json": _json(
            {"scripts": {"start": "vite"}, "devDependencies": {"vite": "6"}}
        ),
    }
    assert _ports(files) == {"client": 5173, "server": 1337}


def test_a_port_default_parameter_is_the_port() -> None:
    # Shaped like kaneo: `startServer(..., port = 1337)` hands Hono's serve() the port.
    files = {
        "package.json": _json(
            {"scripts": {"dev": "tsx watch src/index.ts"}, "dependencies": {"hono": "4"}}
        ),
        "src/index.ts": "export async function startServer(inject, port = 1337,) {\n}\n",
    }
    assert _ports(files) == {".": 1337}


def test_a_nest_cli_monorepo_listens_where_its_default_project_says() -> None:
    # Shaped like swetrix: nest-cli.json's sourceRoot holds the main.ts `nest start` runs.
    files = {
        "package.json": _json(
            {"scripts": {"start:dev": "nest start --watch"}, "dependencies": {"@nestjs/core": "11"}}
        ),
        "nest-cli.json": _json({"sourceRoot": "apps/cloud/src", "monorepo": True}),
        "apps/cloud/src/main.ts": "async function bootstrap() {\n  await app.listen(5005)\n}\n",
    }
    assert _ports(files) == {".": 5005}


def test_amqprs_is_a_rabbitmq_client() -> None:
    # Shaped like revolt's delta: events go out through RabbitMQ with amqprs.
    cargo = '[package]\nname = "delta"\n\n[dependencies]\namqprs = "1.7"\naxum = "0.7"\n'
    files = {"Cargo.toml": cargo, "src/main.rs": "fn main() {}\n"}
    services = plan_of(files)["plan"].services
    assert [s.name for s in services] == ["rabbitmq"]
