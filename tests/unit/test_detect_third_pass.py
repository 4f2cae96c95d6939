"""Rule tests for the causes a third pass over the real repositories' misses showed (issue 7)."""

from __future__ import annotations

from pathlib import Path

from devenv.detect.plan import Choices, make_plan
from devenv.detect.scan import scan_repo
from devenv.detect.tree import gather


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
