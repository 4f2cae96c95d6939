"""Databases a Spring app reaches only under a profile.

spring-petclinic's Kotlin port builds with H2 and the MySQL driver: application.properties
keeps H2, application-mysql.properties points the datasource at MySQL, and the compose file
runs that MySQL for the profile. The server is an alternative the profile switches to.
"""

from __future__ import annotations

import re

from devenv.detect.jvmport import CONFIG_FILES, profile_files
from devenv.detect.manifests import load_yaml_all
from devenv.detect.model import ServiceNeed
from devenv.detect.tree import RepoTree, join

_RESOURCES = "src/main/resources"
_PROFILE_CONFIG = re.compile(r"^application-[\w-]+\.(?:properties|ya?ml)$")
_URLS = {
    "postgres": re.compile(r"\b(?:jdbc|r2dbc):postgresql\b"),
    "mysql": re.compile(r"\b(?:jdbc|r2dbc):mysql\b"),
    "mariadb": re.compile(r"\b(?:jdbc|r2dbc):mariadb\b"),
    "sqlserver": re.compile(r"\b(?:jdbc|r2dbc):sqlserver\b"),
}


def profile_only(
    tree: RepoTree, folder: str, services: list[ServiceNeed], embedded: str
) -> tuple[list[ServiceNeed], list[str]]:
    """Drop the database servers when a profile's configuration names one, with a note each;
    `embedded` is the embedded database the build brings, the default without a profile."""
    resources = join(folder, _RESOURCES)
    profiles = {
        path: tree.text(path) or ""
        for path in tree.under(resources, max_depth=0)
        if _PROFILE_CONFIG.match(path.rsplit("/", 1)[-1])
    }
    named = [
        path
        for path, text in sorted(profiles.items())
        if any(_URLS[n.type].search(text) for n in services if n.type in _URLS)
    ]
    # A profile the main configuration activates (AgileBoot's `spring.profiles.active:
    # basic,dev`) is what a plain start runs: its server is no alternative.
    active = {join(folder, name) for name in profile_files(tree, folder)}
    if not named or active & set(named):
        return services, []
    # The main configuration names no server (else `embedded` would not be the default): every
    # server driver beside the embedded database serves some profile.
    notes = [
        f"{folder}: {need.type} ({need.why}) is an alternative, left out: Spring profiles "
        f"({named[0]}) switch to servers, {embedded} is the default; add it with "
        f"--service {need.type}"
        for need in services
        if need.type in _URLS
    ]
    return [n for n in services if n.type not in _URLS], notes


# The keys a switch for each service sits under (`spring.elasticsearch.enabled: false`,
# `spring.amqp.enabled: false` in novel's application.yml): the app's own conditions on them.
_SWITCHED = {
    "elasticsearch": frozenset({"elasticsearch", "elastic", "es"}),
    "rabbitmq": frozenset({"rabbitmq", "rabbit", "amqp"}),
    "kafka": frozenset({"kafka"}),
    "redis": frozenset({"redis"}),
    "mongo": frozenset({"mongo", "mongodb"}),
}
_OFF = re.compile(r"^\s*([\w.-]+)\.enabled?\s*[=:]\s*false\s*$", re.M)
# A health check or metrics export switched off leaves the service itself on.
_MONITORING = frozenset({"management", "health", "metrics"})


def switched_off(
    tree: RepoTree, folder: str, services: list[ServiceNeed]
) -> tuple[list[ServiceNeed], list[str]]:
    """Drop the services the main configuration switches off under their own key."""
    off: dict[str, str] = {}
    for name in ("application.yml", "application.yaml", "application.properties"):
        path = join(join(folder, _RESOURCES), name)
        text = tree.text(path) or ""
        keys = _off_keys(text) if name.endswith(".properties") else _yaml_off_keys(text)
        for key in keys:
            parts = key.lower().split(".")
            kind = next((k for k, words in _SWITCHED.items() if parts[-1] in words), None)
            if kind and not _MONITORING & set(parts):
                off.setdefault(kind, f"{path}: {key}.enabled false")
    off.update({k: v for k, v in _commented_datasources(tree, folder).items() if k not in off})
    notes = [
        f"{folder}: {n.type} ({n.why}) is switched off, left out: {off[n.type]}; add it with "
        f"--service {n.type}"
        for n in services
        if n.type in off
    ]
    return [n for n in services if n.type not in off], notes


# Spring settings files anywhere in the app's modules, and the files that set its environment.
_SETTINGS = re.compile(r"(?:^|/)application(?:-[\w-]+)?\.(?:properties|ya?ml)$")


def _commented_datasources(tree: RepoTree, folder: str) -> dict[str, str]:
    """Database servers the app's Spring settings name only in commented-out datasource URLs
    (`#    url: jdbc:mysql://...` in cim's route, which keeps its data in Redis): the driver
    serves a commented-out alternative. A live URL of that kind in any of its settings files,
    compose files or env files keeps it."""
    prefix = "" if folder == "." else folder + "/"
    commented: dict[str, str] = {}
    live: set[str] = set()
    for path in sorted(tree.texts):
        if not path.startswith(prefix) or "dbc:" not in tree.texts[path]:
            continue
        settings = bool(_SETTINGS.search(path))
        for number, line in enumerate(tree.texts[path].splitlines(), 1):
            for kind, pattern in _URLS.items():
                if not pattern.search(line):
                    continue
                if settings and line.lstrip().startswith("#"):
                    commented.setdefault(kind, f"{path}:{number} {line.strip()[:80]}")
                elif not line.lstrip().startswith(("#", "//", "<!--")):
                    live.add(kind)
    return {kind: where for kind, where in commented.items() if kind not in live}


def _off_keys(text: str) -> list[str]:
    return _OFF.findall(text)


def _yaml_off_keys(text: str) -> list[str]:
    found: list[str] = []
    for document in load_yaml_all(text):
        _walk(document, [], found)
    return found


def _walk(node: object, path: list[str], found: list[str]) -> None:
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        if str(key) in ("enabled", "enable") and value in (False, "false") and path:
            found.append(".".join(path))
        else:
            _walk(value, [*path, str(key)], found)


def configured_only(
    tree: RepoTree, folder: str, services: list[ServiceNeed]
) -> tuple[list[ServiceNeed], list[str]]:
    """With several database server drivers in the build, the one the main configuration's
    datasource URL names is the app's database; the others reach databases the app works on,
    not its own (databasir documents PostgreSQL databases, keeps its data in MySQL)."""
    drivers = {n.type for n in services if n.type in _URLS}
    main = "\n".join(tree.text(join(folder, name)) or "" for name in CONFIG_FILES)
    named = {kind for kind in drivers if _URLS[kind].search(main)}
    if len(drivers) < 2 or not named:
        return services, []
    notes = [
        f"{folder}: {need.type} ({need.why}) left out: the main configuration's datasource "
        f"is {', '.join(sorted(named))}; add it with --service {need.type}"
        for need in services
        if need.type in drivers - named
    ]
    return [n for n in services if n.type not in drivers - named], notes
