"""Debian packages that Python dependencies with native code need, to build or to run.

One table, checked by a test. Build packages go to the image's build stage only; run-time
libraries go to the image the app runs in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from devenv.detect.model import Choice, Dependency

# The compiler and C library headers every source build needs.
COMPILER = ("gcc", "libc6-dev")


@dataclass(frozen=True)
class Native:
    """What one dependency needs from the system."""

    run: tuple[str, ...] = ()
    build: tuple[str, ...] = ()
    # Only when the version is pinned exactly: recent releases ship wheels with the libraries
    # inside, old pins often have no wheel for today's Python and build from source.
    pinned_only: bool = False
    extras: frozenset[str] | None = None  # only with one of these extras


NATIVE: dict[str, Native] = {
    "psycopg2": Native(run=("libpq5",), build=(*COMPILER, "libpq-dev")),
    # psycopg 3 without [binary] loads the system libpq; [c] compiles against it.
    "psycopg": Native(run=("libpq5",)),
    "psycopg-c": Native(run=("libpq5",), build=(*COMPILER, "libpq-dev")),
    "mysqlclient": Native(
        run=("libmariadb3",),
        build=(*COMPILER, "pkg-config", "default-libmysqlclient-dev"),
    ),
    "pillow": Native(
        run=("libjpeg62-turbo", "zlib1g"),
        build=(*COMPILER, "libjpeg62-turbo-dev", "zlib1g-dev"),
        pinned_only=True,
    ),
    "lxml": Native(
        run=("libxml2", "libxslt1.1"),
        build=(*COMPILER, "libxml2-dev", "libxslt1-dev"),
        pinned_only=True,
    ),
    "python-ldap": Native(
        run=("libldap-common",), build=(*COMPILER, "libldap2-dev", "libsasl2-dev")
    ),
    "uwsgi": Native(build=COMPILER),
    "psutil": Native(build=COMPILER, pinned_only=True),
    "cffi": Native(run=("libffi8",), build=(*COMPILER, "libffi-dev"), pinned_only=True),
    "python-magic": Native(run=("libmagic1",)),
    "weasyprint": Native(run=("libpango-1.0-0", "libpangoft2-1.0-0", "libharfbuzz0b")),
}
# psycopg[c] is psycopg 3 compiled against libpq.
_EXTRA_ALIASES = {("psycopg", "c"): "psycopg-c", ("psycopg", "binary"): "psycopg-binary"}


def system_packages(
    deps: Iterable[Dependency],
) -> tuple[Choice[tuple[str, ...]], Choice[tuple[str, ...]]]:
    """(run-time packages, build packages), each with the dependencies that need them."""
    run: dict[str, None] = {}
    build: dict[str, None] = {}
    run_why: list[str] = []
    build_why: list[str] = []
    for dep in deps:
        name = next(
            (
                alias
                for (base, extra), alias in _EXTRA_ALIASES.items()
                if dep.name == base and extra in dep.extras
            ),
            dep.name,
        )
        native = NATIVE.get(name)
        if native is None or (native.pinned_only and "==" not in dep.text):
            continue
        if native.run:
            run.update(dict.fromkeys(native.run))
            run_why.append(dep.evidence)
        if native.build:
            build.update(dict.fromkeys(native.build))
            build_why.append(dep.evidence)
    return Choice(tuple(run), tuple(run_why)), Choice(tuple(build), tuple(build_why))


# The first release of each package that installs and runs on Python 3.13: wheels for it, or
# for Django, no use of the `cgi` module that 3.13 removed. An exact pin older than that
# builds from source on 3.13 (pydantic-core and orjson need Rust) or fails at import;
# Python 3.11 has wheels for nearly every release of the last years.
FIRST_313_WHEELS: dict[str, tuple[int, ...]] = {
    "django": (4, 2),
    "pydantic": (2, 8),
    "pydantic-core": (2, 20),
    "psycopg2-binary": (2, 9, 10),
    "psycopg2": (2, 9, 10),  # built from source: older releases fail on 3.13's C API
    "psycopg-binary": (3, 2, 2),
    "pillow": (11, 0),
    "numpy": (2, 1),
    "pandas": (2, 2, 3),
    "lxml": (5, 3),
    "greenlet": (3, 1),
    "gevent": (24, 10),
    "uvloop": (0, 21),
    "asyncpg": (0, 30),
    "httptools": (0, 6, 2),
    "orjson": (3, 10, 7),
    "pyyaml": (6, 0, 2),
    "cffi": (1, 17),
    "grpcio": (1, 66, 2),
    "ujson": (5, 10),
    "regex": (2024, 9, 11),
    "aiohttp": (3, 10, 6),
    "frozenlist": (1, 4, 1),
    "multidict": (6, 1),
    "yarl": (1, 13),
}
_CLAUSE = re.compile(r"(===?|~=|<=?|\^|~)\s*(\d+(?:\.\d+)*)(\.\*)?")


def older_than_313_wheels(deps: Iterable[Dependency]) -> Dependency | None:
    """The first dependency whose constraint allows only releases without Python 3.13 wheels:
    an exact pin (`==0.26.0`), or a range that ends before the first one (`^0.29.0`, `<0.30`)."""
    for dep in deps:
        first = FIRST_313_WHEELS.get(dep.name)
        spec = f"{dep.text} {dep.constraint}"
        if first and any(_ends_before(op, v, star, first) for op, v, star in _CLAUSE.findall(spec)):
            return dep
    return None


def _ends_before(operator: str, raw: str, star: str, first: tuple[int, ...]) -> bool:
    """Whether every release a clause allows is older than `first`."""
    version = tuple(int(p) for p in raw.split("."))
    if operator in ("==", "===") and not star:
        return version < first
    if operator == "<=":
        return version < first
    return _pad(_exclusive_end(operator, version, star), first) <= first


def _exclusive_end(operator: str, version: tuple[int, ...], star: str) -> tuple[int, ...]:
    """The version a clause stops below: `<X` X, `^0.29` 0.30, `~=2.1` 3, `==1.2.*` 1.3."""
    if operator == "<":
        return version
    if operator in ("==", "==="):  # with a wildcard
        return (*version[:-1], version[-1] + 1)
    if operator == "^":
        width = next((i for i, part in enumerate(version) if part), len(version) - 1) + 1
        return (*version[: width - 1], version[width - 1] + 1)
    if operator == "~" or len(version) == 1:  # Poetry's ~1.2 and ~1 stay in 1.2 and 1
        width = min(len(version), 2)
        return (*version[: width - 1], version[width - 1] + 1)
    return (*version[:-2], version[-2] + 1)  # ~=1.2.3 stays in 1.2, ~=1.2 in 1


def _pad(version: tuple[int, ...], like: tuple[int, ...]) -> tuple[int, ...]:
    return version + (0,) * (len(like) - len(version))
