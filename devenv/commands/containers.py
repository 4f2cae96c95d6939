"""`devenv ps`, `logs` and `exec`: look at and into the stack's containers."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import click

from devenv.commands.engine_options import (
    project_option,
    workspace_or_name,
)
from devenv.commands.instance_option import instance_option
from devenv.commands.options import spec_option, spec_option_long_only
from devenv.commands.report import echo, print_rows
from devenv.console import current
from devenv.engine.docker_api import Engine
from devenv.engine.logs import colour_for, follow_logs, read_logs
from devenv.engine.state import ContainerState
from devenv.engine.status import declared_services, service_rows
from devenv.engine.terminal import attach
from devenv.errors import Interrupted, OperationFailed, UsageError
from devenv.style import style
from devenv.template_files import SOURCE_OWNER_ENTRYPOINT


@click.command()
@spec_option
@project_option
@instance_option
@click.option("--json", "as_json", is_flag=True, help="Print the services as JSON.")
def ps(spec_file: Path, project_name: str | None, as_json: bool) -> None:
    """List the stack's services: state, health, ports and URL."""
    workspace, name = workspace_or_name(spec_file, project_name)
    containers = Engine.connect().containers(name)
    rows = service_rows(declared_services(workspace.project if workspace else None), containers)
    if as_json:
        current().print_json({"project": name, "services": [row.to_json() for row in rows]})
    else:
        print_rows(rows)


def _containers(engine: Engine, project: str, services: tuple[str, ...]) -> list[ContainerState]:
    found = [c for c in engine.containers(project) if not c.oneoff]
    missing = sorted(set(services) - {c.service for c in found})
    if missing:
        known = ", ".join(sorted({c.service for c in found})) or "none"
        raise UsageError(
            f"no container for {', '.join(missing)} in project {project} (running: {known})"
        )
    chosen = [c for c in found if not services or c.service in services]
    return sorted(chosen, key=lambda c: (c.service, c.number))


@click.command()
@spec_option_long_only
@project_option
@instance_option
@click.argument("services", nargs=-1)
@click.option("--follow", "-f", is_flag=True, help="Keep printing new output.")
@click.option("--tail", "-n", type=click.IntRange(min=0), help="Only the last N lines of each.")
@click.option("--no-prefix", is_flag=True, help="Print lines without the container name.")
def logs(
    spec_file: Path,
    project_name: str | None,
    services: tuple[str, ...],
    follow: bool,
    tail: int | None,
    no_prefix: bool,
) -> None:
    """Show the output of the stack's containers, each line prefixed with its container."""
    _, name = workspace_or_name(spec_file, project_name)
    engine = Engine.connect()
    containers = _containers(engine, name, services)
    width = max((len(c.name) for c in containers), default=0)
    colours = {c.name: colour_for(i) for i, c in enumerate(containers)}
    stopped = threading.Event()
    lines = (
        follow_logs(engine, containers, tail=tail, stopped=stopped)
        if follow
        else read_logs(engine, containers, tail=tail)
    )
    io = current()
    try:
        for container, line in lines:
            if no_prefix:
                echo(line, io)
            else:
                prefix = style(f"{container:<{width}} |", fg=colours[container])
                echo(f"{prefix} {line}", io)
    except KeyboardInterrupt:
        stopped.set()
        raise Interrupted("stopped following the logs") from None


@click.command(context_settings={"ignore_unknown_options": True, "allow_interspersed_args": False})
@spec_option
@project_option
@instance_option
@click.option("-T", "no_tty", is_flag=True, help="Do not allocate a terminal, even on one.")
@click.option("--env", "-e", "env", multiple=True, help="KEY=VALUE to set for the command.")
@click.option(
    "--user",
    "-u",
    help="Run as this user (name or UID[:GID]). Default: an app's dev container runs the "
    "command as the owner of the source, like its server; other services as their image says.",
)
@click.argument("service")
@click.argument("command", nargs=-1, required=True, type=click.UNPROCESSED)
@click.pass_context
def exec_(
    ctx: click.Context,
    spec_file: Path,
    project_name: str | None,
    no_tty: bool,
    env: tuple[str, ...],
    user: str | None,
    service: str,
    command: tuple[str, ...],
) -> None:
    """Run a command in a service's running container, e.g. `devenv exec web sh`."""
    _, name = workspace_or_name(spec_file, project_name)
    engine = Engine.connect()
    container = _containers(engine, name, (service,))[0]
    if not container.running:
        raise OperationFailed(
            f"{service} is not running ({container.status})", hint="Run `devenv up` first."
        )
    argv = _as_the_service_runs(engine, container.name, list(command), user)
    if current().interactive and not no_tty:
        session = engine.exec_interactive(container.name, argv, list(env), user)
        ctx.exit(attach(session))
    output, exit_code = engine.exec_stream(container.name, argv, list(env), user)
    for stdout, stderr in output:
        if stdout:
            sys.stdout.buffer.write(stdout)
            sys.stdout.buffer.flush()
        if stderr:
            sys.stderr.buffer.write(stderr)
            sys.stderr.buffer.flush()
    ctx.exit(exit_code() or 0)


exec_.name = "exec"


def _as_the_service_runs(
    engine: Engine, container: str, command: list[str], user: str | None
) -> list[str]:
    """Without --user, a command in a dev container of devenv's runs as its server does: as
    the owner of the bind-mounted source, so files it writes there (migrations, generated
    code) belong to the host user rather than root."""
    inspected = engine.container(container) if user is None else None
    if inspected is not None and inspected.entrypoint == (SOURCE_OWNER_ENTRYPOINT,):
        return [SOURCE_OWNER_ENTRYPOINT, *command]
    return command
