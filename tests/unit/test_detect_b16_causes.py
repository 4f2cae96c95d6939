"""Rules a blind batch (b16) showed, each on a small tree of its shape; the real repositories
are trimmed into tests/realrepos/ (named in the test)."""

from __future__ import annotations

import json

from tests.unit.test_detect_rules import plan_of


def _apps(files: dict[str, str]) -> list[str]:
    return sorted(a.finding.path for a in plan_of(files)["plan"].apps)


def _services(files: dict[str, str]) -> list[str]:
    return sorted(s.name for s in plan_of(files)["plan"].services)


def test_a_start_script_that_only_runs_a_watching_build_is_not_a_server() -> None:
    # bugsink/bugsink: django-tailwind's theme/static_src has `start: npm run dev` and
    # `dev: cross-env NODE_ENV=development postcss ... --watch`: the Django app's CSS build.
    theme = {
        "scripts": {
            "start": "npm run dev",
            "dev": "cross-env NODE_ENV=development postcss ./src/styles.css -o out.css --watch",
        },
        "devDependencies": {"postcss": "8", "tailwindcss": "4"},
    }
    files = {
        "manage.py": "import django\n",
        "requirements.txt": "django\n",
        "theme/static_src/package.json": json.dumps(theme),
    }
    assert _apps(files) == ["."]
    # An alias of a script that serves still serves.
    theme["scripts"]["dev"] = "node server.js"
    files["theme/static_src/package.json"] = json.dumps(theme)
    assert _apps(files) == [".", "theme/static_src"]


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
    assert _services(files) == []
    # One example only, of a server: the developer copies it, and the server is needed.
    del files["config/database.yml.sqlite"], files["config/database.yml.postgresql"]
    assert _services(files) == ["mysql"]
