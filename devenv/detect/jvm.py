"""Detect a Java app built by Maven or Gradle: version, framework, port, services.

A module that is only a library (no framework, no main class) or an aggregator (packaging
pom) is a note, not an app; the wrapper (mvnw, gradlew) is used when the repository has one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

import yaml as yaml_lib

from devenv.detect.manifests import line_of
from devenv.detect.model import AppFinding, Choice, Dependency, ServiceNeed
from devenv.detect.services import ECOSYSTEMS, mail_catcher, services_for
from devenv.detect.tree import RepoTree, ancestors, ancestors_first, join
from devenv.detect.versions import JAVA, pinned

BUILD_FILES = (("pom.xml", "maven"), ("build.gradle.kts", "gradle"), ("build.gradle", "gradle"))
WRAPPERS = {"maven": "mvnw", "gradle": "gradlew"}
# Evidence of a framework in a pom.xml or build.gradle, strongest first.
FRAMEWORKS = (
    (
        "spring-boot",
        re.compile(r"org\.springframework\.boot(?![\w.-])|spring-boot-(?:starter|maven-plugin)"),
    ),
    ("quarkus", re.compile(r"io\.quarkus(?![\w.-])|quarkus-maven-plugin")),
    (
        "micronaut",
        re.compile(r"io\.micronaut(?:\.application)?(?![\w.-])|micronaut-maven-plugin"),
    ),
)
_MAIN_CLASS = re.compile(r"<mainClass>|mainClass\s*[=.(]|\bapplication\b\s*[({]|Main-Class")
_TOKEN = r"(?<![\w.-]){name}(?![\w.-])"
# .properties and .yml keys a framework reads its HTTP port from.
_PORT_KEYS = ("server.port", "quarkus.http.port", "micronaut.server.port")
_PROPERTY = re.compile(r"^\s*([\w.-]+)\s*[=:]\s*(.+?)\s*$", re.MULTILINE)
_DEFAULTED = re.compile(r"\$\{[\w.]+:(\d{2,5})\}")
CONFIG_FILES = (
    "src/main/resources/application.properties",
    "src/main/resources/application.yml",
    "src/main/resources/application.yaml",
)


def is_candidate(tree: RepoTree, folder: str) -> bool:
    return any(tree.exists(join(folder, name)) for name, _ in BUILD_FILES)


def detect(tree: RepoTree, folder: str, exclude: Iterable[str] = ()) -> AppFinding:
    manifest, tool = next(
        (join(folder, n), t) for n, t in BUILD_FILES if tree.exists(join(folder, n))
    )
    text = tree.text(manifest) or ""
    finding = AppFinding(
        path=folder,
        language=Choice("java", (manifest,)),
        manifest=manifest,
        version=_version(tree, folder, text, manifest),
        package_manager=_package_manager(tree, folder, tool, manifest),
    )
    services: list[ServiceNeed] = services_for("java", artifacts(text, manifest))
    finding = replace(finding, services=(*services, *mail_catcher(tree, folder)))
    if re.search(r"<packaging>\s*pom\s*</packaging>", text):
        note = f"{folder}: {manifest} is an aggregator (packaging pom), not an app"
        return replace(finding, runnable=False, services=(), notes=(note,))
    framework = _framework(text, manifest)
    if framework is None:
        if not _MAIN_CLASS.search(text):
            note = f"{folder}: a Java library (no framework, no main class), not an app"
            return replace(finding, runnable=False, notes=(note,))
        framework = Choice("none", (f"{manifest} names a main class",))
    notes = []
    if framework.value == "spring-boot" and "spring-boot-devtools" not in text:
        notes.append(f"{folder}: add spring-boot-devtools for live reload in dev")
    root = _build_root(tree, folder, tool)
    if root != folder:
        # Its parent build and sibling modules must be in the image: it builds from the root.
        relative = folder if root == "." else folder[len(root) + 1 :]
        why = f"a module of the {tool} build at {root}"
        finding = replace(
            finding,
            path=root,
            main_package=Choice(f"./{relative}", (why,)),
            package_manager=_package_manager(tree, root, tool, manifest),
        )
    port = _port(tree, folder)
    if port is None and framework.value != "none":
        port = Choice(8080, (f"{framework.value}'s default port",))
    return replace(
        finding,
        framework=framework,
        port=port,
        notes=tuple(notes),
        strength=3 if framework.value != "none" else 2,
    )


def artifacts(text: str, path: str) -> list[Dependency]:
    """The artifact names of the services table in a pom.xml or build.gradle, as whole tokens."""
    found = []
    for names in ECOSYSTEMS["java"].values():
        for name in sorted(names):
            match = re.search(_TOKEN.format(name=re.escape(name)), text)
            if match:
                line = text.count("\n", 0, match.start()) + 1
                found.append(Dependency(name, path, line, name))
    return found


def _framework(text: str, manifest: str) -> Choice[str] | None:
    for name, pattern in FRAMEWORKS:
        match = pattern.search(text)
        if match:
            line = text.count("\n", 0, match.start()) + 1
            return Choice(name, (f"{manifest}:{line} {match.group(0)}",))
    return None


def _package_manager(tree: RepoTree, folder: str, tool: str, manifest: str) -> Choice[str]:
    wrapper = join(folder, WRAPPERS[tool])
    if tree.exists(wrapper):
        return Choice(WRAPPERS[tool], (f"{wrapper}, the project's own {tool}",))
    return Choice(tool, (manifest,))


def _build_root(tree: RepoTree, folder: str, tool: str) -> str:
    """The topmost folder above whose build includes modules: a pom.xml with <modules>, or
    a Gradle settings file."""
    found = folder
    for above in ancestors(folder):
        if tool == "maven":
            text = tree.text(join(above, "pom.xml")) or ""
            if "<modules>" in text:
                found = above
        elif any(tree.exists(join(above, n)) for n in ("settings.gradle", "settings.gradle.kts")):
            found = above
    return found


def _version(tree: RepoTree, folder: str, text: str, manifest: str) -> Choice[str]:
    """.java-version, then the compiler release the build asks for, then the toolchain."""
    for path in ancestors_first(folder, ".java-version"):
        raw = (tree.text(path) or "").strip()
        found = pinned(JAVA, re.sub(r"^[a-z-]*?-?(?=\d)", "", raw), f"{path} {raw}")
        if raw and found:
            return found
    patterns = (
        r"<maven\.compiler\.release>\s*(\d+)",
        r"<java\.version>\s*(\d+)",
        r"<release>\s*(\d+)\s*</release>",
        r"<maven\.compiler\.(?:source|target)>\s*(?:1\.)?(\d+)",
        r"JavaLanguageVersion\.of\(\s*(\d+)",
        r"(?:source|target)Compatibility\s*=\s*(?:JavaVersion\.VERSION_(?:1_)?|['\"])(\d+)",
    )
    for pattern in patterns:
        match = re.search(pattern, text)
        if match:
            line = text.count("\n", 0, match.start()) + 1
            key = match.group(0)[: match.start(1) - match.start()].strip(" =('\"")
            found = pinned(JAVA, match.group(1), f"{manifest}:{line} {key}")
            if found:
                return found
    return Choice(JAVA.default, ("no Java version in the build; devenv's default",))


def _port(tree: RepoTree, folder: str) -> Choice[int] | None:
    for name in CONFIG_FILES:
        path = join(folder, name)
        text = tree.text(path)
        if text is None:
            continue
        found = _port_in(text, path, yaml=not name.endswith(".properties"))
        if found:
            return found
    return None


def _port_in(text: str, path: str, *, yaml: bool) -> Choice[int] | None:
    if yaml:
        values = [(raw, _line_of_port(text, raw)) for raw in _yaml_ports(text)]
    else:
        values = [
            (m.group(2), text.count("\n", 0, m.start()) + 1)
            for m in _PROPERTY.finditer(text)
            if m.group(1) in _PORT_KEYS
        ]
    for raw, line in values:
        value = _DEFAULTED.sub(r"\1", raw.strip("'\""))
        if value.isdigit() and 0 < int(value) < 65536:
            return Choice(int(value), (f"{path}:{line} port {raw}",))
    return None


def _yaml_ports(text: str) -> list[str]:
    """server.port, quarkus.http.port... from YAML, nested or with dotted keys."""
    try:
        documents = list(yaml_lib.safe_load_all(text))
    except yaml_lib.YAMLError:
        return []
    found = []
    for document in documents:
        for key in _PORT_KEYS:
            node: Any = document
            parts = key.split(".")
            for index in range(len(parts)):
                if not isinstance(node, dict):
                    break
                dotted = ".".join(parts[index:])
                if dotted in node:  # `server.port: 8080` as one key
                    node = node[dotted]
                    break
                node = node.get(parts[index])
            if isinstance(node, int | str) and not isinstance(node, bool):
                found.append(str(node))
    return found


def _line_of_port(text: str, raw: str) -> int | None:
    return line_of(text, rf"port\s*:\s*['\"]?{re.escape(raw)}")
