"""Services a Go app's own setting defaults leave off: Redis as an optional queue or cache.

Go apps give their settings' defaults in code (viper's `v.SetDefault("queue.engine",
"local")`, a key's `RedisEnabled.setDefault(false)`, a map of `"redis.enabled": false`). A
service whose settings all sit under switches that default to off (`redis.enabled: false`)
or under a chooser that defaults to another back end (`queue.engine: local` beside
`queue.redis.addr`) is an option the app runs without. So is a service whose only setting
is a command-line flag for its address that defaults to empty (`--cache-server`, "Redis
address").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from devenv.detect.configured import MENTIONS
from devenv.detect.model import AppFinding, line_at
from devenv.detect.tree import RepoTree

# `SetDefault("queue.engine", "local")` and a map's `"redis.enabled": false`: a dotted key and
# its default; `RedisEnabled.setDefault(false)`: a key named in CamelCase.
DEFAULT = re.compile(
    r"SetDefault\(\s*\"(?P<key>[\w.-]+)\"\s*,\s*(?P<value>\"[^\"\n]*\"|\w+)"
    r"|\"(?P<dotted>\w+(?:\.\w+)+)\"\s*:\s*(?P<mapped>\"[^\"\n]*\"|true|false)\s*,"
    r"|\b(?P<ident>[A-Z]\w+)\.[sS]etDefault\(\s*(?P<set>\"[^\"\n]*\"|\w+)\s*\)"
)
# A command-line flag whose default is empty: `fs.String("cache-server", "", "Redis address")`,
# `flag.StringVar(&addr, "redis", "", ...)`, pflag's `StringP(name, shorthand, "", usage)`.
EMPTY_FLAG = re.compile(
    r"\.String(?:Var)?P?\(\s*(?:&[\w.]+\s*,\s*)?\"(?P<name>[\w.-]+)\"\s*,\s*"
    r"(?:\"\w?\"\s*,\s*)?\"\"\s*,\s*\"(?P<usage>[^\"\n]*)\""
)
# urfave/cli's flag literal: `&cli.StringFlag{Name: "redis-host", Usage: "host (incl. port)
# to redis server", Sources: cli.EnvVars("REDIS_HOST")}`; without `Value:` it is empty.
CLI_FLAG = re.compile(r"cli\.StringFlag\{(?P<body>(?:[^{}]|\{[^{}]*\})*)\}")
_FIELD = re.compile(r"\b(Name|Usage|Value):\s*\"([^\"\n]*)\"")
_SWITCH = frozenset({"enabled", "enable", "use", "on"})
_CHOOSER = frozenset(
    {"engine", "driver", "type", "backend", "store", "adapter", "provider", "kind", "mode"}
)
# eko/gocache's stores: an in-process one (bigcache, freecache...) beside server ones makes
# those servers a choice of cache, the in-process one enough to run (Artalk's `builtin`).
_GOCACHE_STORE = re.compile(
    r"^[ \t]*(?:require[ \t]+)?github\.com/eko/gocache/store/(\w+)/v\d+[ \t]", re.MULTILINE
)
_IN_PROCESS_STORES = frozenset({"bigcache", "freecache", "go_cache", "ristretto"})
_SERVER_STORES = {
    "redis": "redis",
    "rediscluster": "redis",
    "rueidis": "redis",
    "memcache": "memcached",
}
_DEPTH = 3  # settings packages: config/, pkg/config/, internal/config/
_OFF = frozenset({"false", "0", '"false"', '""'})


def optional_in_go(tree: RepoTree, app: AppFinding) -> dict[str, str]:
    """For a Go app: kinds its defaults leave off, kind -> `file:line` of a default that does."""
    if app.language.value != "go":
        return {}
    files = [
        p
        for p in tree.under(app.path, max_depth=_DEPTH)
        if p.endswith(".go") and not p.endswith("_test.go")
    ]
    return {**_cache_stores(tree, app), **optional_in_code(tree, files)}


def _cache_stores(tree: RepoTree, app: AppFinding) -> dict[str, str]:
    """Cache servers that are a choice beside an in-process cache store."""
    text = tree.text(app.manifest) or ""
    stores = {m.group(1): m for m in _GOCACHE_STORE.finditer(text)}
    local = next((s for s in stores if s in _IN_PROCESS_STORES), None)
    if local is None:
        return {}
    why = f"{app.manifest}:{_line(text, stores[local])} gocache's {local} store is in-process"
    return {kind: why for store, kind in _SERVER_STORES.items() if store in stores}


def optional_in_code(tree: RepoTree, files: Iterable[str]) -> dict[str, str]:
    """Kinds the defaults leave off: kind -> `file:line` of a default that does."""
    files = list(files)
    defaults: dict[tuple[str, ...], tuple[str, str]] = {}
    for path in files:
        text = tree.text(path) or ""
        for match in DEFAULT.finditer(text):
            key, value = _key_value(match)
            defaults.setdefault(
                key, (value.lower(), f"{path}:{_line(text, match)} {match.group(0)}")
            )
    flags = [
        (f"{m.group('name')} {m.group('usage')}", f"{path}:{_line(text, m)} --{m.group('name')}")
        for path, text in ((p, tree.text(p) or "") for p in files)
        for m in EMPTY_FLAG.finditer(text)
    ]
    flags += _cli_flags(tree, files)
    found = {}
    for kind, pattern in MENTIONS.items():
        why = _left_off(defaults, pattern) or _flag_left_empty(defaults, flags, pattern)
        if why:
            found[kind] = f"{why}: off by default"
    return found


def _cli_flags(tree: RepoTree, files: list[str]) -> list[tuple[str, str]]:
    """urfave/cli's string flags with no `Value:`: (name and usage, where)."""
    found = []
    for path in files:
        text = tree.text(path) or ""
        for match in CLI_FLAG.finditer(text):
            fields = dict(_FIELD.findall(match.group("body")))
            if "Name" in fields and not fields.get("Value"):
                where = f"{path}:{_line(text, match)} --{fields['Name']}"
                found.append((f"{fields['Name']} {fields.get('Usage', '')}", where))
    return found


def _line(text: str, match: re.Match[str]) -> int:
    return line_at(text, match.start())


def _flag_left_empty(
    defaults: dict[tuple[str, ...], tuple[str, str]],
    flags: list[tuple[str, str]],
    pattern: re.Pattern[str],
) -> str:
    """A flag for the service's address that defaults to empty (podinfo's `--cache-server`,
    "Redis address"), when no setting default names the service: the app runs without it."""
    if any(pattern.search(part) for key in defaults for part in key):
        return ""
    return next((f"{why} defaults to empty" for words, why in flags if pattern.search(words)), "")


def _key_value(match: re.Match[str]) -> tuple[tuple[str, ...], str]:
    if match.group("ident"):
        words = re.findall(r"[A-Z][a-z0-9]*|[a-z0-9]+", match.group("ident"))
        return tuple(w.lower() for w in words), match.group("set")
    key = match.group("key") or match.group("dotted")
    value = match.group("value") or match.group("mapped")
    return tuple(key.lower().split(".")), value


def _left_off(defaults: dict[tuple[str, ...], tuple[str, str]], pattern: re.Pattern[str]) -> str:
    """Evidence that every place the service's settings sit is off, or "" if one is not."""
    prefixes = {
        key[:i] for key in defaults for i, part in enumerate(key[:-1]) if pattern.search(part)
    }
    if not prefixes:
        return ""
    reasons = []
    for prefix in sorted(prefixes):
        switch = [
            defaults[k]
            for k in defaults
            if k[: len(prefix)] == prefix
            and len(k) == len(prefix) + 2
            and pattern.search(k[len(prefix)])
            and k[-1] in _SWITCH
        ]
        chooser = [
            defaults[k]
            for k in defaults
            if k[:-1] == prefix and k[-1] in _CHOOSER and k[-1] != "" and prefix
        ]
        if any(value in _OFF for value, _ in switch):
            reasons.append(next(why for value, why in switch if value in _OFF))
        elif chooser and not any(pattern.search(value) for value, _ in chooser):
            reasons.append(chooser[0][1])
        else:
            return ""
    chosen = [v for k, (v, _) in defaults.items() if k[-1] in _CHOOSER and pattern.search(v)]
    return "" if chosen else reasons[0]
