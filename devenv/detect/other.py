"""Languages devenv recognises but has no templates for yet: named, with their services.

Reporting them precisely (the language, the file, the services its manifest implies) tells
the user what devenv saw instead of a vague "nothing found".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from devenv.detect.model import AppFinding, Choice, Dependency, ServiceNeed, line_at
from devenv.detect.services import services_for
from devenv.detect.tree import RepoTree, join

# Manifest file → (language, how people call the build tool), first match wins per folder.
MANIFESTS = (("mix.exs", "elixir", "Mix"),)
_MIX_DEP = re.compile(r"\{\s*:(\w+)\s*,")  # {:postgrex, ">= 0.0.0"} in mix.exs deps


def is_candidate(tree: RepoTree, folder: str) -> bool:
    names = tree.names(folder)
    return any(m in names for m, _, _ in MANIFESTS)


def detect(tree: RepoTree, folder: str, exclude: Iterable[str] = ()) -> AppFinding:
    names = tree.names(folder)
    file, language, tool = next(m for m in MANIFESTS if m[0] in names)
    path = join(folder, file)
    deps = _dependencies(language, tree.text(path) or "", path)
    return _finding(folder, path, language, tool, services_for(language, deps))


def _finding(
    folder: str, path: str, language: str, tool: str, services: list[ServiceNeed]
) -> AppFinding:
    return AppFinding(
        path=folder,
        language=Choice(language, (f"{path} ({tool})",)),
        manifest=path,
        services=tuple(services),
        strength=2,
    )


def _dependencies(language: str, text: str, path: str) -> list[Dependency]:
    if language == "elixir":
        return [
            Dependency(m.group(1), path, line_at(text, m.start()), m.group(0))
            for m in _MIX_DEP.finditer(text)
        ]
    return []
