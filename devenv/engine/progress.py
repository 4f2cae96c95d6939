"""How `up` and friends show progress: a live view on a terminal, plain lines elsewhere."""

from __future__ import annotations

import sys
import threading
import time
from typing import Literal, Protocol

from rich.console import Console
from rich.live import Live
from rich.markup import escape
from rich.table import Table

from devenv.engine.plan import Action, Plan, Step
from devenv.errors import plain_text

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


def choose_reporter(mode: Mode, console: Console) -> Reporter:
    if mode == "auto":
        mode = "tty" if console.is_terminal and sys.stdin.isatty() else "plain"
    if mode == "quiet":
        return QuietReporter()
    if mode == "tty":
        return LiveReporter(console)
    return PlainReporter(console)


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

    def __init__(self, console: Console) -> None:
        self.console = console
        self.started = time.monotonic()
        self.lock = threading.Lock()

    def _line(self, text: str) -> None:
        with self.lock:
            self.console.print(f"[dim]{time.monotonic() - self.started:6.1f}s[/] {text}")

    def step(self, step: Step, status: Literal["started", "done"]) -> None:
        if status == "done":
            self._line(f"{escape(step.action.value)} {escape(step.target)} ({escape(step.reason)})")

    def output(self, target: str, line: str) -> None:
        if line.startswith("Step "):  # the classic builder's step headers show progress enough
            self._line(f"[dim]{escape(target)} | {escape(plain_text(line))}[/]")

    def service(self, service: str, status: str) -> None:
        self._line(f"{escape(service)} is {escape(status)}")

    def note(self, text: str) -> None:
        self._line(f"[yellow]note:[/] {escape(text)}")


class LiveReporter(PlainReporter):
    """A live table, one row per image or service, redrawn in place."""

    def __init__(self, console: Console) -> None:
        super().__init__(console)
        self.rows: dict[str, tuple[str, str]] = {}
        self.live = Live(self._table(), console=console, refresh_per_second=8, transient=False)
        self.live.start()

    def _table(self) -> Table:
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
        colour = {"healthy": "green", "running": "green"}.get(status, "yellow")
        self._set(service, f"[{colour}]{escape(status)}[/]")

    def note(self, text: str) -> None:
        with self.lock:
            self.live.console.print(f"[yellow]note:[/] {escape(text)}")

    def close(self) -> None:
        self.live.stop()
