"""Services of a workspace's libraries flow to the apps that depend on them.

The Prisma schema in `packages/db` and bullmq in `packages/queue` say that `apps/web`, which
depends on those packages, needs Postgres and Redis, though its own package.json names neither.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Mapping
from dataclasses import replace

from devenv.detect.manifests import load_json, table
from devenv.detect.model import AppFinding, ServiceNeed
from devenv.detect.nodefilter import run_by_name
from devenv.detect.nodekind import SERVER_FRAMEWORKS
from devenv.detect.tree import RepoTree, ancestors, join

_SECTIONS = ("dependencies", "devDependencies", "peerDependencies")


def _package(tree: RepoTree, folder: str) -> tuple[str | None, set[str]]:
    data, _ = load_json(tree.text(join(folder, "package.json")))
    name = data.get("name")
    deps: set[str] = set()
    for section in _SECTIONS:
        deps |= {d.lower() for d in table(data, section)}
    return (name.lower() if isinstance(name, str) else None), deps


def inherit_services(
    tree: RepoTree, apps: list[AppFinding], findings: Mapping[str, AppFinding]
) -> list[AppFinding]:
    """Each Node app with the services of the workspace packages it depends on, transitively.

    `findings` maps every Node package folder (apps and libraries alike) to its finding.
    """
    packages = {folder: _package(tree, folder) for folder in findings}
    by_name = {name: folder for folder, (name, _) in packages.items() if name}
    result = []
    for app in apps:
        if app.path not in packages or app.language.value != "node":
            result.append(app)
            continue
        needs = list(app.services)
        have = {n.type for n in needs}
        seen = {app.path}
        queue = sorted(packages[app.path][1])
        root = _root_holding_dependencies(app.path, findings) if not queue else None
        for need in findings[root].services if root else ():
            if need.type not in have:  # a monorepo that keeps every dependency at its root
                have.add(need.type)
                needs.append(ServiceNeed(need.type, f"{need.why} (the workspace root's)"))
        while queue:
            folder = by_name.get(queue.pop(0))
            if folder is None or folder in seen:
                continue
            seen.add(folder)
            name = packages[folder][0]
            for need in findings[folder].services:
                if need.type not in have:
                    have.add(need.type)
                    needs.append(ServiceNeed(need.type, f"{need.why} (via {name}, {folder})"))
            queue += sorted(packages[folder][1])
        result.append(replace(app, services=tuple(needs)))
    return result


def _root_holding_dependencies(folder: str, findings: Mapping[str, AppFinding]) -> str | None:
    """The workspace root above a package without dependencies, when the root has services."""
    above = [f for f in ancestors(folder) if f in findings and not findings[f].runnable]
    return next((f for f in above if findings[f].services), None)


# Frameworks of front ends whose dev server runs on its own.
_FRONT_ENDS = frozenset({"vite", "next"})


def drop_used_libraries(
    tree: RepoTree, apps: list[AppFinding], findings: Mapping[str, AppFinding]
) -> tuple[list[AppFinding], list[str]]:
    """Workspace packages other packages depend on are libraries, unless they are servers.

    `hoppscotch-common` has a `dev` script, but the web apps import it: it is not run alone.
    """
    packages = {folder: _package(tree, folder) for folder in findings}
    used_by: dict[str, list[str]] = {}
    for folder, (_, deps) in sorted(packages.items()):
        for dep in deps:
            used_by.setdefault(dep, []).append(folder)
    kept, notes = [], []
    bundles = _bundles(apps, packages)
    # A bundle named for development (atproto's packages/dev-env, a dev-server) is what the
    # developers run: the servers it starts are its libraries there.
    dev_bundles = {path: b for path, b in bundles.items() if _named_for_dev(path)}
    inside = {s: path for path, b in dev_bundles.items() for s in b.split(", ")}
    for app in apps:
        name, deps = packages.get(app.path, (None, set()))
        if app.path in inside:
            notes.append(f"{app.path}: run inside {inside[app.path]}, the development bundle")
            continue
        if app.path in bundles and app.path not in dev_bundles:
            notes.append(f"{app.path}: runs {bundles[app.path]} in one process, an alternative")
            continue
        # A user of the same name depends on the registry's package of that name: Exceptionless'
        # legacy ClientApp.angular, also named `exceptionless`, uses the published client.
        users = [u for u in used_by.get(name or "", []) if packages[u][0] != name]
        users = [u for u in users if u not in bundles] if name else []
        user = users[0] if users else None
        server = any(d in deps for d in SERVER_FRAMEWORKS)
        # A front end only servers depend on: they serve its build; its dev server runs alone.
        served = app.framework.value in _FRONT_ENDS and all(_is_server(packages[u]) for u in users)
        served = served or run_by_name(tree, app.path)
        # The workspace's apps/ folder holds what it runs, whoever else imports one of them.
        an_app = posixpath.basename(posixpath.dirname(app.path)) == "apps"
        if app.language.value == "node" and user and not (server or served or an_app):
            notes.append(f"{app.path}: a library of the workspace ({user} depends on {name})")
            continue
        kept.append(app)
    return kept, notes


def _bundles(
    apps: list[AppFinding], packages: Mapping[str, tuple[str | None, set[str]]]
) -> dict[str, str]:
    """Node apps that depend on two or more of the workspace's servers: an all-in-one build
    of them (dittofeed's lite, standardnotes' home-server) -> the servers it bundles."""
    node = [a.path for a in apps if a.language.value == "node" and a.path in packages]
    servers = {packages[p][0]: p for p in node if packages[p][0] and _is_server(packages[p])}
    found = {}
    for path in node:
        bundled = sorted(servers[d] for d in packages[path][1] if d in servers)
        if len(bundled) >= 2:
            found[path] = ", ".join(bundled)
    return found


def _named_for_dev(path: str) -> bool:
    return "dev" in re.split(r"[-_.]", posixpath.basename(path).lower())


def _is_server(package: tuple[str | None, set[str]]) -> bool:
    return any(d in package[1] for d in SERVER_FRAMEWORKS)
