"""Reading Python source for what it says about running the app: app objects, modules, ports."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath

from devenv.detect.model import evidence, line_at
from devenv.detect.tree import RepoTree

# Entry modules people name their app after, best first: ties between candidates go to them.
PREFERRED = ("app", "main", "wsgi", "asgi", "server", "application", "api", "__init__", "run")
# `port=5001`, or a default for a *PORT variable: os.environ.get("FLASK_SERVER_PORT", 9090).
# Ports of the services an app talks to (MAIL_PORT, REDIS_PORT, ALEPH_MAIL_PORT,
# TRACECAT__DB_PORT...) and its metrics exporter's (PROMETHEUS_PORT) are not its own: a
# word of the variable's name says whose it is.
_SERVICE_WORDS = frozenset(
    {"MAIL", "SMTP", "EMAIL", "DB", "DATABASE", "REDIS", "POSTGRES", "PG", "MYSQL", "MONGO"}
    | {"AMQP", "RABBITMQ", "BROKER", "MEMCACHED", "CACHE", "ES", "ELASTICSEARCH", "KAFKA"}
    | {"MINIO", "S3", "LDAP", "SENTRY", "STATSD", "PROMETHEUS", "METRICS"}
)
# `port = 8443 if ssl else 8000`: the port without the opt-in, the else branch.
_PORT_HINT = re.compile(
    r"(?<![\w.])port\s*=\s*(?:\d{2,5}\s+if\s+[^\n]*?\s+else\s+)?(\d{2,5})\b"
    r"|[\"']([A-Z_]*)PORT[\"']\s*,\s*[\"']?(\d{2,5})\b"
)
# Words of a script's name that say it serves: `recommendation_server.py`, `run_app.py`.
_SERVING_WORDS = frozenset({"server", "app", "main", "api", "service", "serve", "run"})
_TRIPLE_QUOTE = re.compile(r"\"\"\"|'''")
_MAIN_GUARD = re.compile(r"^if\s+__name__\s*==\s*[\"']__main__[\"']\s*:", re.MULTILINE)


@dataclass(frozen=True)
class AppObject:
    """Where a framework object (Flask(...), FastAPI(...), Celery(...)) is created."""

    file: str  # repository-relative
    line: int
    variable: str  # the module-level name, or a factory's name followed by ()
    module: str  # dotted, relative to the import root
    import_root: str  # "" for the app folder itself, or "src" for a src layout


def python_files(tree: RepoTree, folder: str, exclude: Iterable[str] = ()) -> list[str]:
    """The app's .py files, shallowest first, skipping nested apps' folders."""
    skipped = tuple(f"{e}/" for e in exclude)
    return [
        p
        for p in tree.under(folder, max_depth=4)
        if p.endswith(".py") and not p.startswith(skipped)
    ]


def relative(path: str, folder: str) -> str:
    return path if folder == "." else path[len(folder) + 1 :]


def module_of(relative_path: str) -> tuple[str, str] | None:
    """(import root, dotted module) for a file inside the app; None if not importable."""
    parts = list(PurePosixPath(relative_path).with_suffix("").parts)
    if parts and parts[-1] == "__init__":
        parts.pop()
    root = ""
    if len(parts) > 1 and parts[0] == "src":
        root, parts = "src", parts[1:]
    if not parts or not all(p.isidentifier() for p in parts):
        return None
    return root, ".".join(parts)


def find_objects(
    tree: RepoTree, files: list[str], folder: str, class_name: str
) -> Iterator[AppObject]:
    """Every module-level `name = ClassName(` (or a factory returning one), best first."""
    assignment = re.compile(
        rf"^([A-Za-z_]\w*)\s*(?::[^=\n]+)?=\s*(?:[A-Za-z_][\w.]*\.)?{class_name}\(", re.MULTILINE
    )
    created = re.compile(rf"(?:^|[\s=(.])(?:[A-Za-z_][\w.]*\.)?{class_name}\(", re.MULTILINE)
    factory = re.compile(r"^(?:async\s+)?def\s+(create_app|make_app|get_app)\s*\(", re.MULTILINE)
    builders = {name for path in files for name in _builders(tree.text(path) or "", class_name)}
    found = []
    for path in files:
        text = tree.text(path) or ""
        built = _built_here(text, builders)
        if f"{class_name}(" not in text and built is None:
            continue
        names = module_of(relative(path, folder))
        if names is None:
            continue
        match = assignment.search(text) or built or factory.search(text)
        if match is None or not (built or created.search(text)):
            continue
        variable = match.group(1) + ("()" if match.re is factory else "")
        line = line_at(text, match.start())
        found.append(AppObject(path, line, variable, names[1], names[0]))
    yield from sorted(found, key=_rank)


_MODULE_CALL = re.compile(r"^([A-Za-z_]\w*)\s*(?::[^=\n]+)?=\s*([A-Za-z_]\w*)\(", re.MULTILINE)


_TOP_LEVEL_DEF = re.compile(r"^(?:async\s+)?def\s+([A-Za-z_]\w*)\s*\(", re.MULTILINE)
# The next top-level statement; a signature's closing `) -> App:` line is not one.
_TOP_LEVEL = re.compile(r"^[A-Za-z_@]", re.MULTILINE)


def _builders(text: str, class_name: str) -> set[str]:
    """Module-level functions whose body creates the object (`def create_application():`)."""
    found = set()
    for definition in _TOP_LEVEL_DEF.finditer(text):
        end = _TOP_LEVEL.search(text, definition.end())
        if f"{class_name}(" in text[definition.end() : end.start() if end else len(text)]:
            found.add(definition.group(1))
    return found


def _built_here(text: str, builders: set[str]) -> re.Match[str] | None:
    """`app = create_application()` at module level, calling a function of the app that
    creates the object, here or imported (not `celery_app = celery_init_app(app)`)."""
    return next((m for m in _MODULE_CALL.finditer(text) if m.group(2) in builders), None)


def factory_call(tree: RepoTree, files: list[str], folder: str, factory: str) -> AppObject | None:
    """The module that builds the app from its factory at import time (`app = create_app(...)`).

    Such a module is how the project itself starts: it passes the factory its arguments
    (a config name), which `flask --app PACKAGE` cannot, and which Flask before 1.0 would
    not look for at all.
    """
    call = re.compile(rf"^([A-Za-z_]\w*)\s*=\s*(?:[A-Za-z_][\w.]*\.)?{factory}\(", re.MULTILINE)
    found = []
    for path in files:
        text = tree.text(path) or ""
        match = call.search(text) if f"{factory}(" in text else None
        names = module_of(relative(path, folder)) if match else None
        if match and names:
            line = line_at(text, match.start())
            found.append(AppObject(path, line, match.group(1), names[1], names[0]))
    return min(found, key=_rank, default=None)


def needs_arguments(tree: RepoTree, path: str, function: str) -> bool:
    """Whether `def function(...)` in `path` has a parameter without a default."""
    text = tree.text(path) or ""
    match = re.search(rf"^(?:async\s+)?def\s+{function}\s*\(([^)]*)\)", text, re.MULTILINE)
    if match is None:
        return False
    for parameter in match.group(1).split(","):
        name = parameter.split(":")[0].strip()
        if name and "=" not in parameter and not name.startswith("*") and name != "/":
            return True
    return False


def _rank(found: AppObject) -> tuple[int, int, str]:
    stem = found.module.rsplit(".", 1)[-1]
    preferred = PREFERRED.index(stem) if stem in PREFERRED else len(PREFERRED)
    return (found.module.count("."), preferred, found.module)


def port_hint(tree: RepoTree, files: Iterable[str]) -> tuple[int, str] | None:
    """A port the code asks for (`app.run(port=5001)`, `os.getenv("PORT", 8080)`)."""
    for path in files:
        text = tree.text(path) or ""
        quoted = docstrings(text)
        match = next(
            (
                m
                for m in _PORT_HINT.finditer(text)
                if not any(a <= m.start() < b for a, b in quoted)
                and not _SERVICE_WORDS & set((m.group(2) or "").split("_"))
            ),
            None,
        )
        if match:
            port = int(match.group(1) or match.group(3))
            if 0 < port < 65536:
                return port, evidence(path, text, match)
    return None


def docstrings(text: str) -> list[tuple[int, int]]:
    """Spans of triple-quoted strings: usage examples there (`-e port=8080`) are not code."""
    spans, start = [], None
    for quote in _TRIPLE_QUOTE.finditer(text):
        if start is None:
            start = quote
        elif quote.group(0) == start.group(0):
            spans.append((start.start(), quote.end()))
            start = None
    return spans


def entry_script(tree: RepoTree, folder: str, files: list[str]) -> str | None:
    """A script at the app's top level that runs itself (`if __name__ == "__main__":`); a
    test module that runs its own tests (test_main.py) is not one."""
    top = [
        p
        for p in files
        if "/" not in relative(p, folder)
        and not PurePosixPath(p).name.startswith("test_")
        and not PurePosixPath(p).name.endswith("_test.py")
    ]
    guarded = [p for p in top if _MAIN_GUARD.search(tree.text(p) or "")]
    if not guarded:
        return None

    def rank(path: str) -> tuple[int, bool, bool, str]:
        # After the entry names, a script named for serving (email_server.py) before its
        # test client (email_client.py), both guarded: microservices-demo's gRPC services.
        stem = PurePosixPath(path).stem
        words = set(re.split(r"[-_]", stem.lower()))
        exact = PREFERRED.index(stem) if stem in PREFERRED else len(PREFERRED)
        return (exact, "client" in words, not words & _SERVING_WORDS, path)

    return min(guarded, key=rank)


def package_main(tree: RepoTree, folder: str, files: list[str]) -> tuple[str, str] | None:
    """A package runnable with `python -m` (it has __main__.py): (import root, package)."""
    for path in files:
        rel = relative(path, folder)
        if rel.endswith("/__main__.py") and rel.count("/") <= 2:
            names = module_of(rel[: -len("/__main__.py")] + "/__init__.py")
            if names and (names[0] == "" or rel.startswith("src/")):
                return names
    return None


def first_line(tree: RepoTree, files: Iterable[str], pattern: re.Pattern[str]) -> str | None:
    """`file:line` of the first match of a pattern in the given files."""
    for path in files:
        text = tree.text(path) or ""
        match = pattern.search(text)
        if match:
            return f"{path}:{line_at(text, match.start())}"
    return None


# A launcher that runs Django's dev server on a fixed address:
# `call_command('runserver', '0.0.0.0:8080')`, `[..., "runserver", "8080"]`.
RUNSERVER_ADDRESS = re.compile(r"[\"']runserver[\"']\s*,\s*[\"'](?:[\w.\[\]]*:)?(\d{2,5})[\"']")


def runserver_port(tree: RepoTree, folder: str, files: Iterable[str]) -> tuple[int, str] | None:
    """The port a script at the app's top level runs `runserver` on: the developer's
    launcher (main.py) says where Django listens, not the command's 8000."""
    for path in files:
        if "/" in relative(path, folder) or not path.endswith(".py"):
            continue
        text = tree.text(path) or ""
        match = RUNSERVER_ADDRESS.search(text)
        if match and 0 < int(match.group(1)) < 65536:
            return int(match.group(1)), evidence(path, text, match)
    return None
