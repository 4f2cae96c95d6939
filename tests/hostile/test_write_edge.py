"""The write edge under trouble no folder can stage for root: a failing or interrupted write,
an unreadable file, a read-only file system. Nothing half-written, no temporary file left."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import pytest

from devenv.errors import FileTrouble
from devenv.files import FileChange, Status, apply_changes, next_backup, read_bounded

CHANGES = [
    FileChange("compose.yaml", Status.CREATED, "services: {}\n"),
    FileChange("web/Dockerfile", Status.CREATED, "FROM scratch\n"),
    FileChange("web/.dockerignore", Status.CREATED, ".git\n"),
]


def listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.mark.parametrize("failure", [KeyboardInterrupt(), OSError(errno.ENOSPC, "No space")])
def test_a_write_that_fails_midway_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: BaseException
) -> None:
    real = tempfile.mkstemp
    calls = []

    def flaky(*args: object, **kwargs: object) -> tuple[int, str]:
        calls.append(1)
        if len(calls) == 3:
            raise failure
        return real(*args, **kwargs)  # type: ignore[call-overload, no-any-return]

    monkeypatch.setattr(tempfile, "mkstemp", flaky)
    expected = KeyboardInterrupt if isinstance(failure, KeyboardInterrupt) else FileTrouble
    with pytest.raises(expected):
        apply_changes(CHANGES, tmp_path, force=False)
    assert listing(tmp_path) == [], "a file, folder or temporary file was left behind"


def test_read_only_file_system_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    with pytest.raises(FileTrouble) as caught:
        apply_changes(CHANGES, tmp_path, force=False)
    assert "compose.yaml cannot be written (Read-only file system); nothing written" in (
        caught.value.message
    )
    assert caught.value.hint and "read-only" in caught.value.hint
    assert listing(tmp_path) == []


def test_unreadable_file_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "compose.yaml").write_text("x\n")
    real_open = os.open

    def denied(path: object, *args: int, **kwargs: object) -> int:
        if str(path).endswith("compose.yaml"):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(FileTrouble) as caught:
        read_bounded(tmp_path / "compose.yaml", 1024)
    assert "cannot be read (Permission denied)" in caught.value.message
    assert caught.value.hint and "permissions" in caught.value.hint


def test_backups_are_numbered_never_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "Dockerfile"
    target.write_text("mine 3\n")
    (tmp_path / "Dockerfile.devenv-backup").write_text("mine 1\n")
    (tmp_path / "Dockerfile.2.devenv-backup").write_text("mine 2\n")
    assert next_backup(target).name == "Dockerfile.3.devenv-backup"
    change = FileChange("Dockerfile", Status.CONFLICT, "FROM scratch\n", "mine 3\n")
    assert apply_changes([change], tmp_path, force=True) == ["Dockerfile.3.devenv-backup"]
    assert (tmp_path / "Dockerfile.devenv-backup").read_text() == "mine 1\n"
    assert (tmp_path / "Dockerfile.2.devenv-backup").read_text() == "mine 2\n"
    assert (tmp_path / "Dockerfile.3.devenv-backup").read_text() == "mine 3\n"
    assert target.read_text() == "FROM scratch\n"


def test_the_write_edge_refuses_a_path_that_escapes(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    project = tmp_path / "project"
    project.mkdir()
    (project / "web").symlink_to(outside)
    change = FileChange("web/Dockerfile", Status.CREATED, "FROM scratch\n")
    with pytest.raises(FileTrouble, match="outside the project"):
        apply_changes([change], project, force=False)
    assert list(outside.iterdir()) == []


def test_init_writes_nothing_when_one_file_cannot_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.hostile.runner import run

    (tmp_path / "requirements.txt").write_text("flask\n")
    (tmp_path / "app.py").write_text("from flask import Flask\napp = Flask(__name__)\n")
    real = tempfile.mkstemp
    calls = []

    def full_disk(*args: object, **kwargs: object) -> tuple[int, str]:
        calls.append(1)
        if len(calls) == 4:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(*args, **kwargs)  # type: ignore[call-overload, no-any-return]

    monkeypatch.setattr(tempfile, "mkstemp", full_disk)
    outcome = run(["init", "--yes"], tmp_path)
    assert outcome.code == 1, outcome.output
    assert "cannot be written (No space left on device); nothing written" in outcome.stderr
    assert listing(tmp_path) == ["app.py", "requirements.txt"]


def test_instance_env_is_never_written_through_a_link(tmp_path: Path) -> None:
    from types import SimpleNamespace

    from devenv.current_instance import read_dotenv, write_instance_env

    project, outside = tmp_path / "project", tmp_path / "outside"
    project.mkdir()
    outside.mkdir()
    (outside / "bashrc").write_text("export PATH=/usr/bin\n")
    (project / ".env").symlink_to(outside / "bashrc")
    instance = SimpleNamespace(workspace=SimpleNamespace(root=project), worktree=None)
    with pytest.raises(FileTrouble, match="outside the project"):
        write_instance_env(instance, {"DEVENV_PORT_WEB": "8001"})  # type: ignore[arg-type]
    assert (outside / "bashrc").read_text() == "export PATH=/usr/bin\n"
    # Reading it stays bounded: a link to a huge file is refused rather than read whole.
    (project / ".env").unlink()
    with (outside / "huge").open("wb") as handle:
        handle.truncate(1 << 30)
    (project / ".env").symlink_to(outside / "huge")
    with pytest.raises(FileTrouble, match="over devenv's limit"):
        read_dotenv(project)
