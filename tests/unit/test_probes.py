"""App healthchecks: each language's probe gets the URL or port as an argument, never as code."""

from __future__ import annotations

import subprocess
import sys

import pytest

from devenv.languages import LANGUAGES
from devenv.project import build_project
from devenv.spec.model import AppSpec, Spec

HOSTILE_PATHS = [
    "/'+__import__('os').system('id')+'",
    "/');process.exit(0);('",
    "/health?name='x'",
]


def app_healthcheck(language: str, health: str | None) -> tuple[str, ...]:
    spec = Spec(name="p", apps={"web": AppSpec(language=language, port=8080, health=health)})
    (web,) = [s for s in build_project(spec).services if s.name == "web"]
    assert web.healthcheck is not None
    return web.healthcheck.test


@pytest.mark.parametrize("language", sorted(LANGUAGES))
@pytest.mark.parametrize("path", HOSTILE_PATHS)
def test_the_health_path_is_the_last_argument_and_nowhere_in_the_probe_code(
    language: str, path: str
) -> None:
    test = app_healthcheck(language, path)
    assert test[-1] == f"http://127.0.0.1:8080{path}"
    assert all(path not in part for part in test[:-1])


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_without_a_health_path_the_probe_checks_the_port(language: str) -> None:
    test = app_healthcheck(language, None)
    assert test[-1] == "8080"
    assert test[0] == "CMD"


def test_the_python_probe_reads_the_url_as_data() -> None:
    """Run the real probe code: a hostile path is fetched as a URL, never executed."""
    probe = LANGUAGES["python"].probes.http
    url = "http://127.0.0.1:1/'+__import__('sys').exit(0)+'"
    result = subprocess.run([sys.executable, *probe[1:], url], capture_output=True, check=False)
    assert result.returncode != 0  # nothing listens on port 1: the probe must fail
    assert b"URLError" in result.stderr or b"refused" in result.stderr.lower()
