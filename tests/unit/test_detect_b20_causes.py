"""Rules a blind batch (b20) showed, each on a small tree of its shape; the real repositories
are trimmed into tests/realrepos/ (named in the test)."""

from __future__ import annotations

import json

from tests.unit.test_detect_rules import plan_of


def _apps(files: dict[str, str]) -> list[str]:
    return sorted(a.finding.path for a in plan_of(files)["plan"].apps)


def _services(files: dict[str, str]) -> list[str]:
    return sorted(s.name for s in plan_of(files)["plan"].services)


def test_a_dev_script_that_is_the_build_script_is_not_a_server() -> None:
    # FOSSBilling/FOSSBilling: the themes' workspaces have `dev` and `build` both
    # `node ./esbuild.mts`, the PHP app's asset build.
    theme = {"scripts": {"dev": "node ./esbuild.mts", "build": "node ./esbuild.mts"}}
    root = {"workspaces": ["src/themes/huraga"], "scripts": {"build": "npm run build -ws"}}
    files = {
        "composer.json": json.dumps({"type": "project", "require": {"php": ">=8.3"}}),
        "index.php": "<?php\n",
        "package.json": json.dumps(root),
        "src/themes/huraga/package.json": json.dumps(theme),
    }
    assert _apps(files) == ["."]
    # A dev script of its own still serves.
    theme["scripts"]["dev"] = "node ./server.mjs"
    files["src/themes/huraga/package.json"] = json.dumps(theme)
    assert _apps(files) == [".", "src/themes/huraga"]


def test_development_s_sidekiq_queue_needs_redis_that_compose_leaves_out() -> None:
    # Growstuff/growstuff: development.rb queues jobs on Sidekiq; the devcontainer's compose
    # runs only Postgres and Elasticsearch.
    files = {
        "Gemfile": "gem 'rails'\ngem 'pg'\ngem 'sidekiq'\n",
        "config.ru": "run Rails.application\n",
        "config/application.rb": "module App\nend\n",
        "config/environments/development.rb": (
            "Rails.application.configure do\n  config.active_job.queue_adapter = :sidekiq\nend\n"
        ),
        ".devcontainer/docker-compose.yml": "services:\n  db:\n    image: postgres:16\n",
    }
    assert _services(files) == ["postgres", "redis"]
    # Sidekiq only where it is loaded (docuseal) is not development's choice.
    files["config/environments/development.rb"] = (
        "config.active_job.queue_adapter = :sidekiq if defined?(Sidekiq)\n"
    )
    assert _services(files) == ["postgres"]
    # Another adapter leaves Sidekiq's Redis to the compose files.
    files["config/environments/development.rb"] = "config.active_job.queue_adapter = :async\n"
    assert _services(files) == ["postgres"]


def test_bin_dev_running_foreman_gives_web_foreman_s_port() -> None:
    # thoughtbot/upcase: bin/dev runs `foreman start`; the Procfile's web takes $PORT, so the
    # app serves on foreman's 5000 (README: open http://localhost:5000).
    files = {
        "Gemfile": "gem 'rails'\ngem 'pg'\n",
        "config.ru": "run Rails.application\n",
        "config/application.rb": "module App\nend\n",
        "bin/dev": "#!/usr/bin/env bash\nforeman start\n",
        "Procfile": "web: bundle exec puma -p $PORT -C ./config/puma.rb\nworker: rake jobs:work\n",
    }
    assert _port(files) == 5000
    # A web: that names its port keeps it.
    files["Procfile"] = "web: bin/rails server -p 3000\n"
    assert _port(files) == 3000
    # Without foreman, Rails' own port.
    files["bin/dev"] = "#!/usr/bin/env bash\nbin/rails server\n"
    files["Procfile"] = "web: bundle exec puma -p $PORT\n"
    assert _port(files) == 3000


def _port(files: dict[str, str]) -> int | None:
    app = plan_of(files)["plan"].apps[0]
    return app.port.value if app.port else None


def test_a_pdo_dsn_in_a_php_config_folder_names_the_database() -> None:
    # humhub/humhub: no env template names the database; protected/humhub/config/common.php
    # gives the db component `'dsn' => 'mysql:host=localhost;dbname=humhub'`.
    common = "<?php\nreturn [\n    'components' => [\n        'db' => [\n"
    files = {
        "composer.json": json.dumps({"require": {"php": ">=8.2", "yiisoft/yii2": "~2.0"}}),
        "index.php": "<?php\n",
        "protected/humhub/config/common.php": (
            common + "            'dsn' => 'mysql:host=localhost;dbname=humhub',\n"
        ),
    }
    assert _services(files) == ["mysql"]
    # Commented out, it names nothing.
    files["protected/humhub/config/common.php"] = common + "    // 'dsn' => 'pgsql:host=db',\n"
    assert _services(files) == []


def test_foreman_s_port_gives_way_to_a_port_the_repository_sets() -> None:
    # stringer-rss/stringer: `web: PORT=3000 bundle exec puma`; hackclub/hcb: bin/dev runs
    # `dotenv -f .env.development bundle exec foreman start`, the env file sets PORT=3000.
    files = {
        "Gemfile": "gem 'rails'\n",
        "config.ru": "run Rails.application\n",
        "config/application.rb": "module App\nend\n",
        "bin/dev": "exec foreman start\n",
        "Procfile": "web: PORT=3000 bundle exec puma -C config/puma.rb\n",
    }
    assert _port(files) == 3000
    files["Procfile"] = "web: bin/rails server\n"
    assert _port(files) == 5000
    files["bin/dev"] = "dotenv -f .env.development bundle exec foreman start\n"
    assert _port(files) == 3000
    files["bin/dev"] = "exec foreman start\n"
    files[".env.example"] = "PORT=3000\n"
    assert _port(files) == 3000
