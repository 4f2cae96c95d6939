"""A Python app as the framework rules read it: its tree, folder, sources and dependencies."""

from __future__ import annotations

from dataclasses import dataclass

from devenv.detect import pysource as src
from devenv.detect.model import Dependency
from devenv.detect.tree import RepoTree


@dataclass(frozen=True)
class PyApp:
    """What the framework rules read: the tree, the app's folder, sources and dependencies."""

    tree: RepoTree
    folder: str
    files: tuple[str, ...]
    deps: dict[str, Dependency]
    # Where the manifests the app installs live, when not in its folder: the folder above
    # Django's src/ or backend/ (python._home). The image builds from there.
    manifests: str = ""

    @property
    def root(self) -> str:
        return self.manifests or self.folder

    def relative(self, path: str) -> str:
        return src.relative(path, self.folder)
