"""The database a Node app's Prisma schema names: `provider = "postgresql"`."""

from __future__ import annotations

import posixpath
import re
from typing import Any

from devenv.detect.manifests import table
from devenv.detect.model import Dependency, ServiceNeed, evidence
from devenv.detect.tree import RepoTree, ancestors, join

# At a line's start: a commented-out datasource (`//   provider = "postgresql"`) is an option.
_PRISMA = re.compile(
    r'^\s*provider\s*=\s*"(postgresql|postgres|mysql|mongodb|cockroachdb)"', re.MULTILINE
)
_PRISMA_SQLITE = re.compile(r'^\s*provider\s*=\s*"sqlite"', re.MULTILINE)
_SCHEMA_ARG = re.compile(r"--schema[= ]\s*[\"']?([\w./-]+\.prisma)")
# Schemas of examples, tests and templates: not the app's database.
_NOT_THE_APPS = re.compile(r"(^|/)(examples?|tests?|e2e|fixtures?|templates?|node_modules)/")
_USUAL = ("prisma/schema.prisma", "schema.prisma", "src/prisma/schema.prisma")
_PRISMA_SERVICE = {"postgresql": "postgres", "postgres": "postgres", "cockroachdb": "postgres"}


def prisma_services(
    tree: RepoTree, folder: str, deps: list[Dependency], data: dict[str, Any]
) -> list[ServiceNeed]:
    if not any(d.name in ("prisma", "@prisma/client") for d in deps):
        return []
    paths = _schema_paths(tree, folder, data)
    found = [need for path in paths for need in _prisma_need(tree, path)][:1]
    # None in the usual places: the schemas of the projects below (an Nx workspace's root
    # holds @prisma/client, packages/api/prisma/schema.prisma the schema), when they agree.
    below = [need for path in _schemas_below(tree, folder) for need in _prisma_need(tree, path)]
    if not found and len({n.type for n in below}) == 1:
        found = below[:1]
    # Still none: the workspace root's schema (`prisma generate` is a root script, the
    # packages import the generated client).
    for parent in [] if found else ancestors(folder):
        found = [need for name in _USUAL for need in _prisma_need(tree, join(parent, name))][:1]
        if found:
            break
    return found


def prisma_sqlite(tree: RepoTree, folder: str, data: dict[str, Any]) -> str | None:
    """The app's own Prisma schema keeps its data in SQLite (Prisma's engine embeds it, no
    driver package says so): anything-llm's server, whose SQL drivers serve an agent tool."""
    deps = {**table(data, "dependencies"), **table(data, "devDependencies")}
    if not {"prisma", "@prisma/client"} & set(deps):
        return None
    for path in _schema_paths(tree, folder, data):
        text = tree.text(path) or ""
        if (match := _PRISMA_SQLITE.search(text)) and not _PRISMA.search(text):
            return evidence(path, text, match)
    return None


def _schema_paths(tree: RepoTree, folder: str, data: dict[str, Any]) -> list[str]:
    # Where package.json puts the schema (`"prisma": {"schema": ...}`, `prisma generate
    # --schema ./libs/db/schema.prisma`), then the usual places, a schema folder's files last.
    named = [table(data, "prisma").get("schema")]
    named += [
        m.group(1) for s in table(data, "scripts").values() for m in _SCHEMA_ARG.finditer(str(s))
    ]
    split = sorted(n for n in tree.names(join(folder, "prisma/schema")) if n.endswith(".prisma"))
    places = [n.removeprefix("./") for n in named if isinstance(n, str)] + list(_USUAL)
    return [
        posixpath.normpath(join(folder, n)) for n in places + [f"prisma/schema/{n}" for n in split]
    ]


def _prisma_need(tree: RepoTree, path: str) -> list[ServiceNeed]:
    text = tree.text(path) or ""
    match = _PRISMA.search(text)
    if not match:
        return []
    provider = match.group(1)
    service = _PRISMA_SERVICE.get(provider, "mongo" if provider == "mongodb" else provider)
    return [ServiceNeed(service, evidence(path, text, match))]


def _schemas_below(tree: RepoTree, folder: str) -> list[str]:
    prefix = "" if folder == "." else folder + "/"
    return sorted(
        p
        for p in tree.texts
        if p.startswith(prefix)
        and p.endswith("/schema.prisma")
        and not _NOT_THE_APPS.search(p[len(prefix) :])
    )
