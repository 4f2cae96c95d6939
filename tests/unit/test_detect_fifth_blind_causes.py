"""Rule tests for the causes a fifth, blind-labelled set of real repositories showed (issue 7)."""

from __future__ import annotations

from pathlib import Path

import pytest

from devenv.detect.tree import gather
from tests.unit.test_detect_real_causes import apps_of, services_of

GO_MOD = "module x\n\ngo 1.22\n"
LARAVEL = '{"type": "project", "require": {"laravel/framework": "^10.0", "predis/predis": "^2"}}'


def test_a_variant_compose_file_read_first_does_not_hide_the_main_files_database() -> None:
    """docker-compose.production.yml sorts before docker-compose.yml; the MariaDB both run
    is still the main file's, beside the Postgres it offers as an alternative."""
    mariadb = "services:\n  db:\n    image: docker.io/library/mariadb:11.2\n"
    files = {
        "composer.json": LARAVEL,
        "artisan": "",
        ".env.example": "DB_CONNECTION=mysql\n",
        "docker-compose.production.yml": mariadb + "  redis:\n    image: bitnami/redis:7.2\n",
        "docker-compose.yml": mariadb + "  pg-db:\n    image: postgres:14\n"
        "  redis:\n    image: bitnami/redis:7.2\n",
    }
    assert sorted(services_of(files)) == ["mariadb", "redis"]


@pytest.mark.parametrize("name", ["s3test", "pgtest", "db-test", "test_db", "minio_test"])
def test_a_compose_service_named_for_tests_is_not_a_dev_service(name: str) -> None:
    compose = (
        "services:\n  pgdev:\n    image: postgres:17\n"
        f"  {name}:\n    container_name: x\n    image: minio/minio:RELEASE.2021\n"
    )
    files = {
        "go.mod": GO_MOD + "\nrequire (\n\tgithub.com/lib/pq v1.10.9\n"
        "\tgithub.com/aws/aws-sdk-go v1.41.14\n)\n",
        "main.go": "package main\n",
        "docker-compose.yml": compose,
    }
    assert services_of(files) == ["postgres"]


def test_a_service_that_only_ends_in_test_letters_still_counts() -> None:
    files = {
        "go.mod": GO_MOD + "\nrequire github.com/aws/aws-sdk-go v1.41.14\n",
        "main.go": "package main\n",
        "docker-compose.yml": "services:\n  latest:\n    image: minio/minio\n",
    }
    assert services_of(files) == ["minio"]


@pytest.mark.parametrize(
    ("tag", "port"),
    [
        ('`env:"PORT,default=3000"`', 3000),  # sethvargo/go-envconfig
        ('`env:"HTTP_PORT,required,default=9000"`', 9000),
        ('`env:"PORT" envDefault:"8000"`', 8000),  # caarlos0/env
    ],
)
def test_a_go_env_loaders_port_default_in_a_struct_tag_is_the_apps(tag: str, port: int) -> None:
    config = (
        "package env\n\ntype config struct {\n"
        f"\tPort string {tag}\n"
        '\tMetricsPort string `env:"METRICS_PORT,default=4000"`\n}\n'
    )
    files = {"go.mod": GO_MOD, "main.go": "package main\n", "app/pkg/env/env.go": config}
    [app] = apps_of(files).values()
    assert app["port"] == port


def test_an_env_folder_is_read_unless_it_is_a_virtualenv(tmp_path: Path) -> None:
    """Go and Node code keep settings in an env/ package; a virtualenv of that name is
    known by its pyvenv.cfg, as one of any name is."""
    files = {
        "app/pkg/env/env.go": "package env\n",
        "env/pyvenv.cfg": "home = /usr/bin\n",
        "env/lib/site/requirements.txt": "django\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    texts = gather(tmp_path).texts
    assert "app/pkg/env/env.go" in texts and "env/lib/site/requirements.txt" not in texts
