"""A project opened for the engine commands: its folder and resolved stack, read through the
project cache so that an unchanged devenv.yaml is not validated again, with its generated files
brought in sync before the engine sees it. The engine itself never renders."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from devenv import project_cache
from devenv.files import FileChange, kept_when_foreign, read_text
from devenv.header import Origin, origin
from devenv.project import Project, build_project
from devenv.spec.source import display_name, project_root, read_source

if TYPE_CHECKING:
    from devenv.spec.model import Spec


@dataclass
class Workspace:
    """A project folder opened for the engine commands."""

    spec_file: Path
    root: Path  # absolute: labels and bind mounts need a full path
    source: bytes
    project: Project
    rendered: dict[str, str]  # generated file -> digest of what devenv would write
    _spec: Spec | None = field(default=None, repr=False)

    @property
    def name(self) -> str:
        return self.project.name

    def spec(self) -> Spec:
        """The validated spec, parsed on first use (the cache lets most commands skip it)."""
        if self._spec is None:
            self._spec = _parse(self.source, self.spec_file)
        return self._spec

    def generated_files_current(self) -> bool:
        """True when every generated file on disk is exactly what devenv would write now."""
        for path, digest in self.rendered.items():
            text = read_text(self.root / path)
            if text is not None and project_cache.content_digest(text) == digest:
                continue
            if text is not None and kept_when_foreign(path) and origin(text) is Origin.FOREIGN:
                continue
            return False
        return True

    def sync_generated_files(self, *, dry_run: bool = False) -> list[FileChange]:
        """Bring the generated files up to date, with the same conflict rules as render."""
        if self.generated_files_current():
            return []
        from devenv.sync import plan_sync, refuse_conflicts, sync_files  # Jinja: when stale

        files = plan_sync(self.spec(), self.root, self.spec_file)
        if dry_run:
            refuse_conflicts(files)  # a dry run refuses what the real `up` would refuse
        else:
            sync_files(files, self.root)
        return files


def open_workspace(spec_file: Path) -> Workspace:
    source = read_source(spec_file)
    root = project_root(spec_file)  # the same folder `render` writes to, links or not
    cached = project_cache.load(spec_file, source)
    if cached is not None:
        return Workspace(spec_file, root, source, cached.project, cached.rendered)
    spec = _parse(source, spec_file)
    # Imported here, not at the top: Jinja and pydantic cost every command that skips them.
    from devenv.render import render_project

    project = build_project(spec)
    rendered = {f.path: project_cache.content_digest(f.content) for f in render_project(project)}
    project_cache.store(spec_file, source, project_cache.CachedProject(project, rendered))
    return Workspace(spec_file, root, source, project, rendered, spec)


def _parse(source: bytes, spec_file: Path) -> Spec:
    from devenv.spec.load import parse_spec

    return parse_spec(source, display_name(spec_file))
