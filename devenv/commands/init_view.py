"""What `devenv init` shows and asks: the plan with its reasons, and the adjust prompts."""

from __future__ import annotations

import re
import shlex

import click
from rich.markup import escape as escape_markup

from devenv.catalog import CATALOG
from devenv.console import out
from devenv.detect.model import Choice, Command
from devenv.detect.plan import Choices, Plan, PlannedApp
from devenv.detect.report import resolved_commands
from devenv.errors import printable
from devenv.spec.checks import did_you_mean
from devenv.spec.model import VERSION_PATTERN, Spec


def escape(text: str) -> str:
    """Repository text as shown: no markup, no terminal escapes, one line."""
    return escape_markup(printable(text))


def _why(choice: Choice[object] | None) -> str:
    return "; ".join(choice.why) if choice else ""


def _command_text(command: Command) -> str:
    return command if isinstance(command, str) else shlex.join(command)


def show_plan(plan: Plan, spec: Spec | None, where: str) -> None:
    count = len(plan.apps)
    noun = "app" if count == 1 else "apps"
    if count:  # with no app, the error that follows says it all
        out.print(
            f"[bold]devenv init[/]: {count} {noun} in {escape(where)}, "
            f"project {escape(plan.name.value)}"
        )
    for app in plan.apps:
        _show_app(app, spec)
    if plan.services:
        out.print("\n[bold]services[/]")
        for service in plan.services:
            used = f"for {', '.join(service.apps)}" if service.apps else ""
            _row(service.name, used, "; ".join(service.why))
            for host, why in service.aliases:
                _row("", f"also reachable as {host}", why)
            if service.login:
                login = service.login.login
                _row("", f"user {login.user}, database {login.database}", service.login.why)
    for found in plan.untemplated:
        language = found.language.value
        needs = ", ".join(f"{s.type} ({s.why})" for s in found.services) or "none found"
        out.print(
            f"\n[bold yellow]not templated yet[/]: {escape(found.path)} is {escape(language)} "
            f"({escape(_why(found.language))}); services: {escape(needs)}"
        )
    if plan.notes:
        out.print("\n[bold]notes[/]")
        for note in plan.notes:
            out.print(f"  - {escape(note)}")
    out.print()


def _row(label: str, value: str, why: str) -> None:
    # Plain lines rather than a table: reasons are long, and a table would wrap them to
    # unreadable slivers on an 80-column terminal.
    reason = f"  [dim]({escape(why)})[/]" if why else ""
    out.print(f"  [cyan]{escape(label):<16}[/] {escape(value)}{reason}")


def _show_app(app: PlannedApp, spec: Spec | None) -> None:
    found = app.finding
    out.print(f"\n[bold]app {escape(app.name)}[/] ({escape(found.path)})")
    rows: list[tuple[str, str, str]] = [
        ("language", found.language.value, _why(found.language)),
        ("version", app.version.value if app.version else "", _why(app.version)),
    ]
    if found.package_manager:
        rows.append(("package manager", found.package_manager.value, _why(found.package_manager)))
    rows.append(("framework", found.framework.value, _why(found.framework)))
    if app.port:
        rows.append(("port", str(app.port.value), _why(app.port)))
    if app.host_port:
        rows.append(("host port", str(app.host_port.value), _why(app.host_port)))
    dev, prod = resolved_commands(app, spec)
    convention = f"devenv's convention for {found.framework.value}"
    rows.append(("command", dev or "", _why(found.command) or convention))
    if prod and prod != dev:
        rows.append(("prod command", prod, _why(found.prod_command) or convention))
    for name, choice in found.processes:
        rows.append((name, _command_text(app.fill(choice.value)), _why(choice)))
    if found.setup:
        rows.append(("setup", _command_text(app.fill(found.setup.value)), _why(found.setup)))
    for label, packages in (
        ("packages", found.system_packages),
        ("build packages", found.build_packages),
    ):
        if packages:
            rows.append((label, " ".join(packages.value), _why(packages)))
    for name, setting in found.settings:
        rows.append((name, str(app.fill(setting.value)), _why(setting)))
    if app.uses is not None:
        rows.append(("uses", ", ".join(app.uses) or "no services", ""))
    if app.dockerfile.value != "Dockerfile":
        rows.append(("dockerfile", app.dockerfile.value, _why(app.dockerfile)))
    for label, value, why in rows:
        _row(label, value, why)


def confirm(plan: Plan) -> str:
    """ "y" to write, "a" to adjust, "n" to stop."""
    answer: str = click.prompt(
        "Write devenv.yaml and the generated files? [y]es, [a]djust, [n]o",
        default="y",
        type=click.Choice(["y", "a", "n"], case_sensitive=False),
        show_choices=False,
    )
    return answer.lower()


def adjust(plan: Plan, choices: Choices) -> Choices:
    """Ask for the services, and each app's port and version; returns the new choices."""
    detected = [s.name for s in plan.services if "--service" not in s.why]
    current = [s.name for s in plan.services]
    services = _ask_services(current)
    ports = dict(choices.ports)
    versions = dict(choices.versions)
    for app in plan.apps:
        if app.port:
            ports[app.name] = click.prompt(
                f"{app.name}: port", default=app.port.value, type=click.IntRange(1, 65535)
            )
        if app.version:
            versions[app.name] = _ask_version(app.name, app.version.value)
    return Choices(
        name=plan.name.value,
        add=tuple(s for s in services if s not in detected),
        remove=tuple(s for s in detected if s not in services),
        ports=ports,
        versions=versions,
        force=choices.force,
    )


def _ask_services(current: list[str]) -> list[str]:
    while True:
        answer: str = click.prompt(
            f"Services, comma-separated, `-` for none ({', '.join(CATALOG)})",
            default=", ".join(current) or "-",
        )
        names = [n for n in re.split(r"[\s,]+", answer.strip()) if n and n != "-"]
        unknown = [n for n in names if n not in CATALOG]
        if not unknown:
            return list(dict.fromkeys(names))
        for name in unknown:
            out.print(
                f"  `{escape(name)}` is not in the catalog{did_you_mean(name, list(CATALOG))}"
            )


def _ask_version(app: str, default: str) -> str:
    while True:
        answer: str = click.prompt(f"{app}: version (image tag)", default=default)
        if re.fullmatch(VERSION_PATTERN, answer.strip()):
            return answer.strip()
        out.print('  expected an image tag such as "3.12" or "22"')
