"""The values detection produces: every decision paired with the evidence behind it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from devenv.catalog import Login
from devenv.languages import LANGUAGES

# Covariant: a Choice[str] is a fine Choice[Command]; choices are frozen, never written to.
T = TypeVar("T", covariant=True)
# A command as the spec takes it: a string split like a shell would, or exec-form arguments.
Command = str | list[str]

# Languages devenv has Dockerfile templates for; the others are recognised and reported.
TEMPLATED = tuple(LANGUAGES)


@dataclass(frozen=True)
class Choice(Generic[T]):
    """A decided value and why: evidence such as `requirements.txt:3 psycopg[binary]`."""

    value: T
    why: tuple[str, ...] = ()


def where(file: str, line: int | None) -> str:
    return f"{file}:{line}" if line else file


def line_at(text: str, offset: int) -> int:
    """The 1-based line of `text` that holds the character at `offset`."""
    return text.count("\n", 0, offset) + 1


def evidence(path: str, text: str, match: re.Match[str]) -> str:
    """Where a match was read and what it says, as evidence: `settings.py:12 DEBUG = True`."""
    return f"{path}:{line_at(text, match.start())} {match.group(0).strip()}"


@dataclass(frozen=True)
class Dependency:
    """One declared dependency, located in the manifest that declares it."""

    name: str  # normalised: lowercase, and for Python `_`/`.` read as `-`
    file: str
    line: int | None
    text: str  # as written, for evidence
    extras: frozenset[str] = frozenset()
    # A version written apart from the name (Poetry's and Pipfile's `name = "^1.2"`).
    constraint: str = ""

    @property
    def evidence(self) -> str:
        return f"{where(self.file, self.line)} {self.text}"


@dataclass(frozen=True)
class ServiceNeed:
    """A backing service an app needs, and the dependency or hint that says so."""

    type: str
    why: str
    # The app's development settings select it (Rails' development queue adapter): compose
    # files that leave it out do not make it an alternative.
    firm: bool = False


@dataclass(frozen=True)
class HostName:
    """Another name the repository reaches a service by (`db` in postgresql://...@db/...)."""

    type: str
    host: str
    why: str


@dataclass(frozen=True)
class ServiceLogin:
    """The user, password and database a repository's own config connects to a service with."""

    type: str
    login: Login
    why: str


@dataclass(frozen=True)
class AppFinding:
    """Everything detection decided about one app folder."""

    path: str
    language: Choice[str]
    manifest: str
    runnable: bool = True
    version: Choice[str] | None = None
    package_manager: Choice[str] | None = None
    framework: Choice[str] = Choice("none")
    port: Choice[int] | None = None
    # None: the framework's conventional command applies (devenv.languages).
    command: Choice[Command] | None = None
    prod_command: Choice[Command] | None = None
    processes: tuple[tuple[str, Choice[Command]], ...] = ()
    main_package: Choice[str] | None = None  # Go, when the main package is not the module root
    # The folder above `path` the image builds from, whose manifests the app installs (a root
    # pyproject.toml for Django in src/); None: `path` itself.
    context: str | None = None
    env: tuple[tuple[str, str], ...] = ()
    # Values for the variables the code reads, each with its evidence (devenv.detect.wiring).
    settings: tuple[tuple[str, Choice[str]], ...] = ()
    setup: Choice[Command] | None = None  # a one-shot step before the app starts: migrations
    system_packages: Choice[tuple[str, ...]] | None = None  # Debian packages the app runs with
    build_packages: Choice[tuple[str, ...]] | None = None  # ...and builds its dependencies with
    requirements: Choice[tuple[str, ...]] | None = None  # pip: the file installed, its includes
    hostnames: tuple[HostName, ...] = ()  # become network aliases of the services
    logins: tuple[ServiceLogin, ...] = ()  # become the services' user, password, database
    services: tuple[ServiceNeed, ...] = ()
    notes: tuple[str, ...] = ()
    # How sure we are this folder is an app: 3 a framework, 2 an entry point, 0 a manifest.
    strength: int = 0

    @property
    def templated(self) -> bool:
        return self.language.value in TEMPLATED


@dataclass(frozen=True)
class Scan:
    """What a repository holds: its apps, the user's own compose files, and notes."""

    apps: tuple[AppFinding, ...]
    compose_files: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())
    # Dockerfiles of the user's own (no devenv header) where an app's Dockerfile would go.
    own_dockerfiles: tuple[str, ...] = ()
