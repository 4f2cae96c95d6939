"""What `devenv init --yes` writes for each real repository of the corpus (tests/realrepos),
judged as a user's `docker compose up` would judge it: `render --check` agrees, the real
Compose v2 accepts the compose file, and hadolint finds nothing in any Dockerfile written.

The trimmed trees give the plan the full clones give (tests/unit/test_realrepos.py), so the
files written here are the ones a user of that repository gets."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from devenv.errors import ExitCode
from tests.conftest import ROOT
from tests.referee.compose_referee import compose_config
from tests.referee.hadolint_referee import hadolint_findings
from tests.unit.cli_runner import run_devenv
from tests.unit.test_realrepos import KNOWN_MISSES

CASES_DIR = ROOT / "tests" / "realrepos"
CASES = sorted(p.name for p in CASES_DIR.iterdir() if (p / "expected.json").is_file())


@pytest.mark.parametrize("case", CASES)
def test_what_init_writes_passes_the_referees(case: str, tmp_path: Path) -> None:
    repo = tmp_path / case
    shutil.copytree(CASES_DIR / case / "tree", repo, symlinks=True)
    before = {p for p in repo.rglob("*") if p.is_file()}
    written = run_devenv("init", "--yes", cwd=repo)
    if case in KNOWN_MISSES and "found nothing to run" in written.stderr:
        # A known miss with no app found (tests/unit/test_realrepos.py says why) writes
        # nothing to judge: it must leave the repository as it was, and say so.
        assert written.returncode == ExitCode.FAILED, written.stderr
        assert {p for p in repo.rglob("*") if p.is_file()} == before
        return
    assert written.returncode == 0, written.stdout + written.stderr
    check = run_devenv("render", "--check", cwd=repo)
    assert check.returncode == 0, check.stdout + check.stderr

    spec = yaml.safe_load((repo / "devenv.yaml").read_text(encoding="utf-8"))
    config = compose_config(repo / spec.get("compose_file", "compose.yaml"))
    assert set(config["services"]) >= set(spec["apps"])
    dockerfiles = sorted(p for p in repo.rglob("Dockerfile*") if p.is_file() and p not in before)
    assert dockerfiles, "init wrote no Dockerfile"
    findings = hadolint_findings(dockerfiles)
    assert not findings, findings
