"""Services an env example switches off: named only in commented-out lines.

An env example's live lines are the settings a developer starts with; a service whose every
line is commented out (`# REDIS_URL=`, `# OBJECT_STORE_BASE_URL=...minio...`) is for another
mode (queue workers, production storage), even when some compose file runs it.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from devenv.detect.configured import MENTIONS
from devenv.detect.tree import RepoTree

_WORDS = {**MENTIONS, "minio": re.compile(r"minio", re.IGNORECASE)}
_SETTING = re.compile(r"^[ \t]*[A-Za-z_][A-Za-z0-9_]*[ \t]*=", re.M)
# A build's pin of an image or a client (`DOCKER_ELASTIC_IMAGE_VERSION=...`,
# `PYTHON_REDIS_VERSION=4.2.0` in Mayan's config.env): what a build would use, not a setting
# the app starts with.
_PIN = re.compile(r"^[ \t]*(?:export[ \t]+)?[A-Z0-9_]*_(?:IMAGE|VERSION|TAG)\w*[ \t]*=")
# A live database URL (`DATABASE_URL=postgresql://...`) names the server the app starts with.
_SQL_URLS = {
    "postgres": re.compile(r"\bpostgres(?:ql)?(?:\+\w+)?://"),
    "mysql": re.compile(r"\bmysql(?:\+\w+)?://"),
    "mariadb": re.compile(r"\bmariadb(?:\+\w+)?://"),
}


# Databases an app's models cannot run without; a cache or a queue is often optional.
_DATABASES = frozenset({"postgres", "mysql", "mariadb", "mongo"})
_COMMENTED_NAME = re.compile(r"#\s*([A-Za-z_][A-Za-z0-9_]*)\s*=")


def switched_off(
    tree: RepoTree, env_files: list[str], required: Collection[str] = ()
) -> dict[str, str]:
    """Kinds the app's env examples name only in comments: kind -> `file:line`. A database
    line setting a variable the code reads with no default (`#DATABASE = "mongodb://..."`
    for `mongoose.connect(process.env.DATABASE)`) is a placeholder to uncomment, not off."""
    live, off = _read(tree, env_files, _WORDS)
    return {k: v for k, v in off.items() if k not in live and not _placeholder(k, v, required)}


def _placeholder(kind: str, where: str, required: Collection[str]) -> bool:
    named = _COMMENTED_NAME.search(where.split(" ", 1)[-1])
    return kind in _DATABASES and named is not None and named.group(1) in required


def switched_on(tree: RepoTree, env_files: list[str]) -> set[str]:
    """Kinds the app's env examples name in live settings: the default configuration's."""
    return _read(tree, env_files, {**_WORDS, **_SQL_URLS})[0]


def _read(
    tree: RepoTree, env_files: list[str], words: dict[str, re.Pattern[str]]
) -> tuple[set[str], dict[str, str]]:
    live: set[str] = set()
    off: dict[str, str] = {}
    for path in env_files:
        text = tree.text(path) or ""
        if not _SETTING.search(text):  # nothing live: an all-comment file says no default
            continue
        for number, line in enumerate(text.splitlines(), 1):
            commented = line.lstrip().startswith("#")
            if _PIN.match(line.lstrip("# ")):
                continue
            for kind, pattern in words.items():
                if not pattern.search(line):
                    continue
                if commented:
                    off.setdefault(kind, f"{path}:{number} {line.strip()}")
                else:
                    live.add(kind)
    return live, off
