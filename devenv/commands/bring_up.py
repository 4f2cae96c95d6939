"""What `devenv up` does, without Click.

The Click command (devenv/commands/stack.py) turns its options into an UpRequest and calls
bring_up; so does the entry point for a plain `up` (devenv/pre_click.py), which then starts a
cold stack without importing Click at all. Neither asks the converged record here: each
caller has done that already, once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from devenv.commands.report import (
    print_plan,
    print_rows,
    reporter_for,
    say_up_to_date,
)

if TYPE_CHECKING:
    from devenv.console import IO
    from devenv.current_instance import Instance
    from devenv.engine.docker_api import Engine
    from devenv.engine.steps import Step

Ask = Callable[[str], bool]


class UpRequest(NamedTuple):
    """`devenv up`'s command line, as values."""

    spec_file: Path
    dry_run: bool = False
    force_build: bool = False
    remove_orphans: bool = False
    wait_all: bool = False
    wait_timeout: float = 120
    as_json: bool = False
    restore_branch: bool = False
    progress: str = "auto"
    instance: str | None = None  # --instance, where given

    @property
    def plain(self) -> bool:
        """Nothing asked beyond converging the default way: the converged record may answer."""
        return (
            not (
                self.dry_run
                or self.force_build
                or self.wait_all
                or self.as_json
                or self.restore_branch
            )
            and self.instance is None
        )


def confirm(question: str) -> bool:
    """Ask at the terminal; Click (which knows how) is loaded only when a question is asked.
    Ctrl-C at the prompt is an interruption wherever `up` was started from."""
    import click

    try:
        return click.confirm(question)
    except click.exceptions.Abort:
        raise KeyboardInterrupt from None


def bring_up(request: UpRequest, io: IO, ask: Ask | None) -> None:
    """Sync the generated files, converge the stack, remember it, and report.
    `ask` is None when nobody can answer a question (no terminal, or JSON output)."""
    from devenv import converged
    from devenv.engine.status import declared_services, service_rows
    from devenv.engine.steps import UpOptions
    from devenv.engine.up import run_up

    dry_run = request.dry_run
    instance, engine = _up_instance(request, io, ask)
    workspace = instance.workspace
    reporter = reporter_for("quiet" if request.as_json else request.progress, io)
    options = UpOptions(
        build=request.force_build, remove_orphans=request.remove_orphans, wait_all=request.wait_all
    )
    try:
        # The files first: compose.yaml and the Dockerfiles must say what devenv.yaml says.
        for change in workspace.sync_generated_files(dry_run=dry_run):
            if not change.settled:
                reporter.note(f"{change.status.value} {change.path} ({change.reason or 'new'})")
        # Read before planning: a file changed while `up` runs leaves a record that won't match.
        inputs = (
            None if dry_run else converged.inputs_of(request.spec_file, instance, request.instance)
        )
        result = run_up(
            workspace.project,
            workspace.root,
            engine,
            reporter,
            options,
            dry_run=dry_run,
            wait_timeout=request.wait_timeout,
        )
    finally:
        reporter.close()
    steps = (
        result.first_plan.steps() if dry_run else [*result.first_plan.images, *result.plan.steps()]
    )
    # One observation per command: when nothing changed, what `up` saw is still what runs.
    rows = []
    if not dry_run:
        running = result.observed.containers
        if not result.changed_nothing:
            running = engine.containers(workspace.name)
        rows = service_rows(declared_services(workspace.project), running)
        converged.remember(
            request.spec_file, instance, inputs, result.plan, result.observed, running
        )
    if request.as_json:
        io.print_json(
            {
                "project": workspace.name,
                "dry_run": dry_run,
                "steps": [_step_json(s) for s in steps],
                "notes": list(result.plan.notes),
                "services": [row.to_json() for row in rows],
            }
        )
        return
    if dry_run:
        print_plan(steps, result.plan.notes, io)
        return
    if not steps:
        say_up_to_date(workspace.name, io)
    print_rows(rows, io)


def _up_instance(request: UpRequest, io: IO, ask: Ask | None) -> tuple[Instance, Engine]:
    """The instance `up` brings up, with its ports chosen (and written to .env), and its
    branch's snapshot restored first when asked. The spec is read before the engine is
    reached, so a spec error is reported first."""
    from devenv.current_instance import open_instance, prepare_ports
    from devenv.engine.docker_api import Engine

    instance = open_instance(request.spec_file, request.instance)
    engine = Engine.connect()
    instance = prepare_ports(instance, engine, ask=ask, dry_run=request.dry_run)
    if not instance.identity.is_default and not request.as_json:
        written = "would be written to .env" if request.dry_run else "written to .env"
        io.err.print(
            f"instance [bold]{escape(instance.identity.instance)}[/] "
            f"(project {escape(instance.name)}, from {instance.identity.source}); "
            f"its project name and ports {written}"
        )
    if request.restore_branch and not request.dry_run:
        _restore_branch(engine, instance, io)
    return instance, engine


def _restore_branch(engine: Engine, instance: Instance, io: IO) -> None:
    from devenv.commands.snapshot import branch_name, say, target_of
    from devenv.engine import snapshots
    from devenv.errors import Refused

    name = branch_name(instance)
    found = snapshots.find_snapshot(engine, instance.identity.name, name)
    if found is None:
        io.err.print(f"no snapshot {escape(name)} yet: starting with the current data")
        return
    try:
        snapshots.restore(engine, target_of(instance), found, say, overwrite=False)
    except Refused as refused:
        io.err.print(f"[yellow]kept the current data:[/] {escape(refused.message)}")
        if refused.hint:
            io.err.print(f"[dim]{escape(refused.hint)}[/]")


def escape(text: str) -> str:
    # rich is loaded only when one of these messages is printed: `up` may print none.
    from rich.markup import escape as rich_escape

    return rich_escape(text)


def _step_json(step: Step) -> dict[str, str | None]:
    return {
        "action": step.action.value,
        "target": step.target,
        "reason": step.reason,
        "service": step.service,
    }
