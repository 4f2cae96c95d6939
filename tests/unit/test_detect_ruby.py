"""Ruby and Rails detection: Rails apps loading a gemspec, ports from bin/dev, foreman and
puma.rb, and services from database.yml, gem groups, Sidekiq, caches and initializers."""

from __future__ import annotations

import pytest

from tests.unit.detect_helpers import app_of, apps_of, plan_of, service_names, services_of


def _port(files: dict[str, str]) -> int | None:
    app = plan_of(files)["plan"].apps[0]
    return app.port.value if app.port else None


_RAILS = {"Gemfile": 'gem "rails"\ngem "sqlite3"\ngem "trilogy"\n', "config/application.rb": ""}
RAILS = {
    "Gemfile": 'source "https://rubygems.org"\ngem "rails", "~> 7.1"\ngem "pg"\n',
    "config/application.rb": "module X\nend\n",
    "bin/rails": "",
}
RAILS_APP = {"config/application.rb": "module X\nend\n", "bin/rails": ""}


def test_rails_database_examples_per_adapter_with_sqlite_need_no_server() -> None:
    # publify/publify: no config/database.yml, only database.yml.mysql, .postgresql and
    # .sqlite to copy from, and a Gemfile with every adapter's gem: SQLite needs no server.
    files = {
        "Gemfile": "gem 'rails'\ngem 'mysql2'\ngem 'pg'\ngem 'sqlite3'\n",
        "config/application.rb": "",
        "config/database.yml.mysql": "",
        "config/database.yml.postgresql": "",
        "config/database.yml.sqlite": "",
    }
    assert service_names(files) == []
    # One example only, of a server: the developer copies it, and the server is needed.
    del files["config/database.yml.sqlite"], files["config/database.yml.postgresql"]
    assert service_names(files) == ["mysql"]


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
    assert service_names(files) == ["postgres", "redis"]
    # Sidekiq only where it is loaded (docuseal) is not development's choice.
    files["config/environments/development.rb"] = (
        "config.active_job.queue_adapter = :sidekiq if defined?(Sidekiq)\n"
    )
    assert service_names(files) == ["postgres"]
    # Another adapter leaves Sidekiq's Redis to the compose files.
    files["config/environments/development.rb"] = "config.active_job.queue_adapter = :async\n"
    assert service_names(files) == ["postgres"]


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
    assert service_names(files) == []
    # An adapter named in database.yml still decides.
    files["config/database.yml"] = "default: &default\n  adapter: trilogy\n"
    assert service_names(files) == ["mysql"]
    # Without sqlite3 for development, the server adapter's gem is the database.
    files["config/database.yml"] = "<%= ERB.new(File.read(path)).result %>\n"
    files["Gemfile"] = 'gem "rails"\ngem "trilogy"\ngroup :test do\nend\n'
    assert service_names(files) == ["mysql"]


def test_rails_redis_for_production_cache_alone_is_left_out() -> None:
    # sharetribe/sharetribe: gem 'redis' only backs production's redis_cache_store and
    # cable; development caches in memory and Action Cable runs async.
    files = {
        "Gemfile": "gem 'rails'\ngem 'mysql2'\ngem 'redis'\n",
        "config/application.rb": "",
        "config/environments/development.rb": "    config.cache_store = :memory_store\n",
        "config/cable.yml": "development:\n  adapter: async\nproduction:\n  adapter: redis\n",
    }
    assert service_names(files) == ["mysql"]
    # Development's Action Cable on Redis, a job queue on Redis, or a compose file running
    # it: Redis stays.
    cable = {**files, "config/cable.yml": "development:\n  adapter: redis\n"}
    assert service_names(cable) == ["mysql", "redis"]
    assert service_names({**files, "Gemfile": files["Gemfile"] + "gem 'sidekiq'\n"}) == [
        "mysql",
        "redis",
    ]
    images = "services:\n  db:\n    image: mysql:8\n  cache:\n    image: redis:7\n"
    compose = {**files, "docker-compose.yml": images}
    assert service_names(compose) == ["mysql", "redis"]


def test_a_rails_initializer_named_for_elasticsearch_needs_it() -> None:
    # Shaped like feedbin: no Elasticsearch gem, an initializer that connects over HTTP.
    files = {
        "Gemfile": 'gem "rails"\ngem "pg"\n',
        "config/application.rb": "",
        "config/initializers/elasticsearch.rb": "",
    }
    plan = plan_of(files, "bin/rails", "config.ru")["plan"]
    assert sorted(s.name for s in plan.services) == ["elasticsearch", "postgres"]


def test_a_rails_app_whose_gemfile_loads_its_gemspec_is_rails() -> None:
    files = {
        "Gemfile": "source 'https://rubygems.org'\n"
        "spec = Gem::Specification.load(File.expand_path('crm.gemspec', __dir__))\n"
        "gem 'pg'\n",
        "crm.gemspec": "Gem::Specification.new do |gem|\n"
        "  gem.add_dependency 'rails', '>= 7.1'\nend\n",
        "config/application.rb": "module Crm\n  class Application < Rails::Application\n",
        "config.ru": "run Rails.application\n",
    }
    app = next(iter(apps_of(files).values()))
    assert app["framework"] == "rails" and app["port"] == 3000


def test_rails_bin_dev_gives_foreman_its_port() -> None:
    files = {
        "Gemfile": "source 'https://rubygems.org'\ngem 'rails'\n",
        "config/application.rb": "module X\n  class Application < Rails::Application\n",
        "config.ru": "run Rails.application\n",
        "bin/dev": '#!/usr/bin/env sh\nexport PORT="${PORT:-3214}"\nexec foreman start\n',
    }
    assert next(iter(apps_of(files).values()))["port"] == 3214


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


def test_gems_of_production_and_optional_groups_are_not_developments_services() -> None:
    gemfile = (
        'source "https://rubygems.org"\n'
        'git_source(:github) do |repo|\n  "https://github.com/#{repo}.git"\nend\n'
        'gem "rails"\ngem "redis"\n'
        "group :mysql, :production do\n  gem 'mysql2'\nend\n"
        "group :search, optional: true do\n  gem 'elasticsearch'\nend\n"
        "group :sqlite, :development do\n  gem 'sqlite3'\nend\n"
    )
    assert services_of({**RAILS_APP, "Gemfile": gemfile}) == ["redis"]


def test_the_database_yml_example_chooses_among_optional_database_groups() -> None:
    gemfile = (
        'gem "rails"\n'
        "group :mysql, optional: true do\n  gem 'mysql2'\nend\n"
        "group :postgresql, optional: true do\n  gem 'pg'\nend\n"
    )
    example = "postgresql: &postgresql\n  adapter: postgresql\nmysql: &mysql\n  adapter: mysql2\n"
    files = {**RAILS_APP, "Gemfile": gemfile, "config/database.yml.example": example}
    assert services_of(files) == ["postgres"]


def test_gems_that_bring_sidekiq_need_redis() -> None:
    # Shaped like alphagov/content-publisher: govuk_sidekiq and sidekiq-scheduler, no sidekiq.
    gemfile = 'gem "rails"\ngem "pg"\ngem "govuk_sidekiq"\ngem "sidekiq-scheduler"\n'
    files = {"Gemfile": gemfile, "config/application.rb": ""}
    assert service_names(files, "bin/rails", "config.ru") == ["postgres", "redis"]


def test_bin_dev_s_port_variable_takes_its_default_from_the_script_it_evals() -> None:
    # Shaped like bikeindex: Procfile.dev's `web: ... puma -p $DEV_PORT`; bin/dev evals
    # bin/env, where `ENV["DEV_PORT"] ||= "3042"`.
    files = {
        **RAILS,
        "bin/dev": 'eval "$(ruby bin/env --export)"\nFOREMAN_ARGS="-f Procfile.dev"\n'
        "bundle exec foreman start $FOREMAN_ARGS\n",
        "bin/env": 'ENV["DEV_PORT"] ||= "3042"\n',
        "Procfile.dev": "web: bundle exec puma -C config/puma.rb -p $DEV_PORT\n",
    }
    assert _port(files) == 3042
    # Rails' jsbundling Procfile.dev unsets PORT: the server's own 3000, not foreman's.
    files["Procfile.dev"] = "web: unset PORT && bin/rails server\n"
    files["bin/dev"] = "exec foreman start -f Procfile.dev\n"
    assert _port(files) == 3000


def test_rails_sidekiq_and_dalli_are_production_s_when_development_runs_without_them() -> None:
    # sudara/alonetone: development.rb queues jobs on :async, and caches with memcached only
    # in the `rails dev:cache` arm (null_store otherwise); sidekiq and dalli are production's.
    development = (
        "  if Rails.root.join('tmp', 'caching-dev.txt').exist?\n"
        "    config.cache_store = :mem_cache_store\n  else\n"
        "    config.cache_store = :null_store\n  end\n"
        "  config.active_job.queue_adapter = :async\n"
    )
    files = {
        "Gemfile": "gem 'rails'\ngem 'mysql2'\ngem 'sidekiq'\ngem 'dalli'\n",
        "config/application.rb": "module App\nend\n",
        "config/environments/development.rb": development,
    }
    assert service_names(files) == ["mysql"]
    # Development's own memcached store and Sidekiq queue keep both.
    files["config/environments/development.rb"] = (
        "  config.cache_store = :mem_cache_store\n  config.active_job.queue_adapter = :sidekiq\n"
    )
    assert service_names(files) == ["memcached", "mysql", "redis"]
    # A compose file running memcached is the developer's setup: the toggled cache stays.
    files["config/environments/development.rb"] = development
    files["docker-compose.yml"] = (
        "services:\n  db:\n    image: mysql:8\n  mc:\n    image: memcached:1.5\n"
    )
    assert service_names(files) == ["memcached", "mysql"]


def test_the_port_flag_of_the_procfile_bin_dev_runs_wins_over_its_port_default() -> None:
    # pglombardo/PasswordPusher: bin/dev exports PORT="${PORT:-3000}" and runs `foreman start
    # -f Procfile.dev`, whose `web: bin/rails server -p 5100` serves on 5100.
    files = {
        "Gemfile": "gem 'rails'\n",
        "config.ru": "run Rails.application\n",
        "config/application.rb": "module App\nend\n",
        "bin/dev": 'export PORT="${PORT:-3000}"\nexec foreman start -f Procfile.dev "$@"\n',
        "Procfile.dev": "web: bin/rails server -p 5100\nworker: bundle exec rake jobs\n",
    }
    assert _port(files) == 5100
    files["Procfile.dev"] = "web: bin/rails server\n"
    assert _port(files) == 3000
