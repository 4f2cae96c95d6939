"""Whether a repository connects its app to a database server, where its settings say SQLite.

A settings module that picks SQLite, outright or as the default of a variable
(`os.getenv("DATABASE_URL", "sqlite:///app.db")`), runs without a server. A compose file that
also runs postgres does not change that by itself: it may be the production setup, or an
alternative the settings leave commented out. The server is the app's when the repository
wires it: a compose file gives the app its URL or engine, an env file names it, or the settings
read a host for it (`SQL_HOST`, `DB_HOST`).
"""

from __future__ import annotations

import posixpath
import re

from devenv.detect.manifests import load_yaml
from devenv.detect.tree import RepoTree

# A setting that says where a database server is: read in settings, given in env files.
SERVER_SETTING = re.compile(
    r"\b(?:SQL|DB|DATABASE|POSTGRES(?:QL)?|PG|MYSQL|MARIADB)_(?:HOST|SERVER|PORT)\b"
)
# Settings modules that configure the test suite or CI (settings/unittests.py, config/ci.py):
# the SQLite they pick says nothing about development.
TEST_SETTINGS = re.compile(
    r"(?i)(^|[/_-])(unit_?tests?|tests?|testing|ci)(_settings|_config)?\.py$"
)


def compose_environment(tree: RepoTree) -> list[tuple[str, str]]:
    """(`file`, `KEY=value`) for every environment entry of the repository's compose files:
    how they wire the services they run to the apps they build."""
    found = []
    for path in tree.dev_compose_files:
        data = load_yaml(tree.text(path))
        services = data.get("services") if isinstance(data, dict) else None
        for body in services.values() if isinstance(services, dict) else ():
            if _runs_the_repository(body):
                found += [(path, entry) for entry in environment_entries(body)]
                found += _env_file_entries(tree, path, body)
    return found


# A test suite's env file (docker/config/test.env): its database is the tests'.
_TEST_ENV_FILE = re.compile(r"(?i)(^|[._-])tests?([._-]|$)")
_ENV_ENTRY = re.compile(r"^[ \t]*(?:export[ \t]+)?([A-Za-z_]\w*=[^\n]*)$", re.M)


def _env_file_entries(tree: RepoTree, compose: str, body: object) -> list[tuple[str, str]]:
    """(`file`, `KEY=value`) for the entries of the env files a service reads (`env_file:`):
    socorro's webapp gets its DATABASE_URL from docker/config/local_dev.env."""
    named = body.get("env_file") if isinstance(body, dict) else None
    named = [named] if isinstance(named, (str, dict)) else named
    found = []
    for item in named if isinstance(named, list) else ():
        name = item.get("path") if isinstance(item, dict) else item
        if not isinstance(name, str) or "$" in name:
            continue
        path = posixpath.normpath(posixpath.join(posixpath.dirname(compose), name))
        if _TEST_ENV_FILE.search(posixpath.basename(path)):
            continue
        found += [(path, m.group(1).strip()) for m in _ENV_ENTRY.finditer(tree.text(path) or "")]
    return found


def _runs_the_repository(body: object) -> bool:
    """A service built here, or one whose image mounts the repository: not a released image
    run as a deployment (`image: usefathom/fathom:latest`), whose wiring is production's."""
    if not isinstance(body, dict) or "build" in body or "image" not in body:
        return True
    volumes = body.get("volumes")
    mounts = [str(v) for v in volumes] if isinstance(volumes, list) else []
    return any(
        m.startswith((".:", "./:", "${", "../")) or m.split(":")[0] in (".", "./", "..")
        for m in mounts
    )


def environment_entries(body: object) -> list[str]:
    environment = body.get("environment") if isinstance(body, dict) else None
    if isinstance(environment, dict):
        return [f"{k}={'' if v is None else v}" for k, v in environment.items()]
    if isinstance(environment, list):
        return [str(e) for e in environment]
    return []
