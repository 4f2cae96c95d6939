"""The plan as JSON for `devenv init --json`: a stable shape, documented in README.md."""

from __future__ import annotations

import shlex
from typing import Any

from devenv.detect.model import AppFinding, Choice
from devenv.detect.plan import Plan, PlannedApp
from devenv.project import resolve_commands
from devenv.spec.model import Spec


def decision(choice: Choice[Any] | None) -> dict[str, Any] | None:
    return None if choice is None else {"value": choice.value, "why": list(choice.why)}


def resolved_commands(app: PlannedApp, spec: Spec | None) -> tuple[str | None, str | None]:
    """The dev and prod commands that will run, conventions included."""
    if spec is None or app.name not in spec.apps:
        return None, None
    dev, prod = resolve_commands(spec.apps[app.name])
    return (shlex.join(dev) if dev else None), (shlex.join(prod) if prod else None)


def _command(
    choice: Choice[Any] | None, resolved: str | None, framework: str
) -> dict[str, Any] | None:
    if choice is not None:
        return {"value": resolved, "why": list(choice.why)}
    if resolved is None:
        return None
    return {"value": resolved, "why": [f"devenv's convention for framework {framework}"]}


def _app(app: PlannedApp, spec: Spec | None) -> dict[str, Any]:
    found = app.finding
    dev, prod = resolved_commands(app, spec)
    return {
        **_finding(found, app.name),
        "version": decision(app.version),
        "port": decision(app.port),
        "host_port": decision(app.host_port),
        "command": _command(found.command, dev, found.framework.value),
        "prod_command": _command(found.prod_command, prod, found.framework.value),
        "processes": [
            {"name": name, "command": app.fill(c.value), "why": list(c.why)}
            for name, c in found.processes
        ],
        "uses": list(app.uses) if app.uses is not None else None,
        "dockerfile": decision(app.dockerfile),
        "setup": decision(found.setup),
        "env": [
            {"name": name, "value": app.fill(c.value), "why": list(c.why)}
            for name, c in found.settings
        ],
        "system_packages": decision(found.system_packages),
        "build_packages": decision(found.build_packages),
        "requirements": decision(found.requirements),
    }


def _finding(found: AppFinding, name: str | None) -> dict[str, Any]:
    return {
        "name": name,
        "path": found.path,
        "templated": found.templated,
        "manifest": found.manifest,
        "language": decision(found.language),
        "version": decision(found.version),
        "package_manager": decision(found.package_manager),
        "framework": decision(found.framework) if found.templated else None,
        "services": [{"type": s.type, "why": s.why} for s in found.services],
        "notes": list(found.notes),
    }


def plan_json(
    plan: Plan, spec: Spec | None, spec_data: dict[str, Any] | None, files: list[dict[str, Any]]
) -> dict[str, Any]:
    """{"name", "apps", "services", "notes", "compose_files", "spec", "files"}: README.md."""
    return {
        "name": decision(plan.name),
        "apps": [_app(app, spec) for app in plan.apps]
        + [_finding(found, None) for found in plan.untemplated],
        "services": [
            {"name": s.name, "apps": list(s.apps), "why": list(s.why), "env_var": s.env_var}
            for s in plan.services
        ],
        "notes": list(plan.notes),
        "compose_files": list(plan.compose_files),
        "spec": spec_data,
        "files": files,
    }
