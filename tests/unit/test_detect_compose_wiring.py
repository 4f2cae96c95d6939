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
