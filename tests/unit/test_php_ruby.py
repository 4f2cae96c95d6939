"""PHP and Ruby: versions, frameworks, libraries that are not apps, and connection wiring."""

from __future__ import annotations

import json

import pytest

from devenv.detect.plan import Choices, make_plan
from devenv.detect.scan import scan_repo
from devenv.detect.tree import RepoTree
from devenv.detect.versions import PHP, choose
from devenv.project import build_project
from devenv.spec.load import parse_spec
from tests.unit.detect_helpers import app_of, plan_of


def composer(**fields: object) -> str:
    return json.dumps({"type": "project", **fields})


@pytest.mark.parametrize(
    ("constraint", "tag"),
    [
        ("^8.1", "8.4"),
        (">=7.4 <8.2", "8.1"),
        ("^7.4|^8.0", "8.4"),
        ("8.2.*", "8.2"),
        ("~8.3.0", "8.3"),
    ],
)
def test_composer_php_constraints(constraint: str, tag: str) -> None:
    found = choose(PHP, constraint.replace("||", "|").replace("|", "||"), "composer.json")
    assert found is not None and found.value == tag


def test_laravel_reads_its_env_template_for_services_and_the_queue_worker() -> None:
    files = {
        "composer.json": composer(require={"php": "^8.2", "laravel/framework": "^11.0"}),
        "artisan": "",
        ".env.example": "DB_CONNECTION=mysql\nREDIS_HOST=127.0.0.1\nQUEUE_CONNECTION=sync\n"
        "CACHE_STORE=redis\n",
    }
    found = plan_of(files)
    app = found["spec"]["apps"]["web"]
    assert app["framework"] == "laravel" and "command" not in app
    assert "processes" not in app  # a sync queue needs no worker
    assert {s.name: s.why for s in found["plan"].services} == {
        "mysql": (".env.example:1 DB_CONNECTION=mysql",),
        "redis": (".env.example:4 CACHE_STORE=redis",),
    }
    # REDIS_HOST alone is in every Laravel template: it says nothing.
    files[".env.example"] = "REDIS_HOST=127.0.0.1\nQUEUE_CONNECTION=database\n"
    found = plan_of(files)
    assert found["plan"].services == ()
    assert found["spec"]["apps"]["web"]["processes"] == {"queue": "php artisan queue:work"}


def test_horizon_replaces_the_plain_queue_worker() -> None:
    require = {"laravel/framework": "^11.0", "laravel/horizon": "^5.0"}
    app = app_of({"composer.json": composer(require=require), "artisan": ""})
    assert app["processes"] == {"horizon": "php artisan horizon"}


def test_composer_libraries_and_bare_manifests_are_not_apps() -> None:
    library = plan_of({"composer.json": json.dumps({"type": "library"}), "src/A.php": ""})
    assert library["spec"] is None
    assert "type `library`, not an app" in library["plan"].notes[0]
    # No type (Composer's default is library) and nothing to serve.
    bare = plan_of({"composer.json": json.dumps({"require": {"php": "^8.1"}})})
    assert bare["spec"] is None
    # No type, but a front controller: a plain PHP app.
    plain = app_of({"composer.json": "{}", "web/index.php": ""})
    assert plain["command"] == "php -S 0.0.0.0:8000 -t web"


def test_ruby_versions_from_each_place_people_write_them() -> None:
    rack = {"Gemfile": 'gem "rack"\n', "config.ru": ""}
    assert app_of({**rack, ".ruby-version": "ruby-3.2.2\n"})["version"] == "3.2"
    assert app_of({**rack, "Gemfile": 'ruby "~> 3.3"\ngem "rack"\n'})["version"] == "3.4"
    assert app_of({**rack, "Gemfile": 'ruby "3.1.4"\n'})["version"] == "3.1"
    lock = "GEM\n  specs:\n\nRUBY VERSION\n   ruby 3.3.1p55\n"
    assert app_of({**rack, "Gemfile.lock": lock})["version"] == "3.3"


def test_rails_database_yml_names_the_database() -> None:
    files = {
        "Gemfile": 'gem "rails"\ngem "trilogy"\n',
        "config/application.rb": "",
        "bin/rails": "",
        "config/database.yml": "default: &default\n  adapter: trilogy\n",
    }
    found = plan_of(files)
    assert found["spec"]["apps"]["web"]["framework"] == "rails"
    assert [s.name for s in found["plan"].services] == ["mysql"]


def test_a_gemfile_without_anything_to_serve_is_not_an_app() -> None:
    found = plan_of({"Gemfile": 'gem "jekyll"\n'})
    assert found["spec"] is None
    assert "without Rails, Sinatra or a config.ru" in found["plan"].notes[0]


def wired(language: str, services: str, **app: str) -> dict[str, str]:
    extra = "".join(f"\n    {k}: {v}" for k, v in app.items())
    spec = parse_spec(
        f"name: p\napps:\n  web:\n    language: {language}\n    port: 8000{extra}\n"
        f"services:\n{services}".encode()
    )
    (web,) = [s for s in build_project(spec).services if s.name == "web"]
    return dict(web.environment)


def test_php_apps_get_laravel_variables_beside_the_urls() -> None:
    env = wired("php", "  db:\n    type: postgres\n  cache:\n    type: redis\n")
    assert env["DATABASE_URL"] == "postgresql://app:devenv@db:5432/app"
    assert env["DB_CONNECTION"] == "pgsql" and env["DB_HOST"] == "db"
    assert (env["DB_PORT"], env["DB_DATABASE"], env["DB_USERNAME"]) == ("5432", "app", "app")
    assert env["DB_PASSWORD"] == "devenv"
    assert (env["REDIS_HOST"], env["REDIS_PORT"], env["REDIS_URL"]) == (
        "cache",
        "6379",
        "redis://cache:6379/0",
    )


def test_the_users_own_value_still_wins_over_wiring() -> None:
    env = wired("php", "  postgres:\n", env="{DB_HOST: elsewhere}")
    assert env["DB_HOST"] == "elsewhere"


def test_rails_reads_the_mysql2_adapter_from_the_url_scheme() -> None:
    env = wired("ruby", "  mysql:\n", framework="rails")
    assert env == {"DATABASE_URL": "mysql2://app:devenv@mysql:3306/app"}
    assert wired("ruby", "  redis:\n", framework="sinatra") == {"REDIS_URL": "redis://redis:6379/0"}


def test_the_init_plan_of_a_php_and_a_ruby_app_side_by_side() -> None:
    tree = RepoTree.of(
        {
            "api/composer.json": composer(require={"symfony/framework-bundle": "7.*"}),
            "api/public/index.php": "",
            "shop/Gemfile": 'gem "sinatra"\ngem "pg"\n',
            "shop/config.ru": "",
        }
    )
    plan = make_plan(scan_repo(tree), Choices(), "repo")
    assert [(a.name, a.language, a.finding.framework.value) for a in plan.apps] == [
        ("api", "php", "symfony"),
        ("shop", "ruby", "sinatra"),
    ]
    assert [(s.name, s.apps) for s in plan.services] == [("postgres", ("shop",))]


def test_laravel_falls_back_on_the_connection_config_database_php_names() -> None:
    files = {
        "composer.json": composer(require={"laravel/framework": "^10.0"}),
        "artisan": "",
        ".env.example": "DB_HOST=127.0.0.1\n",
        "config/database.php": "<?php\nreturn [\n    'default' => "
        "env('DB_CONNECTION', 'mysql'),\n];\n",
    }
    found = plan_of(files)
    assert {s.name: s.why for s in found["plan"].services} == {
        "mysql": ("config/database.php:3 default DB_CONNECTION=mysql",)
    }
