"""Replay the hostile corpus: exit code, message, location, and nothing written where it
must not be. Accepted inputs must also pass the real Compose binary and hadolint."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from devenv.project import build_project
from devenv.spec.load import parse_spec
from tests.hostile.corpus import CASES, FS_CASES, INVALID, OK, SPEC_CASES, TREE_CASES, Case
from tests.hostile.runner import run, snapshot
from tests.referee.compose_referee import compose_config, container_environment, literal
from tests.referee.hadolint_referee import hadolint_findings

LOCATED = re.compile(r"devenv\.yaml:\d+:\d+: ")


def build(case: Case, tmp_path: Path) -> tuple[Path, Path]:
    project, outside = tmp_path / "project", tmp_path / "outside"
    project.mkdir()
    outside.mkdir()
    (outside / "sentinel.txt").write_text("must stay as it is\n", encoding="utf-8")
    for relative, content in case.files.items():
        path = project / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    if case.setup:
        case.setup(project, outside)
    return project, outside


def accepted_by_referees(project: Path) -> None:
    config = compose_config(project / "compose.yaml")
    # Values intact: what Compose hands each container is exactly what the spec says.
    spec = parse_spec((project / "devenv.yaml").read_bytes())
    for service in build_project(spec).services:
        seen = config["services"][service.name]
        assert container_environment(seen) == dict(service.environment)
        if service.command:
            assert [literal(arg) for arg in seen["command"]] == list(service.command)
        if service.healthcheck:
            test = [literal(arg) for arg in seen["healthcheck"]["test"]]
            assert test == list(service.healthcheck.test)
    findings = hadolint_findings(project.rglob("Dockerfile"))
    assert not findings, findings


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_case(case: Case, tmp_path: Path) -> None:
    project, outside = build(case, tmp_path)
    project_before, outside_before = snapshot(project), snapshot(outside)

    outcome = run(list(case.args), project)

    assert outcome.code == case.code, outcome.output
    assert case.message in outcome.output, outcome.output
    assert "\x1b" not in outcome.output, "a terminal escape reached the terminal"
    assert "Please report this" not in outcome.output, outcome.output
    assert snapshot(outside) == outside_before, "something outside the project changed"
    if case.code == INVALID:
        located = [line for line in outcome.stderr.splitlines() if LOCATED.search(line)]
        assert located, outcome.stderr
        if case.key:
            assert any(f": {case.key}: " in line for line in located), outcome.stderr
    writes = case.code == OK if case.writes is None else case.writes
    after = snapshot(project)
    if not writes:
        assert after == project_before, "a refused command wrote files"
    assert not [name for name in after if name.endswith(".tmp")], "a temporary file was left"
    if case.code == OK:
        accepted_by_referees(project)
    if case.code == OK and case.args[0] == "init":
        # What init wrote reads back: render finds every file current.
        again = run(["render", "--check"], project)
        assert again.code == OK, again.output


def test_corpus_covers_every_class() -> None:
    assert len(CASES) >= 100
    assert len(SPEC_CASES) >= 60 and len(FS_CASES) >= 25 and len(TREE_CASES) >= 12
    assert len({c.id for c in CASES}) == len(CASES)
