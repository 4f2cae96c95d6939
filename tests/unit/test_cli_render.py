"""`devenv render` end to end: statuses, conflicts, --force, --check, --diff and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from devenv.errors import ExitCode
from tests.unit.cli_runner import run_devenv

SPEC = """\
name: shop
apps:
  web:
    language: python
    framework: flask
    port: 8000
services:
  postgres: {}
"""
GENERATED = [".dockerignore", ".env.example", "Dockerfile", "compose.yaml"]
CORPUS = sorted((Path(__file__).parent.parent / "spec_corpus" / "invalid").glob("*.yaml"))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "devenv.yaml").write_text(SPEC)
    return tmp_path


def statuses(project: Path, *args: str) -> dict[str, str]:
    result = run_devenv("render", "--json", *args, cwd=project)
    return {item["path"]: item["status"] for item in json.loads(result.stdout)["files"]}


def test_first_render_creates_then_nothing_changes(project: Path) -> None:
    assert statuses(project) == dict.fromkeys(GENERATED, "created")
    assert statuses(project) == dict.fromkeys(GENERATED, "unchanged")
    assert run_devenv("render", "--check", cwd=project).returncode == ExitCode.OK


def test_spec_change_updates_only_affected_files(project: Path) -> None:
    run_devenv("render", cwd=project)
    (project / "devenv.yaml").write_text(SPEC.replace("port: 8000", "port: 8001"))
    found = statuses(project)
    assert found["compose.yaml"] == "updated"
    assert found["Dockerfile"] == "updated"  # EXPOSE and CMD carry the port
    assert found[".dockerignore"] == "unchanged"


def test_hand_edit_is_a_conflict_left_untouched(project: Path) -> None:
    run_devenv("render", cwd=project)
    compose = project / "compose.yaml"
    edited = compose.read_text() + "# my own line\n"
    compose.write_text(edited)
    (project / "devenv.yaml").write_text(SPEC.replace("port: 8000", "port: 9000"))
    dockerfile_before = (project / "Dockerfile").read_text()

    result = run_devenv("render", cwd=project)

    assert result.returncode == ExitCode.REFUSED
    assert "compose.yaml" in result.stderr and "--force" in result.stderr
    assert compose.read_text() == edited
    # All or nothing: the other files are not brought half way either.
    assert (project / "Dockerfile").read_text() == dockerfile_before
    assert "conflict" in result.stdout and "edited by hand" in result.stdout


def test_users_own_file_is_never_overwritten(project: Path) -> None:
    own = "FROM scratch\n"
    (project / "Dockerfile").write_text(own)
    result = run_devenv("render", cwd=project)
    assert result.returncode == ExitCode.REFUSED
    assert (project / "Dockerfile").read_text() == own
    assert not (project / "compose.yaml").exists()


def test_force_overwrites_and_keeps_a_backup(project: Path) -> None:
    run_devenv("render", cwd=project)
    compose = project / "compose.yaml"
    edited = compose.read_text().replace("init: true", "init: false")
    compose.write_text(edited)
    result = run_devenv("render", "--force", cwd=project)
    assert result.returncode == ExitCode.OK, result.stderr
    assert (project / "compose.yaml.devenv-backup").read_text() == edited
    assert "init: false" not in compose.read_text()
    assert run_devenv("render", "--check", cwd=project).returncode == ExitCode.OK


def test_check_reports_drift_and_writes_nothing(project: Path) -> None:
    result = run_devenv("render", "--check", cwd=project)
    assert result.returncode == ExitCode.REFUSED
    assert "would be created" in result.stdout
    assert sorted(p.name for p in project.iterdir()) == ["devenv.yaml"]


def test_diff_shows_changes_and_writes_nothing(project: Path) -> None:
    run_devenv("render", cwd=project)
    (project / "devenv.yaml").write_text(SPEC.replace("port: 8000", "port: 8001"))
    before = (project / "compose.yaml").read_text()
    result = run_devenv("render", "--diff", cwd=project)
    assert result.returncode == ExitCode.OK
    assert '-        published: "${DEVENV_PORT_WEB:-8000}"' in result.stdout
    assert '+        published: "${DEVENV_PORT_WEB:-8001}"' in result.stdout
    assert (project / "compose.yaml").read_text() == before


def test_render_is_deterministic(tmp_path: Path) -> None:
    outputs = []
    for name in ("one", "two"):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "devenv.yaml").write_text(SPEC)
        run_devenv("render", cwd=folder)
        outputs.append({f: (folder / f).read_bytes() for f in GENERATED})
    assert outputs[0] == outputs[1]


def test_invalid_spec_exits_3_with_location(project: Path) -> None:
    (project / "devenv.yaml").write_text(SPEC.replace("port: 8000", "port: 8000\n    prot: 1"))
    result = run_devenv("render", cwd=project)
    assert result.returncode == ExitCode.INVALID_SPEC
    assert (
        "devenv.yaml:7:5: apps.web.prot: unknown key `prot` (did you mean `port`?)" in result.stderr
    )
    assert sorted(p.name for p in project.iterdir()) == ["devenv.yaml"]


@pytest.mark.parametrize("bad", CORPUS, ids=[p.stem for p in CORPUS])
def test_every_broken_spec_exits_3_without_traceback(bad: Path, tmp_path: Path) -> None:
    (tmp_path / "devenv.yaml").write_bytes(bad.read_bytes())
    result = run_devenv("render", cwd=tmp_path)
    assert result.returncode == ExitCode.INVALID_SPEC
    assert "devenv.yaml:" in result.stderr


def test_missing_spec_points_to_init(tmp_path: Path) -> None:
    result = run_devenv("render", cwd=tmp_path)
    assert result.returncode == ExitCode.INVALID_SPEC
    assert "devenv init" in result.stderr


def test_bad_command_line_exits_2(tmp_path: Path) -> None:
    assert run_devenv("render", "--no-such-flag", cwd=tmp_path).returncode == ExitCode.USAGE
    assert run_devenv("no-such-command", cwd=tmp_path).returncode == ExitCode.USAGE


def test_schema_is_published_and_current(tmp_path: Path) -> None:
    result = run_devenv("schema", cwd=tmp_path)
    schema = json.loads(result.stdout)
    assert schema["title"] == "devenv.yaml"
    assert {"name", "apps", "services"} <= set(schema["properties"])
    committed = Path(__file__).parent.parent.parent / "schema" / "devenv.schema.json"
    assert json.loads(committed.read_text()) == schema, (
        "run `devenv schema > schema/devenv.schema.json`"
    )


def test_users_own_dockerignore_and_env_example_are_kept(project: Path) -> None:
    (project / ".dockerignore").write_text("node_modules\n")
    (project / ".env.example").write_text("SECRET=\n")
    found = statuses(project)
    assert found[".dockerignore"] == "kept" and found[".env.example"] == "kept"
    assert found["compose.yaml"] == "created"
    assert (project / ".dockerignore").read_text() == "node_modules\n"
    assert run_devenv("render", "--check", cwd=project).returncode == ExitCode.OK
