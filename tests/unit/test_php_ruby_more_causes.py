"""Rule tests for the causes a twelfth blind batch (PHP, Ruby, .NET) showed (issue 7).

Each rule came from a real repository, trimmed into tests/realrepos/ (named in the test).
"""

from __future__ import annotations

from devenv.languages import LANGUAGES
from tests.realrepos.trim_manifests import compose_facts
from tests.unit.detect_helpers import EXE_CSPROJ, WEB_CSPROJ, app_of, apps_of, plan_of
from tests.unit.test_php_ruby import composer
from tests.unit.test_php_ruby_real_causes import LARAVEL, services


def test_laravel_reads_the_connection_setting_its_database_config_names() -> None:
    """cachethq/cachet: config/database.php reads `env('DB_DRIVER', 'sqlite')` and
    .env.example sets DB_DRIVER=mysql."""
    files = {
        "composer.json": composer(require=LARAVEL),
        "artisan": "",
        "config/database.php": "    'default' => env('DB_DRIVER', 'sqlite'),\n",
        ".env.example": "DB_DRIVER=mysql\nCACHE_DRIVER=file\n",
    }
    assert services(plan_of(files)) == ["mysql"]
    # The config's fallback when the template leaves the setting out.
    files[".env.example"] = "CACHE_DRIVER=file\n"
    files["config/database.php"] = "    'default' => env('DB_DRIVER', 'pgsql'),\n"
    assert services(plan_of(files)) == ["postgres"]
    # A DB_CONNECTION the config does not read chooses nothing.
    files[".env.example"] = "DB_CONNECTION=mysql\n"
    assert services(plan_of(files)) == ["postgres"]
    # The usual setting still decides where the config reads it.
    files["config/database.php"] = "    'default' => env('DB_CONNECTION', 'sqlite'),\n"
    assert services(plan_of(files)) == ["mysql"]


def test_hanami_is_served_by_its_own_server_on_2300() -> None:
    """JuPlutonic/hanami_rubyjobs.dev: gem 'hanami' and config.ru, a Hanami 1.3 app."""
    files = {"Gemfile": "gem 'hanami', '1.3.0'\ngem 'pg'\n", "config.ru": "run Hanami.app\n"}
    app = app_of(files)
    assert (app["framework"], app["port"]) == ("hanami", 2300)
    dev = LANGUAGES["ruby"].frameworks["hanami"].dev
    assert dev is not None and dev.startswith("bundle exec hanami server")


def test_opensearch_ruby_is_a_search_engine_client() -> None:
    """exercism/website: gem 'opensearch-ruby', OpenSearch run beside MySQL and Redis."""
    files = {
        "Gemfile": "gem 'rails'\ngem 'mysql2'\ngem 'opensearch-ruby'\n",
        "config/application.rb": "",
        "bin/rails": "",
    }
    assert services(plan_of(files)) == ["elasticsearch", "mysql"]


def test_a_dev_container_labels_the_application_port() -> None:
    """kanboard/kanboard: a plain PHP app; devcontainer.json forwards 8080 labelled
    "Application port" beside MySQL's and PostgreSQL's."""
    devcontainer = (
        '{\n  // php -S localhost:8080\n  "forwardPorts": [8080, 3306],\n'
        '  "portsAttributes": {\n    "8080": {\n      "label": "Application port"\n    },\n'
        '    "3306": { "label": "MySQL port" }\n  }\n}\n'
    )
    files = {"composer.json": composer(require={"php": ">=8.1"}), "index.php": ""}
    assert app_of(files)["port"] == 8000
    files[".devcontainer/devcontainer.json"] = devcontainer
    assert app_of(files)["port"] == 8080
    # A dev container that labels no port as the app's says nothing.
    files[".devcontainer/devcontainer.json"] = devcontainer.replace("Application", "Xdebug")
    assert app_of(files)["port"] == 8000


def test_trim_keeps_both_services_blocks_of_a_compose_file() -> None:
    """hanami_rubyjobs.dev's docker-compose.development.yml says `services:` twice; YAML keeps
    the last block, detection reads the image lines of both."""
    text = (
        "version: '3'\nservices:\n  redis:\n    image: redis:latest\n"
        "services:\n  postgres:\n    image: postgres:12-alpine\n"
    )
    trimmed = compose_facts(text)
    assert '"redis"' in trimmed and '"postgres"' in trimmed


def test_a_setup_console_program_beside_a_web_project_is_a_tool() -> None:
    """bitwarden/server's util/Setup: an Exe that writes a self-hosted install's files."""
    files = {
        "server.slnx": "<Solution />",
        "src/Api/Api.csproj": WEB_CSPROJ,
        "util/Setup/Setup.csproj": EXE_CSPROJ,
        "util/Installer/Installer.csproj": EXE_CSPROJ,
    }
    assert [a["main_package"] for a in apps_of(files).values()] == ["./src/Api"]
