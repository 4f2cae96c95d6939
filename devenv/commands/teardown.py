"""What `devenv down` does to one project, without Click: a plain `down` after a converged
`up` runs before Click loads (devenv/entry.py), and the `down` command runs the same code."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from devenv.commands.report import echo, print_plan, reporter_for

if TYPE_CHECKING:
    from devenv.console import IO
    from devenv.engine.api import EngineAPI


class DownOptions(NamedTuple):
    volumes: bool = False
    yes: bool = False
    timeout: int = 10  # seconds each container may take to stop before it is killed
    dry_run: bool = False
    progress: str = "auto"


def down_by_record(spec_file: Path, options: DownOptions, io: IO) -> bool:
    """A plain `down` after a converged `up` of the default instance, nothing changed since:
    the record names the project, so neither the project model nor the instance rules load."""
    from devenv import converged
    from devenv.engine.docker_api import Engine

    recorded = converged.recorded_project(spec_file)
    if recorded is None:
        return False
    down_one(Engine.connect(), recorded, options, io)
    if not options.dry_run:  # a dry run changed nothing: the record still holds
        converged.forget(spec_file, recorded)
    return True


def down_one(engine: EngineAPI, name: str, options: DownOptions, io: IO) -> None:
    """Stop and remove one project's containers and network (volumes only as asked)."""
    from devenv.engine.down import run_down

    reporter = reporter_for(options.progress, io)

    def confirm(names: list[str]) -> bool:
        if options.yes:
            return True
        if not io.interactive:
            return False
        import click

        return click.confirm(f"Remove volumes {', '.join(names)}? Their data will be lost")

    try:
        plan = run_down(
            engine,
            name,
            reporter,
            remove_volumes=options.volumes,
            confirm=confirm,
            stop_timeout=options.timeout,
            dry_run=options.dry_run,
        )
    finally:
        reporter.close()
    if options.dry_run:
        print_plan(plan.steps(), (), io)
    elif not plan.steps():
        echo(f"nothing to remove: project {name} has no containers or network", io)
    kept = plan.kept_volumes
    if kept:
        if len(kept) == 1:
            what = f"volume {kept[0]}"
        else:
            what = f"volumes {', '.join(kept)}" if len(kept) <= 4 else f"{len(kept)} volumes"
        echo(f"kept {what} (`devenv down --volumes` removes them)", io)
