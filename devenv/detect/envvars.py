"""The environment variables an app's code reads, and the values its sample .env files give.

Read from source text, never run: Python (os.environ, getenv, django-environ, python-decouple,
pydantic settings), Node (process.env, Prisma's env("...")) and Go (os.Getenv). The wiring
module (devenv.detect.wiring) decides which of them devenv can fill in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from devenv.detect.model import line_at
from devenv.detect.readable import ENV_SAMPLES
from devenv.detect.tree import RepoTree, join

# Sample files people commit beside code: `cp .env.example .env` is their first setup step.
SAMPLE_FILES = (".env.example", *sorted(ENV_SAMPLES))

_NAME = r"([A-Z][A-Z0-9_]{1,100})"
_Q = r"[\"']"
# After the name: `,` or `default=` means the code has a fallback.
# `.get()` and getenv() give None when unset; django-environ and decouple raise instead.
_PY_OPTIONAL = re.compile(
    rf"(?:\bos\.environ\.get|\bos\.environ\.setdefault|\benviron\.get|\bgetenv)"
    rf"\(\s*{_Q}{_NAME}{_Q}\s*(,|\))"
)
_PY_CALLS = re.compile(
    rf"(?:\benv(?:\.\w+)?|\bconfig|\bEnv(?:\.\w+)?)\(\s*{_Q}{_NAME}{_Q}\s*(,|\))"
)
_PY_INDEX = re.compile(rf"\b(?:os\.)?environ\[\s*{_Q}{_NAME}{_Q}\s*\]")
_NODE = re.compile(rf"\bprocess\.env(?:\.{_NAME}\b|\[\s*{_Q}{_NAME}{_Q}\s*\])")
_PRISMA = re.compile(rf"\benv\(\s*\"{_NAME}\"\s*\)")
_GO = re.compile(rf"\bos\.(?:Getenv|LookupEnv)\(\s*\"{_NAME}\"\s*\)")
# pydantic's BaseSettings: each field is read from the variable of its name (any case).
_SETTINGS_CLASS = re.compile(r"^class\s+\w+\(([^)]*BaseSettings[^)]*)\)\s*:", re.MULTILINE)
_FIELD = re.compile(r"^    ([a-z_][a-z0-9_]*)\s*:\s*[^=\n]+?(=.*)?$")
_ENV_PREFIX = re.compile(rf"env_prefix\s*=\s*{_Q}(\w*){_Q}")
_SAMPLE_LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$")


@dataclass(frozen=True)
class EnvRead:
    """One place the code reads a variable."""

    name: str
    where: str  # file:line
    line: str  # the source line, stripped: hints such as int( or == "True" live there
    has_default: bool


@dataclass(frozen=True)
class SampleValue:
    name: str
    value: str
    where: str


def env_reads(tree: RepoTree, files: Iterable[str]) -> tuple[EnvRead, ...]:
    """Every variable read in the given source files, first read first, each name once."""
    found: dict[str, EnvRead] = {}
    for path in files:
        text = tree.text(path)
        if not text or ("env" not in text and "Env" not in text and "BaseSettings" not in text):
            continue
        for read in _reads_in(path, text):
            # A read without a default makes the variable required, wherever it is.
            old = found.get(read.name)
            if old is None or (old.has_default and not read.has_default):
                found[read.name] = read
    return tuple(found.values())


def _reads_in(path: str, text: str) -> list[EnvRead]:
    lines = text.splitlines()
    reads: list[EnvRead] = []

    def add(name: str, start: int, has_default: bool) -> None:
        number = line_at(text, start)
        reads.append(EnvRead(name, f"{path}:{number}", lines[number - 1].strip(), has_default))

    if path.endswith(".py"):
        for match in _PY_OPTIONAL.finditer(text):
            add(match.group(1), match.start(), True)
        for match in _PY_CALLS.finditer(text):
            add(match.group(1), match.start(), match.group(2) == ",")
        for match in _PY_INDEX.finditer(text):
            add(match.group(1), match.start(), False)
        reads += _settings_fields(path, text)
    elif path.endswith(".prisma"):
        for match in _PRISMA.finditer(text):
            add(match.group(1), match.start(), False)
    elif path.endswith(".go"):
        for match in _GO.finditer(text):
            add(match.group(1), match.start(), True)
    else:
        for match in _NODE.finditer(text):
            add(match.group(1) or match.group(2), match.start(), "||" in text[match.end() :][:8])
    return reads


def _settings_fields(path: str, text: str) -> list[EnvRead]:
    """Fields of pydantic settings classes, as the upper-case names pydantic reads."""
    reads = []
    for match in _SETTINGS_CLASS.finditer(text):
        body_start = line_at(text, match.end())
        lines = text.splitlines()
        prefix = ""
        for offset, line in enumerate(lines[body_start:], start=body_start + 1):
            if line.strip() and not line.startswith((" ", "\t")):
                break  # the class body ended
            found_prefix = _ENV_PREFIX.search(line)
            if found_prefix:
                prefix = found_prefix.group(1)
            field = _FIELD.match(line)
            if field and not field.group(1).startswith("model_"):
                name = f"{prefix}{field.group(1)}".upper()
                reads.append(EnvRead(name, f"{path}:{offset}", line.strip(), bool(field.group(2))))
    return reads


def sample_values(tree: RepoTree, folder: str) -> tuple[SampleValue, ...]:
    """Keys and values of the app's sample .env files (the app's folder, then the root)."""
    found: dict[str, SampleValue] = {}
    folders = [folder] if folder == "." else [folder, "."]
    for where in folders:
        for name in SAMPLE_FILES:
            path = join(where, name)
            for number, raw in enumerate((tree.text(path) or "").splitlines(), start=1):
                match = _SAMPLE_LINE.match(raw)
                if match and not raw.lstrip().startswith("#"):
                    key, value = match.group(1), _unquote(match.group(2))
                    found.setdefault(key, SampleValue(key, value, f"{path}:{number}"))
    return tuple(found.values())


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return re.sub(r"\s+#.*$", "", value)  # an inline comment after an unquoted value
