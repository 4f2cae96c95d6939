"""What a Go module's go.mod says: the toolchain it builds with, the modules it requires
(directly, or `// indirect` through another), and the ones it replaces with a folder of the
repository."""

from __future__ import annotations

import posixpath
import re

from devenv.detect.model import Choice, Dependency, line_at
from devenv.detect.tree import RepoTree, join
from devenv.detect.versions import GO, pinned

_GO_LINE = re.compile(r"^go\s+(\S+)", re.MULTILINE)
_TOOLCHAIN = re.compile(r"^toolchain\s+go(\S+)", re.MULTILINE)
_REQUIRE_BLOCK = re.compile(r"^require\s*\((.*?)^\)", re.MULTILINE | re.DOTALL)
# `replace github.com/ory/x => ./oryx`: a module of the repository used as a library.
LOCAL_REPLACE = re.compile(
    r"^[ \t]*(?:replace[ \t]+)?([\w./-]+)(?:[ \t]+v\S+)?[ \t]*=>[ \t]*"
    r"(\.{1,2}/[\w./-]*|\.\.?)[ \t]*$",
    re.M,
)


def requirements(text: str, file: str, indirect: bool = False) -> list[Dependency]:
    """Direct requirements of go.mod; `// indirect` ones come with something else (those
    alone, when `indirect`)."""
    lines: list[tuple[int, str]] = []
    for block in _REQUIRE_BLOCK.finditer(text):
        first = line_at(text, block.start(1))
        lines += [(first + i, line) for i, line in enumerate(block.group(1).split("\n"))]
    for match in re.finditer(r"^require\s+([^\s(]\S*\s+\S+.*)$", text, re.MULTILINE):
        lines.append((line_at(text, match.start()), match.group(1)))
    found = []
    for number, line in lines:
        parts = line.split("//")[0].split()
        if len(parts) >= 2 and ("indirect" in line) == indirect:
            found.append(Dependency(parts[0], file, number, f"{parts[0]} {parts[1]}"))
    return found


def go_version(text: str, manifest: str) -> Choice[str]:
    """The toolchain line when there is one (what the project builds with), else `go`."""
    for pattern, label in ((_TOOLCHAIN, "toolchain"), (_GO_LINE, "go")):
        match = pattern.search(text)
        if match:
            line = line_at(text, match.start())
            found = pinned(GO, match.group(1), f"{manifest}:{line} {label}")
            if found:
                return found
    return Choice(GO.default, ("no go line in go.mod; devenv's default",))


def local_replacements(tree: RepoTree, folder: str) -> dict[str, str]:
    """Module -> folder for each module this module's go.mod replaces with a local path."""
    text = tree.text(join(folder, "go.mod")) or ""
    return {m: posixpath.normpath(join(folder, t)) for m, t in LOCAL_REPLACE.findall(text)}
