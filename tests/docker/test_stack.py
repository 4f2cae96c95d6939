"""The Flask example for real: up, HTTP through the app to Postgres and Redis, converge, down."""

from __future__ import annotations

import json
import os
import pty
import select
import signal
import subprocess
import sys
import time
import urllib.request

import pytest

from devenv.converged import converged_file
from devenv.errors import ExitCode
from tests.docker.conftest import Stack, ps_rows

pytestmark = pytest.mark.docker


def get_json(port: int) -> dict[str, object]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as response:
        data: dict[str, object] = json.load(response)
    return data


def up(stack: Stack, *args: str) -> str:
    result = stack.devenv("up", "--wait", "--progress", "plain", *args)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_lifecycle_up_converge_rebuild_down(flask_stack: Stack) -> None:
    stack = flask_stack
    output = up(stack)
    assert "updated compose.yaml" in output  # the copy was renamed, so files are rendered first
    assert f"http://127.0.0.1:{stack.app_port}/" in output
    first = get_json(stack.app_port)
    second = get_json(stack.app_port)
    assert first["greeting"] == "Hello from Postgres!"
    assert second["visits"] == int(str(first["visits"])) + 1  # Redis counts through the app

    # The real Compose sees what devenv started.
    compose_ps = stack.compose("ps", "--format", "json")
    assert compose_ps.returncode == 0, compose_ps.stderr
    listed = [json.loads(line) for line in compose_ps.stdout.splitlines() if line.strip()]
    assert sorted(c["Service"] for c in listed) == ["postgres", "redis", "web"]
    assert all(c["State"] == "running" for c in listed)

    # Nothing changed: nothing is touched.
    before = stack.containers()
    assert "up to date" in up(stack)
    assert stack.containers() == before

    # A code change is live-reloaded, not rebuilt.
    (stack.folder / "app.py").write_text((stack.folder / "app.py").read_text() + "\n# edit\n")
    assert "up to date" in up(stack)
    assert stack.containers() == before

    # A lockfile change rebuilds the app image, says why, and recreates only its container.
    requirements = stack.folder / "requirements.txt"
    requirements.write_text(requirements.read_text() + "# pinned on purpose\n")
    output = up(stack)
    assert "requirements.txt changed" in output
    after = stack.containers()
    assert after["web"] != before["web"]
    assert after["postgres"] == before["postgres"] and after["redis"] == before["redis"]
    assert get_json(stack.app_port)["greeting"] == "Hello from Postgres!"

    # A spec change recreates only the service it affects.
    stack.edit_spec('FLASK_DEBUG: "1"', 'FLASK_DEBUG: "1"\n      FEATURE: "on"')
    output = up(stack)
    changed = stack.containers()
    assert changed["web"] != after["web"] and changed["postgres"] == after["postgres"]
    web = stack.client.containers.get(changed["web"])
    assert "FEATURE=on" in web.attrs["Config"]["Env"]

    volumes = stack.volumes()
    assert volumes == sorted([f"{stack.name}_postgres-data", f"{stack.name}_redis-data"])
    down = stack.devenv("down", "--progress", "plain")
    assert down.returncode == 0, down.stderr
    assert stack.containers() == {} and stack.networks() == []
    assert stack.volumes() == volumes, "down must keep named volumes"
    assert "kept volumes" in down.stdout
    assert stack.devenv("down").returncode == 0  # idempotent

    refused = stack.devenv("down", "--volumes")  # no terminal, no --yes: must not delete data
    assert refused.returncode == ExitCode.REFUSED
    assert stack.volumes() == volumes
    assert stack.devenv("down", "--volumes", "--yes").returncode == 0
    assert stack.volumes() == []


def test_ps_logs_exec_restart(flask_stack: Stack) -> None:
    stack = flask_stack
    up(stack)
    services = ps_rows(stack)
    assert services["web"]["state"] == "running"
    assert services["web"]["health"] == "healthy"
    assert services["web"]["endpoint"] == f"http://127.0.0.1:{stack.app_port}/"
    assert services["postgres"]["health"] == "healthy"

    logs = stack.devenv("logs", "--tail", "20", "postgres")
    assert logs.returncode == 0
    lines = [line for line in logs.stdout.splitlines() if line.strip()]
    assert lines and all(line.startswith(f"{stack.name}-postgres-1 |") for line in lines)

    ran = stack.devenv(
        "exec", "web", "python", "-c", "import os, sys; print(os.environ['REDIS_URL']); sys.exit(3)"
    )
    assert ran.returncode == 3
    assert ran.stdout.strip() == "redis://redis:6379/0"

    before = stack.containers()["web"]
    started = stack.client.containers.get(before).attrs["State"]["StartedAt"]
    assert stack.devenv("restart", "web").returncode == 0
    container = stack.client.containers.get(before)
    assert container.attrs["State"]["StartedAt"] != started


def test_orphans_are_reported_then_removed(flask_stack: Stack) -> None:
    stack = flask_stack
    stack.edit_spec("services:\n", "services:\n  cache:\n    type: redis\n    env_var: CACHE_URL\n")
    up(stack)
    assert "cache" in stack.containers()
    stack.edit_spec("  cache:\n    type: redis\n    env_var: CACHE_URL\n", "")
    output = up(stack)
    assert "orphan container" in output and f"{stack.name}-cache-1" in output
    assert "cache" in stack.containers()
    up(stack, "--remove-orphans")
    assert "cache" not in stack.containers()


def test_a_plain_up_with_nothing_changed_is_answered_by_the_record(flask_stack: Stack) -> None:
    stack = flask_stack
    up(stack)
    record = converged_file(stack.folder / "devenv.yaml")
    written = record.stat().st_mtime_ns
    before = stack.containers()
    plain = stack.devenv("up", "--progress", "plain", PYTHONPROFILEIMPORTTIME="1")
    assert plain.returncode == 0, plain.stderr
    assert "up to date" in plain.stdout and f"http://127.0.0.1:{stack.app_port}/" in plain.stdout
    assert stack.containers() == before
    assert record.stat().st_mtime_ns == written  # the full plan would have written it again
    imported = imported_by(plain)
    assert "devenv.converged" in imported and "click" not in imported  # answered before Click
    assert "dataclasses" not in imported  # nor the project model, nor dataclasses' import cost

    # `devenv up | head -1` on that path: the reader goes away before devenv writes.
    piped = subprocess.Popen(
        [sys.executable, "-m", "devenv", "up"],
        cwd=stack.folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert piped.stdout is not None and piped.stderr is not None
    piped.stdout.close()
    complaint = piped.stderr.read().decode()
    assert piped.wait(timeout=60) in (0, 1) and "Traceback" not in complaint, complaint

    # What the record cannot see from its inputs, the engine shows: a stopped container
    # takes the full plan, which starts it again, still without loading Click.
    stack.client.containers.get(before["redis"]).stop(timeout=5)
    again = stack.devenv("up", "--progress", "plain", PYTHONPROFILEIMPORTTIME="1")
    assert again.returncode == 0, again.stderr
    assert "start" in again.stdout and "up to date" not in again.stdout
    assert "devenv.commands.bring_up" in imported_by(again) and "click" not in imported_by(again)
    assert stack.client.containers.get(before["redis"]).status == "running"
    assert record.stat().st_mtime_ns != written

    # `docker compose up` in between changes nothing, so the record still answers.
    written = record.stat().st_mtime_ns
    assert stack.compose("up", "-d").returncode == 0
    assert "up to date" in stack.devenv("up", "--progress", "plain").stdout
    assert stack.containers() == before
    assert record.stat().st_mtime_ns == written

    # A plain `down` is named by the record, removes the stack, and forgets the record.
    down = stack.devenv("down", "--progress", "plain", PYTHONPROFILEIMPORTTIME="1")
    assert down.returncode == 0, down.stderr
    assert stack.containers() == {} and stack.networks() == []
    assert not record.exists()
    assert "click" not in imported_by(down) and "devenv.instances" not in imported_by(down)
    assert f"remove network {stack.name}_default" in down.stdout


def imported_by(result: subprocess.CompletedProcess[str]) -> set[str]:
    """The modules a devenv process run with PYTHONPROFILEIMPORTTIME=1 imported."""
    return {line.rsplit("|", 1)[1].strip() for line in result.stderr.splitlines() if "|" in line}


def test_dry_run_prints_the_plan_and_changes_nothing(flask_stack: Stack) -> None:
    result = flask_stack.devenv("up", "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "build" in result.stdout and f"{flask_stack.name}-web:dev" in result.stdout
    assert f"create          {flask_stack.name}-postgres-1  new service" in result.stdout
    assert flask_stack.containers() == {} and flask_stack.networks() == []
    as_json = json.loads(flask_stack.devenv("up", "--dry-run", "--json").stdout)
    assert as_json["dry_run"] is True
    assert {
        "action": "create network",
        "target": f"{flask_stack.name}_default",
        "reason": "the project's network is missing",
        "service": None,
    } in as_json["steps"]
    assert flask_stack.containers() == {}


def test_down_by_project_name_works_without_the_folder(
    flask_stack: Stack, tmp_path_factory: pytest.TempPathFactory
) -> None:
    up(flask_stack)
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    result = subprocess.run(
        [sys.executable, "-m", "devenv", "down", "--project", flask_stack.name],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert flask_stack.containers() == {} and flask_stack.networks() == []


def test_interactive_exec_gets_a_terminal(flask_stack: Stack) -> None:
    up(flask_stack)
    primary, secondary = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "devenv", "exec", "web", "sh"],
        cwd=flask_stack.folder,
        stdin=secondary,
        stdout=secondary,
        stderr=secondary,
    )
    os.close(secondary)
    os.write(primary, b"tty; echo marker-$((6*7)); exit 7\n")
    seen = b""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and b"marker-42" not in seen:
        ready, _, _ = select.select([primary], [], [], 1)
        if ready:
            try:
                seen += os.read(primary, 4096)
            except OSError:
                break
    assert process.wait(timeout=30) == 7
    os.close(primary)
    assert b"marker-42" in seen and b"/dev/pts/" in seen  # the shell runs on a real terminal


def test_logs_follow_streams_new_lines(flask_stack: Stack) -> None:
    up(flask_stack)
    process = subprocess.Popen(
        [sys.executable, "-m", "devenv", "logs", "-f", "--tail", "0", "web"],
        cwd=flask_stack.folder,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        time.sleep(1)
        get_json(flask_stack.app_port)  # Flask logs the request
        assert process.stdout is not None
        # The healthcheck's own requests stream too: read until ours arrives.
        lines: list[str] = []
        line = process.stdout.readline()
        while "GET /health" in line and len(lines) < 20:
            lines.append(line)
            line = process.stdout.readline()
        assert line.startswith(f"{flask_stack.name}-web-1 |") and "GET / HTTP" in line
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 130
