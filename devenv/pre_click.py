"""The command lines carried out before Click is imported (see devenv/entry.py): a plain `up`
(answered by the converged record when it holds, else brought up in full), and a plain `down`
that the record names. Both run the same code as their Click commands; False hands the
command line to the Click CLI."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from devenv.console import IO

PRE_CLICK = ("up", "down")


def plain_progress(args: list[str], command: str) -> str | None:
    """The --progress mode of `command` given with no other option, else None."""
    from devenv.commands.report import PROGRESS_MODES

    if not args or args[0] != command:
        return None
    rest = args[1:]
    if rest and rest[0].startswith("--progress="):
        rest = ["--progress", rest[0].partition("=")[2], *rest[1:]]
    if not rest:
        return "auto"
    if len(rest) == 2 and rest[0] == "--progress" and rest[1] in PROGRESS_MODES:
        return rest[1]
    return None


def answered_before_click(args: list[str], io: IO) -> bool:
    """True when the command line was carried out here; False leaves it to the Click CLI."""
    if not args or args[0] not in PRE_CLICK:
        return False
    from devenv.spec.source import SPEC_FILE

    spec_file = Path(SPEC_FILE)
    progress = plain_progress(args, "up")
    if progress is not None:
        from devenv.commands.report import up_to_date_by_record

        if not up_to_date_by_record(spec_file, io):
            from devenv.commands.bring_up import UpRequest, bring_up, confirm

            bring_up(
                UpRequest(spec_file, progress=progress), io, confirm if io.interactive else None
            )
        return True
    progress = plain_progress(args, "down")
    if progress is not None:
        from devenv.commands.teardown import DownOptions, down_by_record

        return down_by_record(spec_file, DownOptions(progress=progress), io)
    return False
