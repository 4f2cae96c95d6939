"""Alternative versions of one app: a template's `ClientApp-React` beside its `ClientApp`.

A folder named after a sibling app's folder plus a suffix that names a framework or a
version (`ClientApp-React`, `web_vue`, `frontend-legacy`) is the same app written another
way, kept for whoever picks it; the app the repository runs is the one with the plain name.
Other suffixes (`api-gateway`, `web-worker`) name other apps.
"""

from __future__ import annotations

import posixpath
import re

from devenv.detect.model import AppFinding

_SUFFIXED = re.compile(r"^(?P<base>.+?)[-_.](?P<suffix>[A-Za-z][\w]*)$")
_ALTERNATIVE = frozenset(
    {
        "react", "vue", "angular", "svelte", "solid", "preact", "lit", "ember", "next",
        "nuxt", "blazor", "razor", "mvc", "legacy", "old", "new", "classic",
    }
)  # fmt: skip


def without_alternatives(apps: list[AppFinding]) -> tuple[list[AppFinding], list[str]]:
    paths = {app.path for app in apps}
    kept, notes = [], []
    for app in apps:
        base = _plain_sibling(app.path)
        if base in paths and base != app.path:
            notes.append(f"{app.path}: an alternative version of {base}, not a second app")
            continue
        kept.append(app)
    return kept, notes


def _plain_sibling(path: str) -> str | None:
    folder, name = posixpath.split(path)
    match = _SUFFIXED.match(name)
    if match is None or match.group("suffix").lower() not in _ALTERNATIVE:
        return None
    return posixpath.join(folder, match.group("base")) if folder else match.group("base")
