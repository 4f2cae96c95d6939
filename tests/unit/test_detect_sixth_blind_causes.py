"""Rule tests for the causes a sixth, blind-labelled set of real repositories showed (issue 7)."""

from __future__ import annotations

import pytest

from tests.unit.test_detect_real_causes import pkg, services_of
from tests.unit.test_detect_rules import app_of

RAILS = {
    "Gemfile": 'source "https://rubygems.org"\ngem "rails", "~> 7.1"\ngem "pg"\n',
    "config/application.rb": "module X\nend\n",
    "bin/rails": "",
}


@pytest.mark.parametrize(
    ("line", "port"),
    [
        ('bind "tcp://0.0.0.0:#{ENV.fetch("PORT") { "8000" }}"\n', 8000),
        ('port ENV.fetch("PORT", 4000)\n', 4000),
        ('port ENV.fetch("PORT") { 3000 }\n', 3000),
    ],
)
def test_rails_serves_on_the_port_puma_rb_gives_port(line: str, port: int) -> None:
    app = app_of({**RAILS, "config/puma.rb": "threads 5, 5\n" + line})
    assert app["port"] == port


def test_rails_without_a_puma_port_keeps_its_3000() -> None:
    app = app_of({**RAILS, "config/puma.rb": "threads 5, 5\n"})
    assert app["port"] == 3000


def test_a_rust_port_variable_defaulted_with_unwrap_or_is_the_port() -> None:
    files = {
        "Cargo.toml": '[package]\nname = "x"\nversion = "0.1.0"\n\n[dependencies]\naxum = "0.8"\n',
        "src/main.rs": "fn main() {}\n",
        "src/config/bind.rs": 'let port = var_parsed("PORT")?.unwrap_or(8888);\n',
    }
    assert app_of(files)["port"] == 8888


def test_spring_boot_reads_its_port_from_resources_config_application_yml() -> None:
    pom = (
        "<project><parent><groupId>org.springframework.boot</groupId>"
        "<artifactId>spring-boot-starter-parent</artifactId></parent>"
        "<dependencies><dependency><artifactId>spring-boot-starter-web</artifactId>"
        "</dependency></dependencies></project>\n"
    )
    files = {
        "pom.xml": pom,
        "src/main/resources/config/application.yml": "server:\n  port: 8000\n",
    }
    assert app_of(files)["port"] == 8000


EXPRESS = pkg(
    name="x",
    scripts={"start": "node index.js"},
    dependencies={"express": "^4", "mysql": "^2", "pg": "^7"},
)


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
