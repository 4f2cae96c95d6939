"""How up fails: taken ports, unhealthy services, no engine, Ctrl-C, and two ups at once."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time

import pytest

from devenv.errors import ExitCode
from tests.docker.conftest import Stack

pytestmark = pytest.mark.docker


def test_taken_host_port_is_named_before_anything_starts(flask_stack: Stack) -> None:
    with socket.socket() as squatter:
        squatter.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        squatter.bind(("127.0.0.1", flask_stack.app_port))
        squatter.listen()
        result = flask_stack.devenv("up", "--progress", "plain")
    assert result.returncode == ExitCode.FAILED
    assert (
        f"port 127.0.0.1:{flask_stack.app_port} is in use by process {os.getpid()}" in result.stderr
    )
    assert "web" not in flask_stack.containers()


def test_health_wait_past_the_timeout_fails_with_logs(flask_stack: Stack) -> None:
    result = flask_stack.devenv("up", "--wait", "--wait-timeout", "1", "--progress", "plain")
    assert result.returncode == ExitCode.FAILED
    # Health checks first run after their interval (2 s for services), so one second is
    # never enough: every service waited on fails, each named with its own log lines.
    failed = re.findall(
        r"^(?:error: )?(\w+) not healthy after 1s; its last log lines:", result.stderr, re.M
    )
    assert failed, result.stderr
    for service in failed:
        assert f"  {service} | " in result.stderr


def test_unreachable_engine_exits_4_fast(flask_stack: Stack) -> None:
    started = time.monotonic()
    result = flask_stack.devenv("up", DOCKER_HOST="tcp://127.0.0.1:1")
    assert result.returncode == ExitCode.ENGINE_UNREACHABLE
    assert time.monotonic() - started < 5
    assert "tcp://127.0.0.1:1" in result.stderr and "DOCKER_HOST" in result.stderr


def test_ctrl_c_exits_130_and_the_next_up_converges(flask_stack: Stack) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "devenv", "up", "--progress", "plain"],
        cwd=flask_stack.folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    # Interrupt once the stack is half way: services are being created or waited on.
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not flask_stack.containers():
        time.sleep(0.1)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == ExitCode.INTERRUPTED, stderr
    assert "Traceback" not in stderr
    result = flask_stack.devenv("up", "--wait", "--progress", "plain")
    assert result.returncode == 0, result.stderr
    assert sorted(flask_stack.containers()) == ["postgres", "redis", "web"]


def test_two_ups_at_once_do_not_race(flask_stack: Stack) -> None:
    command = [sys.executable, "-m", "devenv", "up", "--progress", "plain"]
    first = subprocess.Popen(
        command,
        cwd=flask_stack.folder,
        stderr=subprocess.PIPE,
        text=True,
        stdout=subprocess.DEVNULL,
    )
    second = subprocess.Popen(
        command,
        cwd=flask_stack.folder,
        stderr=subprocess.PIPE,
        text=True,
        stdout=subprocess.DEVNULL,
    )
    errors = [first.communicate(timeout=600)[1], second.communicate(timeout=600)[1]]
    assert [first.returncode, second.returncode] == [0, 0], errors
    found = flask_stack.client.containers.list(
        all=True, filters={"label": f"com.docker.compose.project={flask_stack.name}"}
    )
    assert sorted(str(c.name) for c in found) == sorted(
        f"{flask_stack.name}-{s}-1" for s in ("postgres", "redis", "web")
    )


def test_hand_edited_compose_file_stops_up_before_anything_starts(flask_stack: Stack) -> None:
    assert flask_stack.devenv("render").returncode == 0
    compose = flask_stack.folder / "compose.yaml"
    edited = compose.read_text() + "# my change\n"
    compose.write_text(edited)
    flask_stack.edit_spec("FLASK_DEBUG", 'FLASK_ENV: "development"\n      FLASK_DEBUG')
    result = flask_stack.devenv("up", "--progress", "plain")
    assert result.returncode == ExitCode.REFUSED
    assert "compose.yaml" in result.stderr
    assert compose.read_text() == edited
    assert flask_stack.containers() == {}
