"""The init corpus: real little repositories, each with the plan `devenv init` must make.

Each tests/init_corpus/<case>/ is a repository tree plus expected.json. Run
`pytest --update-golden` after a deliberate change in detection and review the diff.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from devenv.cli import cli
from devenv.detect.plan import Choices, make_plan, spec_entries
from devenv.detect.scan import scan_repo
from devenv.detect.tree import gather
from devenv.errors import FilesRefused
from devenv.spec.load import parse_spec
from devenv.spec.write import to_data, to_yaml

CORPUS = Path(__file__).parent.parent / "init_corpus"
CASES = sorted(p.name for p in CORPUS.iterdir() if p.is_dir())
EXPECTED = "expected.json"


def summary(folder: Path) -> dict[str, Any]:
    """What a reviewer checks: the devenv.yaml content, services with evidence, the rest."""
    plan = make_plan(scan_repo(gather(folder)), Choices(), folder.name)
    spec = None
    if plan.apps:
        entries = spec_entries(plan)
        parse_spec(to_yaml(entries))  # devenv's own validation accepts every plan
        spec = to_data(entries)
    return {
        "spec": spec,
        "services": {s.name: list(s.why) for s in plan.services},
        "untemplated": [
            {
                "path": app.path,
                "language": app.language.value,
                "manifest": app.manifest,
                "services": {s.type: s.why for s in app.services},
            }
            for app in plan.untemplated
        ],
        "compose_files": list(plan.compose_files),
        "notes": list(plan.notes),
    }


def expected(case: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((CORPUS / case / EXPECTED).read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize("case", CASES)
def test_plan_matches_expected(case: str, update_golden: bool) -> None:
    found = summary(CORPUS / case)
    if update_golden:
        text = json.dumps(found, indent=2, ensure_ascii=False) + "\n"
        (CORPUS / case / EXPECTED).write_text(text, encoding="utf-8")
    assert found == expected(case)


def test_corpus_is_large_and_described() -> None:
    assert len(CASES) >= 25
    for case in CASES:
        assert (CORPUS / case / EXPECTED).is_file(), case


def _writable(case: str) -> bool:
    if not (CORPUS / case / EXPECTED).is_file():
        return False  # a new case: the plan test above fails and says so
    return expected(case)["spec"] is not None


@pytest.mark.parametrize("case", [c for c in CASES if _writable(c)])
def test_init_yes_then_render_check_passes(
    case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = tmp_path / case
    shutil.copytree(CORPUS / case, repo, ignore=shutil.ignore_patterns(EXPECTED), symlinks=True)
    monkeypatch.chdir(repo)
    before = sorted(p.relative_to(repo) for p in repo.rglob("*"))
    runner = CliRunner()
    written = runner.invoke(cli, ["init", "--yes"])
    if isinstance(written.exception, FilesRefused):
        # The repository has a file of its own where devenv writes one (docker-compose.yml,
        # .env.example): nothing is written until the user says --force.
        assert sorted(p.relative_to(repo) for p in repo.rglob("*")) == before
        written = runner.invoke(cli, ["init", "--yes", "--force"])
    assert written.exit_code == 0, written.output
    assert (repo / "devenv.yaml").is_file()
    checked = runner.invoke(cli, ["render", "--check"])
    assert checked.exit_code == 0, checked.output
