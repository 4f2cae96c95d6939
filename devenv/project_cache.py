"""Remember the resolved project of an unchanged devenv.yaml, so routine commands (a no-op `up`,
`ps`, `down`) skip validating and rendering it. Keyed by the spec's bytes and devenv's own code;
anything unexpected is a miss, never an error."""

from __future__ import annotations

import hashlib
import json
import os
import types
import typing
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, TypeVar, Union

import devenv
from devenv.template_files import templates_dir

if TYPE_CHECKING:
    from devenv.project import Project

FORMAT = 1
T = TypeVar("T")


class CachedProject(NamedTuple):
    """What is remembered for an unchanged devenv.yaml."""

    project: Project
    rendered: dict[str, str]  # generated file -> sha256 of the content devenv would write


def cache_file(spec_file: Path, kind: str = "projects") -> Path:
    """Where devenv keeps what it remembers of one spec file (`kind`: what is remembered)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    where = hashlib.sha256(str(spec_file.resolve()).encode()).hexdigest()[:24]
    return Path(base) / "devenv" / kind / f"{where}.json"


def cache_key(source: bytes) -> str:
    """Changes with the spec's bytes and with any file of devenv's code or templates."""
    digest = hashlib.sha256(f"{FORMAT}\0{devenv.__version__}\0".encode())
    digest.update(source)
    for folder in (Path(devenv.__file__).parent, templates_dir()):
        # os.walk and plain strings, not Path.rglob: this runs on every command.
        for where, dirs, names in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(names):
                if name.endswith((".py", ".j2")):
                    path = f"{where}/{name}"
                    stat = os.stat(path)  # noqa: PTH116 - a str path is cheaper on every command
                    digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    return digest.hexdigest()


def content_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load(spec_file: Path, source: bytes) -> CachedProject | None:
    from devenv.project import Project  # the converged record reads cache_key alone

    try:
        stored = json.loads(cache_file(spec_file).read_text(encoding="utf-8"))
        if stored.get("key") != cache_key(source):
            return None
        return CachedProject(decode(Project, stored["project"]), dict(stored["rendered"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store(spec_file: Path, source: bytes, cached: CachedProject) -> None:
    import dataclasses  # the project model is made of them; the converged record needs none

    record = {
        "key": cache_key(source),
        "project": dataclasses.asdict(cached.project),
        "rendered": cached.rendered,
    }
    write_record(cache_file(spec_file), record)


def write_record(target: Path, record: dict[str, Any]) -> None:
    """Replace a cache file whole, so a reader never sees half of it."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(record), encoding="utf-8")
        temporary.replace(target)
    except OSError:
        pass  # a cache that cannot be written only costs speed


def decode(kind: Any, data: Any) -> Any:
    """Rebuild a value of `kind` (dataclasses, tuples, unions, literals) from its JSON form."""
    import dataclasses

    origin = typing.get_origin(kind)
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        hints = typing.get_type_hints(kind)
        fields = dataclasses.fields(kind)
        return kind(**{f.name: decode(hints[f.name], data[f.name]) for f in fields})
    if origin is tuple:
        args = typing.get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(decode(args[0], item) for item in data)
        return tuple(decode(arg, item) for arg, item in zip(args, data, strict=True))
    if origin in (Union, types.UnionType):
        if data is None:
            return None
        options = [a for a in typing.get_args(kind) if a is not type(None)]
        return decode(options[0], data)
    if origin is Literal or kind in (str, int, bool):
        return data
    raise TypeError(f"cannot decode {kind}")
