"""Two instances of one stack side by side, one per git worktree, and snapshots of their data,
on the real engine, through the real CLI without a terminal (--progress plain, no stdin)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import compose  # type: ignore[import-untyped, unused-ignore]
import pytest
from docker import DockerClient  # type: ignore[import-untyped, unused-ignore]

from tests.docker.conftest import Stack, make_stack

pytestmark = pytest.mark.docker

# The real Compose v2 binary: the .venv/bin wrapper exits 0 even when Compose fails.
COMPOSE = str(Path(compose.__file__).parent / "docker-compose")
SNAPSHOT_OWNER = "org.devenv.snapshot.project"
GIT = ["git", "-c", "user.email=t@example.com", "-c", "user.name=t"]


def run(folder: Path, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "devenv", *args],
        cwd=folder,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"},
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def ok(folder: Path, *args: str) -> str:
    result = run(folder, *args)
    assert result.returncode == 0, f"devenv {' '.join(args)}\n{result.stdout}\n{result.stderr}"
    return result.stdout + result.stderr


def compose_ps(folder: Path) -> set[tuple[str, str]]:
    """(project, service) of what plain `docker compose ps` sees in a folder."""
    result = subprocess.run(
        [COMPOSE, "ps", "--format", "json"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return {(row["Project"], row["Service"]) for row in rows}


def psql(folder: Path, sql: str) -> str:
    return ok(folder, "exec", "-T", "postgres", "psql", "-U", "app", "-d", "app", "-tAc", sql)


def answers_http(port: int) -> bool:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as response:
        return bool(response.status == 200)


def published_web_port(stack: Stack) -> int:
    container = stack.client.containers.get(stack.containers()["web"])
    return int(container.ports["8000/tcp"][0]["HostPort"])


@pytest.fixture
def two_worktrees(
    client: DockerClient, build_cache: None, tmp_path: Path
) -> Iterator[tuple[Stack, Stack]]:
    main = make_stack(client, tmp_path, "flask-postgres-redis")
    subprocess.run([*GIT, "init", "-q", "-b", "main"], cwd=main.folder, check=True)
    subprocess.run([*GIT, "add", "-A"], cwd=main.folder, check=True)
    subprocess.run([*GIT, "commit", "-qm", "start"], cwd=main.folder, check=True)
    folder = tmp_path / f"{main.name}-review"
    subprocess.run(
        [*GIT, "worktree", "add", "-q", "-b", "review", str(folder)], cwd=main.folder, check=True
    )
    # The instance is named after the worktree: its folder name, which git keeps unique.
    second = Stack(f"{main.name}-{main.name}-review", folder, client, 0)
    yield main, second
    second.sweep()
    main.sweep()  # the snapshots of both instances are filed under the project's name
    assert client.volumes.list(filters={"label": f"{SNAPSHOT_OWNER}={main.name}"}) == []


def test_two_worktrees_run_side_by_side_and_snapshots_keep_the_data(
    two_worktrees: tuple[Stack, Stack],
) -> None:
    main, second = two_worktrees
    ok(main.folder, "up", "--wait", "--progress", "plain")

    planned = ok(second.folder, "up", "--dry-run", "--progress", "plain")
    assert f"{second.name}-postgres-1" in planned
    assert f"{second.name}_postgres-data" in planned
    assert not (second.folder / ".env").exists()  # a dry run writes nothing

    ok(second.folder, "up", "--wait", "--progress", "plain")
    env = (second.folder / ".env").read_text()
    assert f"COMPOSE_PROJECT_NAME={second.name}\n" in env
    status = subprocess.run(
        ["git", "status", "--porcelain", "--ignored", ".env"],
        cwd=second.folder,
        capture_output=True,
        text=True,
        check=True,
    )
    assert status.stdout.startswith("!!"), status.stdout  # ignored, never committed

    # Both run at once: own containers, volumes and ports, and both answer HTTP.
    assert set(main.containers()) == set(second.containers()) == {"web", "postgres", "redis"}
    assert not set(main.containers().values()) & set(second.containers().values())
    assert main.volumes() and second.volumes()
    assert not set(main.volumes()) & set(second.volumes())
    main_port, second_port = published_web_port(main), published_web_port(second)
    assert main_port == main.app_port  # the default instance keeps devenv.yaml's port
    assert second_port != main_port
    assert f"DEVENV_PORT_WEB={second_port}\n" in env
    assert answers_http(main_port) and answers_http(second_port)

    # Plain Compose in each worktree acts on that worktree's instance.
    assert {p for p, _ in compose_ps(main.folder)} == {main.name}
    assert {p for p, _ in compose_ps(second.folder)} == {second.name}

    listed = json.loads(ok(main.folder, "ls", "--json"))["stacks"]
    mine = {row["project"]: row for row in listed if row["project"] in (main.name, second.name)}
    assert mine[main.name]["instance"] == "default"
    assert mine[second.name]["instance"] == f"{main.name}-review"
    assert mine[second.name]["folder"] == str(second.folder)
    assert mine[second.name]["ports"] == [second_port]

    # A row survives save, a change, and restore; restoring over newer data needs --yes.
    psql(second.folder, "CREATE TABLE notes (body text); INSERT INTO notes VALUES ('kept')")
    ok(second.folder, "snapshot", "save", "before-change")
    psql(second.folder, "UPDATE notes SET body = 'changed'")
    refused = run(second.folder, "snapshot", "restore", "before-change")
    assert refused.returncode == 5, refused.stderr
    assert "changed after snapshot before-change" in refused.stderr
    ok(second.folder, "snapshot", "restore", "before-change", "--yes")
    assert psql(second.folder, "SELECT body FROM notes").strip() == "kept"

    # `down` in the second worktree leaves the first one running.
    ok(second.folder, "down", "--progress", "plain")
    assert second.containers() == {}
    running = main.client.containers.list(
        filters={"label": f"com.docker.compose.project={main.name}"}
    )
    assert len(running) == 3
    assert answers_http(main_port)

    # `down --volumes` saves a snapshot first; it restores into a fresh `up`.
    ok(second.folder, "up", "--wait", "--progress", "plain")
    removed = ok(second.folder, "down", "--volumes", "--yes", "--progress", "plain")
    assert second.volumes() == []
    snapshots = json.loads(ok(second.folder, "snapshot", "ls", "--json"))["snapshots"]
    saved = [s["name"] for s in snapshots if s["name"].startswith("before-down-")]
    assert len(saved) == 1 and saved[0] in removed
    ok(second.folder, "snapshot", "restore", saved[0])
    ok(second.folder, "up", "--wait", "--progress", "plain")
    assert psql(second.folder, "SELECT body FROM notes").strip() == "kept"
    assert answers_http(published_web_port(second))
    assert (
        len(
            main.client.containers.list(
                filters={"label": f"com.docker.compose.project={main.name}"}
            )
        )
        == 3
    )
