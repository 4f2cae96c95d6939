"""What a Maven module takes from its reactor: the dependencies its parent poms declare for
every module, and whether another module of the build runs it as a part of itself."""

from __future__ import annotations

import posixpath
import re

from devenv.detect.tree import RepoTree, ancestors, join, parent

# Sections whose dependencies a module does not get by inheriting: versions offered
# (dependencyManagement), the build's plugins, and profiles switched off by default.
_NOT_INHERITED = re.compile(
    r"<(dependencyManagement|build|profiles)>.*?</\1>|<parent>.*?</parent>", re.DOTALL
)
_NOT_MANAGED = re.compile(
    r"<dependencyManagement>.*?</dependencyManagement>|<parent>.*?</parent>", re.DOTALL
)
_DEPENDENCIES = re.compile(r"<dependencies>.*?</dependencies>", re.DOTALL)
_ARTIFACT = re.compile(r"<artifactId>\s*([\w.-]+)\s*</artifactId>")
_AGGREGATOR = re.compile(r"<packaging>\s*pom\s*</packaging>")


def artifact_id(pom: str) -> str | None:
    """The project's own artifactId: the first one outside its <parent> block."""
    own = _ARTIFACT.search(re.sub(r"<parent>.*?</parent>", "", pom, flags=re.DOTALL))
    return own.group(1) if own else None


def inherited(tree: RepoTree, folder: str, pom: str) -> list[tuple[str, str]]:
    """The <dependencies> of the parent poms in the repository the module inherits from,
    nearest first, as (path, text) with everything else blanked (line numbers kept)."""
    found: list[tuple[str, str]] = []
    current, at = pom, folder
    while len(found) < 10:
        declared = re.search(r"<parent>(.*?)</parent>", current, re.DOTALL)
        path = _parent_in_repo(tree, at, declared.group(1)) if declared else None
        text = tree.text(path) if path else None
        if path is None or text is None:
            break
        found.append((path, _only_dependencies(text)))
        current, at = text, parent(path)
    return found


def _parent_in_repo(tree: RepoTree, folder: str, declared: str) -> str | None:
    """The pom of the declared parent: at its <relativePath>, else in a folder above."""
    wanted = artifact_id(declared)
    if wanted is None:
        return None
    given = parent_pom(folder, declared)
    for path in (given, *(join(above, "pom.xml") for above in ancestors(folder))):
        if path and artifact_id(tree.text(path) or "") == wanted:
            return path
    return None


def parent_pom(folder: str, declared: str) -> str | None:
    """Where the <parent> block says its pom is: <relativePath> (a sibling folder such as
    openkoda's ../openkoda-app, or a file), by default the folder above's pom.xml."""
    given = re.search(r"<relativePath>\s*([^<]*?)\s*</relativePath>", declared)
    relative = given.group(1) if given else "../pom.xml"
    if not relative:
        return None  # <relativePath/>: the parent comes from a repository, not from here
    if not relative.endswith(".xml"):
        relative = posixpath.join(relative, "pom.xml")
    path = posixpath.normpath(posixpath.join(folder, relative))
    return None if path.startswith("..") else path


def _only_dependencies(pom: str) -> str:
    def blank(match: re.Match[str]) -> str:
        return "\n" * match.group(0).count("\n")

    kept = _NOT_INHERITED.sub(blank, pom)
    blocks = [(m.start(), m.end()) for m in _DEPENDENCIES.finditer(kept)]
    out, at = [], 0
    for start, end in blocks:
        out += ["\n" * kept.count("\n", at, start), kept[start:end]]
        at = end
    return "".join(out)


def used_modules(tree: RepoTree, root: str, folder: str, pom: str) -> list[tuple[str, str]]:
    """The modules of the build at `root` this module depends on, and theirs: their
    dependencies are on its classpath."""
    prefix = "" if root == "." else root + "/"
    modules = {
        artifact_id(text): (path, text)
        for path, text in sorted(tree.texts.items())
        if path.startswith(prefix) and path.endswith("pom.xml") and not _AGGREGATOR.search(text)
    }
    seen = {artifact_id(pom)}
    pending = [pom]
    found: list[tuple[str, str]] = []
    while pending and len(found) < 50:
        body = _NOT_MANAGED.sub("", pending.pop(0))
        for name in [m.group(1) for m in _ARTIFACT.finditer(body)]:
            if name in modules and name not in seen and modules[name][0] != join(folder, "pom.xml"):
                seen.add(name)
                found.append(modules[name])
                pending.append(modules[name][1])
    return found


def part_of(tree: RepoTree, root: str, folder: str, pom: str, runs: re.Pattern[str]) -> str | None:
    """Another module of the build at `root` that depends on this one and runs itself
    (`runs` finds its framework): this module is a part of that app, not an app of its own."""
    own = artifact_id(pom)
    if own is None:
        return None
    prefix = "" if root == "." else root + "/"
    modules = []
    for path, text in sorted(tree.texts.items()):
        if not path.startswith(prefix) or not path.endswith("pom.xml"):
            continue
        if path == join(folder, "pom.xml") or _AGGREGATOR.search(text):
            continue
        body = _NOT_MANAGED.sub("", text)
        uses = {m.group(1) for m in _ARTIFACT.finditer(body)} - {artifact_id(text)}
        modules.append((path, artifact_id(text), uses, bool(runs.search(body))))
    # A library of a library the app uses is the app's too (jetlinks' notify-email, which
    # notify-manager uses, which jetlinks-standalone runs with).
    pending, seen = [own], {own}
    while pending:
        used = pending.pop(0)
        for path, name, uses, running in modules:
            if used not in uses:
                continue
            if running:
                return path
            if name is not None and name not in seen:
                seen.add(name)
                pending.append(name)
    return None


_PROFILES = re.compile(r"<profiles>.*?</profiles>", re.DOTALL)
_MODULE = re.compile(r"<module>\s*([^<\s]+)\s*</module>")


def profile_module(tree: RepoTree, root: str, folder: str) -> bool:
    """Whether an aggregator between the reactor's root and the module lists the module's
    branch only in its <profiles> (jeecg-server-cloud under SpringCloud): a build run without
    that profile leaves it out."""
    steps = [] if folder == root else folder[len(root) + 1 if root != "." else 0 :].split("/")
    above = root
    for step in steps:
        pom = tree.text(join(above, "pom.xml")) or ""
        listed = {m.strip("/") for m in _MODULE.findall(_PROFILES.sub("", pom))}
        profiled = {m.strip("/") for b in _PROFILES.findall(pom) for m in _MODULE.findall(b)}
        if step in profiled and step not in listed:
            return True
        above = join(above, step)
    return False


_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def unlisted_module(tree: RepoTree, root: str, folder: str) -> bool:
    """Whether an aggregator between the reactor's root and the module lists none of the
    module's branch: a <module> commented out (ruoyi-vue-pro's optional yudao-module-iot)
    leaves it out of the build."""
    steps = [] if folder == root else folder[len(root) + 1 if root != "." else 0 :].split("/")
    above = root
    for step in steps:
        pom = _COMMENT.sub("", tree.text(join(above, "pom.xml")) or "")
        listed = {m.strip("/").removeprefix("./").split("/")[0] for m in _MODULE.findall(pom)}
        outside = any(m.startswith("..") for m in listed)
        if "<modules>" in pom and not outside and step not in listed:
            return True
        above = join(above, step)
    return False


# The Maven plugins that package a runnable app.
_PACKAGING_PLUGIN = re.compile(r"(?:spring-boot|quarkus|micronaut)-maven-plugin")
# A dependency only the tests get (a Maven test scope, a Gradle test configuration such as
# testImplementation or endToEndTestImplementation): Testcontainers' drivers, say.
_TEST_DEPENDENCY = re.compile(
    r"<dependency>(?:(?!</dependency>).)*<scope>\s*test\s*</scope>(?:(?!</dependency>).)*"
    r"</dependency>"
    r"|^[ \t]*\w*[tT]est\w*(?:Implementation|RuntimeOnly|CompileOnly|Compile|Runtime|Api)\b[^\n]*$",
    re.DOTALL | re.MULTILINE,
)


def packages_nothing(pom: str, main_class: re.Pattern[str]) -> bool:
    """A Maven build of its own that names no main class and packages none (no framework
    plugin outside pluginManagement): when another build in the repository depends on its
    artifact, it is that app's library (micronaut-microservices-poc's pricing-service-api)."""
    build = re.sub(r"<pluginManagement>.*?</pluginManagement>", "", pom, flags=re.DOTALL)
    return not main_class.search(pom) and not _PACKAGING_PLUGIN.search(build)


def without_test_dependencies(build: str) -> str:
    """The build file with the dependencies only its tests get blanked, line for line."""
    return _TEST_DEPENDENCY.sub(_blank, build)


def _blank(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match.group(0))
