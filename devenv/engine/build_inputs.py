"""Read an app's build inputs from disk and reduce them to hashes: the file-reading edge of up."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from pathlib import Path

from devenv.engine.state import BuildInputs
from devenv.languages import manifests
from devenv.project import AppImage, Project, app_image_ref

_CHUNK = 1 << 16


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()[:16]


def key_files(context: Path, app: AppImage) -> list[str]:
    patterns = (app.dockerfile, ".dockerignore", *manifests(app.language, app.package_manager))
    found = {p.name for pattern in patterns for p in context.glob(pattern) if p.is_file()}
    return sorted(found)


def build_inputs(
    project_dir: Path,
    project: Project,
    context_files: Callable[[Path, str], Iterable[str]],
) -> list[BuildInputs]:
    """One entry per app image; `context_files` lists what `docker build` would send."""
    result = []
    for app in project.apps:
        context = (project_dir / app.path).resolve()
        files = {name: file_digest(context / name) for name in key_files(context, app)}
        everything = hashlib.sha256()
        for name, digest in sorted(files.items()):
            everything.update(f"{name}\0{digest}\0".encode())
        if not app.live_reload:
            # The source is baked into the image: any file docker build would send counts.
            for name in sorted(context_files(context, app.dockerfile)):
                path = context / name
                if path.is_file():
                    everything.update(f"{name}\0{file_digest(path)}\0".encode())
        result.append(
            BuildInputs(
                image=app_image_ref(project.name, app.name),
                context=str(context),
                dockerfile=app.dockerfile,
                target="dev",
                digest=everything.hexdigest()[:32],
                files=files,
                source_baked=not app.live_reload,
            )
        )
    return result
