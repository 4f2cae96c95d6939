"""Rules blind batch b14 (two ordinary applications with backing services per language)
showed, each on a small tree of its shape."""

from __future__ import annotations

from tests.unit.test_detect_real_causes import apps_of, pkg, services_of

SPRING_WEB = (
    "<project><parent><artifactId>spring-boot-starter-parent</artifactId></parent>"
    "<artifactId>app</artifactId><dependencies><dependency>"
    "<artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>"
)


def test_a_spring_port_set_only_in_the_active_profile_s_file_is_the_port() -> None:
    # Shaped like youlai-boot: application.yml activates `dev`, and server.port is set in
    # application-dev.yml only.
    files = {
        "pom.xml": SPRING_WEB,
        "src/main/resources/application.yml": "spring:\n  profiles:\n    active: dev\n",
        "src/main/resources/application-dev.yml": "server:\n  port: 8000\n",
        "src/main/resources/application-prod.yml": "server:\n  port: 9000\n",
    }
    assert [a["port"] for a in apps_of(files).values()] == [8000]
    # A property file's `${SPRING_PROFILES_ACTIVE:prod}` activates prod when unset.
    files["src/main/resources/application.yml"] = ""
    files["src/main/resources/application.properties"] = (
        "spring.profiles.active=${SPRING_PROFILES_ACTIVE:prod}\n"
    )
    assert [a["port"] for a in apps_of(files).values()] == [9000]


def test_maven_filtered_values_do_not_hide_a_spring_yaml_file() -> None:
    # Shaped like youlai-boot: `version: @project.version@` (Maven resource filtering) is not
    # valid YAML as written; the rest of application.yml still activates `dev`.
    files = {
        "pom.xml": SPRING_WEB,
        "src/main/resources/application.yml": (
            "spring:\n  profiles:\n    active: dev\nproject:\n  version: @project.version@\n"
        ),
        "src/main/resources/application-dev.yml": "server:\n  port: 8000\n",
    }
    assert [a["port"] for a in apps_of(files).values()] == [8000]


def test_a_rust_service_port_in_the_env_file_is_the_port() -> None:
    # Shaped like axum-rest-api-sample: .env sets `SERVICE_PORT = 8080` (spaces around `=`).
    files = {
        "Cargo.toml": '[package]\nname = "api"\n[dependencies]\naxum = "0.8"\n',
        "src/main.rs": "fn main() {}\n",
        ".env": "SERVICE_HOST = 127.0.0.1\nSERVICE_PORT = 8080\nREDIS_PORT = 6379\n",
    }
    assert [a["port"] for a in apps_of(files).values()] == [8080]


def test_a_frameworkless_php_app_using_pdo_takes_the_compose_database() -> None:
    # Shaped like engelsystem: composer.json requires ext-pdo and no framework; the dev
    # compose file runs mariadb beside the web server.
    composer = pkg(type="project", require={"php": ">=8.2", "ext-pdo": "*"})
    compose = "services:\n  db:\n    image: mariadb:10.7\n  web:\n    build: ../..\n"
    files = {
        "composer.json": composer,
        "public/index.php": "<?php\n",
        "docker/dev/docker-compose.yml": compose,
    }
    assert services_of(files) == ["mariadb"]
    # Not when only a variant compose file runs it (FreshRSS's docker-compose-db.yml).
    variant = {**files, "docker/dev/docker-compose-db.yml": compose}
    del variant["docker/dev/docker-compose.yml"]
    assert services_of(variant) == []
    # Without PDO the compose database is not known to be the app's.
    files["composer.json"] = pkg(type="project", require={"php": ">=8.2"})
    assert services_of(files) == []


def test_a_go_config_s_monitoring_address_is_not_the_app_s_port() -> None:
    # Shaped like clair's config sample: `introspection_addr` (metrics) comes before
    # `http_listen_addr`.
    files = {
        "go.mod": "module example.com/app\n\ngo 1.22\n",
        "cmd/app/main.go": "package main\n\nfunc main() {}\n",
        "config.yaml.sample": "introspection_addr: localhost:8089\nhttp_listen_addr: :8080\n",
    }
    assert [a["port"] for a in apps_of(files).values()] == [8080]
