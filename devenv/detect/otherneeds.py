"""Node and Go apps: the variables their code reads, wired to their services, and Prisma's
migrations as the setup step. (Python apps get more: devenv.detect.pysetup.)"""

from __future__ import annotations

from dataclasses import replace

from devenv.catalog import CATALOG
from devenv.detect.envvars import env_reads, sample_values
from devenv.detect.model import AppFinding, Choice
from devenv.detect.tree import RepoTree, join
from devenv.detect.wiring import wire

_SOURCE_ENDINGS = (".js", ".mjs", ".cjs", ".ts", ".mts", ".go", ".prisma")


def complete(tree: RepoTree, finding: AppFinding) -> AppFinding:
    if finding.language.value == "python":
        return _without_stale(finding)
    if finding.language.value not in ("node", "go") or not finding.runnable:
        return finding
    files = [p for p in tree.under(finding.path, max_depth=4) if p.endswith(_SOURCE_ENDINGS)]
    services = {need.type for need in finding.services}
    env, notes = wire(env_reads(tree, files), sample_values(tree, finding.path), services, ())
    settled = dict(finding.env)
    settings = tuple((name, choice) for name, choice in env if name not in settled)
    finding = replace(
        finding, settings=(*finding.settings, *settings), notes=(*finding.notes, *notes)
    )
    migrations = join(finding.path, "prisma/migrations")
    if finding.language.value == "node" and any(tree.under(migrations, max_depth=2)):
        setup = Choice("npx prisma migrate deploy", (f"{migrations}: Prisma's migrations",))
        finding = replace(finding, setup=setup)
    return finding


def required_names(tree: RepoTree, finding: AppFinding) -> set[str]:
    """Variables a Node or Go app's code reads with no default."""
    if finding.language.value not in ("node", "go"):
        return set()
    files = [p for p in tree.under(finding.path, max_depth=4) if p.endswith(_SOURCE_ENDINGS)]
    return {read.name for read in env_reads(tree, files) if not read.has_default}


def _without_stale(finding: AppFinding) -> AppFinding:
    """Drop the wiring to services that weighing took away (a Python app's is done earlier)."""
    kinds = {need.type for need in finding.services}
    gone = [k for k in CATALOG if k not in kinds]
    settings = tuple(
        (name, c)
        for name, c in finding.settings
        if not any(f"the {kind} service" in why for kind in gone for why in c.why)
    )
    hostnames = tuple(h for h in finding.hostnames if h.type in kinds)
    logins = tuple(found for found in finding.logins if found.type in kinds)
    return replace(finding, settings=settings, hostnames=hostnames, logins=logins)
