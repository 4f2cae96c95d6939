"""Turn the version constraints people write into an image tag devenv can build from.

One rule for every language: devenv's default version when the constraint allows it, else the
allowed version nearest to it; a pinned version is used as written (its minor or major series).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from devenv.detect.model import Choice
from devenv.languages import LANGUAGES

Version = tuple[int, ...]
# A tag like "3.12" stands for the newest patch release of 3.12.
_LATEST = 1_000_000


@dataclass(frozen=True)
class Line:
    """The versions devenv offers for one language, oldest first."""

    language: str
    default: str
    known: tuple[str, ...]
    parts: int  # 2 for python/go ("3.12", "1.23"), 1 for node ("22")


def line(language: str) -> Line:
    """The versions of a templated language, as its descriptor in devenv.languages names them."""
    defaults = LANGUAGES[language]
    known = defaults.known_versions
    return Line(language, defaults.default_version, known, known[-1].count(".") + 1)


PYTHON = line("python")
NODE = line("node")
GO = line("go")
PHP = line("php")
RUBY = line("ruby")

_VERSION = r"v?\d+(?:\.(?:\d+|[xX*]))*"
_CLAUSE = re.compile(rf"(===|==|!=|~=|>=|<=|>|<|\^|~|=)?\s*({_VERSION})")
_HYPHEN_RANGE = re.compile(rf"({_VERSION})\s+-\s+({_VERSION})")


def parse(text: str) -> Version | None:
    """The numeric parts of a version; wildcards end it ("20.x" is (20,))."""
    parts: list[int] = []
    for part in text.strip().lstrip("vV").split("."):
        if not part.isdigit():
            break
        parts.append(int(part))
    return tuple(parts) or None


def tag_of(version: Version, line: Line) -> str:
    return ".".join(str(p) for p in version[: line.parts])


def _satisfies(series: Version, operator: str, raw: str) -> bool:
    bound = parse(raw) or (0,)
    size = len(bound)
    latest = (*series, *[_LATEST] * size)[:size]  # the newest release in the series
    if operator in ("", "=", "==", "===") or re.search(r"[xX*]", raw):
        width = min(size, len(series))
        return series[:width] == bound[:width]
    if operator == "!=":
        width = min(size, len(series))
        return series[:width] != bound[:width]
    checks = {
        ">=": latest >= bound,
        ">": latest > bound,
        "<=": latest <= bound,
        "<": latest < bound,
    }
    if operator in checks:
        return checks[operator]
    if operator == "^":  # npm and Poetry: below the next major
        return latest >= bound and series[0] == bound[0]
    if operator == "~":  # npm and Poetry: the same minor when one is given
        width = min(size, 2, len(series))
        return latest >= bound and series[:width] == bound[:width]
    # "~=": PEP 440, ~=3.10 means >=3.10 and ==3.*
    return latest >= bound and series[: size - 1] == bound[: size - 1]


def allows(constraint: str, series: Version) -> bool | None:
    """Whether a constraint admits a version series; None when it cannot be read."""
    verdicts = []
    for alternative in constraint.split("||"):
        text = _HYPHEN_RANGE.sub(r">=\1 <=\2", alternative.strip())
        if text in ("", "*", "x", "latest"):
            verdicts.append(True)
            continue
        clauses = _CLAUSE.findall(text)
        if not clauses or _CLAUSE.sub("", text).strip(" ,") != "":
            return None  # something we cannot read, such as "lts/*" or "python3"
        verdicts.append(all(_satisfies(series, op, raw) for op, raw in clauses))
    return any(verdicts)


def choose(line: Line, constraint: str, source: str) -> Choice[str] | None:
    """The tag for a constraint such as `>=3.11` or `^20`, with why; None if unreadable."""
    series = [parse(k) or (0,) for k in line.known]
    default_index = line.known.index(line.default)
    verdicts = [allows(constraint, s) for s in series]
    if verdicts[default_index] is None:
        return None
    if verdicts[default_index]:
        return Choice(line.default, (f"{source} allows {line.default}, devenv's default",))
    allowed = [i for i, ok in enumerate(verdicts) if ok]
    if not allowed:
        return None
    # Nearest to the default; between two equally near, the newer.
    best = min(allowed, key=lambda i: (abs(i - default_index), -i))
    tag = line.known[best]
    return Choice(tag, (f"{source}: {tag} is the allowed version nearest devenv's default",))


def pinned(line: Line, text: str, source: str) -> Choice[str] | None:
    """A pinned version (.python-version, .nvmrc, go.mod) as its series tag.

    A version older than devenv's images is raised, and the reason says so.
    """
    version = parse(text)
    if version is None or len(version) < line.parts:
        return None
    tag = tag_of(version, line)
    oldest = parse(line.known[0]) or (0,)
    if version[: line.parts] < oldest:
        # Go keeps old code building on new toolchains, so Go gets the default.
        newer = line.default if line.language == "go" else line.known[0]
        reason = f"{source} says {tag}; devenv's {line.language} images start at {line.known[0]}"
        return Choice(newer, (reason,))
    return Choice(tag, (f"{source} {text.strip()}",))


RUST = line("rust")
JAVA = line("java")
DOTNET = line("dotnet")


def tool_versions_pinned(line: Line, text: str, path: str, tool: str) -> Choice[str] | None:
    """The version asdf or mise pin for `tool` in a `.tool-versions` file (`ruby 3.3.6`)."""
    for number, raw in enumerate(text.splitlines(), start=1):
        parts = raw.split()
        if len(parts) >= 2 and parts[0] == tool:
            found = pinned(line, parts[1], f"{path}:{number} {tool}")
            if found:
                return found
    return None
