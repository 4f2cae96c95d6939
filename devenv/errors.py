"""The one family of errors devenv shows to users, each carrying its exit code."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

# Control characters (ESC starts terminal escape sequences), line and paragraph separators,
# lone surrogates and bidirectional overrides: shown as escapes, never sent to a terminal.
_C0_CONTROLS = "\x00-\x1f"  # JSON escapes these itself
_UNPRINTABLE = "\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff"


@functools.cache
def _unprintable(json: bool = False) -> re.Pattern[str]:
    """The class compiled on first use, not at import: one reaching past Latin-1 makes the
    regex compiler build a 64K-entry map, a quarter of what `devenv down`'s imports cost,
    and most commands never print text from outside."""
    return re.compile(f"[{'' if json else _C0_CONTROLS}{_UNPRINTABLE}]")


def printable(text: str) -> str:
    """Text from outside (a spec, a repository, the engine) made safe to print on one line."""

    def escape(match: re.Match[str]) -> str:
        code = ord(match.group(0))
        named = {0x09: "\\t", 0x0A: "\\n", 0x0D: "\\r"}
        if code in named:
            return named[code]
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    if text.isprintable():  # no character of the class is printable: nothing to escape
        return text
    return _unprintable().sub(escape, text)


# Terminal control sequences a build or a program prints: colours (CSI) and titles (OSC).
_ANSI_SEQUENCE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?")


def plain_text(text: str) -> str:
    """Output of a program as plain text: colour and title sequences removed, the rest of
    its control characters escaped, one line."""
    return printable(_ANSI_SEQUENCE.sub("", text))


def json_printable(text: str) -> str:
    """JSON text whose strings carry no raw terminal controls: they become \\u escapes."""
    # json.dumps already escapes C0 controls inside strings; the newlines left are its layout.
    return _unprintable(json=True).sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


class ExitCode:
    """Exit codes, documented in README.md and stable across releases."""

    OK = 0
    FAILED = 1
    USAGE = 2
    INVALID_SPEC = 3
    ENGINE_UNREACHABLE = 4
    REFUSED = 5
    INTERRUPTED = 130


class DevenvError(Exception):
    """An expected failure: shown as a message and a hint, never as a traceback."""

    exit_code: int = ExitCode.FAILED

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def details(self) -> list[str]:
        """Extra lines shown under the message, one problem each."""
        return []


class OperationFailed(DevenvError):
    """Something devenv tried to do did not work (a build, a start, a write)."""


class FileTrouble(OperationFailed):
    """A file devenv must read or write is not usable: a folder in its place, a FIFO, no
    permission, a full disk. Nothing is written; the message names the file."""


class UsageError(DevenvError):
    """The command line asks for something that cannot be done."""

    exit_code = ExitCode.USAGE


class SpecProblem(NamedTuple):
    """One problem in devenv.yaml, located precisely enough to jump to it in an editor."""

    file: str
    line: int
    column: int
    key: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        text = f"{where}: {self.key}: {self.message}" if self.key else f"{where}: {self.message}"
        return printable(text)  # keys and values quoted from the spec stay on one line


class SpecError(DevenvError):
    """devenv.yaml is missing, unreadable or invalid; every problem is listed at once."""

    exit_code = ExitCode.INVALID_SPEC

    def __init__(self, problems: list[SpecProblem], hint: str | None = None) -> None:
        count = len(problems)
        noun = "problem" if count == 1 else "problems"
        file = problems[0].file if problems else "devenv.yaml"
        super().__init__(f"{file} has {count} {noun}", hint)
        self.problems = problems

    def details(self) -> list[str]:
        return [str(problem) for problem in self.problems]


class EngineUnreachable(DevenvError):
    """The Docker Engine did not answer."""

    exit_code = ExitCode.ENGINE_UNREACHABLE


class Refused(DevenvError):
    """devenv refused to do something destructive that was not confirmed."""

    exit_code = ExitCode.REFUSED


class FilesRefused(Refused):
    """devenv refused to change files: a hand-edited file, or drift under --check."""


class Interrupted(DevenvError):
    """The user pressed Ctrl-C; what was done so far is left consistent."""

    exit_code = ExitCode.INTERRUPTED


class NothingToRun(OperationFailed):
    """`devenv init` found no app it can template: an empty folder, or only other languages."""

    def __init__(self, message: str, hint: str | None = None, lines: list[str] | None = None):
        super().__init__(message, hint)
        self.lines = lines or []

    def details(self) -> list[str]:
        return self.lines
