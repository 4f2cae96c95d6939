"""How the projects of one Gradle build use each other: `implementation project(":cli")`.

A project another running project of the build depends on is a part of that app (Kestra's
webserver and core, which its cli module and root application run), not an app of its own;
a root application that names a main class and runs a module gets that module's framework.
"""

from __future__ import annotations

import re

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
    """Another build file of the build at `root` that depends on this project and runs
    (`runs` finds a framework or a main class in its own part)."""
    prefix = "" if root == "." else root + "/"
    for path, text in sorted(tree.texts.items()):
        if not path.startswith(prefix) or not path.endswith(_BUILD_NAMES):
            continue
        user = path.rsplit("/", 1)[0] if "/" in path else "."
        if user == folder or folder not in used_projects(root, text):
            continue
        if runs.search(own_part(text)):
            return path
    return None


def used_build(tree: RepoTree, root: str, text: str, found: re.Pattern[str]) -> str | None:
    """The first build file among the projects this build's own part depends on (and
    theirs) in which `found` matches."""
    seen: set[str] = set()
    pending = used_projects(root, text)
    while pending:
        folder = pending.pop(0)
        if folder in seen:
            continue
        seen.add(folder)
        path = next((join(folder, n) for n in _BUILD_NAMES if tree.exists(join(folder, n))), None)
        body = tree.text(path) if path else None
        if path is None or body is None:
            continue
        if found.search(own_part(body)):
            return path
        pending += used_projects(root, body)
    return None
