"""Styled report text, written as Click writes it (ANSI SGR codes) but without importing
Click: a plain `up` answered before Click loads (devenv/entry.py) prints the same lines as
every other command. Whether the styles reach the stream is IO.line's decision."""

from __future__ import annotations

import re

_BASE = ("black", "red", "green", "yellow", "blue", "magenta", "cyan", "white")
# Click's colour names: the eight base colours (30-37) and their bright forms (90-97).
_FOREGROUND = {
    **{name: 30 + number for number, name in enumerate(_BASE)},
    **{f"bright_{name}": 90 + number for number, name in enumerate(_BASE)},
}
_SGR = re.compile(r"\033\[[;?0-9]*[a-zA-Z]")


def style(text: str, *, fg: str | None = None, bold: bool = False, dim: bool = False) -> str:
    codes = ([_FOREGROUND[fg]] if fg else []) + ([1] if bold else []) + ([2] if dim else [])
    return "".join(f"\033[{code}m" for code in codes) + text + "\033[0m"


def unstyle(text: str) -> str:
    return _SGR.sub("", text)
