"""A project opened for the engine: its spec, folder, resolved stack and container configs."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from devenv.engine.desired import ContainerConfig, container_config
from devenv.project import Project, build_project
from devenv.spec.load import read_spec
from devenv.spec.model import Spec


@dataclass(frozen=True)
class Workspace:
    spec_file: Path
    root: Path  # absolute: labels and bind mounts need a full path
    spec: Spec
    project: Project

    @property
    def name(self) -> str:
        return self.project.name

    def containers(self) -> list[ContainerConfig]:
        return [container_config(self.project, s, str(self.root)) for s in self.project.services]

    def pulled_images(self) -> list[str]:
        return sorted({s.image for s in self.project.services if s.build is None})

    def service_names(self) -> list[str]:
        return [s.name for s in self.project.services]


def open_workspace(spec_file: Path) -> Workspace:
    spec = read_spec(spec_file)
    return Workspace(
        spec_file=spec_file,
        root=spec_file.resolve().parent,
        spec=spec,
        project=build_project(spec),
    )
