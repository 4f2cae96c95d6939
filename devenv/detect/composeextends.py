"""Compose services that extend a service of another file.

Apache Fineract's docker-compose.yml runs its database as `db: {extends: {file:
./config/docker/compose/mariadb.yml, service: mariadb}}`: the image is named in the other
file, and the main file runs it as much as if it named the image itself.
"""

from __future__ import annotations

import posixpath
import re
from typing import Any

from devenv.detect.manifests import load_yaml
from devenv.detect.tree import RepoTree


def extended_images(
    tree: RepoTree, compose: str, text: str, image_line: re.Pattern[str]
) -> list[tuple[str, str, re.Match[str]]]:
    """(file, its text, the image line) of each service `compose`'s services extend from
    another file of the repository."""
    found = []
    for body in _services(text).values():
        extends = body.get("extends") if isinstance(body, dict) and "image" not in body else None
        if not isinstance(extends, dict):
            continue
        name, service = extends.get("file"), extends.get("service")
        if not isinstance(name, str) or not isinstance(service, str):
            continue
        path = posixpath.normpath(posixpath.join(posixpath.dirname(compose), name))
        other = tree.text(path) or ""
        image = _services(other).get(service, {}).get("image")
        line = next((m for m in image_line.finditer(other) if _same(m.group(1), image)), None)
        if line is not None:
            found.append((path, other, line))
    return found


def _services(text: str) -> dict[str, Any]:
    data = load_yaml(text)
    services = data.get("services") if isinstance(data, dict) else None
    if not isinstance(services, dict):
        return {}
    return {str(k): v for k, v in services.items() if isinstance(v, dict)}


def _same(written: str, image: object) -> bool:
    return isinstance(image, str) and written.strip("\"'") == image
