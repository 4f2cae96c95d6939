"""Where devenv talks to people: one IO object owns the streams, colour and interactivity.

Rich is imported only when something is printed through it, so that `devenv --help` and
`--version` start as fast as Click alone.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, TextIO

from devenv.errors import DevenvError, Interrupted, json_printable, printable
from devenv.style import unstyle

if TYPE_CHECKING:
    from rich.console import Console


class IO:
    """The streams a command reads and writes, and what they are connected to.

    Commands take it from `current()`; tests build one over in-memory streams. (A plain class:
    a dataclass would cost the pre-Click path the import of dataclasses.)"""

    def __init__(
        self,
        stdin_stream: TextIO | None = None,
        stdout_stream: TextIO | None = None,
        stderr_stream: TextIO | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        # None means the process's stream as it is when used, so redirection (and Click's
        # test runner) is followed.
        self.stdin_stream = stdin_stream
        self.stdout_stream = stdout_stream
        self.stderr_stream = stderr_stream
        self.environ = os.environ if environ is None else environ

    @property
    def stdin(self) -> TextIO:
        return self.stdin_stream or sys.stdin

    @property
    def stdout(self) -> TextIO:
        return self.stdout_stream or sys.stdout

    @property
    def stderr(self) -> TextIO:
        return self.stderr_stream or sys.stderr

    @property
    def interactive(self) -> bool:
        """A person at a terminal, who can answer a question and watch a live view."""
        return _isatty(self.stdin) and _isatty(self.stdout)

    @property
    def colour(self) -> bool:
        """False when NO_COLOR is set to anything (https://no-color.org) or TERM is dumb."""
        return not self.environ.get("NO_COLOR") and self.environ.get("TERM") != "dumb"

    @cached_property
    def out(self) -> Console:
        return self._console(self.stdout_stream, stderr=False)

    @cached_property
    def err(self) -> Console:
        return self._console(self.stderr_stream, stderr=True)

    def _console(self, stream: TextIO | None, *, stderr: bool) -> Console:
        from rich.console import Console

        return Console(
            file=stream,
            stderr=stderr,
            highlight=False,
            soft_wrap=True,
            no_color=not self.colour or None,
        )

    def line(self, text: str, *, err: bool = False) -> None:
        """One line of a report; its styles (devenv.style) are kept only where colour is on
        and the stream is a terminal, as click.echo would decide."""
        stream = self.stderr if err else self.stdout
        stream.write((text if self.colour and _isatty(stream) else unstyle(text)) + "\n")
        stream.flush()

    def print_json(self, data: Any) -> None:
        # Plain text, not rich: machine output must not carry styling or wrapping.
        self.stdout.write(json_printable(json.dumps(data, indent=2, ensure_ascii=False)) + "\n")
        self.stdout.flush()

    def show_error(self, error: DevenvError) -> None:
        # Messages quote specs, repositories and the engine: escapes are shown, never obeyed.
        # devenv's own line breaks (a service's last log lines) stay; each line is made safe.
        self.err.print(f"[bold red]error:[/] {_safe(error.message)}")
        for line in error.details():
            self.err.print(f"  {_safe(line)}")
        if error.hint:
            self.err.print(f"[bold]hint:[/] {_safe(error.hint)}")


def _safe(text: str) -> str:
    from rich.markup import escape

    return "\n".join(escape(printable(line)) for line in text.split("\n"))


def _isatty(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def report_error(error: DevenvError, io: IO) -> int:
    """The one way an error reaches the user: its message and hint, and its exit code."""
    io.show_error(error)
    return error.exit_code


def report_interrupted(io: IO) -> int:
    """Ctrl-C anywhere (a build, a prompt) says what happened rather than exit in silence."""
    return report_error(Interrupted("interrupted", hint="Run the command again to carry on."), io)


def current() -> IO:
    """The IO of the running command: the one the CLI put on Click's context, or the process's
    own streams (looked up now, so Click's test runner sees what is printed)."""
    import click

    context = click.get_current_context(silent=True)
    found = context.find_object(IO) if context else None
    return found if found is not None else _PROCESS


_PROCESS = IO()


def print_json(data: Any) -> None:
    current().print_json(data)


def show_error(error: DevenvError) -> None:
    current().show_error(error)


def __getattr__(name: str) -> Any:
    # `out` and `err` stay importable for the commands that print through them; each lookup
    # follows the current IO, so a redirected stream is honoured.
    if name in ("out", "err"):
        return getattr(current(), name)
    raise AttributeError(name)
