"""Read an app's build inputs from disk and reduce them to hashes: the file-reading edge of up."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from devenv.engine.state import BuildInputs
from devenv.files import files_matching
from devenv.languages import manifests
from devenv.project import BUILD_ENV_ARGS, AppImage, Project, app_image_ref, in_context

_CHUNK = 1 << 16
# Dockerfile instructions that only record metadata on the image. The container's command and
# ports come from its own config, so a change to them (a new `command:`, another port) needs a
# new container, not a new image: they are left out of the build hash.
_METADATA_ONLY = ("CMD", "EXPOSE")


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()[:16]


def dockerfile_digest(path: Path) -> str:
    """The Dockerfile's digest without its metadata-only instructions (and their continuations)."""
    kept: list[str] = []
    skipping = False
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        words = line.split(maxsplit=1)
        if not skipping and words and words[0].upper() in _METADATA_ONLY:
            skipping = True
        if not skipping:
            kept.append(line)
        if skipping and not line.rstrip().endswith("\\"):
            skipping = False
    return hashlib.sha256("\n".join(kept).encode()).hexdigest()[:16]


def key_patterns(app: AppImage) -> tuple[str, ...]:
    """Globs, relative to the build context, of the files whose change means a rebuild."""
    dockerfile = in_context(app.path, app.context, app.dockerfile)
    patterns = (dockerfile, ".dockerignore", *manifests(app.language, app.package_manager))
    return patterns + app.requirements  # pip: the installed file and those it includes


def key_files(context: Path, app: AppImage) -> list[str]:
    return files_matching(context, key_patterns(app))


def build_inputs(
    project_dir: Path,
    project: Project,
    context_files: Callable[[Path, str], Iterable[str]],
) -> list[BuildInputs]:
    """One entry per app image; `context_files` lists what `docker build` would send."""
    result = []
    for app in project.apps:
        context = (project_dir / app.context).resolve()
        dockerfile = in_context(app.path, app.context, app.dockerfile)
        files = {
            name: dockerfile_digest(context / name)
            if name == dockerfile
            else file_digest(context / name)
            for name in key_files(context, app)
        }
        everything = hashlib.sha256()
        for name, digest in sorted(files.items()):
            everything.update(f"{name}\0{digest}\0".encode())
        if not app.live_reload:
            # The source is baked into the image: any file docker build would send counts.
            for name in sorted(context_files(context, dockerfile)):
                path = context / name
                if name not in files and path.is_file():
                    everything.update(f"{name}\0{file_digest(path)}\0".encode())
        result.append(
            BuildInputs(
                image=app_image_ref(project.name, app.name),
                context=str(context),
                dockerfile=dockerfile,
                target="dev",
                digest=everything.hexdigest()[:32],
                files=files,
                source_baked=not app.live_reload,
                args=tuple(
                    (name, os.environ[name])
                    for name in BUILD_ENV_ARGS.get(app.language, ())
                    if os.environ.get(name)
                ),
            )
        )
    return result
