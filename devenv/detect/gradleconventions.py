"""Convention plugins a Gradle build keeps in buildSrc (or an included build-logic): a module
that applies one (`apply plugin: ServicePlugin`, `id("shop.spring-boot")`) applies the
plugins that convention applies, Spring Boot's among them."""

from __future__ import annotations

import posixpath
import re

from devenv.detect.tree import RepoTree, join

# Where Gradle finds a build's own plugins.
_LOGIC_FOLDERS = ("buildSrc", "build-logic")
# A plugin a build applies by name or id.
_APPLIED = re.compile(
    r"\bapply\s*\(?\s*plugin\s*[:=]\s*[\"']?([\w.-]+)|\bid\s*\(?\s*[\"']([\w.-]+)[\"']"
)
# What a convention plugin applies, however written: `project.apply(plugin: 'x')`,
# `pluginManager.apply("x")`, `plugins.apply("x")`, or a precompiled script's `id("x")`.
_APPLIES = re.compile(
    r"(?:\bapply\s*\(?\s*plugin\s*[:=]\s*|\bid\s*\(?\s*|\b(?:pluginManager|plugins)\.apply\s*\(\s*)"
    r"[\"']([\w.-]+)[\"']"
)
# Plugin classes and precompiled script plugins, by the name a build applies them by.
_SUFFIXES = (".gradle.kts", ".gradle", ".groovy", ".kt")


def convention_plugins(tree: RepoTree, root: str, body: str) -> list[tuple[str, str]]:
    """(convention file, plugin id) for each plugin a convention the build applies applies."""
    sources = _conventions(tree, root)
    found: list[tuple[str, str]] = []
    for match in _APPLIED.finditer(body):
        path = sources.get(match.group(1) or match.group(2))
        if path is not None:
            found += [(path, m.group(1)) for m in _APPLIES.finditer(tree.text(path) or "")]
    return found


def _conventions(tree: RepoTree, root: str) -> dict[str, str]:
    """Name a build applies -> the file in buildSrc/src/main/{groovy,kotlin} defining it."""
    found: dict[str, str] = {}
    for logic in _LOGIC_FOLDERS:
        prefix = join(join(root, logic), "src/main") + "/"
        for path in tree.texts:
            if not path.startswith(prefix):
                continue
            name = posixpath.basename(path)
            suffix = next((s for s in _SUFFIXES if name.endswith(s)), None)
            if suffix is not None:
                found.setdefault(name[: -len(suffix)], path)
    return found
