"""`devenv init` end to end, in a subprocess as a user runs it: writes, refusals, JSON, tty."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest

from devenv.errors import ExitCode
from devenv.spec.schema import MODELINE
from tests.unit.cli_runner import run_devenv

FLASK = {
    "requirements.txt": "flask==3.0.3\nredis==5.0.4\ngunicorn\n",
    "app.py": "from flask import Flask\n\napp = Flask(__name__)\n",
}
GENERATED = {".dockerignore", ".env.example", "Dockerfile", "compose.yaml", "devenv.yaml"}


def make_repo(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return make_repo(tmp_path / "shop", FLASK)


def init(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # stdin is not a terminal here, as in CI: init must take the plan without asking.
    return run_devenv("init", *args, cwd=repo)


def names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_empty_folder_explains_and_fails(tmp_path: Path) -> None:
    result = init(tmp_path, "--yes")
    assert result.returncode == ExitCode.FAILED
    assert "found nothing to run" in result.stderr
    assert "package.json" in result.stderr and "go.mod" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_yes_writes_spec_and_files_that_render_check_accepts(repo: Path) -> None:
    result = init(repo, "--yes")
    assert result.returncode == ExitCode.OK, result.stderr
    assert names(repo) >= GENERATED
    spec = (repo / "devenv.yaml").read_text()
    assert spec.splitlines()[0] == MODELINE
    assert 'framework: "flask"  # requirements.txt:1 flask==3.0.3' in spec
    assert "redis: {}  # requirements.txt:2 redis==5.0.4" in spec
    assert "redis" in result.stdout and "requirements.txt:2" in result.stdout
    assert run_devenv("render", "--check", cwd=repo).returncode == ExitCode.OK


def test_without_a_terminal_it_never_prompts(repo: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "devenv", "init"],
        cwd=repo,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1"},
    )
    assert result.returncode == ExitCode.OK, result.stderr
    assert "[y]es" not in result.stdout
    assert (repo / "devenv.yaml").is_file()


def test_second_run_refuses_then_force_replaces_with_backup(repo: Path) -> None:
    init(repo, "--yes")
    (repo / "devenv.yaml").write_text((repo / "devenv.yaml").read_text() + "# mine\n")
    mine = (repo / "devenv.yaml").read_text()
    again = init(repo, "--yes")
    assert again.returncode == ExitCode.REFUSED
    assert "devenv.yaml already exists" in again.stderr and "--force" in again.stderr
    assert (repo / "devenv.yaml").read_text() == mine
    forced = init(repo, "--yes", "--force")
    assert forced.returncode == ExitCode.OK, forced.stderr
    assert (repo / "devenv.yaml.devenv-backup").read_text() == mine
    assert "# mine" not in (repo / "devenv.yaml").read_text()


def test_users_compose_file_is_kept_and_the_options_explained(repo: Path) -> None:
    theirs = "services:\n  web:\n    build: .\n"
    (repo / "docker-compose.yml").write_text(theirs)
    kept = init(repo, "--yes", "--no-render")
    assert kept.returncode == ExitCode.OK, kept.stderr
    assert names(repo) == {"requirements.txt", "app.py", "docker-compose.yml", "devenv.yaml"}
    assert (repo / "docker-compose.yml").read_text() == theirs
    (repo / "devenv.yaml").unlink()

    # compose.yaml is a new file beside theirs: nothing of theirs changes, and init says how
    # to run theirs.
    beside = init(repo, "--yes")
    assert beside.returncode == ExitCode.OK, beside.stderr
    assert (repo / "docker-compose.yml").read_text() == theirs
    assert (repo / "compose.yaml").exists()
    assert "docker compose -f docker-compose.yml up" in beside.stdout
    for name in GENERATED:
        (repo / name).unlink(missing_ok=True)

    replaced = init(repo, "--yes", "--force")
    assert replaced.returncode == ExitCode.OK, replaced.stderr
    assert (repo / "docker-compose.yml.devenv-backup").read_text() == theirs
    assert not (repo / "docker-compose.yml").exists()
    assert run_devenv("render", "--check", cwd=repo).returncode == ExitCode.OK


def test_beside_the_users_compose_yaml_devenv_writes_its_own_file(repo: Path) -> None:
    # nickjj/docker-flask-example's shape: the repository's own compose.yaml.
    theirs = "services:\n  web:\n    build: .\n"
    (repo / "compose.yaml").write_text(theirs)
    beside = init(repo, "--yes")
    assert beside.returncode == ExitCode.OK, beside.stderr
    assert (repo / "compose.yaml").read_text() == theirs
    assert "devenv" in (repo / "compose.devenv.yaml").read_text().splitlines()[0]
    spec = (repo / "devenv.yaml").read_text()
    assert 'compose_file: "compose.devenv.yaml"  # compose.yaml is the repository\'s own' in spec
    assert "docker compose -f compose.devenv.yaml up --build" in beside.stdout
    assert run_devenv("render", "--check", cwd=repo).returncode == ExitCode.OK
    for name in (*GENERATED, "compose.devenv.yaml"):
        if name != "compose.yaml":
            (repo / name).unlink(missing_ok=True)

    replaced = init(repo, "--yes", "--force")  # devenv's takes the usual name
    assert replaced.returncode == ExitCode.OK, replaced.stderr
    assert (repo / "compose.yaml.devenv-backup").read_text() == theirs
    assert "compose_file" not in (repo / "devenv.yaml").read_text()


def test_users_dockerfile_is_left_alone(repo: Path) -> None:
    (repo / "Dockerfile").write_text("FROM python:3.12\n")
    result = init(repo, "--yes")
    assert result.returncode == ExitCode.OK, result.stderr
    assert (repo / "Dockerfile").read_text() == "FROM python:3.12\n"
    assert (repo / "Dockerfile.devenv").is_file()
    assert run_devenv("render", "--check", cwd=repo).returncode == ExitCode.OK


def test_json_prints_the_documented_shape_and_writes_nothing(repo: Path) -> None:
    result = init(repo, "--json")
    assert result.returncode == ExitCode.OK, result.stderr
    plan = json.loads(result.stdout)
    assert set(plan) == {
        "name", "apps", "services", "notes", "compose_files", "spec", "files"
    }  # fmt: skip
    [app] = plan["apps"]
    assert app["language"] == {"value": "python", "why": ["requirements.txt"]}
    assert app["framework"]["value"] == "flask"
    assert app["command"]["value"].startswith("flask --app app run")
    assert plan["services"] == [
        {"name": "redis", "apps": ["web"], "why": ["requirements.txt:2 redis==5.0.4"],
         "env_var": None}
    ]  # fmt: skip
    assert plan["spec"]["services"] == {"redis": {}}
    assert {f["path"]: f["status"] for f in plan["files"]}["devenv.yaml"] == "created"
    assert names(repo) == {"requirements.txt", "app.py"}


def test_dry_run_writes_nothing(repo: Path) -> None:
    result = init(repo, "--dry-run")
    assert result.returncode == ExitCode.OK
    assert "would be created" in result.stdout
    assert names(repo) == {"requirements.txt", "app.py"}


def test_service_flags_and_name(repo: Path) -> None:
    result = init(repo, "--yes", "--service", "postgres", "--no-service", "redis", "--name", "x")
    assert result.returncode == ExitCode.OK, result.stderr
    spec = (repo / "devenv.yaml").read_text()
    assert 'name: "x"' in spec and "postgres: {}  # --service" in spec
    assert "redis" not in spec.split("services:")[1]


@pytest.mark.parametrize(
    "args",
    [
        ("--service", "postgress"),
        ("--name", "Bad Name"),
        ("--service", "redis", "--no-service", "redis"),
    ],
)
def test_bad_flags_exit_2(repo: Path, args: tuple[str, ...]) -> None:
    result = init(repo, "--yes", *args)
    assert result.returncode == ExitCode.USAGE
    assert not (repo / "devenv.yaml").exists()


def test_untemplated_language_is_named_with_its_file(tmp_path: Path) -> None:
    make_repo(tmp_path, {"mix.exs": 'defp deps do\n  [{:postgrex, ">= 0.0.0"}]\nend\n'})
    result = init(tmp_path, "--yes")
    assert result.returncode == ExitCode.FAILED
    assert "no templates for elixir" in result.stderr and "mix.exs" in result.stderr
    assert names(tmp_path) == {"mix.exs"}


def test_a_java_library_is_a_note_not_an_app(tmp_path: Path) -> None:
    make_repo(tmp_path, {"pom.xml": "<project><artifactId>postgresql</artifactId></project>"})
    result = init(tmp_path, "--yes")
    assert result.returncode == ExitCode.FAILED
    assert "a Java library" in result.stdout + result.stderr
    assert names(tmp_path) == {"pom.xml"}


def test_on_a_terminal_the_plan_can_be_adjusted(repo: Path) -> None:
    answers = ["a", "postgres, redis", "5001", "3.11", "y"]
    output = run_on_terminal(repo, answers)
    assert "Write devenv.yaml" in output
    spec = (repo / "devenv.yaml").read_text()
    assert "port: 5001  # your choice" in spec
    assert 'version: "3.11"  # your choice' in spec
    assert "postgres: {}" in spec and "redis: {}" in spec


def run_on_terminal(cwd: Path, answers: list[str]) -> str:
    """Run init with a pseudo-terminal as stdin, answering each prompt in turn."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "devenv", "init"],
        cwd=cwd,
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "COLUMNS": "200", "TERM": "dumb"},
    )
    os.close(follower)
    output, pending = b"", list(answers)
    while True:
        ready, _, _ = select.select([leader], [], [], 20)
        if not ready:
            process.kill()
            raise AssertionError(f"init hung; output so far:\n{output.decode()}")
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break  # the child closed the terminal
        if not chunk:
            break
        output += chunk
        if pending and output.rstrip().endswith((b":", b"]:")):
            os.write(leader, pending.pop(0).encode() + b"\n")
            output += b"\n"
    os.close(leader)
    assert process.wait(timeout=20) == ExitCode.OK, output.decode()
    return output.decode(errors="replace")
