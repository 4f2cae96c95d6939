"""What a new user saw first: warnings, silent Ctrl-C, colour codes, a dry run that lied."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from devenv.errors import FilesRefused, plain_text
from devenv.workspace import open_workspace
from tests.hostile.corpus import GOOD
from tests.hostile.runner import run


def test_logs_follow_is_f_without_warnings(tmp_path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # click warns when one option name is defined twice
        outcome = run(["logs", "--help"], tmp_path)
    assert outcome.code == 0, outcome.output
    assert "-f, --follow" in outcome.stdout
    assert "--file FILE" in outcome.stdout
    assert outcome.stderr == ""


def test_ctrl_c_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "devenv.yaml").write_text(GOOD)

    def interrupt(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("devenv.commands.render.read_spec", interrupt)
    outcome = run(["render"], tmp_path)
    assert outcome.code == 130
    assert "interrupted" in outcome.stderr


def test_build_output_loses_its_colours() -> None:
    line = "\x1b[31mStep 1/9\x1b[0m : FROM x\x1b]0;title\x07 done\r"
    assert plain_text(line) == "Step 1/9 : FROM x done\\r"


def test_up_dry_run_refuses_what_up_refuses(tmp_path: Path) -> None:
    spec = tmp_path / "devenv.yaml"
    spec.write_text(GOOD)
    (tmp_path / "compose.yaml").write_text("services: {}\n")  # the user's own compose file
    workspace = open_workspace(spec)
    with pytest.raises(FilesRefused, match="changed by hand"):
        workspace.sync_generated_files(dry_run=True)
    assert (tmp_path / "compose.yaml").read_text() == "services: {}\n"


def test_render_and_up_agree_on_a_linked_spec(tmp_path: Path) -> None:
    elsewhere, project = tmp_path / "elsewhere", tmp_path / "project"
    elsewhere.mkdir()
    project.mkdir()
    (elsewhere / "devenv.yaml").write_text(GOOD)
    (project / "devenv.yaml").symlink_to(elsewhere / "devenv.yaml")
    assert run(["render"], project).code == 0
    assert (project / "compose.yaml").is_file()
    assert sorted(p.name for p in elsewhere.iterdir()) == ["devenv.yaml"]
    workspace = open_workspace(project / "devenv.yaml")
    assert workspace.root == project
    assert workspace.generated_files_current()
