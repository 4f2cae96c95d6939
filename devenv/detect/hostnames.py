"""Host names a repository already uses for its services (`...@db:5432`, Django's 'HOST': 'db').

Many repositories hard-code the name their own docker-compose.yml gave a service, in
alembic.ini, a settings default or a sample .env. Giving devenv's service that name as a
network alias makes those files work unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from devenv.detect.model import HostName, ServiceNeed
from devenv.detect.tree import RepoTree

_SCHEMES = {
    "postgres": "postgres",
    "postgresql": "postgres",
    "mysql": "mysql",
    "mariadb": "mysql",
    "redis": "redis",
    "rediss": "redis",
    "mongodb": "mongo",
    "amqp": "rabbitmq",
}
_URL = re.compile(
    r"\b(postgres|postgresql|mysql|mariadb|redis|rediss|mongodb|amqp)(?:\+\w+)?://"
    r"(?:[^@/\s\"']*@)?([a-z][a-z0-9_-]{0,62})(?::\d+)?(?=[/\"'\s]|$)",
    re.MULTILINE,
)
_DJANGO_HOST = re.compile(r"[\"']HOST[\"']\s*:\s*[\"']([a-z][a-z0-9_-]{0,62})[\"']")
_NOT_ALIASES = frozenset({"localhost", "host", "hostname", "example", "user", "password"})


def service_hostnames(
    tree: RepoTree, files: Iterable[str], services: Collection[ServiceNeed]
) -> tuple[HostName, ...]:
    """The other names the repository reaches its services by, each with where it says so."""
    kinds = {need.type for need in services}
    sql = "mysql" if "mysql" in kinds else "mariadb" if "mariadb" in kinds else "postgres"
    found: dict[tuple[str, str], str] = {}
    for path in files:
        text = tree.text(path) or ""
        for match in _URL.finditer(text):
            kind = _SCHEMES[match.group(1)]
            kind = sql if kind == "mysql" else kind
            _add(found, kinds, kind, match.group(2), path, text, match.start())
        if path.endswith(".py"):
            for match in _DJANGO_HOST.finditer(text):
                _add(found, kinds, sql, match.group(1), path, text, match.start())
    return tuple(HostName(kind, host, why) for (kind, host), why in found.items())


def _add(
    found: dict[tuple[str, str], str],
    kinds: Collection[str],
    kind: str,
    host: str,
    path: str,
    text: str,
    start: int,
) -> None:
    if kind in kinds and host != kind and host not in _NOT_ALIASES:
        line = text.count("\n", 0, start) + 1
        found.setdefault((kind, host), f"{path}:{line}")
