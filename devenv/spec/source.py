"""Read the bytes of devenv.yaml: the one place the spec file is read from disk."""

from __future__ import annotations

from pathlib import Path

from devenv.errors import SpecError, SpecProblem

SPEC_FILE = "devenv.yaml"


def display_name(path: Path) -> str:
    return path.name if path.parent == Path() else str(path)


def read_source(path: Path) -> bytes:
    display = display_name(path)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        problem = SpecProblem(display, 1, 1, "", "no such file")
        raise SpecError([problem], hint="Run `devenv init` to write one.") from None
    except OSError as error:
        problem = SpecProblem(display, 1, 1, "", f"cannot be read: {error.strerror}")
        raise SpecError([problem]) from None
