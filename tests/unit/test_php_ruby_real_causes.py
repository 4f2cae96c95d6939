"""Rule tests for the causes real Ruby and PHP repositories' misses showed (issue 7).

Each rule came from a real repository, trimmed into tests/realrepos/ (named in the test).
"""

from __future__ import annotations

import json
from pathlib import Path

from devenv.detect.plan import Choices, make_plan
from devenv.detect.scan import scan_repo
from devenv.detect.tree import gather
from tests.unit.detect_helpers import app_of, plan_of
from tests.unit.test_php_ruby import composer

LARAVEL = {"php": "^8.2", "laravel/framework": "^11.0"}


def services(found: dict) -> list[str]:
    return sorted(s.name for s in found["plan"].services)


def test_laravel_redis_client_is_optional_when_the_driver_settings_choose_others() -> None:
    """koel, firefly-iii, invoiceninja: predis/predis in composer.json, file cache and sync
    queue in .env.example."""
    files = {
        "composer.json": composer(require={**LARAVEL, "predis/predis": "^2.0"}),
        "artisan": "",
        ".env.example": "DB_CONNECTION=mysql\nCACHE_DRIVER=file\nQUEUE_CONNECTION=sync\n"
        "SESSION_DRIVER=file\nREDIS_HOST=127.0.0.1\n",
    }
    found = plan_of(files)
    assert services(found) == ["mysql"]
    note = next(n for n in found["plan"].notes if "predis" in n)
    assert "driver settings choose others" in note and "--service redis" in note
    # A driver that selects Redis keeps it.
    files[".env.example"] += "CACHE_STORE=redis\n"
    assert services(plan_of(files)) == ["mysql", "redis"]
    # No driver settings at all: the client is all there is to go by.
    files[".env.example"] = "DB_CONNECTION=mysql\n"
    assert services(plan_of(files)) == ["mysql", "redis"]
    # Horizon runs on Redis whatever the drivers say.
    files["composer.json"] = composer(
        require={**LARAVEL, "predis/predis": "^2.0", "laravel/horizon": "^5.0"}
    )
    files[".env.example"] = "CACHE_DRIVER=file\nQUEUE_CONNECTION=sync\n"
    assert "redis" in services(plan_of(files))


def test_laravel_uses_the_servers_its_compose_files_run_beside_it() -> None:
    """monicahq/monica (Sail: mariadb, redis, memcached, mailpit) and snipe-it's
    dev.docker-compose.yml: Laravel drives them itself, composer.json names no client."""
    compose = (
        "services:\n  laravel.test:\n    build: ./vendor/laravel/sail/runtimes/8.4\n"
        "  mariadb:\n    image: mariadb:10\n  pgsql:\n    image: postgres:16\n"
        "  redis:\n    image: redis:alpine\n  memcached:\n    image: memcached:alpine\n"
        "  search:\n    image: getmeili/meilisearch\n  mailpit:\n    image: axllent/mailpit\n"
    )
    files = {
        "composer.json": composer(require=LARAVEL),
        "artisan": "",
        "docker-compose.yml": compose,
        ".env.example": "CACHE_STORE=database\n",
    }
    # One database: the first the compose file runs.
    assert services(plan_of(files)) == ["mailpit", "mariadb", "memcached", "redis"]
    # Unless the settings choose SQLite: the compose file's databases are then alternatives.
    files[".env.example"] = "DB_CONNECTION=sqlite\nCACHE_STORE=database\n"
    assert services(plan_of(files)) == ["mailpit", "memcached", "redis"]
    # The database the settings name stays the only one.
    files[".env.example"] = "DB_CONNECTION=pgsql\n"
    assert services(plan_of(files)) == ["mailpit", "memcached", "postgres", "redis"]
    # A compose file named with a prefix is a compose file too.
    dev = {"dev.docker-compose.yml": files.pop("docker-compose.yml"), **files}
    assert services(plan_of(dev)) == ["mailpit", "memcached", "postgres", "redis"]
    # Not Laravel: a plain PHP app names its clients.
    plain = {"composer.json": "{}", "index.php": "", "docker-compose.yml": compose}
    assert services(plan_of(plain)) == ["mailpit"]


def test_ddev_names_the_database_of_the_project(tmp_path: Path) -> None:
    """pixelfed: .ddev/config.yaml runs MariaDB, .ddev/docker-compose.redis.yaml Redis; the
    Laravel config's default connection is mysql."""
    files = {
        "composer.json": composer(require={**LARAVEL, "predis/predis": "^2.0"}),
        "artisan": "",
        "public/index.php": "",
        "config/database.php": "'default' => env('DB_CONNECTION', 'mysql'),\n",
        ".ddev/config.yaml": "name: app\ntype: laravel\ndatabase:\n  type: mariadb\n"
        '  version: "10.11"\n',
        ".ddev/docker-compose.redis.yaml": "services:\n  redis:\n    image: redis:6\n",
        ".ddev/commands/web/artisan2": "#!/bin/bash\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    plan = make_plan(scan_repo(gather(tmp_path)), Choices(), "repo")
    assert [a.finding.path for a in plan.apps] == ["."]
    assert {s.name: s.why for s in plan.services} == {
        "redis": ("composer.json:1 predis/predis ^2.0",),
        "mariadb": (
            "config/database.php:1 default DB_CONNECTION=mysql; "
            ".ddev/config.yaml:4 database type mariadb",
        ),
    }


def test_doctrine_server_version_says_mariadb_behind_a_mysql_url() -> None:
    """kimai: DATABASE_URL=mysql://…?serverVersion=10.5.8-MariaDB in .env.dist."""
    files = {
        "composer.json": composer(require={"symfony/framework-bundle": "^6.4"}),
        "public/index.php": "",
        ".env.dist": "DATABASE_URL=mysql://u:p@127.0.0.1:3306/db?charset=utf8mb4"
        "&serverVersion=10.5.8-MariaDB\n",
    }
    assert services(plan_of(files)) == ["mariadb"]
    files[".env.dist"] = "DATABASE_URL=mysql://u:p@127.0.0.1:3306/db?serverVersion=8.0.32\n"
    assert services(plan_of(files)) == ["mysql"]


def test_symfony_with_its_older_web_front_controller() -> None:
    """wallabag: symfony/framework-bundle, and web/index.php rather than public/."""
    files = {"composer.json": composer(require={"symfony/framework-bundle": "^6.4"})}
    app = app_of({**files, "web/index.php": ""})
    assert app["framework"] == "symfony"
    assert app["command"] == "php -S 0.0.0.0:8000 -t web"
    # public/ is the framework's own convention: no command to write down.
    app = app_of({**files, "public/index.php": "", "web/index.php": ""})
    assert app["framework"] == "symfony" and "command" not in app


def test_a_composer_project_served_from_its_scripts_without_a_front_controller() -> None:
    """YOURLS: type project, yourls-loader.php behind rewrite rules, ext-pdo_mysql."""
    require = {"php": "^8.1", "ext-pdo_mysql": "*"}
    files = {"composer.json": composer(require=require), "yourls-loader.php": ""}
    found = plan_of(files)
    assert found["spec"]["apps"]["web"]["command"] == "php -S 0.0.0.0:8000"
    assert services(found) == ["mysql"]
    # Composer's default type is a library; a command (`bin`) is a tool, not a site.
    assert plan_of({**files, "composer.json": json.dumps({"require": require})})["spec"] is None
    tool = composer(require=require, bin=["tool"])
    assert plan_of({**files, "composer.json": tool})["spec"] is None
    # FreshRSS's lib/: a project of scripts below another Composer project is its library.
    nested = {
        "composer.json": composer(require={"php": "^8.1"}),
        "index.php": "",
        "lib/composer.json": composer(require={"phpmailer/phpmailer": "6.9.1"}),
        "lib/lib_rss.php": "",
    }
    assert [a.finding.path for a in plan_of(nested)["plan"].apps] == ["."]


def test_a_bundler_plugin_for_a_backend_is_that_backends_assets() -> None:
    """firefly-iii's resources/assets/v2: a Vite package with laravel-vite-plugin."""
    package = {
        "scripts": {"dev": "vite", "build": "vite build"},
        "devDependencies": {"vite": "^6", "laravel-vite-plugin": "^1"},
    }
    files = {
        "composer.json": composer(require=LARAVEL),
        "artisan": "",
        "resources/assets/v2/package.json": json.dumps(package),
    }
    found = plan_of(files)
    assert [a.finding.path for a in found["plan"].apps] == ["."]
    assert any("the assets of a Laravel app" in n for n in found["plan"].notes)


def test_rails_memcached_is_production_when_development_caches_elsewhere() -> None:
    """CodeTriage: dalli for production's memcachier; development.rb uses memory_store."""
    files = {
        "Gemfile": 'gem "rails"\ngem "pg"\ngem "dalli"\n',
        "config/application.rb": "",
        "bin/rails": "",
        "config/environments/development.rb": (
            "  if Rails.root.join('tmp/caching-dev.txt').exist?\n"
            "    config.cache_store = :memory_store\n  else\n"
            "    config.cache_store = :null_store\n  end\n"
        ),
        "config/environments/production.rb": "  config.cache_store = :mem_cache_store\n",
    }
    found = plan_of(files)
    assert services(found) == ["postgres"]
    note = next(n for n in found["plan"].notes if "dalli" in n)
    assert "caches in memory_store" in note and "--service memcached" in note
    # Development that caches in memcached keeps it, as does one that says nothing.
    dev = "config/environments/development.rb"
    assert "memcached" in services(plan_of({**files, dev: "config.cache_store = :mem_cache_store"}))
    assert "memcached" in services(plan_of({**files, dev: "# config.cache_store = :memory_store"}))


def test_heroku_buildpack_launchers_are_not_commands_of_the_image() -> None:
    """snipe-it, firefly-iii (`web: heroku-php-apache2 public/`) and CodeTriage
    (`worker: jemalloc.sh bundle exec sidekiq`): the buildpack's tools are not in the image."""
    php = {
        "composer.json": composer(require=LARAVEL),
        "artisan": "",
        "Procfile": "web: php heroku/startup.php && heroku-php-apache2 public/\n",
    }
    found = plan_of(php)
    assert "prod_command" not in found["spec"]["apps"]["web"]
    assert any("Heroku's heroku-php-apache2" in n for n in found["plan"].notes)
    rails = {
        "Gemfile": 'gem "rails"\n',
        "config/application.rb": "",
        "bin/rails": "",
        "Procfile": "web: jemalloc.sh bin/puma -C config/puma.rb\n"
        "worker: jemalloc.sh bundle exec sidekiq -q default\n",
    }
    app = app_of(rails)
    assert app["prod_command"] == "bin/puma -C config/puma.rb"
    assert app["processes"] == {"worker": "bundle exec sidekiq -q default"}


def test_compose_image_evidence_reads_without_a_dangling_quote() -> None:
    compose = "services:\n  db:\n    image: 'mariadb:10'\n"
    files = {"composer.json": composer(require=LARAVEL), "artisan": "", "compose.yaml": compose}
    why = {s.name: s.why for s in plan_of(files)["plan"].services}
    assert why == {"mariadb": ("compose.yaml:3 image: mariadb:10",)}
