"""The port a repository's own compose files run an app's server on.

A compose service built here whose command serves the very object devenv runs
(`uvicorn app.main:app --host 0.0.0.0 --port 8080`) says which port the developer opens: it
beats a port some other launcher in the sources asks for (a Granian script's `port=8000`).
"""

from __future__ import annotations

import posixpath
import re

from devenv.detect.composed import MAIN_COMPOSE
from devenv.detect.dbserver import TEST_COMPOSE
from devenv.detect.manifests import load_yaml
from devenv.detect.model import Choice
from devenv.detect.tree import COMPOSE_NAME, RepoTree

# `--port 8080`, `--port=8080`, `-p 8080`, `--bind 0.0.0.0:8000`, `-b :8000`.
_PORT_FLAG = re.compile(r"(?:--port[= ]|-p[= ]?|(?:--bind|-b)[= ]?[\w.]*:)(\d{2,5})\b")


def compose_command_port(tree: RepoTree, target: str) -> Choice[int] | None:
    """The port a compose service built here serves `target` (`module:object`) on; the main
    compose files before their variants."""
    paths = [
        p
        for p in tree.texts
        if COMPOSE_NAME.match(posixpath.basename(p)) and not TEST_COMPOSE.search(p)
    ]
    for path in sorted(paths, key=lambda p: (not MAIN_COMPOSE.search(p), p)):
        for name, command in _built_commands(tree.text(path) or ""):
            words = command.split()
            found = _PORT_FLAG.search(command)
            if target in words and found and 0 < int(found.group(1)) < 65536:
                return Choice(int(found.group(1)), (f"{path} services.{name}.command",))
    return None


def _built_commands(text: str) -> list[tuple[str, str]]:
    """(service, command) of the services the compose file builds from the repository."""
    data = load_yaml(text)
    services = data.get("services") if isinstance(data, dict) else None
    found = []
    for name, body in services.items() if isinstance(services, dict) else ():
        if not isinstance(body, dict) or "build" not in body:
            continue
        command = body.get("command")
        if isinstance(command, list):
            command = " ".join(str(c) for c in command)
        if isinstance(command, str):
            found.append((str(name), command))
    return found
