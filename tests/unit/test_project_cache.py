"""The project cache: a hit only for the same spec bytes and code, a miss for anything else."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from devenv import project_cache
from devenv.project import Project, build_project
from devenv.spec.load import parse_spec
from devenv.workspace import open_workspace
from tests.conftest import EXAMPLES, ROOT

CASES = [*EXAMPLES, *sorted(p.parent for p in (ROOT / "tests/golden/cases").glob("*/devenv.yaml"))]


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


@pytest.mark.parametrize("folder", CASES, ids=[f.name for f in CASES])
def test_projects_survive_the_round_trip(folder: Path) -> None:
    project = build_project(parse_spec((folder / "devenv.yaml").read_bytes()))
    encoded = json.loads(json.dumps(dataclasses.asdict(project)))
    assert project_cache.decode(Project, encoded) == project


def test_hit_for_the_same_spec_miss_after_an_edit(tmp_path: Path) -> None:
    spec = tmp_path / "devenv.yaml"
    spec.write_text((ROOT / "examples/flask-postgres-redis/devenv.yaml").read_text())
    first = open_workspace(spec)
    assert first._spec is not None  # parsed: nothing was cached yet
    again = open_workspace(spec)
    assert again._spec is None  # served from the cache, without validating
    assert again.project == first.project and again.rendered == first.rendered
    spec.write_text(spec.read_text().replace("port: 8000", "port: 8001"))
    edited = open_workspace(spec)
    assert edited._spec is not None
    assert edited.project != first.project


def test_a_damaged_cache_is_a_miss(tmp_path: Path) -> None:
    spec = tmp_path / "devenv.yaml"
    spec.write_text((ROOT / "examples/node-redis/devenv.yaml").read_text())
    open_workspace(spec)
    project_cache.cache_file(spec).write_text("{not json")
    assert project_cache.load(spec, spec.read_bytes()) is None
    assert open_workspace(spec).name == "node-demo"


def test_generated_files_current_follows_the_files(tmp_path: Path) -> None:
    spec = tmp_path / "devenv.yaml"
    spec.write_text((ROOT / "examples/node-redis/devenv.yaml").read_text())
    workspace = open_workspace(spec)
    assert not workspace.generated_files_current()  # nothing rendered yet
    for path in workspace.rendered:
        source = ROOT / "examples/node-redis" / path
        (tmp_path / path).write_text(source.read_text())
    assert workspace.generated_files_current()
    (tmp_path / "compose.yaml").write_text("# edited\n")
    assert not workspace.generated_files_current()
