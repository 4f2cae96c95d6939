"""Ask the real Docker Compose v2 what it makes of a compose file we generated."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

from tests.conftest import referee


def compose_config(compose_file: Path) -> dict[str, Any]:
    """`docker compose config --format json`, failing the test with Compose's own words."""
    result = subprocess.run(
        [referee("docker-compose"), "-f", str(compose_file), "config", "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
        cwd=compose_file.parent,
        # A short-lived Go process: with its garbage collector off it does the same work in
        # about two thirds of the CPU time, and the tiers call it hundreds of times.
        env={**os.environ, "GOGC": "off"},
    )
    assert result.returncode == 0, f"Compose rejected {compose_file}:\n{result.stderr}"
    config: dict[str, Any] = json.loads(result.stdout)
    return config


def container_environment(service: dict[str, Any]) -> dict[str, str]:
    """The environment a container gets from one service of `compose_config`'s output.

    `config` prints a compose file again, so it writes every literal `$` back as `$$`; undoing
    that one rule gives the values the container will see.
    """
    env = service.get("environment") or {}
    return {key: literal(value) for key, value in env.items()}


def literal(value: str) -> str:
    """A string from `config`'s output as the container sees it: `$$` is a literal `$`."""
    return value.replace("$$", "$")
