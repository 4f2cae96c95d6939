"""Rule tests for the causes a third pass over the real repositories' misses showed (issue 7)."""

from __future__ import annotations

from pathlib import Path

import pytest

from devenv.detect.plan import Choices, make_plan
from devenv.detect.scan import scan_repo
from devenv.detect.tree import gather
from tests.unit.test_detect_real_causes import apps_of, notes_of, pkg, services_of

GO_MOD = "module x\n\ngo 1.22\n"
COMPOSE_WITH_MINIO = "services:\n  db:\n    image: postgres:16\n  s3:\n    image: minio/minio\n"


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")


def test_the_dev_containers_compose_file_names_services_but_holds_no_app(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "requirements.txt": "django\npsycopg\nredis\n",
            "manage.py": "import django\n",
            ".devcontainer/docker-compose.yml": (
                "services:\n  db:\n    image: postgres:15\n  cache:\n    image: valkey/valkey:8\n"
                "  mail:\n    image: axllent/mailpit\n"
            ),
            ".devcontainer/package.json": '{"scripts": {"start": "node server.js"}}\n',
            ".github/docker-compose.yml": "services:\n  search:\n    image: elasticsearch:8\n",
        },
    )
    plan = make_plan(scan_repo(gather(tmp_path)), Choices(), "repo")
    assert [a.finding.path for a in plan.apps] == ["."]
    assert [s.name for s in plan.services] == ["postgres", "redis", "mailpit"]


def test_command_line_packages_and_frameworkless_dev_tools_are_not_apps() -> None:
    files = {
        "apps/api/package.json": pkg(dependencies={"express": "^4"}, scripts={"start": "node a"}),
        # nest-commander: a NestJS package named for the commands it runs once
        "apps/commands/package.json": pkg(
            dependencies={"@nestjs/core": "^10"}, scripts={"start": "node dist/main.js"}
        ),
        "packages/agent-sandbox-runtime/package.json": pkg(scripts={"start": "node server.js"}),
        "dev/cli/pyproject.toml": "[tool.ruff]\nline-length = 100\n",
        "dev/cli/cli.py": 'if __name__ == "__main__":\n    main()\n',
    }
    assert list(apps_of(files)) == ["api"]
    notes = notes_of(files)
    assert "apps/commands: a developer tool (its folder's name says so), not an app" in notes
    assert "dev/cli: a developer tool" in notes


def test_a_package_inside_another_apps_folder_is_part_of_it() -> None:
    files = {
        "go.mod": GO_MOD,
        "main.go": 'package main\n\nhttp.ListenAndServe(":9000", nil)\n',
        "frontend/package.json": pkg(devDependencies={"vite": "^5"}, scripts={"dev": "vite"}),
        "frontend/email-builder/package.json": pkg(
            devDependencies={"vite": "^6"}, scripts={"dev": "vite"}
        ),
        "frontend/server/go.mod": GO_MOD,
        "frontend/server/main.go": "package main\n",
    }
    assert list(apps_of(files)) == ["web", "frontend"]
    assert "frontend/email-builder: inside the app in frontend, taken as part of it" in notes_of(
        files
    )


def test_packages_of_a_workspace_root_app_are_still_apps() -> None:
    files = {
        "web/package.json": pkg(
            workspaces=["packages/*"], dependencies={"next": "15"}, scripts={"dev": "next dev"}
        ),
        "web/packages/admin/package.json": pkg(
            devDependencies={"vite": "^6"}, scripts={"dev": "vite"}
        ),
    }
    assert sorted(apps_of(files)) == ["admin", "web"]


def test_a_gorm_v1_dialect_import_names_the_database() -> None:
    files = {
        "go.mod": (
            "module x\n\ngo 1.13\n\nrequire (\n\tgithub.com/jinzhu/gorm v1.9.11\n"
            "\tgithub.com/go-sql-driver/mysql v1.4.1 // indirect\n"
            "\tgithub.com/lib/pq v1.2.0 // indirect\n)\n"
        ),
        "main.go": 'package main\n\nhttp.ListenAndServe(":8000", nil)\n',
        "models/models.go": 'package models\n\n\t_ "github.com/jinzhu/gorm/dialects/mysql"\n',
    }
    assert services_of(files) == ["mysql"]
    # without gorm v1 in go.mod, a path that looks like a dialect says nothing
    files["go.mod"] = GO_MOD
    assert services_of(files) == []


def test_a_url_rewrite_is_not_a_database_and_setting_names_mention_services() -> None:
    files = {
        "requirements.txt": "flask\npsycopg2-binary\nredis\nelasticsearch\n",
        "app.py": "app = Flask(__name__)\n",
        "config.py": (
            "DB = os.environ.get('DATABASE_URL', '').replace(\n"
            "    'postgres://', 'postgresql://') or 'sqlite:///app.db'\n"
            "ELASTICSEARCH_URL = os.environ.get('ELASTICSEARCH_URL')\n"
            "REDIS_URL = os.environ.get('REDIS_URL') or 'redis://'\n"
        ),
    }
    assert services_of(files) == ["redis", "elasticsearch"]
    assert "postgres (requirements.txt:2 psycopg2-binary) is an alternative" in notes_of(files)


@pytest.mark.parametrize(
    ("setting", "services"),
    [
        ('NEXT_PUBLIC_UPLOAD_TRANSPORT="database"\n', ["postgres"]),
        ("# FILE_STORAGE_DRIVER=local\n", ["postgres", "minio"]),  # commented out: no default
        ("FILE_STORAGE_DRIVER=s3\n", ["postgres", "minio"]),
    ],
)
def test_minio_is_optional_where_files_are_stored_locally_by_default(
    setting: str, services: list[str]
) -> None:
    files = {
        "package.json": pkg(
            dependencies={"next": "15", "pg": "8", "@aws-sdk/client-s3": "3"},
            scripts={"dev": "next dev"},
        ),
        ".env.example": "DATABASE_URL=postgres://u@localhost/db\n" + setting,
        "docker-compose.yml": COMPOSE_WITH_MINIO,
    }
    assert services_of(files) == services


def test_a_settings_default_keeps_files_locally() -> None:
    files = {
        "requirements.txt": "django\npsycopg\ns3fs\n",
        "manage.py": "import django\n",
        "config/settings.py": "BACKEND = os.environ.get('DATA_FILES_STORAGE_BACKEND', 'local')\n",
        "docker-compose.dev.yml": COMPOSE_WITH_MINIO,
    }
    assert services_of(files) == ["postgres"]
    assert "minio" in notes_of(files)


@pytest.mark.parametrize(
    ("settings", "services"),
    [
        # read with no default, then tested: an optional cache
        (
            "REDIS_HOST = os.getenv('REDIS_HOST', None)\nif REDIS_HOST:\n"
            "    CACHES = {'LOCATION': f'redis://{REDIS_HOST}'}\n",
            ["postgres"],
        ),
        # never tested: the app uses it as given
        ("REDIS_HOST = os.getenv('REDIS_HOST')\n", ["postgres", "redis"]),
        # a default: the app always connects
        (
            "REDIS_URL = os.environ.get('REDIS_URL') or 'redis://'\nif REDIS_URL:\n",
            ["postgres", "redis"],
        ),
    ],
)
def test_a_service_setting_without_default_that_is_tested_is_optional(
    settings: str, services: list[str]
) -> None:
    files = {
        "requirements.txt": "django\npsycopg2\nredis\n",
        "manage.py": "import django\n",
        "recipes/settings.py": settings,
    }
    assert services_of(files) == services


def test_a_config_attribute_tested_in_another_module_is_optional() -> None:
    # miguelgrinberg/microblog: a Config class reads ELASTICSEARCH_URL with no default, and
    # app/__init__.py connects only `if app.config['ELASTICSEARCH_URL']`.
    files = {
        "requirements.txt": "flask\nflask-sqlalchemy\nelasticsearch\n",
        "microblog.py": "from app import create_app\napp = create_app()\n",
        "config.py": "class Config:\n    ELASTICSEARCH_URL = os.environ.get('ELASTICSEARCH_URL')\n",
        "app/__init__.py": "def create_app():\n    app = Flask(__name__)\n"
        "    app.es = Elasticsearch(app.config['ELASTICSEARCH_URL']) "
        "if app.config['ELASTICSEARCH_URL'] else None\n",
    }
    assert "elasticsearch" not in services_of(files)
    assert "its setting is optional (config.py:2 ELASTICSEARCH_URL" in notes_of(files)
