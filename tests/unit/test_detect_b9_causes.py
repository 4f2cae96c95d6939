"""Rules a PHP and Ruby blind batch (CakePHP under DDEV, Laravel with a mail catcher on its
port) showed, each on a small tree of its shape; the real repositories are trimmed into
tests/realrepos/ (named in the test)."""

from __future__ import annotations

import json

from tests.unit.test_detect_rules import plan_of
from tests.unit.test_php_ruby_real_causes import LARAVEL

_CAKEPHP = {"php": ">=8.2", "cakephp/cakephp": "^5.2"}


def _services(files: dict[str, str]) -> list[str]:
    return sorted(s.name for s in plan_of(files)["plan"].services)


def test_a_cakephp_app_composer_types_application_is_an_app() -> None:
    # passbolt/passbolt_api: `"type": "application"`, webroot/index.php beside bin/cake.
    files = {
        "composer.json": json.dumps({"type": "application", "require": _CAKEPHP}),
        "webroot/index.php": "<?php\n",
        "bin/cake": "#!/usr/bin/env sh\n",
    }
    command = plan_of(files)["plan"].apps[0].finding.command
    assert command is not None and "-t webroot" in command.value
    del files["bin/cake"]  # a front controller alone does not make a typed package an app
    assert not plan_of(files)["plan"].apps


def test_ddev_runs_the_database_and_the_mail_catcher_its_environment_sends_to() -> None:
    # passbolt/passbolt_api: DDEV's mariadb, and web_environment sends mail to port 1025,
    # where DDEV's own Mailpit listens; a framework-less app has no settings to read.
    ddev = "type: cakephp\ndatabase:\n    type: mariadb\nweb_environment:\n    - DEBUG=true\n"
    files = {
        "composer.json": json.dumps({"type": "application", "require": _CAKEPHP}),
        "webroot/index.php": "<?php\n",
        "bin/cake": "",
        ".ddev/config.yaml": ddev,
    }
    assert _services(files) == ["mariadb"]
    files[".ddev/config.yaml"] = ddev + "    - EMAIL_TRANSPORT_DEFAULT_PORT=1025\n"
    assert _services(files) == ["mailpit", "mariadb"]


def test_a_framework_less_app_leaves_a_compose_variants_database_out() -> None:
    # FreshRSS: SQLite by default; a nested docker-compose-db.yml runs postgres as a variant.
    files = {
        "composer.json": json.dumps({"type": "project", "require": {"php": ">=8.1"}}),
        "index.php": "<?php\n",
        "Docker/docker-compose-db.yml": "services:\n  db:\n    image: postgres:16\n",
    }
    assert _services(files) == []


def test_a_live_mail_setting_on_the_catchers_port_needs_a_mail_catcher() -> None:
    # guillaumebriday/laravel-blog: MAIL_HOST=localhost, MAIL_PORT=1025 (Mailpit's SMTP port).
    env = "DB_CONNECTION=sqlite\nMAIL_HOST=localhost\nMAIL_PORT=2525\n"
    files = {
        "composer.json": json.dumps({"type": "project", "require": LARAVEL}),
        "artisan": "",
        "public/index.php": "<?php\n",
        ".env.example": env,
    }
    assert _services(files) == []
    files[".env.example"] = env.replace("2525", "1025")
    assert _services(files) == ["mailpit"]
    files[".env.example"] = env.replace("MAIL_PORT=2525", "#MAIL_PORT=1025")
    assert _services(files) == []
