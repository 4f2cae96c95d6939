"""Host names and logins a repository already uses for its services (`postgres:pw@db/foo`).

Many repositories hard-code the name their own docker-compose.yml gave a service, in
alembic.ini, a settings default or a sample .env, and with it the user, password and database
that compose file created. Giving devenv's service that name as a network alias, and that
login as its own, makes those files work unchanged: the repository's config wins.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from urllib.parse import unquote

from devenv.catalog import CATALOG, DEFAULT_LOGIN, Login
from devenv.detect.model import HostName, ServiceLogin, ServiceNeed, line_at
from devenv.detect.tree import RepoTree
from devenv.spec.model import LOGIN_NAME_PATTERN, PASSWORD_PATTERN

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
# scheme://user:password@host[:port][/database]: a login only where both parts are written.
_LOGIN_URL = re.compile(
    r"\b(postgres|postgresql|mysql|mariadb|mongodb|amqp)(?:\+\w+)?://"
    r"([^:@/\s\"'$]+):([^@/\s\"'$]+)@([a-z][a-z0-9_.-]{0,62})(?::\d+)?"
    r"(?:/([^/?#\s\"']*))?(?=[/?#\"'\s]|$)",
    re.MULTILINE,
)
# Django's DATABASES entry spelled out: {'NAME': 'foo', 'USER': 'postgres', ...}.
_DJANGO_PARTS = {
    part: re.compile(rf"[\"']{key}[\"']\s*:\s*[\"']([^\"']+)[\"']")
    for part, key in (("user", "USER"), ("password", "PASSWORD"), ("database", "NAME"))
}
_LOCAL = frozenset({"localhost", "127.0.0.1"})
_VALID = {
    "user": re.compile(LOGIN_NAME_PATTERN),
    "password": re.compile(PASSWORD_PATTERN),
    "database": re.compile(LOGIN_NAME_PATTERN),
}


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
        line = line_at(text, start)
        found.setdefault((kind, host), f"{path}:{line}")


def service_logins(
    tree: RepoTree, files: Iterable[str], services: Collection[ServiceNeed]
) -> tuple[ServiceLogin, ...]:
    """The login each service is reached with where the config hard-codes one; first wins.

    Only URLs to a host inside the stack count (a localhost URL cannot work in a container
    anyway), and a test database is never the development one.
    """
    kinds = {need.type for need in services}
    sql = "mysql" if "mysql" in kinds else "mariadb" if "mariadb" in kinds else "postgres"
    found: dict[str, ServiceLogin] = {}
    for path in files:
        text = tree.text(path) or ""
        for match in _LOGIN_URL.finditer(text):
            kind = _SCHEMES[match.group(1)]
            kind = sql if kind == "mysql" else kind
            user, password, host, database = match.group(2, 3, 4, 5)
            if kind in kinds and kind not in found and host not in _LOCAL:
                parts = {"user": unquote(user), "password": unquote(password)}
                parts["database"] = unquote(database or "")
                _add_login(found, kind, parts, path, text, match.start())
        if path.endswith(".py") and sql in kinds and sql not in found:
            for match in _DJANGO_HOST.finditer(text):
                if match.group(1) not in _LOCAL:
                    parts = _django_parts(text, match.start())
                    _add_login(found, sql, parts, path, text, match.start())
    return tuple(found.values())


def _django_parts(text: str, start: int) -> dict[str, str]:
    """USER, PASSWORD and NAME literals in the dict around a 'HOST' entry."""
    begin, end = text.rfind("{", 0, start), text.find("}", start)
    block = text[begin + 1 : end if end >= 0 else len(text)]
    found = {part: pattern.search(block) for part, pattern in _DJANGO_PARTS.items()}
    return {part: match.group(1) for part, match in found.items() if match}


def _add_login(
    found: dict[str, ServiceLogin],
    kind: str,
    parts: dict[str, str],
    path: str,
    text: str,
    start: int,
) -> None:
    allowed = CATALOG[kind].login
    if not parts.get("user") or not parts.get("password") or kind in found:
        return
    database = parts.get("database", "")
    if re.search(r"(?:^|[_.-])test(?:s|ing)?(?:$|[_.-])|test$", database):
        return
    kept = {p: v for p, v in parts.items() if p in allowed and v and _VALID[p].match(v)}
    if "user" not in kept or "password" not in kept:
        return
    line = line_at(text, start)
    found[kind] = ServiceLogin(kind, Login(**{**_defaults(), **kept}), f"{path}:{line}")


def _defaults() -> dict[str, str]:
    return {
        "user": DEFAULT_LOGIN.user,
        "password": DEFAULT_LOGIN.password,
        "database": DEFAULT_LOGIN.database,
    }
