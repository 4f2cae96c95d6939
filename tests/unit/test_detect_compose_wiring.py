"""Rule tests: the database a compose file wires the app to by its host setting."""

from __future__ import annotations

from tests.unit.detect_helpers import pkg, services_of

DEV_COMPOSE = """services:
  mysql:
    image: mariadb:10.5
  app:
    build: .
    depends_on: [mysql]
    environment:
      - MYSQL_HOST_NAME=mysql
"""


def test_a_host_name_setting_spelled_with_an_underscore_wires_the_database() -> None:
    # opensourcepos/opensourcepos: docker-compose.dev.yml gives the app MYSQL_HOST_NAME=mysql,
    # the `mysql` service runs mariadb; CodeIgniter reads it through mysqli, no Composer client.
    files = {
        "composer.json": pkg(name="x/pos", type="project", require={"php": "^8.2"}),
        "public/index.php": "<?php\n",
        "spark": "#!/usr/bin/env php\n<?php\n",
        "docker-compose.dev.yml": DEV_COMPOSE,
    }
    assert services_of(files) == ["mariadb"]


def test_the_database_the_service_running_the_code_depends_on_is_the_apps() -> None:
    # roots/bedrock: a plain PHP app (WordPress by Composer); .devcontainer's compose builds
    # the app and mounts the repository, `depends_on: database`, the mariadb service. A tool
    # (phpMyAdmin) that waits for a database wires none.
    compose = "services:\n  app:\n    build: .\n    volumes:\n      - ..:/srv/app\n"
    compose += "    depends_on:\n      database:\n        condition: service_healthy\n"
    compose += "  database:\n    image: mariadb:12\n"
    files = {
        "composer.json": pkg(name="x/site", type="project", require={"php": ">=8.3"}),
        "web/index.php": "<?php\n",
        ".devcontainer/docker-compose.yml": compose,
    }
    assert services_of(files) == ["mariadb"]
    tool = compose.replace("build: .\n    volumes:\n      - ..:/srv/app\n", "image: phpmyadmin\n")
    assert services_of({**files, ".devcontainer/docker-compose.yml": tool}) == []


def test_a_compose_template_named_dist_or_default_is_read_as_the_compose_file() -> None:
    # baserproject/basercms: docker/docker-compose.yml.default, copied to docker-compose.yml,
    # runs mysql and mailcatcher for the app it mounts (`../:/var/www/html`).
    compose = "services:\n  bc-db:\n    image: mysql:8.0\n  bc-smtp:\n"
    compose += "    image: sj26/mailcatcher:latest\n  bc-php:\n    image: acme/php:8\n"
    compose += "    volumes:\n      - ../:/var/www/html\n    depends_on:\n      - bc-db\n"
    files = {
        "composer.json": pkg(name="x/cms", type="project", require={"php": ">=8.1"}),
        "index.php": "<?php\n",
        "docker/docker-compose.yml.default": compose,
    }
    assert sorted(services_of(files)) == ["mailpit", "mysql"]
