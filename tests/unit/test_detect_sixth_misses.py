"""Rule tests for the sixth blind set's misses (issue 7): causes general to each language."""

from __future__ import annotations

import json

import pytest

from tests.unit.test_detect_real_causes import apps_of, pkg, services_of
from tests.unit.test_detect_rules import app_of


def test_a_symfony_flex_project_is_symfony_though_a_distribution_brings_the_bundle() -> None:
    composer = {"type": "project", "require": {"acme/shop": "^1.0", "symfony/flex": "^2.4"}}
    files = {"composer.json": json.dumps(composer), "public/index.php": "<?php\n"}
    assert app_of(files)["framework"] == "symfony"


EXPRESS = pkg(
    name="x", scripts={"start": "node index.js"}, dependencies={"express": "^4", "ioredis": "^5"}
)


@pytest.mark.parametrize("env_file", [".env.example", ".example.env"])
def test_a_service_an_env_example_switches_off_is_left_out(env_file: str) -> None:
    files = {
        "package.json": EXPRESS,
        "index.js": "app.listen(3000)\n",
        env_file: "PORT=3000\nREDIS_ENABLED=false\nREDIS_HOST=127.0.0.1\n",
        "docker-compose.redis.yml": "services:\n  redis:\n    image: redis:7\n",
    }
    assert services_of(files) == []


def test_a_service_the_env_example_switches_on_is_kept() -> None:
    files = {
        "package.json": EXPRESS,
        "index.js": "app.listen(3000)\n",
        ".env.example": "REDIS_ENABLED=true\n",
    }
    assert services_of(files) == ["redis"]


RAILS_APP = {"config/application.rb": "module X\nend\n", "bin/rails": ""}


def test_gems_of_production_and_optional_groups_are_not_developments_services() -> None:
    gemfile = (
        'source "https://rubygems.org"\n'
        'git_source(:github) do |repo|\n  "https://github.com/#{repo}.git"\nend\n'
        'gem "rails"\ngem "redis"\n'
        "group :mysql, :production do\n  gem 'mysql2'\nend\n"
        "group :search, optional: true do\n  gem 'elasticsearch'\nend\n"
        "group :sqlite, :development do\n  gem 'sqlite3'\nend\n"
    )
    assert services_of({**RAILS_APP, "Gemfile": gemfile}) == ["redis"]


def test_the_database_yml_example_chooses_among_optional_database_groups() -> None:
    gemfile = (
        'gem "rails"\n'
        "group :mysql, optional: true do\n  gem 'mysql2'\nend\n"
        "group :postgresql, optional: true do\n  gem 'pg'\nend\n"
    )
    example = "postgresql: &postgresql\n  adapter: postgresql\nmysql: &mysql\n  adapter: mysql2\n"
    files = {**RAILS_APP, "Gemfile": gemfile, "config/database.yml.example": example}
    assert services_of(files) == ["postgres"]


ACTIX = (
    '[package]\nname = "x"\nversion = "0.1.0"\n\n[dependencies]\nactix-web = "4"\n'
    'actix-session = { version = "0.9", features = ["redis-session-rustls"] }\n'
)


def test_a_rust_app_listens_on_the_port_of_its_base_settings_layer() -> None:
    files = {
        "Cargo.toml": ACTIX,
        "src/main.rs": "fn main() {}\n",
        "configuration/base.yaml": "application:\n  port: 8000\ndatabase:\n  port: 5432\n",
        "configuration/local.yaml": "application:\n  host: 127.0.0.1\n",
    }
    app = app_of(files)
    assert app["port"] == 8000


def test_a_session_store_feature_naming_redis_needs_redis() -> None:
    files = {"Cargo.toml": ACTIX, "src/main.rs": "fn main() {}\n"}
    assert services_of(files) == ["redis"]


def _pom(artifact: str, body: str, parent: str = "shop") -> str:
    return (
        f"<project><parent><artifactId>{parent}</artifactId></parent>"
        f"<artifactId>{artifact}</artifactId>\n{body}\n</project>\n"
    )


def _dependencies(*names: str) -> str:
    return (
        "<dependencies>"
        + "".join(f"<dependency><artifactId>{n}</artifactId></dependency>\n" for n in names)
        + "</dependencies>"
    )


BOOT_PLUGIN = (
    "<build><plugins><plugin><artifactId>spring-boot-maven-plugin</artifactId>"
    "</plugin></plugins></build>"
)
REACTOR = (
    "<project><parent><artifactId>spring-boot-starter-parent</artifactId></parent>"
    "<artifactId>shop</artifactId><packaging>pom</packaging>\n"
    "<modules><module>shop-app</module><module>shop-gen</module><module>shop-db</module>"
    "</modules>\n"
    "<dependencyManagement>"
    + _dependencies("shop-db", "mongodb-driver-sync")
    + "</dependencyManagement>\n"
    + _dependencies("spring-boot-starter-web", "spring-boot-starter-data-redis")
    + "\n</project>\n"
)


def test_maven_modules_inherit_the_parents_dependencies_and_use_their_siblings() -> None:
    files = {
        "pom.xml": REACTOR,
        "shop-app/pom.xml": _pom("shop-app", _dependencies("shop-gen", "shop-db") + BOOT_PLUGIN),
        "shop-gen/pom.xml": _pom("shop-gen", _dependencies("spring-boot-starter-freemarker")),
        "shop-db/pom.xml": _pom("shop-db", _dependencies("mysql-connector-j")),
    }
    apps = apps_of(files)
    assert list(apps) == ["shop-app"]  # the generator and db modules are parts of the app
    # Redis from the parent's <dependencies>, MySQL from the db module; not Mongo, which the
    # parent only manages.
    assert sorted(services_of(files)) == ["mysql", "redis"]


VUE_CLI = pkg(
    name="admin",
    scripts={"dev": "vue-cli-service serve"},
    devDependencies={"@vue/cli-service": "^4"},
)


@pytest.mark.parametrize(
    ("config", "port"),
    [
        ("module.exports = {\n  devServer: {\n    port: 6255,\n  },\n}\n", 6255),
        ("const port = process.env.port || 9527 // dev port\nmodule.exports = {}\n", 9527),
        ("module.exports = {}\n", 8080),
    ],
)
def test_vue_cli_serves_on_its_devserver_port(config: str, port: int) -> None:
    assert app_of({"package.json": VUE_CLI, "vue.config.js": config})["port"] == port
