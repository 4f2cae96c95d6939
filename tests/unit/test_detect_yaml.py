"""The one YAML reader detection uses for a repository's compose and config files: whatever
a file holds, it answers with data or None, never an exception."""

from __future__ import annotations

from pathlib import Path

import pytest

from devenv.detect.manifests import load_yaml, load_yaml_all
from tests.unit.cli_runner import run_devenv

# Parse fine, then fail to construct: a date that is no date, a float tag on a word, and
# nesting deeper than Python's stack.
UNCONSTRUCTIBLE = ["when: 2001-13-01\n", "ratio: !!float abc\n", "a: " + "[" * 5000]


@pytest.mark.parametrize("text", UNCONSTRUCTIBLE)
def test_a_value_that_does_not_construct_reads_as_unreadable(text: str) -> None:
    assert load_yaml(text) is None
    assert load_yaml_all(text) == ()


def test_documents_are_read_in_order() -> None:
    assert load_yaml("services:\n  db:\n    image: postgres\n") == {
        "services": {"db": {"image": "postgres"}}
    }
    assert load_yaml_all("a: 1\n---\nb: 2\n") == ({"a": 1}, {"b": 2})
    assert load_yaml("") is None and load_yaml(None) is None


def test_init_reads_past_a_compose_file_it_cannot_construct(tmp_path: Path) -> None:
    (tmp_path / "requirements.txt").write_text("flask\n")
    (tmp_path / "app.py").write_text("from flask import Flask\napp = Flask(__name__)\n")
    (tmp_path / "docker-compose.yml").write_text(
        "services:\n  web:\n    build: .\n    labels:\n      released: 2001-13-01\n"
    )
    result = run_devenv("init", "--yes", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "devenv.yaml").is_file()
