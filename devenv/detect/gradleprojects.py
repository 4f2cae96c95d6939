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
# `configure(project.javaProjects) {`; and `buildscript {`, whose classpath holds the
# build's plugins (spring-boot-gradle-plugin), not the app's dependencies.
_OTHERS_BLOCK = re.compile(
    r"^[ \t]*(?:allprojects|subprojects|buildscript|configure[ \t]*\([^)\n]*\))[ \t]*\{",
    re.M,
)
# settings.gradle: `include 'server'`, `include(":api", ":core")`, and the rename of every
# project (`rootProject.children.each { it.name = "conductor-${it.name}" }`).
_INCLUDE = re.compile(r"^[ \t]*include\b[ \t(]*([^\n]*)", re.M)
_QUOTED = re.compile(r"[\"']:?([\w:.-]+)[\"']")
_RENAME = re.compile(r"\bit\.name\s*=\s*[\"']([\w.-]*)\$\{?it\.name\}?([\w.-]*)[\"']")
_SETTINGS = ("settings.gradle", "settings.gradle.kts")
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


def used_projects(tree: RepoTree, root: str, text: str) -> list[str]:
    """The folders of the projects a build's own part depends on."""
    return [project_folder(tree, root, name) for name in PROJECT_DEP.findall(own_part(text))]


def project_folder(tree: RepoTree, root: str, name: str) -> str:
    """The folder of the project `:name`, undoing settings.gradle's rename of every project."""
    name = name.strip(":")
    rename = _RENAME.search(_settings(tree, root))
    if rename and name.startswith(rename.group(1)) and name.endswith(rename.group(2)):
        name = name[len(rename.group(1)) : len(name) - len(rename.group(2))]
    return join(root, name.replace(":", "/"))


def gradle_user(
    tree: RepoTree,
    root: str,
    folder: str,
    runs: re.Pattern[str],
    applies: re.Pattern[str],
    serves_not: re.Pattern[str],
) -> str | None:
    """The build that runs this project as a part of its app: the root build, when it runs
    (`runs` finds a framework or a main class in its own part), or a project of the build
    that applies an app's plugin (Conductor's server), depending on this one directly or
    through the projects it uses. A build `serves_not` finds (a desktop window) runs it
    only beside the server it is: komga-tray wraps the komga server in a tray icon."""
    path = _build_file(tree, root)
    text = tree.text(path) if path else None
    if path and text and runs.search(own_part(text)) and _uses(tree, root, text, folder):
        return path
    # A project that applies no app plugin of its own (databasir's core, given Spring Boot by
    # the root) is a library of any project using it that runs a framework, plugin or not.
    mine = _build_file(tree, folder)
    runner = runs if not applies.search(own_part(tree.text(mine) or "") if mine else "") else None
    for other in _included(tree, root):
        path = _build_file(tree, other)
        text = tree.text(path) if path and other != folder else None
        own = own_part(text) if text else ""
        if not (path and text) or serves_not.search(own):
            continue
        if not (applies.search(own) or (runner and runner.search(own))):
            continue
        if _uses(tree, root, text, folder):
            return path
    return None


def _uses(tree: RepoTree, root: str, text: str, folder: str) -> bool:
    return any(f == folder for f, _, _ in _reachable(tree, root, text))


def applied_elsewhere(
    tree: RepoTree, root: str, folder: str, applies: re.Pattern[str]
) -> str | None:
    """Another project of the build whose own part applies the app's plugin: where the build
    says which projects are apps, one with only the framework's libraries is a library
    (Conductor's client-spring beside its server)."""
    for other in _included(tree, root):
        path = _build_file(tree, other) if other != folder else None
        if path and applies.search(own_part(tree.text(path) or "")):
            return path
    return None


def _settings(tree: RepoTree, root: str) -> str:
    return next((t for n in _SETTINGS if (t := tree.text(join(root, n)))), "")


def _included(tree: RepoTree, root: str) -> list[str]:
    """The folders of the projects settings.gradle includes."""
    lines = _INCLUDE.findall(_settings(tree, root))
    names = [n for line in lines for n in _QUOTED.findall(line)]
    return [join(root, n.strip(":").replace(":", "/")) for n in names]


# Settings that compute their projects (walk folders, remap a projectDir) name no fixed list.
_COMPUTED = re.compile(r"projectDir|eachDir|listFiles|fileTree|forEach|\.each\b|\bfor\s*\(")


def left_out(tree: RepoTree, root: str, folder: str) -> bool:
    """A folder under the settings file that includes a fixed list of projects, neither one of
    them nor a parent of one: Gradle does not build it (eventuate's order-history-text-search-
    service, dropped from settings.gradle, kept in the tree)."""
    settings = _settings(tree, root)
    included = _included(tree, root)
    if folder == root or not included or _COMPUTED.search(settings):
        return False
    return not any(f == folder or f.startswith(folder + "/") for f in included)


def used_build(tree: RepoTree, root: str, text: str, found: re.Pattern[str]) -> str | None:
    """The first build file among the projects this build's own part depends on (and
    theirs) in which `found` matches."""
    return next((p for _, p, body in _reachable(tree, root, text) if found.search(body)), None)


def _reachable(tree: RepoTree, root: str, text: str) -> Iterator[tuple[str, str, str]]:
    """(folder, build file, its own part) of each project a build uses, breadth first."""
    seen: set[str] = set()
    pending = used_projects(tree, root, text)
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
        pending += used_projects(tree, root, body)


def _build_file(tree: RepoTree, folder: str) -> str | None:
    return next((join(folder, n) for n in _BUILD_NAMES if tree.exists(join(folder, n))), None)
