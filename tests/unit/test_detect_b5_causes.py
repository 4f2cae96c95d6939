"""Rules a blind batch of self-hosted products (b5) showed, each on a small tree of its shape;
the real repositories are trimmed into tests/realrepos/ (named in the test)."""

from __future__ import annotations

import json

from tests.unit.test_detect_rules import plan_of


def _apps(files: dict[str, str]) -> list[str]:
    return sorted(a.finding.path for a in plan_of(files)["plan"].apps)


def test_a_procfile_serving_a_package_below_makes_no_root_app() -> None:
    # ohmyform/ohmyform: the root package.json only has heroku build hooks; its Procfile's
    # `web: node api/dist/main` serves the api/ package's build.
    api = json.dumps({"scripts": {"start": "nest start"}, "dependencies": {"@nestjs/core": "9"}})
    files = {
        "package.json": json.dumps({"scripts": {"heroku-postbuild": "sh build.sh"}}),
        "Procfile": "web: node api/dist/main\n",
        "api/package.json": api,
    }
    assert _apps(files) == ["api"]
    # A Procfile serving a file of its own folder still makes the root an app.
    files["Procfile"] = "web: node server/index.js\n"
    assert _apps(files) == [".", "api"]


def test_a_meteor_app_runs_on_meteor_with_mongodb() -> None:
    # wekan/wekan: no dev or start script (developers run `meteor`), meteor-node-stubs among
    # the dependencies, MongoDB through MONGO_URL.
    files = {
        "package.json": json.dumps(
            {
                "scripts": {"test": "meteor test --once"},
                "dependencies": {"meteor-node-stubs": "^1.2", "express": "4"},
            }
        )
    }
    plan = plan_of(files)["plan"]
    (app,) = plan.apps
    assert app.port is not None and app.port.value == 3000
    assert app.finding.command is not None and "meteor run" in str(app.finding.command.value)
    assert [s.name for s in plan.services] == ["mongo"]


def _services(files: dict[str, str]) -> list[str]:
    return sorted(s.name for s in plan_of(files)["plan"].services)


def test_rails_redis_for_production_cache_alone_is_left_out() -> None:
    # sharetribe/sharetribe: gem 'redis' only backs production's redis_cache_store and
    # cable; development caches in memory and Action Cable runs async.
    files = {
        "Gemfile": "gem 'rails'\ngem 'mysql2'\ngem 'redis'\n",
        "config/application.rb": "",
        "config/environments/development.rb": "    config.cache_store = :memory_store\n",
        "config/cable.yml": "development:\n  adapter: async\nproduction:\n  adapter: redis\n",
    }
    assert _services(files) == ["mysql"]
    # Development's Action Cable on Redis, a job queue on Redis, or a compose file running
    # it: Redis stays.
    cable = {**files, "config/cable.yml": "development:\n  adapter: redis\n"}
    assert _services(cable) == ["mysql", "redis"]
    assert _services({**files, "Gemfile": files["Gemfile"] + "gem 'sidekiq'\n"}) == [
        "mysql",
        "redis",
    ]
    images = "services:\n  db:\n    image: mysql:8\n  cache:\n    image: redis:7\n"
    compose = {**files, "docker-compose.yml": images}
    assert _services(compose) == ["mysql", "redis"]
