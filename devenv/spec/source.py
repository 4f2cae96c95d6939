"""Read the bytes of devenv.yaml: the one place the spec file is read from disk."""

from __future__ import annotations

from pathlib import Path

from devenv.errors import FileTrouble, SpecError, SpecProblem
from devenv.files import read_bounded

SPEC_FILE = "devenv.yaml"
# devenv.yaml is meant to be short; the limit also bounds what a hostile file can cost.
MAX_BYTES = 256 * 1024


def display_name(path: Path) -> str:
    return path.name if path.parent == Path() else str(path)


def project_root(spec_file: Path) -> Path:
    """The folder generated files go in: the one holding devenv.yaml as it was named.

    A devenv.yaml that is a symbolic link is read through the link, but the project stays
    where the link is: `render` and `up` both use this, so they never disagree.
    """
    return spec_file.absolute().parent


def read_source(path: Path) -> bytes:
    """The spec's bytes; its type and size are checked before reading, and at most the
    limit is read, so a FIFO, a device or a huge file is refused without hanging."""
    display = display_name(path)
    try:
        data = read_bounded(path, MAX_BYTES)
    except FileTrouble as error:
        message = error.message.removeprefix(f"{path} ")  # the location already names it
        raise SpecError([SpecProblem(display, 1, 1, "", message)], hint=error.hint) from None
    if data is None:
        problem = SpecProblem(display, 1, 1, "", "no such file")
        raise SpecError([problem], hint="Run `devenv init` to write one.") from None
    return data
