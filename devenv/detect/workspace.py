"""Services of a workspace's libraries flow to the apps that depend on them.

The Prisma schema in `packages/db` and bullmq in `packages/queue` say that `apps/web`, which
depends on those packages, needs Postgres and Redis, though its own package.json names neither.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from devenv.detect.manifests import load_json, table
from devenv.detect.model import AppFinding, ServiceNeed
from devenv.detect.tree import RepoTree, join

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
