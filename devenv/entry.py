"""The `devenv` process's entry point.

Importing Click costs about 30 ms, as long as Compose's whole no-op `up`. The two command
lines run most after the first `up` are carried out here, before Click loads, when the
converged record (devenv/converged.py) says what they need: a plain `up` with nothing changed
(answered with the lines the `up` command prints) and a plain `down` (the record names the
project). Both run the same code as their Click commands. Any other command line, and any
record that no longer holds, goes to the Click CLI (devenv.cli)."""

from __future__ import annotations

import gc
import os
import sys
from typing import NoReturn

from devenv.pre_click import PRE_CLICK, answered_before_click


def main() -> None:
    """Entry point of the `devenv` script and of `python -m devenv`."""
    # Importing a command leaves some 17,000 objects the collector tracks, which live as long
    # as the process; at the default threshold (700) it walks them again and again while they
    # load, about 4% of a plain `down`'s instructions. Cycles are still collected.
    gc.set_threshold(20_000)
    try:
        _run(sys.argv[1:])
    except BrokenPipeError:
        # The reader went away (`devenv ps | head -1`): nothing is left to say to it, and
        # Python must not complain when it flushes stdout on the way out.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)


def _run(args: list[str]) -> None:
    if args and args[0] in PRE_CLICK:
        from devenv.console import IO, report_error, report_interrupted
        from devenv.errors import DevenvError

        io = IO()
        try:
            if answered_before_click(args, io):
                _exit_at_once()
        except DevenvError as error:
            sys.exit(report_error(error, io))
        except KeyboardInterrupt:
            sys.exit(report_interrupted(io))
    from devenv.cli import main as cli_main

    cli_main()


def _exit_at_once() -> NoReturn:
    """Leave without the interpreter's teardown, which frees every module's objects one by
    one: a tenth of a plain `down`'s instructions, and nothing waits on it. devenv registers
    no exit hooks, its files are closed when written and its threads joined; only the
    standard streams' buffers remain, and they are flushed here."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
