"""Styled report text, written as Click writes it (ANSI SGR codes) but without importing
Click: a plain `up` answered before Click loads (devenv/entry.py) prints the same lines as
every other command. Whether the styles reach the stream is IO.line's decision."""

from __future__ import annotations

import re

_FOREGROUND = {"red": 31, "green": 32, "yellow": 33, "bright_black": 90}
_SGR = re.compile(r"\033\[[;?0-9]*[a-zA-Z]")


def style(text: str, *, fg: str | None = None, bold: bool = False, dim: bool = False) -> str:
    codes = ([_FOREGROUND[fg]] if fg else []) + ([1] if bold else []) + ([2] if dim else [])
    return "".join(f"\033[{code}m" for code in codes) + text + "\033[0m"


def unstyle(text: str) -> str:
    return _SGR.sub("", text)
