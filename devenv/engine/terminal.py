"""Connect the user's terminal to an interactive exec: raw mode, resizes, bytes both ways."""

from __future__ import annotations

import os
import select
import shutil
import signal
import sys
import termios
import tty
from types import FrameType

from devenv.engine.docker_api import ExecSession

_CHUNK = 4096


def attach(session: ExecSession) -> int:
    """Copy stdin to the exec and its output to stdout until it ends; return its exit code."""
    stdin = sys.stdin.fileno()
    stdout = sys.stdout.fileno()
    saved = termios.tcgetattr(stdin)

    def resize(_signum: int | None = None, _frame: FrameType | None = None) -> None:
        size = shutil.get_terminal_size()
        session.resize(size.lines, size.columns)

    previous = signal.signal(signal.SIGWINCH, resize)
    try:
        # TCSANOW, not the default TCSAFLUSH: keys typed before the exec started must not be lost.
        tty.setraw(stdin, termios.TCSANOW)
        resize()
        _pump(session, stdin, stdout)
    finally:
        termios.tcsetattr(stdin, termios.TCSADRAIN, saved)
        signal.signal(signal.SIGWINCH, previous)
    code = session.exit_code()
    return code if code is not None else 0


def _pump(session: ExecSession, stdin: int, stdout: int) -> None:
    sock = session.sock
    while True:
        readable, _, _ = select.select([sock.fileno(), stdin], [], [])
        if sock.fileno() in readable:
            data = sock.recv(_CHUNK)
            if not data:
                return
            os.write(stdout, data)
        if stdin in readable:
            data = os.read(stdin, _CHUNK)
            if not data:
                return
            sock.sendall(data)
