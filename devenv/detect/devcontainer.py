"""The port a dev container names as the application's: `portsAttributes` labels ports.

.devcontainer/devcontainer.json forwards the app's port beside its databases' and says which
is which: `"8080": {"label": "Application port"}`, `"3306": {"label": "MySQL port"}`. The
file is JSON with comments, so the entries are read by pattern, not parsed.
"""

from __future__ import annotations

import re

from devenv.detect.model import Choice, line_at
from devenv.detect.tree import RepoTree, join

_FILES = (".devcontainer/devcontainer.json", ".devcontainer.json")
# `"8080": { "label": "Application port", ... }`: a port's attributes and their label.
_ATTRIBUTES = re.compile(r"\"(\d{2,5})\"\s*:\s*\{[^{}]*?\"label\"\s*:\s*\"([^\"]*)\"")
_APP_LABEL = re.compile(r"\b(?:app|application|web|website|server)\b", re.IGNORECASE)


def devcontainer_port(tree: RepoTree, folder: str) -> Choice[int] | None:
    """The port whose label names the application, in the folder's dev container."""
    for name in _FILES:
        path = join(folder, name)
        text = tree.text(path) or ""
        for match in _ATTRIBUTES.finditer(text):
            port, label = int(match.group(1)), match.group(2)
            if _APP_LABEL.search(label) and 0 < port < 65536:
                line = line_at(text, match.start())
                return Choice(port, (f"{path}:{line} portsAttributes {port}: {label}",))
    return None
