"""Where generated files would land on disk, and why some places are refused.

The spec's paths are checked as text by `checks`; here they are checked against the folder
as it is, symbolic links included: a repository may hold a link that leads outside it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from devenv.files import escape_reason
from devenv.project import relative_file
from devenv.spec.checks import Finding, KeyPath
from devenv.spec.model import Spec

ENV_EXAMPLE_FILE = ".env.example"


def generated_paths(spec: Spec) -> list[tuple[str, KeyPath]]:
    """Each file render writes, relative to the project, with the key that decides where."""
    # An error is located at `compose_file:` when the spec says it, else at the name.
    set_here = "compose_file" in spec.model_fields_set
    compose_key: KeyPath = ("compose_file",) if set_here else ("name",)
    paths: list[tuple[str, KeyPath]] = [
        (spec.compose_file, compose_key),
        (ENV_EXAMPLE_FILE, ("name",)),
    ]
    for name, app in spec.apps.items():
        paths.append((relative_file(app.path, app.dockerfile), ("apps", name, "dockerfile")))
        paths.append((relative_file(app.path, ".dockerignore"), ("apps", name, "path")))
    return list(dict((path, key) for path, key in reversed(paths)).items())[::-1]


def path_findings(spec: Spec, root: Path, spec_file: Path) -> list[Finding]:
    """Problems with where generated files would be written, given the folder as it is."""
    return list(_findings(spec, root, spec_file))


def _findings(spec: Spec, root: Path, spec_file: Path) -> Iterator[Finding]:
    inputs = {_real(spec_file): spec_file.name, _real(root / spec_file.name): spec_file.name}
    written: dict[Path, str] = {}
    for name, app in spec.apps.items():
        folder = root / app.path
        problem = _folder_problem(root, folder)
        if problem:
            yield Finding(("apps", name, "path"), problem)
    for relative, key in generated_paths(spec):
        reason = escape_reason(root, relative)
        if reason:
            yield Finding(key, f"`{relative}` {reason}")
            continue
        real = _real(root / relative)
        if real in inputs:
            yield Finding(key, f"`{relative}` is {inputs[real]} itself (a symbolic link)")
        elif real in written:
            yield Finding(key, f"`{relative}` is the same file as `{written[real]}`")
        written[real] = relative


def _folder_problem(root: Path, folder: Path) -> str | None:
    """An app folder must be a folder (or not exist yet), reached without leaving the project."""
    current = root
    for part in folder.relative_to(root).parts:
        current = current / part
        if os.path.lexists(current) and not current.is_dir():
            kind = "a broken symbolic link" if not current.exists() else "a file"
            return f"`{current.relative_to(root).as_posix()}` is {kind}, not a folder"
    return None


def _real(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()
