"""How `up` and friends show progress: a live view on a terminal, plain lines elsewhere.

Plain lines need nothing beyond devenv.style; rich is loaded only for the live view."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal, Protocol

from devenv.engine.steps import Action, Plan, Step
from devenv.errors import plain_text
from devenv.style import style

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

    from devenv.console import IO

Mode = Literal["auto", "tty", "plain", "quiet"]
_WORDS = {
    Action.PULL: ("pulling", "pulled"),
    Action.BUILD: ("building", "built"),
    Action.CREATE_NETWORK: ("creating", "created"),
    Action.CREATE_VOLUME: ("creating", "created"),
    Action.STOP: ("stopping", "stopped"),
    Action.REMOVE: ("removing", "removed"),
    Action.CREATE: ("creating", "created"),
    Action.START: ("starting", "started"),
    Action.RESTART: ("restarting", "restarted"),
    Action.REMOVE_NETWORK: ("removing", "removed"),
    Action.REMOVE_VOLUME: ("removing", "removed"),
}


class Reporter(Protocol):
    def plan(self, plan: Plan) -> None: ...
    def step(self, step: Step, status: Literal["started", "done"]) -> None: ...
    def output(self, target: str, line: str) -> None: ...
    def service(self, service: str, status: str) -> None: ...
    def note(self, text: str) -> None: ...
    def close(self) -> None: ...


def choose_reporter(mode: Mode, io: IO) -> Reporter:
    if mode == "auto":
        mode = "tty" if io.interactive else "plain"
    if mode == "quiet":
        return QuietReporter()
    if mode == "tty":
        return LiveReporter(io.out)
    return PlainReporter(_writer(io))


def _writer(io: IO) -> Callable[[str], None]:
    return io.line


class QuietReporter:
    """Prints nothing; errors still reach the user through the one error handler."""

    def plan(self, plan: Plan) -> None:
        pass

    def step(self, step: Step, status: Literal["started", "done"]) -> None:
        pass

    def output(self, target: str, line: str) -> None:
        pass

    def service(self, service: str, status: str) -> None:
        pass

    def note(self, text: str) -> None:
        pass

    def close(self) -> None:
        pass


class PlainReporter(QuietReporter):
    """One line per event: readable in CI logs and when piped."""

    def __init__(self, write: Callable[[str], None]) -> None:
        self.write = write
        self.started = time.monotonic()
        self.lock = threading.Lock()

    def _line(self, text: str) -> None:
        with self.lock:
            elapsed = style(f"{time.monotonic() - self.started:6.1f}s", dim=True)
            self.write(f"{elapsed} {text}")

    def step(self, step: Step, status: Literal["started", "done"]) -> None:
        if status == "done":
            self._line(f"{step.action.value} {step.target} ({step.reason})")

    def output(self, target: str, line: str) -> None:
        if line.startswith("Step "):  # the classic builder's step headers show progress enough
            self._line(style(f"{target} | {plain_text(line)}", dim=True))

    def service(self, service: str, status: str) -> None:
        self._line(f"{service} is {status}")

    def note(self, text: str) -> None:
        self._line(f"{style('note:', fg='yellow')} {text}")


class LiveReporter(QuietReporter):
    """A live table, one row per image or service, redrawn in place."""

    def __init__(self, console: Console) -> None:
        from rich.live import Live

        self.lock = threading.Lock()
        self.rows: dict[str, tuple[str, str]] = {}
        self.live = Live(self._table(), console=console, refresh_per_second=8, transient=False)
        self.live.start()

    def _table(self) -> Table:
        from rich.markup import escape
        from rich.table import Table

        table = Table.grid(padding=(0, 2))
        for target, (status, detail) in self.rows.items():
            table.add_row(escape(target), status, f"[dim]{escape(detail[-80:])}[/]")
        return table

    def _set(self, target: str, status: str, detail: str = "") -> None:
        with self.lock:
            self.rows[target] = (status, detail)
            self.live.update(self._table())

    def step(self, step: Step, status: Literal["started", "done"]) -> None:
        label = step.service or step.target
        verb = _WORDS[step.action][0 if status == "started" else 1]
        self._set(label, f"[cyan]{verb}[/]", step.reason)

    def output(self, target: str, line: str) -> None:
        self._set(target, "[cyan]building[/]", plain_text(line))

    def service(self, service: str, status: str) -> None:
        from rich.markup import escape

        colour = {"healthy": "green", "running": "green"}.get(status, "yellow")
        self._set(service, f"[{colour}]{escape(status)}[/]")

    def note(self, text: str) -> None:
        from rich.markup import escape

        with self.lock:
            self.live.console.print(f"[yellow]note:[/] {escape(text)}")

    def close(self) -> None:
        self.live.stop()
