"""The PHP and Ruby examples for real: built offline, up with their service, answering HTTP
with a count kept in Postgres (PHP, through Laravel-style DB_* variables) or Redis (Ruby)."""

from __future__ import annotations

import json
import os
import shlex
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from docker import DockerClient  # type: ignore[import-untyped, unused-ignore]

from devenv.languages import LANGUAGES
from tests.docker.conftest import Stack, make_stack

pytestmark = pytest.mark.docker


def get_json(port: int, path: str = "/") -> dict[str, object]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as response:
        data: dict[str, object] = json.load(response)
    return data


def hand_to_a_host_user(stack: Stack) -> int:
    """The uid the dev server must run as: the owner of the checkout. Tests run as root here,
    so the copy is given to an ordinary uid first, as a developer's clone would be."""
    if os.geteuid() != 0:
        return os.geteuid()
    for path in (stack.folder, *stack.folder.rglob("*")):
        os.lchown(path, 1234, 1234)
    return 1234


def server_uids(stack: Stack, service: str = "web") -> set[int]:
    """The uids of the dev container's processes, but its init (docker-init runs as root)."""
    container = stack.client.containers.get(f"{stack.name}-{service}-1")
    top = container.top(ps_args="-o pid,uid,args")
    column = top["Titles"].index("UID")
    return {int(row[column]) for row in top["Processes"] if "docker-init" not in row[-1]}


def up(stack: Stack) -> str:
    result = stack.devenv("up", "--wait", "--progress", "plain", timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.fixture
def php_stack(client: DockerClient, official_images: None, tmp_path: Path) -> Iterator[Stack]:
    stack = make_stack(client, tmp_path, "php-postgres")
    yield stack
    stack.sweep()


@pytest.fixture
def ruby_stack(client: DockerClient, official_images: None, tmp_path: Path) -> Iterator[Stack]:
    stack = make_stack(client, tmp_path, "ruby-sinatra-redis")
    yield stack
    stack.sweep()


def test_php_example_counts_in_postgres_and_serves_edits_at_once(php_stack: Stack) -> None:
    stack = php_stack
    owner = hand_to_a_host_user(stack)
    up(stack)
    assert server_uids(stack) == {owner}  # it may write storage/ in the checkout, as its owner
    first = get_json(stack.app_port)
    second = get_json(stack.app_port)
    assert first["greeting"] == "Hello from PHP 8.2"
    assert first["database"] == "app"  # PDO reached Postgres with the DB_* variables
    assert second["visits"] == int(str(first["visits"])) + 1
    assert get_json(stack.app_port, "/health") == {"status": "ok"}

    # PHP's built-in server reads the bind-mounted source on each request: no rebuild.
    before = stack.containers()
    index = stack.folder / "public" / "index.php"
    index.write_text(index.read_text().replace("'Hello from PHP '", "'Hi from PHP '"))
    assert "up to date" in up(stack)
    assert stack.containers() == before
    assert get_json(stack.app_port)["greeting"] == "Hi from PHP 8.2"  # no cache, no restart

    result = stack.devenv("down", "--volumes", "--yes", "--progress", "plain")
    assert result.returncode == 0, result.stdout + result.stderr
    assert stack.containers() == {} and stack.volumes() == []


def test_ruby_example_counts_in_redis(ruby_stack: Stack) -> None:
    stack = ruby_stack
    owner = hand_to_a_host_user(stack)
    up(stack)
    assert server_uids(stack) == {owner}  # Rails' tmp/ and log/ are written as the owner
    first = get_json(stack.app_port)
    second = get_json(stack.app_port)
    assert str(first["greeting"]).startswith("Hello from Ruby 3.1")
    assert second["visits"] == int(str(first["visits"])) + 1  # INCR went through Redis
    assert get_json(stack.app_port, "/health") == {"status": "ok"}

    result = stack.devenv("down", "--volumes", "--yes", "--progress", "plain")
    assert result.returncode == 0, result.stdout + result.stderr
    assert stack.containers() == {} and stack.volumes() == []


def test_ruby_prod_target_serves_with_puma(ruby_stack: Stack) -> None:
    """The prod image (no development gems, RACK_ENV=production) answers under Puma."""
    stack = ruby_stack
    tag = f"{stack.name}-web:prod"  # swept with the stack's images
    stack.client.images.build(path=str(stack.folder), target="prod", tag=tag, rm=True)
    container = stack.client.containers.run(
        tag, detach=True, ports={"9292/tcp": ("127.0.0.1", stack.app_port)}, remove=False
    )
    try:
        assert "puma" in " ".join(container.attrs["Config"]["Cmd"])
        deadline = time.monotonic() + 120
        while True:
            try:
                assert get_json(stack.app_port, "/health") == {"status": "ok"}
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(1)
    finally:
        container.remove(force=True)


@pytest.mark.parametrize(
    ("language", "image", "server"),
    [
        ("php", "php:8.2-cli-bookworm", "php -S 127.0.0.1:8080 -t /tmp/www"),
        ("ruby", "ruby:3.1-bookworm", "ruby -run -e httpd /tmp/www -p 8080"),
    ],
)
def test_probes_answer_in_the_language_image(
    client: DockerClient, official_images: None, language: str, image: str, server: str
) -> None:
    """Each probe succeeds on a listening server and fails on a closed port or a 404."""
    probes = LANGUAGES[language].probes
    checks = {
        "http_ok": [*probes.http, "http://127.0.0.1:8080/ok.txt"],
        "http_missing": [*probes.http, "http://127.0.0.1:8080/nothing/'+exit(0)+'"],
        "http_closed": [*probes.http, "http://127.0.0.1:1/"],
        "tcp_ok": [*probes.tcp, "8080"],
        "tcp_closed": [*probes.tcp, "1"],
    }
    # No index file: PHP's built-in server would answer a missing path with it.
    script = f"mkdir /tmp/www && echo hi > /tmp/www/ok.txt; ({server} >/dev/null 2>&1 &); sleep 3; "
    script += " ".join(f"{shlex.join(c)} >/dev/null 2>&1; echo {n}=$?;" for n, c in checks.items())
    output = client.containers.run(image, ["sh", "-c", script], remove=True).decode()
    codes = dict(line.split("=") for line in output.split())
    assert codes == {
        "http_ok": "0",
        "http_missing": "1",
        "http_closed": "1",
        "tcp_ok": "0",
        "tcp_closed": "1",
    }
