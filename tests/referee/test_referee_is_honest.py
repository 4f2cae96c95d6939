"""The referees must be able to fail: a check that cannot fail proves nothing."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.conftest import referee

INVALID_COMPOSE = "services:\n  web:\n    image: 3\n    bogus_key: 1\n"


def test_compose_referee_refuses_an_invalid_file(tmp_path: Path) -> None:
    (tmp_path / "compose.yaml").write_text(INVALID_COMPOSE, encoding="utf-8")
    binary = referee("docker-compose")
    assert Path(binary).name == "docker-compose"
    assert "site-packages" in Path(binary).parts[-3], binary  # the Go binary, not the wrapper
    result = subprocess.run(
        [binary, "-f", str(tmp_path / "compose.yaml"), "config"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0, result.stdout
    assert "bogus_key" in result.stderr or "image" in result.stderr


def test_hadolint_referee_refuses_a_bad_dockerfile(tmp_path: Path) -> None:
    dockerfile = tmp_path / "Dockerfile"
    dockerfile.write_text("FROM debian\nRUN cd /tmp && apt-get install curl\n", encoding="utf-8")
    result = subprocess.run(
        [referee("hadolint"), str(dockerfile)], capture_output=True, text=True, check=False
    )
    assert result.returncode != 0, result.stdout
    assert "DL" in result.stdout
