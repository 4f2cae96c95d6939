"""The read-only edge of detection: gather a repository's relevant files, within firm limits.

Everything after this module works on the RepoTree value, so detection is testable on trees
built in memory and can never be surprised by the file system (loops, devices, huge files).
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path, PurePosixPath

# How deep we look: apps sit at most APP_DEPTH folders down (services/api, apps/web/...),
# their sources a few folders further (src/pkg/module.py).
MAX_DEPTH = 6
APP_DEPTH = 3
MAX_ENTRIES = 50_000
MAX_MANIFEST_BYTES = 512 * 1024
MAX_SOURCE_BYTES = 256 * 1024
MAX_SOURCE_FILES = 3_000
# yarn.lock can be megabytes; its first lines say whether it is Yarn 1 or Yarn Berry.
HEAD_BYTES = 2048

# Folders that never hold an app of the repository's own: dependencies, build output, caches,
# tests, docs, and the examples and playgrounds that try a library out. Every folder whose
# name starts with "." is skipped as well, except that the compose files of a root
# .devcontainer/ are read: they name the services development uses.
# `env` is not among them: Go and Node code keep their settings in an env/ package, and a
# virtualenv of that name is known by its pyvenv.cfg like any other.
SKIP_DIRS = frozenset(
    {
        "node_modules",
        "bower_components",
        "jspm_packages",
        "vendor",
        "venv",
        "virtualenv",
        "site-packages",
        "__pycache__",
        "__pypackages__",
        "dist",
        "build",
        "target",
        "out",
        "coverage",
        "htmlcov",
        "storybook-static",
        "tmp",
        "temp",
        "logs",
        "test",
        "tests",
        "__tests__",
        "testdata",
        "fixtures",
        "e2e",
        "cypress",
        "docs",
        "doc",
        "examples",
        "example",
        "samples",
        "playground",
        "playgrounds",
    }
)
# The files detection reads in full (up to MAX_MANIFEST_BYTES).
MANIFESTS = frozenset(
    {
        "pyproject.toml",
        "setup.py",
        "setup.cfg",
        "Pipfile",
        ".python-version",
        "runtime.txt",
        "manage.py",
        "package.json",
        ".nvmrc",
        ".node-version",
        "angular.json",
        ".yarnrc.yml",
        "pnpm-workspace.yaml",
        "schema.prisma",
        "go.mod",
        "pom.xml",
        ".java-version",
        "application.properties",
        "application.yml",
        "application.yaml",
        "build.gradle",
        "build.gradle.kts",
        "settings.gradle",
        "settings.gradle.kts",
        "libs.versions.toml",
        "Cargo.toml",
        "rust-toolchain",
        "rust-toolchain.toml",
        "Rocket.toml",
        # vue-cli's dev server settings: devServer.port.
        "vue.config.js",
        "vue.config.ts",
        "Gemfile",
        "composer.json",
        "mix.exs",
        "global.json",
        "launchSettings.json",
        "appsettings.json",
        "Procfile",
        "Dockerfile",
        "compose.yaml",
        "compose.yml",
        "docker-compose.yml",
        "docker-compose.yaml",
        ".env.example",
        ".env.sample",
        # PHP and Ruby: versions, Symfony's committed .env, Rails' database, Sinatra entry files.
        ".env",
        ".env.dist",
        "database.php",
        ".tool-versions",
        ".ruby-version",
        "Gemfile.lock",
        "database.yml",
        "database.yml.example",
        # Rails' cache store: development's says whether memcached is production's only.
        "application.rb",
        "development.rb",
        # Puma's config: the port Rails serves on when it is not 3000.
        "puma.rb",
        "config.ru",
        "app.rb",
        "main.rb",
        "server.rb",
        "web.rb",
        "poetry.lock",
        "uv.lock",
        "alembic.ini",
    }
)
HEAD_ONLY = frozenset({"yarn.lock"})
# .NET project files have the project's own name.
PROJECT_FILE_SUFFIXES = (".csproj", ".fsproj")
# Sample .env files: the variables an app reads, with example values (devenv.detect.envvars).
ENV_SAMPLES = frozenset(
    {
        ".env.sample",
        ".env.dev-sample",
        ".env.dev.sample",
        ".env.dev.example",
        ".env.local.example",
        ".env.template",
        ".env.dist",
        ".env.default",
        ".env.defaults",
        "env.example",
        "env.sample",
        "example.env",
        ".example.env",
        "sample.env",
        ".flaskenv",
    }
)
SOURCE_SUFFIXES = frozenset({".py", ".go"})
# Node entry points are read for their port; the rest of a Node tree is not needed.
NODE_ENTRY_STEMS = frozenset({"index", "server", "app", "main", "www"})
NODE_SUFFIXES = frozenset({".js", ".mjs", ".cjs", ".ts", ".mts"})
# Node config modules (`config.ts`, `create-config.ts`) hold a server's port default.
NODE_CONFIG_STEM = re.compile(r"^(?:\w+[-_])?(?:config|configuration|settings)$")
# Rust binaries' entry points are read for the address they bind.
# A settings module (settings.rs, or any file of settings/ and config/) holds the port's default.
RUST_ENTRY_STEMS = frozenset(
    {"main", "mod", "lib", "server", "http", "app", "config", "startup", "settings"}
)
RUST_CONFIG_FOLDERS = frozenset({"settings", "config"})
# Layered settings a config library merges (config-rs, Viper, node-config): a folder of
# them, with the base layer and the development one (configuration/base.yaml).
SETTINGS_FOLDERS = frozenset({"config", "configuration", "configs", "conf", "settings"})
SETTINGS_LAYER = re.compile(r"^(base|default|development|dev|local)\.(ya?ml|toml)$")


def join(folder: str, name: str) -> str:
    """A repository-relative POSIX path; the root folder is "."."""
    return name if folder in ("", ".") else f"{folder}/{name}"


def parent(path: str) -> str:
    found = str(PurePosixPath(path).parent)
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
        if rel != "." and any(e.name in ("pyvenv.cfg", "conda-meta") for e in entries):
            continue  # a virtualenv or conda environment, whatever its name
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
                if depth(path) <= MAX_DEPTH and not _skipped(entry.name):
                    stack.append((Path(entry.path), path))
                elif path in DEV_ENV_FOLDERS:
                    _read_dev_env(Path(entry.path), path, real_root, texts, paths)
                continue
            if not _is_regular_file(entry, real_root):
                continue
            paths.add(path)
            limit = _read_limit(entry.name, depth(rel), budget, PurePosixPath(rel).name)
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


# Compose files by name: `docker-compose.yml`, `compose.dev.yaml`, and the ones a prefix
# names (`dev.docker-compose.yml`), which `docker compose -f` runs as well.
COMPOSE_NAME = re.compile(r"^([\w-]+\.)?(docker-)?compose[\w.-]*\.ya?ml$")
DEVCONTAINER = ".devcontainer"
# DDEV's project folder: config.yaml names the database it runs (`database: type: mariadb`),
# and its docker-compose.*.yaml files add services (redis) to the same stack.
DDEV = ".ddev"
DEV_ENV_FOLDERS = frozenset({DEVCONTAINER, DDEV})


def _read_dev_env(
    folder: Path, rel: str, real_root: Path, texts: dict[str, str], paths: set[str]
) -> None:
    """Only the compose files (and DDEV's config.yaml) of a dev environment's folder: no app
    lives there."""
    for entry in _list(folder):
        wanted = COMPOSE_NAME.match(entry.name) or (rel == DDEV and entry.name == "config.yaml")
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


def _skipped(name: str) -> bool:
    return name.startswith(".") or name in SKIP_DIRS or name.endswith(".egg-info")


def _read_limit(name: str, folder_depth: int, budget: dict[str, int], folder: str = "") -> int:
    if (
        name in MANIFESTS
        or _is_requirements(name)
        or _is_config(name, folder_depth)
        or (folder in SETTINGS_FOLDERS and bool(SETTINGS_LAYER.match(name)))
        or name.endswith(PROJECT_FILE_SUFFIXES)
        or name in ENV_SAMPLES
    ):
        return MAX_MANIFEST_BYTES
    if name in HEAD_ONLY:
        return HEAD_BYTES
    suffix = PurePosixPath(name).suffix
    is_source = (
        suffix in SOURCE_SUFFIXES
        or (suffix in NODE_SUFFIXES and PurePosixPath(name).stem in NODE_ENTRY_STEMS)
        or (suffix in NODE_SUFFIXES and bool(NODE_CONFIG_STEM.match(PurePosixPath(name).stem)))
        or (
            suffix == ".rs"
            and (PurePosixPath(name).stem in RUST_ENTRY_STEMS or folder in RUST_CONFIG_FOLDERS)
        )
    )
    if is_source and budget["sources"] > 0:
        budget["sources"] -= 1
        return MAX_SOURCE_BYTES
    return 0


# Env files and examples (`.env`, `.env.dev`, `env-example-docker`), compose variants
# (`docker-compose.dev.yml`) and config files (`config.toml.sample`, `conf/app.ini`,
# `config.json`) name the services, URLs and ports a repository really uses.
_CONFIG_NAME = re.compile(
    r"^(\.env([._][\w-]+)*|env[.-]example[\w.-]*|[\w.-]+\.env(\.example)?|"
    r"([\w-]+\.)?(docker-)?compose[\w.-]*\.ya?ml|Dockerfile[\w.-]*|[\w.-]+\.Dockerfile|"
    r"(config|app|settings)([._-](example|sample|dist|default))?\.(ya?ml|toml|ini)"
    r"([._-](example|sample|dist))?|(config|settings)([._-](example|sample|dist|default))?\.json)$"
)


def _is_config(name: str, folder_depth: int) -> bool:
    return folder_depth <= APP_DEPTH + 1 and bool(_CONFIG_NAME.match(name))


def _is_requirements(name: str) -> bool:
    return name.endswith(".txt") and (name.startswith("requirements") or name in _REQ_DIR_HINT)


# Files inside a requirements/ folder have free names (base.txt, production.txt); reading
# every .txt file would be wasteful, so those folders' common names are listed.
_REQ_DIR_HINT = frozenset(
    {"base.txt", "common.txt", "prod.txt", "production.txt", "local.txt", "dev.txt", "main.txt"}
)


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
