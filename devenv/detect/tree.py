"""The read-only edge of detection: gather a repository's relevant files, within firm limits.

Everything after this module works on the RepoTree value, so detection is testable on trees
built in memory and can never be surprised by the file system (loops, devices, huge files).
"""

from __future__ import annotations

import functools
import os
import posixpath
import re
import stat
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path, PurePosixPath

from devenv.detect.readable import (
    COMPOSE_FILE_NAME,
    COMPOSE_FOLDERS,
    MAX_DEPTH,
    MAX_ENTRIES,
    MAX_MANIFEST_BYTES,
    MAX_SOURCE_FILES,
    NOT_OWN_MARKERS,
    read_limit,
    skipped,
)


def join(folder: str, name: str) -> str:
    """A repository-relative POSIX path; the root folder is "."."""
    return name if folder in ("", ".") else f"{folder}/{name}"


def parent(path: str) -> str:
    # posixpath, not PurePosixPath: detection asks for parents a few hundred thousand times
    # over a big repository, and its paths are already clean (relative, no `.` or `//`).
    found = posixpath.dirname(path)
    return "." if found in ("", ".") else found


def ancestors(folder: str) -> list[str]:
    """The folders above `folder`, nearest first, up to the root "."."""
    found = []
    while folder != ".":
        folder = parent(folder)
        found.append(folder)
    return found


def ancestors_first(folder: str, name: str) -> list[str]:
    """`name` in the folder, then in each parent up to the root: nearest first."""
    return [join(f, name) for f in (folder, *ancestors(folder))]


def depth(folder: str) -> int:
    return 0 if folder == "." else folder.count("/") + 1


@dataclass(frozen=True)
class RepoTree:
    """The files of a repository that matter to detection: paths seen, and texts read."""

    texts: Mapping[str, str]
    paths: frozenset[str]
    notes: tuple[str, ...] = field(default=())

    @classmethod
    def of(cls, texts: Mapping[str, str], *others: str) -> RepoTree:
        """A tree from file texts plus paths that exist but were not read (lockfiles...)."""
        return cls(dict(texts), frozenset(texts) | frozenset(others))

    def text(self, path: str) -> str | None:
        return self.texts.get(path)

    def exists(self, path: str) -> bool:
        return path in self.paths

    @cached_property
    def _by_folder(self) -> dict[str, list[str]]:
        folders: dict[str, list[str]] = {}
        for path in sorted(self.paths):
            folders.setdefault(parent(path), []).append(PurePosixPath(path).name)
        return folders

    @cached_property
    def dev_compose_files(self) -> tuple[str, ...]:
        """The compose files a developer runs, by path: named like compose files (or in a
        folder of them), and not one that runs a test suite nor one of a self-hosting kit
        (self-host/docker-compose.yml runs the released images with production's server)."""
        return tuple(
            sorted(
                p
                for p in self.texts
                if is_compose_file(p) and not TEST_COMPOSE.search(p) and not SELF_HOST.search(p)
            )
        )

    @cached_property
    def folders(self) -> frozenset[str]:
        """Every folder that holds a file, and each of its ancestors."""
        found = {"."}
        for folder in self._by_folder:
            while folder != ".":
                found.add(folder)
                folder = parent(folder)
        return frozenset(found)

    def names(self, folder: str) -> list[str]:
        """File names directly in a folder, sorted."""
        return self._by_folder.get(folder, [])

    def under(self, folder: str, *, max_depth: int = MAX_DEPTH) -> Iterator[str]:
        """Paths of files read below a folder, shallowest first, at most max_depth down."""
        prefix = "" if folder == "." else folder + "/"
        base = depth(folder)
        found = [
            p for p in self.texts if p.startswith(prefix) and depth(parent(p)) - base <= max_depth
        ]
        yield from sorted(found, key=lambda p: (p.count("/"), p))


def gather(root: Path) -> RepoTree:
    """Read what detection needs from a folder. Never follows symlinked folders."""
    texts: dict[str, str] = {}
    paths: set[str] = set()
    notes: list[str] = []
    budget = {"entries": MAX_ENTRIES, "sources": MAX_SOURCE_FILES}
    stack: list[tuple[Path, str]] = [(root, ".")]
    real_root = root.resolve()
    while stack:
        folder, rel = stack.pop()
        entries = _list(folder)
        if (
            rel != "."
            and any(e.name in NOT_OWN_MARKERS for e in entries)
            and not _template_of_own_solution(root, rel, entries, paths)
        ):
            continue  # a virtualenv, a conda environment, a project template
        for entry in entries:
            budget["entries"] -= 1
            if budget["entries"] < 0:
                notes.append(f"stopped scanning after {MAX_ENTRIES} files and folders")
                return RepoTree(texts, frozenset(paths), tuple(notes))
            path = join(rel, entry.name)
            if _is_dir(entry):
                if not _spec_safe(entry.name):
                    notes.append(f"skipped the folder {path!r}: devenv.yaml cannot name it")
                    continue
                if depth(path) <= MAX_DEPTH and not skipped(entry.name):
                    stack.append((Path(entry.path), path))
                elif path in DEV_ENV_FOLDERS:
                    _read_dev_env(Path(entry.path), path, real_root, texts, paths)
                continue
            if not _is_regular_file(entry, real_root):
                continue
            paths.add(path)
            where = PurePosixPath(rel)
            limit = read_limit(entry.name, depth(rel), budget, where.name, where.parent.name)
            if (
                not limit
                and entry.name.endswith(".txt")
                and PurePosixPath(rel).name == "requirements"
            ):
                limit = MAX_MANIFEST_BYTES  # requirements/heroku.txt: free names in that folder
            if limit:
                text = _read(Path(entry.path), limit)
                if text is not None:
                    texts[path] = text
    return RepoTree(texts, frozenset(paths), tuple(notes))


_SOLUTION_PROJECT = re.compile(r"\"([^\"]+\.(?:cs|fs|vb)proj)\"")


def _template_of_own_solution(
    root: Path, rel: str, entries: list[os.DirEntry[str]], paths: set[str]
) -> bool:
    """A `dotnet new` template's source whose projects a solution file above it lists (the
    root OA.sln lists src\\OA\\OA.csproj, src/ holding .template.config) is the repository's
    own app, packed as a template too; a template no solution above builds is a skeleton
    (Admin.Core's templates/app/content, oqtane's Oqtane.Application). The folders above
    were listed before this one."""
    if not any(e.name == ".template.config" for e in entries):
        return False
    for solution in sorted(p for p in paths if p.endswith((".sln", ".slnx"))):
        folder = posixpath.dirname(solution) or "."
        if folder != "." and not rel.startswith(folder + "/"):
            continue
        inside = rel if folder == "." else rel[len(folder) + 1 :]
        text = _read(root / solution, MAX_MANIFEST_BYTES) or ""
        listed = (m.replace("\\", "/") for m in _SOLUTION_PROJECT.findall(text))
        if any(p.startswith(inside + "/") for p in listed):
            return True
    return False


# Compose files by name: `docker-compose.yml`, `compose.dev.yaml`, and the ones a prefix
# names (`dev.docker-compose.yml`), which `docker compose -f` runs as well.
COMPOSE_NAME = re.compile(f"^{COMPOSE_FILE_NAME}$")


@functools.lru_cache(maxsize=4096)
def is_compose_file(path: str) -> bool:
    """A compose file: named like one, or a YAML file in a folder of them. (Asked of every
    file by several detectors for every app: cached, and read with string operations.)"""
    folder, _, name = path.rpartition("/")
    if COMPOSE_NAME.match(name):
        return True
    return folder.rpartition("/")[2] in COMPOSE_FOLDERS and name.endswith((".yml", ".yaml"))


# Compose files that run test suites, not the app: their services say nothing about dev.
TEST_COMPOSE = re.compile(
    r"(?i)(^|[/._-])(tests?|testing|regtest|e2e|ci|cypress|playwright|bench(?:marks?)?)([/._-]|$)"
)
# A self-hosting kit's folder: self-host/, selfhosted/, self-hosting/.
SELF_HOST = re.compile(r"(?i)(^|/)self[-_]?host(?:ed|ing)?/")
DEVCONTAINER = ".devcontainer"
# DDEV's project folder: config.yaml names the database it runs (`database: type: mariadb`),
# and its docker-compose.*.yaml files add services (redis) to the same stack.
DDEV = ".ddev"
DEV_ENV_FOLDERS = frozenset({DEVCONTAINER, DDEV})
_DEV_ENV_CONFIGS = frozenset({(DDEV, "config.yaml"), (DEVCONTAINER, "devcontainer.json")})


def _read_dev_env(
    folder: Path, rel: str, real_root: Path, texts: dict[str, str], paths: set[str]
) -> None:
    """Only the compose files (and DDEV's config.yaml, a dev container's devcontainer.json) of a
    dev environment's folder: no app lives there."""
    for entry in _list(folder):
        wanted = COMPOSE_NAME.match(entry.name) or (rel, entry.name) in _DEV_ENV_CONFIGS
        if wanted and _is_regular_file(entry, real_root):
            text = _read(Path(entry.path), MAX_MANIFEST_BYTES)
            if text is not None:
                path = join(rel, entry.name)
                texts[path] = text
                paths.add(path)


def _list(folder: Path) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as found:
            return sorted(found, key=lambda e: e.name)
    except OSError:
        return []  # unreadable folders are simply not part of what we see


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _is_regular_file(entry: os.DirEntry[str], real_root: Path) -> bool:
    """A regular file; a symlink counts only when it points inside the repository."""
    try:
        if entry.is_symlink():
            target = Path(entry.path).resolve()
            if not target.is_relative_to(real_root):
                return False
        return stat.S_ISREG(entry.stat(follow_symlinks=True).st_mode)
    except (OSError, RuntimeError):
        return False  # dangling links and symlink loops


def _spec_safe(name: str) -> bool:
    """A folder name devenv.yaml can hold as an app path: UTF-8 (no surrogate escapes of
    other bytes), printable, no backslash, no spaces at either end."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return name.isprintable() and "\\" not in name and name == name.strip()


def _read(path: Path, limit: int) -> str | None:
    """At most `limit` bytes of a regular file. The type is checked again on the open file:
    a FIFO or device swapped in since the listing is not read (and never waited on)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return None
            data = handle.read(limit)
    except OSError:
        return None
    return decode(data)


def decode(data: bytes) -> str | None:
    """Text from bytes in the encodings people's manifests come in; None for binary files."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16").lstrip("\ufeff")
        except UnicodeDecodeError:
            return None
    if b"\x00" in data[:8192]:
        return None
    return data.decode("utf-8", errors="replace").lstrip("\ufeff")
