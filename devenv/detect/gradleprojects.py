"""How the projects of one Gradle build use each other: `implementation project(":cli")`.

A project a running root build depends on, directly or through other projects, is a part
of that app (Kestra's cli, webserver and core, which its root application runs), not an
app of its own; a root application that names a main class and runs a module gets that
module's framework.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from devenv.detect.tree import RepoTree, join

# `project(":cli")`, `project(path: ":core")`; a platform's BOM (`platform(project(...))`,
# `enforcedPlatform(project(...))`) is no code of the project's.
PROJECT_DEP = re.compile(
    r"(?<![pP]latform\()\bproject\(\s*(?:path\s*[:=]\s*)?[\"']:([\w:.-]+)[\"']"
)
# Blocks of a Gradle build that configure other projects: `allprojects {`, `subprojects {`,
# `configure(project.javaProjects) {`.
_OTHERS_BLOCK = re.compile(
    r"^[ \t]*(?:allprojects|subprojects|configure[ \t]*\([^)\n]*\))[ \t]*\{", re.M
)
_BUILD_NAMES = ("build.gradle.kts", "build.gradle")


def own_part(text: str) -> str:
    """A Gradle build without the blocks that configure other projects: a root build that
    gives its modules Spring Boot's dependencies (Apache Fineract) is not an app itself."""
    for match in reversed(list(_OTHERS_BLOCK.finditer(text))):
        depth, end = 0, len(text)
        for index in range(match.end() - 1, len(text)):
            depth += {"{": 1, "}": -1}.get(text[index], 0)
            if depth == 0:
                end = index + 1
                break
        blank = re.sub(r"[^\n]", " ", text[match.start() : end])
        text = text[: match.start()] + blank + text[end:]
    return text


def used_projects(root: str, text: str) -> list[str]:
    """The folders of the projects a build's own part depends on."""
    return [join(root, p.strip(":").replace(":", "/")) for p in PROJECT_DEP.findall(own_part(text))]


def gradle_user(tree: RepoTree, root: str, folder: str, runs: re.Pattern[str]) -> str | None:
    """The root build, when it runs (`runs` finds a framework or a main class in its own
    part) and depends on this project, directly or through the projects it uses."""
    path = _build_file(tree, root)
    text = tree.text(path) if path else None
    if path is None or text is None or not runs.search(own_part(text)):
        return None
    return path if any(f == folder for f, _, _ in _reachable(tree, root, text)) else None


def used_build(tree: RepoTree, root: str, text: str, found: re.Pattern[str]) -> str | None:
    """The first build file among the projects this build's own part depends on (and
    theirs) in which `found` matches."""
    return next((p for _, p, body in _reachable(tree, root, text) if found.search(body)), None)


def _reachable(tree: RepoTree, root: str, text: str) -> Iterator[tuple[str, str, str]]:
    """(folder, build file, its own part) of each project a build uses, breadth first."""
    seen: set[str] = set()
    pending = used_projects(root, text)
    while pending:
        folder = pending.pop(0)
        if folder in seen:
            continue
        seen.add(folder)
        path = _build_file(tree, folder)
        body = tree.text(path) if path else None
        if path is None or body is None:
            continue
        yield folder, path, own_part(body)
        pending += used_projects(root, body)


def _build_file(tree: RepoTree, folder: str) -> str | None:
    return next((join(folder, n) for n in _BUILD_NAMES if tree.exists(join(folder, n))), None)
