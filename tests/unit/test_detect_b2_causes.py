"""Rules a Ruby and PHP blind batch (Rails, Laravel, Symfony, DDEV) showed, each on a small
tree of its shape; the real repositories are trimmed into tests/realrepos/ (named in the test)."""

from __future__ import annotations

import json

from tests.unit.test_detect_rules import plan_of
from tests.unit.test_php_ruby import composer
from tests.unit.test_php_ruby_real_causes import LARAVEL

_SYMFONY = {"php": ">=8.1", "symfony/framework-bundle": "^6.4"}


def _services(files: dict[str, str]) -> list[str]:
    return sorted(s.name for s in plan_of(files)["plan"].services)


def test_a_mail_catcher_in_a_commented_out_line_is_not_needed() -> None:
    # ergonode/backend: `MAILER_DSN=null://null` above `#MAILER_DSN=... # Mailhog configuration`.
    files = {
        "composer.json": composer(require=_SYMFONY),
        "public/index.php": "<?php\n",
        ".env": "DATABASE_URL=pgsql://u:p@postgres:5432/db\nMAILER_DSN=null://null\n"
        "#MAILER_DSN=smtp://localhost:1025 # Mailhog configuration\n",
    }
    assert _services(files) == ["postgres"]
    files[".env"] += "MAILER_DSN=smtp://mailhog:1025\n"
    assert _services(files) == ["mailpit", "postgres"]


_RAILS = {"Gemfile": 'gem "rails"\ngem "sqlite3"\ngem "trilogy"\n', "config/application.rb": ""}


def test_rails_bin_dev_setting_port_outright_is_the_port() -> None:
    # basecamp/fizzy: bin/dev sets `PORT=3006` on its own line, then `export PORT`.
    files = {**_RAILS, "config/puma.rb": 'port ENV.fetch("PORT", 3000)\n'}
    files["bin/dev"] = "#!/usr/bin/env bash\nPORT=3006\nexport PORT\nfoo PORT=1\n"
    app = plan_of(files)["plan"].apps[0]
    assert app.port is not None and app.port.value == 3006


def test_rails_database_yml_without_an_adapter_leaves_sqlite_the_default() -> None:
    # basecamp/fizzy: database.yml picks database.<adapter>.yml through ERB; sqlite3 and
    # trilogy are both installed, SQLite is the default and MySQL another setup.
    files = {**_RAILS, "config/database.yml": "<%= ERB.new(File.read(path)).result %>\n"}
    assert _services(files) == []
    # An adapter named in database.yml still decides.
    files["config/database.yml"] = "default: &default\n  adapter: trilogy\n"
    assert _services(files) == ["mysql"]
    # Without sqlite3 for development, the server adapter's gem is the database.
    files["config/database.yml"] = "<%= ERB.new(File.read(path)).result %>\n"
    files["Gemfile"] = 'gem "rails"\ngem "trilogy"\ngroup :test do\nend\n'
    assert _services(files) == ["mysql"]


def test_a_parcel_watch_dev_script_only_builds_assets() -> None:
    # mautic/mautic: a plugin's package.json `dev: parcel watch Assets/...` rebuilds its JS.
    files = {
        "composer.json": composer(require=_SYMFONY),
        "public/index.php": "<?php\n",
        "plugins/Builder/package.json": json.dumps(
            {"scripts": {"dev": "parcel watch Assets/js/* --dist-dir Assets/js/dist"}}
        ),
    }
    assert [a.finding.path for a in plan_of(files)["plan"].apps] == ["."]


def test_a_composer_path_package_the_project_requires_brings_its_dependencies() -> None:
    # mautic/mautic: the root requires mautic/core-lib from `{"type": "path", "url": "app"}`,
    # whose composer.json requires Symfony and predis; DDEV runs mariadb and redis.
    core = {"php": ">=8.1", "symfony/framework-bundle": "~5.4", "predis/predis": "^1.1"}
    files = {
        "composer.json": json.dumps(
            {
                "type": "project",
                "require": {"mautic/core-lib": "^5.0"},
                "repositories": [{"type": "path", "url": "app"}],
            }
        ),
        "app/composer.json": json.dumps({"name": "mautic/core-lib", "require": core}),
        "index.php": "<?php\n",
        "bin/console": "#!/usr/bin/env php\n",
        ".ddev/config.yaml": "type: php\ndatabase:\n    type: mariadb\n    version: '10.3'\n",
        ".ddev/docker-compose.redis.yaml": "services:\n  redis:\n    image: redis:5\n",
    }
    app = plan_of(files)["plan"].apps[0]
    assert app.finding.framework.value == "symfony"
    assert _services(files) == ["mariadb", "redis"]
    # A path package the project does not require is not installed with it.
    files["app/composer.json"] = json.dumps({"name": "acme/other", "require": core})
    assert plan_of(files)["plan"].apps[0].finding.framework.value == "none"


def test_symfony_served_from_the_root_index_php_beside_bin_console() -> None:
    files = {
        "composer.json": composer(require=_SYMFONY),
        "index.php": "<?php\n",
        "bin/console": "#!/usr/bin/env php\n",
    }
    app = plan_of(files)["plan"].apps[0]
    assert app.finding.framework.value == "symfony"
    assert app.finding.command is not None
    assert app.finding.command.value == "php -S 0.0.0.0:{port}"
    del files["bin/console"]  # without the console, a PHP app served by its front controller
    assert plan_of(files)["plan"].apps[0].finding.framework.value == "none"


def test_compose_variants_named_for_mysql_or_pgsql_offer_their_database() -> None:
    # InvoiceShelf: docker/development/docker-compose.{sqlite,mysql,pgsql}.yml, the mysql one
    # running mariadb; .env.example DB_CONNECTION=sqlite; every variant runs mailpit.
    mail = "  mail:\n    image: axllent/mailpit:latest\n"
    files = {
        "composer.json": composer(require=LARAVEL),
        "artisan": "",
        ".env.example": "DB_CONNECTION=sqlite\nDB_HOST=\n",
        "docker/dev/docker-compose.sqlite.yml": "services:\n" + mail,
        "docker/dev/docker-compose.mysql.yml": "services:\n  db:\n    image: mariadb:10.9\n" + mail,
        "docker/dev/docker-compose.pgsql.yml": "services:\n  db:\n    image: postgres:15\n" + mail,
    }
    assert _services(files) == ["mailpit"]
