"""Write spec data as devenv.yaml text: the schema modeline, every string quoted, comments.

Strings are written as JSON strings, which YAML reads back exactly: no YAML 1.1 trap (3.10,
no, 22:22, 012) can change a value, and non-ASCII is escaped so no encoding can mangle it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from devenv.spec.schema import MODELINE

Scalar = str | int | bool
Value = Scalar | list[str] | tuple["Entry", ...] | None

_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
# Keys YAML 1.1 reads as booleans or null when unquoted, in any letter case.
_TRAP_KEYS = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null"})
_NON_ASCII = re.compile(r"[^\x00-\x7e]")  # DEL too: YAML refuses it raw
_UNSAFE_COMMENT = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


@dataclass(frozen=True)
class Entry:
    """One `key: value` line; a tuple of entries is a nested mapping, () is `{}`."""

    key: str
    value: Value
    comment: str = ""


def scalar(value: Scalar) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    # JSON's \uXXXX escapes are YAML's too, but characters beyond U+FFFF would become
    # surrogate pairs, which YAML reads as two lone surrogates: those get YAML's \U form.
    text = json.dumps(value, ensure_ascii=False)
    return _NON_ASCII.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def key(name: str) -> str:
    return name if _PLAIN_KEY.fullmatch(name) and name.lower() not in _TRAP_KEYS else scalar(name)


def _comment(text: str) -> str:
    cleaned = _UNSAFE_COMMENT.sub(" ", text).strip()
    return f"  # {cleaned}" if cleaned else ""


def _lines(entries: tuple[Entry, ...], indent: int) -> list[str]:
    pad = "  " * indent
    lines = []
    for entry in entries:
        head = f"{pad}{key(entry.key)}:"
        value = entry.value
        if isinstance(value, tuple) and value:
            lines.append(head + _comment(entry.comment))
            lines.extend(_lines(value, indent + 1))
        elif isinstance(value, tuple):
            lines.append(f"{head} {{}}{_comment(entry.comment)}")
        elif isinstance(value, list):
            items = ", ".join(scalar(v) for v in value)
            lines.append(f"{head} [{items}]{_comment(entry.comment)}")
        elif value is None:
            lines.append(f"{head} {{}}{_comment(entry.comment)}")
        else:
            lines.append(f"{head} {scalar(value)}{_comment(entry.comment)}")
    return lines


def to_yaml(entries: tuple[Entry, ...], header: tuple[str, ...] = ()) -> str:
    """The document: modeline, header comment lines, then the entries (blank line between
    top-level sections for readability)."""
    lines = [MODELINE, *(f"# {_UNSAFE_COMMENT.sub(' ', h)}".rstrip() for h in header)]
    for entry in entries:
        if isinstance(entry.value, tuple) and entry.value:
            lines.append("")
        lines.extend(_lines((entry,), 0))
    return "\n".join(lines) + "\n"


def to_data(entries: tuple[Entry, ...]) -> dict[str, Any]:
    """The same entries as plain data, as the spec reads them (for JSON output)."""
    data: dict[str, Any] = {}
    for entry in entries:
        value = entry.value
        if isinstance(value, tuple):
            data[entry.key] = to_data(value)
        elif value is None:
            data[entry.key] = {}
        else:
            data[entry.key] = value
    return data
