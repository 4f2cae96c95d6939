"""Rule tests: the database an app's settings name against the one its compose files run."""

from __future__ import annotations

from tests.unit.test_detect_rules import plan_of
from tests.unit.test_php_ruby import composer

LARAVEL = {"php": "^8.2", "laravel/framework": "^11.0"}
COMPOSE = "services:\n  pgsql:\n    image: postgres:16-alpine\n"


def _services(files: dict[str, str]) -> list[str]:
    return sorted(s.name for s in plan_of(files)["plan"].services)


def test_a_laravel_env_examples_database_gives_way_to_the_one_compose_runs() -> None:
    # unopim/unopim: .env.example DB_CONNECTION=mysql, its dev compose runs postgres.
    files = {
        "composer.json": composer(require=LARAVEL),
        "artisan": "",
        ".env.example": "DB_CONNECTION=mysql\nDB_HOST=127.0.0.1\n",
        "compose.yaml": COMPOSE,
    }
    assert _services(files) == ["postgres"]


def test_a_laravel_database_the_compose_files_also_run_stays_alone() -> None:
    files = {
        "composer.json": composer(require=LARAVEL),
        "artisan": "",
        ".env.example": "DB_CONNECTION=pgsql\n",
        "compose.yaml": COMPOSE + "  mysql:\n    image: mysql:8\n",
    }
    assert _services(files) == ["postgres"]
