"""What the stack commands print as plain lines: report lines and the services' table. No
Click here: a plain `up` that the converged record answers prints them before Click loads
(devenv/entry.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from devenv.console import IO, current
from devenv.errors import UsageError
from devenv.style import style

if TYPE_CHECKING:
    from devenv.engine.progress import Mode, Reporter
    from devenv.engine.status import ServiceRow
    from devenv.engine.steps import Step

# --progress: a live view on a terminal, plain lines when piped, or nothing.
PROGRESS_MODES = ("auto", "tty", "plain", "quiet")


def reporter_for(mode: str, io: IO | None = None) -> Reporter:
    # The reporters load the plans' vocabulary: a no-op `up` that ends early never needs them.
    from devenv.engine.progress import choose_reporter

    return choose_reporter(_mode(mode), io or current())


def _mode(mode: str) -> Mode:
    if mode in PROGRESS_MODES:
        return mode  # type: ignore[return-value]
    raise UsageError(f"unknown progress mode {mode}")


def echo(text: str, io: IO | None = None) -> None:
    """One report line on the command's output (see IO.line for when styles show)."""
    (io or current()).line(text)


def print_rows(rows: list[ServiceRow], io: IO | None = None) -> None:
    """The services as an aligned table; plain text, so `ps` needs no rendering library."""
    io = io or current()
    colours = {"running": "green", "missing": "bright_black"}
    header = ("SERVICE", "STATE", "PORTS", "URL")
    cells = [
        (
            row.service,
            row.state + (f" ({row.health})" if row.health else ""),
            ", ".join(row.ports),
            row.endpoint or "",
        )
        for row in rows
    ]
    widths = [max([len(h)] + [len(c[i]) for c in cells]) for i, h in enumerate(header)]

    def line(values: tuple[str, ...], state_colour: str | None = None) -> str:
        padded = [v.ljust(w) for v, w in zip(values, widths, strict=True)]
        if state_colour:  # the padding stays outside the colour, so the line can be stripped
            padded[1] = style(values[1], fg=state_colour) + padded[1][len(values[1]) :]
        return "  ".join(padded).rstrip()

    io.line(style(line(header), bold=True))
    for row, values in zip(rows, cells, strict=True):
        colour = "red" if row.health == "unhealthy" else colours.get(row.state, "yellow")
        io.line(line(values, colour))


def print_plan(steps: list[Step], notes: tuple[str, ...], io: IO | None = None) -> None:
    """What a dry run would do, step by step, with each step's reason."""
    if not steps:
        echo("nothing to do: the stack matches devenv.yaml", io)
    for step in steps:
        reason = style(step.reason, dim=True)
        echo(f"  {step.action.value:<15} {step.target}  {reason}", io)
    for note in notes:
        echo(f"{style('note:', fg='yellow')} {note}", io)


def say_up_to_date(project: str, io: IO) -> None:
    io.line(f"{style('up to date', fg='green')}: nothing to change in {project}")


def up_to_date_by_record(spec_file: Path, io: IO) -> bool:
    """A plain `up` of the default instance that the converged record answers: the same
    report as the full plan's, after one look at the engine (see devenv/converged.py)."""
    from devenv import converged
    from devenv.engine.docker_api import Engine

    found = converged.still_converged(spec_file, Engine.connect())
    if found is None:
        return False
    name, rows = found
    say_up_to_date(name, io)
    print_rows(rows, io)
    return True
