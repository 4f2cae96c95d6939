"""The HTTP port a JVM app's configuration gives: server.port, quarkus.http.port...

Spring Boot reads application.properties and .yml from the classpath: a module's own, else
those of the modules it depends on (a module that repackages another app, with no settings of
its own, serves with that app's).
"""

from __future__ import annotations

import re
from typing import Any

from devenv.detect.manifests import line_of, load_yaml_all
from devenv.detect.model import Choice, line_at
from devenv.detect.tree import RepoTree, join, parent

# .properties and .yml keys a framework reads its HTTP port from.
_PORT_KEYS = ("server.port", "quarkus.http.port", "micronaut.server.port")
_PROPERTY = re.compile(r"^\s*(%?[\w.-]+)\s*[=:]\s*(.+?)\s*$", re.MULTILINE)
_DEFAULTED = re.compile(r"\$\{[\w.]+:(\d{2,5})\}")
# Spring Boot reads config/application.* on the classpath too, after the ones beside it.
CONFIG_FILES = tuple(
    f"src/main/resources/{where}application.{suffix}"
    for where in ("", "config/")
    for suffix in ("properties", "yml", "yaml")
)


# A Maven build's per-environment resource folders (smart-admin's
# `<directory>src/main/resources/${profiles.active}</directory>` with `dev` active by
# default): the development one's settings are those a developer's build serves with.
_ENVIRONMENT_FILES = tuple(
    f"src/main/resources/{env}/application.{suffix}"
    for env in ("dev", "local", "development")
    for suffix in ("properties", "yml", "yaml")
)


def dependency_port(tree: RepoTree, files: list[tuple[str, str]]) -> Choice[int] | None:
    """For a module without configuration of its own, the port of the first project
    dependency whose configuration gives one: `files` are the module's build file and those
    of the projects it depends on, nearest first. (An application.yml of the module's own
    hides theirs: the classpath's first one is read.)"""
    folder = parent(files[0][0]) if files else "."
    if any(tree.exists(join(folder, name)) for name in CONFIG_FILES):
        return None
    for path, _ in files[1:]:
        found = config_port(tree, parent(path))
        if found:
            return found
    return None


def config_port(tree: RepoTree, folder: str) -> Choice[int] | None:
    """The HTTP port the module's own configuration gives: the main files', else that of
    the profile they activate (`spring.profiles.active: dev` with the port only in
    application-dev.yml serves there when the app starts plainly)."""
    return (
        _files_port(tree, folder, CONFIG_FILES)
        or _files_port(tree, folder, profile_files(tree, folder))
        or _files_port(tree, folder, _ENVIRONMENT_FILES)
    )


def _files_port(tree: RepoTree, folder: str, names: tuple[str, ...]) -> Choice[int] | None:
    for name in names:
        path = join(folder, name)
        text = tree.text(path)
        if text is None:
            continue
        found = _port_in(text, path, yaml=not name.endswith(".properties"))
        if found:
            return found
    return None


def profile_files(tree: RepoTree, folder: str) -> tuple[str, ...]:
    """The configuration files of the profiles the main files activate, in their order."""
    profiles: list[str] = []
    for name in CONFIG_FILES:
        text = tree.text(join(folder, name))
        if text is not None:
            profiles += _active_profiles(text, yaml=not name.endswith(".properties"))
    return tuple(
        name.replace("application.", f"application-{profile}.")
        for profile in profiles
        for name in CONFIG_FILES
    )


def _active_profiles(text: str, *, yaml: bool) -> list[str]:
    raw: Any = None
    if yaml:
        for document in _spring_yaml(text):
            node: Any = document.get("spring") if isinstance(document, dict) else None
            node = node.get("profiles") if isinstance(node, dict) else None
            if isinstance(node, dict) and node.get("active") is not None:
                raw = node["active"]
            elif isinstance(document, dict) and "spring.profiles.active" in document:
                raw = document["spring.profiles.active"]
    else:
        match = next(
            (m for m in _PROPERTY.finditer(text) if m.group(1) == "spring.profiles.active"), None
        )
        raw = match.group(2) if match else None
    if raw is None:
        return []
    if isinstance(raw, list):
        raw = ",".join(str(item) for item in raw)
    # `${SPRING_PROFILES_ACTIVE:dev}` runs `dev` unless the variable is set.
    value = re.sub(r"\$\{[\w.]+:([\w,-]+)\}", r"\1", str(raw))
    return [p.strip() for p in value.split(",") if re.fullmatch(r"[\w-]+", p.strip())]


def _port_in(text: str, path: str, *, yaml: bool) -> Choice[int] | None:
    if yaml:
        values = [(raw, _line_of_port(text, raw)) for raw in _yaml_ports(text)]
    else:
        # `quarkus:dev` runs the dev profile: its `%dev.` keys come before the plain ones.
        values = [
            (m.group(2), line_at(text, m.start()))
            for keys in (tuple(f"%dev.{k}" for k in _PORT_KEYS), _PORT_KEYS)
            for m in _PROPERTY.finditer(text)
            if m.group(1) in keys
        ]
    for raw, line in values:
        value = _DEFAULTED.sub(r"\1", raw.strip("'\""))
        if value.isdigit() and 0 < int(value) < 65536:
            return Choice(int(value), (f"{path}:{line} port {raw}",))
    return None


def _spring_yaml(text: str) -> tuple[Any, ...]:
    """The documents of a Spring YAML file. Maven's resource filtering fills `@token@`
    values at build time (`version: @project.version@`), which YAML cannot start a plain
    value with: they are quoted so the rest of the file still reads. A placeholder escaped
    in a double-quoted value (`"file:\\${komga.config-dir}"`) is an escape PyYAML rejects,
    and the whole file with it: it is read unescaped."""
    text = re.sub(r"(:[ \t]+)(@[\w.-]+@)[ \t]*$", r'\1"\2"', text, flags=re.M)
    return load_yaml_all(text.replace("\\${", "${"))


def _yaml_ports(text: str) -> list[str]:
    """server.port, quarkus.http.port... from YAML, nested or with dotted keys."""
    documents = _spring_yaml(text)
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
