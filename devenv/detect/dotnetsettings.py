""".NET settings that switch a service's client off: appsettings.json says what runs.

An ASP.NET app references every client it may use (StackExchange.Redis for a distributed
cache, RabbitMQ.Client for an event bus); its appsettings.json says which it starts with. A
section named for the service that is switched off (`"Redis": { "Enable": false }`), or a
connection string for it that is only commented out (`//"RedisConnectionString": ...`),
leaves that client unused in development, whatever a compose file runs for other setups.
A store or provider setting that names a database (`"store": { "type": "MongoDb" }`,
`"DatabaseProvider": "SqlServer"`) picks it: the other databases' providers are options.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from typing import Any

from devenv.detect.manifests import load_json
from devenv.detect.model import AppFinding, line_at
from devenv.detect.tree import RepoTree, join

# The settings files development reads, base first.
SETTINGS_FILES = ("appsettings.json", "appsettings.Development.json")
# Words that name a service in a settings key (RedisConnectionString, RabbitMQ, MongoDb).
_KINDS = {
    "redis": "redis",
    "rabbit": "rabbitmq",
    "kafka": "kafka",
    "mongo": "mongo",
    "elastic": "elasticsearch",
    "memcache": "memcached",
}
_SWITCHES = ("enable", "enabled")
# A setting that picks a provider by name: `type`, `DatabaseProvider`, `DbType`, `Provider`.
_PICKER = re.compile(r"(?i)^(?:\w*(?:db|database|store|storage)\w*)?(?:type|provider)$")
# Databases by the names providers go by in settings.
_DATABASES = {
    "mongodb": "mongo",
    "mongo": "mongo",
    "sqlserver": "sqlserver",
    "mssql": "sqlserver",
    "postgresql": "postgres",
    "postgres": "postgres",
    "npgsql": "postgres",
    "mysql": "mysql",
    "mariadb": "mariadb",
}
_CONNECTION_STRINGS = re.compile(r"\"ConnectionStrings\"\s*:\s*\{([^}]*)\}", re.IGNORECASE)
_COMMENTED_KEY = re.compile(r"^[ \t]*//[ \t]*\"(\w+)\"[ \t]*:", re.MULTILINE)
_LIVE_KEY = re.compile(r"^[ \t]*\"(\w+)\"[ \t]*:", re.MULTILINE)


def settings_off(tree: RepoTree, app: AppFinding) -> dict[str, str]:
    """Services a .NET app's own settings switch off (none for other languages)."""
    return switched_off(tree, app.manifest) if app.language.value == "dotnet" else {}


def switched_off(tree: RepoTree, manifest: str) -> dict[str, str]:
    """Kinds the project's settings switch off: kind -> `file:line what`. A later file (the
    Development one) that switches a kind on again wins."""
    off: dict[str, str] = {}
    for name in SETTINGS_FILES:
        path = join(str(PurePosixPath(manifest).parent), name)
        text = tree.text(path)
        if text is None:
            continue
        sections, on = _sections(text)
        for kind in on:
            off.pop(kind, None)
        for kind, (key, switch) in sections.items():
            off[kind] = f"{path}:{_line(text, key)} {key}.{switch} false"
        off.update(_commented_connections(path, text))
        off.update(_unpicked(path, text))
    return off


def _kind(key: str) -> str | None:
    return next((kind for word, kind in _KINDS.items() if word in key.lower()), None)


def _sections(text: str) -> tuple[dict[str, tuple[str, str]], set[str]]:
    """Top-level sections named for a kind, switched off (kind -> key and switch) or on."""
    data, _ = load_json(text)
    off: dict[str, tuple[str, str]] = {}
    on: set[str] = set()
    for key, body in data.items():
        kind = _kind(key)
        if kind is None or not isinstance(body, dict):
            continue
        switch = next((k for k in body if k.lower() in _SWITCHES), None)
        if switch is not None and body[switch] is False:
            off.setdefault(kind, (key, switch))
        elif switch is not None and body[switch] is True:
            on.add(kind)
    return {k: v for k, v in off.items() if k not in on}, on


def _unpicked(path: str, text: str) -> dict[str, str]:
    """The databases a provider setting does not pick, when it picks one. The shallowest
    settings decide: a provider inside the SQL block of a store whose type is MongoDb
    configures the option not taken."""
    data, _ = load_json(text)
    picks = _picks(data, 0)
    top = [(key, value) for level, key, value in picks if level == min(p[0] for p in picks)]
    if not top:
        return {}
    key, value = top[0]
    at = re.search(rf"\"{re.escape(key)}\"\s*:\s*\"{re.escape(value)}\"", text)
    why = f"{path}:{line_at(text, at.start() if at else 0)} {key} {value}"
    chosen = {_DATABASES[v.lower()] for _, v in top}
    return {kind: why for kind in sorted(set(_DATABASES.values()) - chosen)}


def _picks(data: Any, level: int) -> list[tuple[int, str, str]]:
    """(depth, key, value) of every provider setting naming a database."""
    found: list[tuple[int, str, str]] = []
    items = data.items() if isinstance(data, dict) else enumerate(data)
    for key, value in items if isinstance(data, (dict, list)) else ():
        if isinstance(value, str) and _PICKER.match(str(key)) and value.lower() in _DATABASES:
            found.append((level, str(key), value))
        elif isinstance(value, (dict, list)):
            found += _picks(value, level + 1)
    return found


def _commented_connections(path: str, text: str) -> dict[str, str]:
    """Kinds whose connection string is only commented out of ConnectionStrings."""
    block = _CONNECTION_STRINGS.search(text)
    if block is None:
        return {}
    body = block.group(1)
    live = {k for k in map(_kind, _LIVE_KEY.findall(body)) if k}
    found: dict[str, str] = {}
    for match in _COMMENTED_KEY.finditer(body):
        kind = _kind(match.group(1))
        if kind and kind not in live and kind not in found:
            line = line_at(text, block.start(1) + match.start(1))
            found[kind] = f"{path}:{line} //{match.group(1)} (commented out)"
    return found


def _line(text: str, key: str) -> int:
    at = text.find(f'"{key}"')
    return line_at(text, max(at, 0))
