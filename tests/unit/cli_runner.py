"""Run `devenv` in-process, as the real entry point does, with its own streams and folder.

A subprocess per test cost seconds each on a loaded machine; the few tests that must see the
real process (start-up imports, `python -m devenv`) start one themselves."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

from click.testing import CliRunner

from devenv.cli import run


@contextlib.contextmanager
def _inside(folder: Path) -> Iterator[None]:
    before = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


def run_devenv(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    runner = CliRunner()
    with _inside(cwd), runner.isolation(env={"NO_COLOR": "1", "COLUMNS": "200"}) as streams:
        code = run(list(args))
        stdout, stderr = streams[0].getvalue(), streams[1].getvalue()
    # An unexpected exception propagates from run() with its traceback and fails the test.
    return subprocess.CompletedProcess(
        ["devenv", *args],
        code,
        stdout.decode("utf-8", "replace"),
        stderr.decode("utf-8", "replace"),
    )
