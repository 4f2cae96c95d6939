"""The dependencies a Python app declares, across requirements files, pyproject, Pipfile, setup.

Only runtime dependencies count: test, lint and docs requirement files and groups would
otherwise bring services the app itself never talks to.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from devenv.detect.manifests import line_with, load_toml, quoted_key_line, strings, table
from devenv.detect.model import Dependency
from devenv.detect.tree import RepoTree, join, parent

# `name[extra,...]` at the start of a PEP 508 requirement.
_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?")
_EGG = re.compile(r"#egg=([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[([^\]]*)\])?")
_INCLUDE = re.compile(r"^(?:-r|--requirement|-c|--constraint)\s*=?\s*(\S+)")
# Requirement files and groups for tooling, not for running the app.
_NOT_RUNTIME = re.compile(
    r"(?:^|[-_/.])(?:tests?|testing|lint|docs?|typing|types|mypy|flake8?|style|format|ci|check|"
    r"dev|devel|development)"
    r"(?:[-_.]|$)",
    re.IGNORECASE,
)

# A group named after a database or broker (`postgres = ["psycopg[c]"]`) is the opt-in for
# that backend; the app runs without it, on its default (often SQLite).
_OPT_IN_BACKEND = re.compile(
    r"^(?:postgres(?:ql)?|pg|psycopg2?|mysql|mariadb|mssql|sqlserver|oracle|mongo(?:db)?|"
    r"redis|valkey|rabbitmq|amqp|kafka|memcached?|elasticsearch|opensearch)$",
    re.IGNORECASE,
)


# Extras ([project.optional-dependencies]) are features an install opts in to, except the one
# named for the deployment (`prod = ["psycopg[binary]"]`): what the running app installs.
_DEPLOYMENT_EXTRA = re.compile(r"^(?:prod|production|deploy(?:ment)?)$", re.IGNORECASE)


# The extras a Dockerfile installs the project with (`pip install --prefix=/install .[sandbox]`,
# `pip install -e ".[prod,s3]"`): what the app the repository runs has installed.
_INSTALLED_EXTRAS = re.compile(r"\bpip3?\s+install\b[^\n]*?\s[\"']?\.\[([\w,\s-]+)\]")


def _runtime_group(group: str) -> bool:
    return group != "dev" and not _NOT_RUNTIME.search(group) and not _OPT_IN_BACKEND.match(group)


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def parse_requirement(text: str, file: str, line: int | None) -> Dependency | None:
    """One PEP 508 string, `psycopg[binary]>=3; python_version>'3.8'`, as a Dependency."""
    match = _REQUIREMENT.match(text)
    if not match:
        return None
    extras = frozenset(normalise(e) for e in (match.group(2) or "").split(",") if e.strip())
    return Dependency(normalise(match.group(1)), file, line, text.strip(), extras)


def requirement_files(tree: RepoTree, folder: str) -> list[str]:
    """The app's runtime requirement files: requirements*.txt and requirements/*.txt."""
    found = [
        join(folder, name)
        for name in tree.names(folder)
        if name.startswith("requirements") and name.endswith(".txt")
    ]
    found += [
        join(join(folder, "requirements"), name)
        for name in tree.names(join(folder, "requirements"))
        if name.endswith(".txt")
    ]
    found += [f for f in _copied_requirements(tree, folder) if f not in found]
    return [f for f in found if not _NOT_RUNTIME.search(f.rsplit("/", 1)[-1])]


# `COPY ./dependencies/pip/requirements.txt /tmp/deps.txt`: the sources of a COPY or ADD.
_COPY = re.compile(r"^(?:COPY|ADD)\s+(?:--\S+\s+)*(.+?)\s*$", re.MULTILINE | re.IGNORECASE)


def _copied_requirements(tree: RepoTree, folder: str) -> list[str]:
    """Requirement files the app's Dockerfile copies in from a folder of pins elsewhere in
    its build context (kpi's dependencies/pip/): what the image installs."""
    found = []
    for match in _COPY.finditer(tree.text(join(folder, "Dockerfile")) or ""):
        for source in match.group(1).split()[:-1]:
            path = join(folder, source.removeprefix("./"))
            name = path.rsplit("/", 1)[-1]
            if name.startswith("requirements") and name.endswith(".txt") and tree.exists(path):
                found.append(path)
    return found


def read_requirements(tree: RepoTree, path: str, seen: set[str] | None = None) -> list[Dependency]:
    """Dependencies of a requirements file, following `-r` includes (each file once)."""
    seen = set() if seen is None else seen
    text = tree.text(path)
    if path in seen or text is None:
        return []
    seen.add(path)
    found: list[Dependency] = []
    for number, line in _logical_lines(text):
        include = _INCLUDE.match(line)
        if include:
            target = _resolve(parent(path), include.group(1))
            if target and not _NOT_RUNTIME.search(target.rsplit("/", 1)[-1]):
                found += read_requirements(tree, target, seen)
            continue
        egg = _EGG.search(line)
        if egg:
            extras = egg.group(2) or ""
            found.append(
                Dependency(
                    normalise(egg.group(1)),
                    path,
                    number,
                    line,
                    frozenset(normalise(e) for e in extras.split(",") if e.strip()),
                )
            )
            continue
        if line.startswith("-") or "://" in line.split(";")[0].split("@")[0]:
            continue  # options (--index-url...) and bare URLs name no package we can read
        dependency = parse_requirement(line, path, number)
        if dependency:
            found.append(dependency)
    return found


def _logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """Lines without comments, joined across trailing backslashes, with their first line."""
    pending, start = "", 0
    for number, raw in enumerate(text.splitlines(), start=1):
        line = re.sub(r"(^|\s)#.*$", "", raw).strip()
        if not pending:
            start = number
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        line = (pending + line).strip()
        pending = ""
        if line:
            yield start, line


def _resolve(folder: str, target: str) -> str | None:
    parts = [] if folder == "." else folder.split("/")
    for piece in target.split("/"):
        if piece == "..":
            if not parts:
                return None  # outside the repository
            parts.pop()
        elif piece not in ("", "."):
            parts.append(piece)
    return "/".join(parts) or None


def pyproject_dependencies(
    text: str, file: str, installed_extras: Iterable[str] = ()
) -> list[Dependency]:
    """[project] dependencies, Poetry's main dependencies and its runtime groups, with the
    deployment extra and the runtime extras the repository's Dockerfile installs."""
    data, _ = load_toml(text)
    found = []
    for item in strings(table(data, "project").get("dependencies")):
        dependency = parse_requirement(item, file, line_with(text, item))
        if dependency:
            found.append(dependency)
    # PEP 735 dependency groups: the runtime ones (`main`, `prod`...), not dev or test.
    groups = [i for g, i in table(data, "dependency-groups").items() if _runtime_group(g)]
    extras = table(data, "project", "optional-dependencies").items()
    installed = set(installed_extras)
    chosen = [i for g, i in extras if _DEPLOYMENT_EXTRA.match(g) or normalise(g) in installed]
    for items in groups + chosen:
        for item in strings(items):
            dependency = parse_requirement(item, file, line_with(text, item))
            if dependency:
                found.append(dependency)
    poetry = table(data, "tool", "poetry")
    tables = [table(poetry, "dependencies")]
    for group, body in table(poetry, "group").items():
        if _runtime_group(group):
            tables.append(table(body, "dependencies"))
    for deps in tables:
        found += _table_dependencies(deps, text, file)
    return [d for d in found if d.name != "python"]


def opt_in_dependencies(text: str, file: str) -> list[Dependency]:
    """The dependencies of groups named after a backend: alternatives, not requirements."""
    data, _ = load_toml(text)
    groups = dict(table(data, "dependency-groups"))
    groups.update(table(data, "project", "optional-dependencies"))
    found = []
    for group, items in groups.items():
        if _OPT_IN_BACKEND.match(group):
            found += [
                d for i in strings(items) if (d := parse_requirement(i, file, line_with(text, i)))
            ]
    for group, body in table(data, "tool", "poetry", "group").items():
        if _OPT_IN_BACKEND.match(group):
            found += _table_dependencies(table(body, "dependencies"), text, file)
    return found


def pipfile_dependencies(text: str, file: str) -> list[Dependency]:
    data, _ = load_toml(text)
    return _table_dependencies(table(data, "packages"), text, file)


def _table_dependencies(deps: dict[str, object], text: str, file: str) -> list[Dependency]:
    """Dependencies written as a TOML table: `name = "^1.0"` or `name = {extras = [...]}`."""
    found = []
    for name, spec in deps.items():
        extras = strings(spec.get("extras")) if isinstance(spec, dict) else []
        written = f"{name}[{','.join(extras)}]" if extras else name
        version = spec.get("version") if isinstance(spec, dict) else spec
        found.append(
            Dependency(
                normalise(name),
                file,
                quoted_key_line(text, name),
                written,
                frozenset(normalise(e) for e in extras),
                version if isinstance(version, str) else "",
            )
        )
    return found


def install_requires(text: str) -> list[str]:
    """install_requires from setup.py (the literal list) or setup.cfg (the indented block)."""
    # A requirement's extras hold brackets of their own: `"flask-fs2[swift, s3]"`.
    block = re.search(r"install_requires\s*=\s*\[((?:[^\[\]]|\[[^\[\]]*\])*)\]", text)
    if block:
        return re.findall(r"[\"']([^\"']+)[\"']", block.group(1))
    cfg = re.search(r"^install_requires\s*=\s*\n((?:[ \t]+\S.*\n?)+)", text, flags=re.M)
    return [line.strip() for line in cfg.group(1).splitlines()] if cfg else []


def setup_dependencies(text: str, file: str) -> list[Dependency]:
    found = []
    for item in install_requires(text):
        dependency = parse_requirement(item, file, line_with(text, item))
        if dependency:
            found.append(dependency)
    return found


def dockerfile_extras(tree: RepoTree, folder: str) -> list[str]:
    """The runtime extras the folder's Dockerfile installs the project with."""
    text = tree.text(join(folder, "Dockerfile")) or ""
    names = [n for m in _INSTALLED_EXTRAS.finditer(text) for n in m.group(1).split(",")]
    return [normalise(n.strip()) for n in names if n.strip() and _runtime_group(n.strip())]


def python_dependencies(tree: RepoTree, folder: str) -> list[Dependency]:
    """Every runtime dependency of the Python app in `folder`, first declaration wins."""
    found: list[Dependency] = []
    seen: set[str] = set()
    for path in requirement_files(tree, folder):
        found += read_requirements(tree, path, seen)
    pyproject = tree.text(join(folder, "pyproject.toml"))
    if pyproject is not None:
        extras = dockerfile_extras(tree, folder)
        found += pyproject_dependencies(pyproject, join(folder, "pyproject.toml"), extras)
    readers = {
        "Pipfile": pipfile_dependencies,
        "setup.py": setup_dependencies,
        "setup.cfg": setup_dependencies,
    }
    for name, reader in readers.items():
        text = tree.text(join(folder, name))
        if text is not None:
            found += reader(text, join(folder, name))
    unique: dict[tuple[str, frozenset[str]], Dependency] = {}
    for dependency in found:
        unique.setdefault((dependency.name, dependency.extras), dependency)
    return list(unique.values())
