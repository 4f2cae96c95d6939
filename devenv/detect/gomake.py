"""The Go commands a Makefile's dev targets run: `dev-hub: go run ./internal/cmd/hub serve
--http 0.0.0.0:8090` beside `dev-agent: go run github.com/henrygd/beszel/internal/cmd/agent`.

A target named for running (dev, run, serve, start, watch) that `go run`s one of the module's
main packages says a developer runs that command; a port in the same line (`--http
0.0.0.0:8090`, `--port 8080`) is where it serves.
"""

from __future__ import annotations

import posixpath
import re
import shlex

from devenv.detect.maketargets import RUNNING, TARGET
from devenv.detect.tree import RepoTree, join

_CD = re.compile(r"\bcd\s+([\w@./-]+)\s*&&")
# Flags of `go run` that take a value of their own.
_VALUED = frozenset({"-tags", "-ldflags", "-gcflags", "-mod", "-modfile", "-exec", "-C"})
_PORT = re.compile(r"(?:--?(?:port|addr|http|listen)[= ]\S*?:?|\s:)(\d{2,5})\b")


def made(
    tree: RepoTree, module: str, go_mod: str, commands: list[str]
) -> dict[str, tuple[int | None, str]]:
    """Each command (a main package's folder) a running target of the module's Makefile
    runs, with the port its line gives."""
    path = join(module, "Makefile")
    text = tree.text(path) or ""
    named = re.search(r"^module\s+\"?([^\s\"]+)", go_mod, re.M)
    found: dict[str, tuple[int | None, str]] = {}
    target = ""
    for number, line in enumerate(text.splitlines(), 1):
        if heading := TARGET.match(line):
            target = heading.group(1)
        if "go run" not in line or not RUNNING.search(target):
            continue
        package = _package(line.split("go run", 1)[1], named.group(1) if named else "")
        cd = _CD.search(line.split("go run", 1)[0])
        folder = _resolve(module, cd.group(1) if cd else ".", package) if package else None
        if folder in commands and folder not in found:
            port = _PORT.search(line.split("go run", 1)[1])
            found[folder] = (int(port.group(1)) if port else None, f"{path}:{number} {target}")
    return found


def _package(rest: str, module_path: str) -> str | None:
    """The package `go run` is given, as a path inside the module (`.`, `./cmd/hub`)."""
    try:
        words = shlex.split(rest.split("&&")[0].split(";")[0])
    except ValueError:
        return None
    skip = False
    for word in words:
        if skip or word.startswith(("-", "$(")):
            skip = not skip and word in _VALUED
            continue
        if module_path and (word == module_path or word.startswith(module_path + "/")):
            return "./" + word[len(module_path) :].lstrip("/") if word != module_path else "."
        if word.endswith(".go"):
            return posixpath.dirname(word) or "."
        return word if word.startswith(".") else None
    return None


def _resolve(module: str, cd: str, package: str) -> str:
    """The command's folder in the repository, from the folder the line runs in."""
    inside = posixpath.normpath(posixpath.join(cd, package))
    return posixpath.normpath(join(module, inside)) if module != "." else inside
