"""Turn any text (a folder name, a Procfile entry) into a valid spec name."""

from __future__ import annotations

import re
import unicodedata

from devenv.spec.model import NAME_PATTERN

MAX_NAME = 63
_OTHER = re.compile(r"[^a-z0-9_-]+")
# A run of separators: one `_`, `__` or dashes is allowed between letters and digits.
_SEPARATORS = re.compile(r"[_-]{2,}")


def to_name(text: str, fallback: str) -> str:
    """A name matching NAME_PATTERN and at most 63 characters; `fallback` when nothing is left.

    Accents are dropped (café -> cafe), bytes that were not UTF-8 (surrogate escapes) and
    other characters become `-`, and separator runs Docker would refuse are collapsed.
    """
    ascii_text = (
        unicodedata.normalize("NFKD", text.encode("utf-8", "replace").decode("utf-8"))
        .encode("ascii", "ignore")
        .decode("ascii")
    )
    cleaned = _OTHER.sub("-", ascii_text.lower())
    cleaned = _SEPARATORS.sub(_one_separator, cleaned).strip("-_")
    cleaned = cleaned[:MAX_NAME].strip("-_")
    return cleaned if re.fullmatch(NAME_PATTERN, cleaned) else fallback


def _one_separator(match: re.Match[str]) -> str:
    run = match.group(0)
    if set(run) == {"-"}:
        return run
    return "__" if run == "__" else "-"
