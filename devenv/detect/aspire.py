"""The services an Aspire app host runs for development.

An app host is .NET's development orchestrator: a project (Aspire.AppHost.Sdk) that starts the
solution's apps and the containers they use, as a compose file does. Each container kind comes
with its hosting package (Aspire.Hosting.PostgreSQL, CommunityToolkit.Aspire.Hosting.MailPit),
so the packages it references say which services the apps are given. Its code (Program.cs,
AppHost.cs and the extension methods beside them) says so too: `builder.AddPostgres("db")`,
and `AddContainer("papercut", "jijiechen/papercut")` for a kind no hosting package covers."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from dataclasses import replace

from devenv.detect.model import AppFinding, Choice, line_at
from devenv.detect.tree import RepoTree, join, parent

_APP_HOST = re.compile(r"Aspire\.AppHost\.Sdk|<IsAspireHost>\s*true", re.IGNORECASE)
_HOSTING = re.compile(
    r"<PackageReference\s+Include\s*=\s*\"((?:CommunityToolkit\.)?Aspire\.Hosting\.(\w+))\"",
    re.IGNORECASE,
)
# Hosting packages, by their last word, as catalog services (Valkey and Garnet speak Redis).
_SERVICES = {
    "postgresql": "postgres",
    "sqlserver": "sqlserver",
    "mysql": "mysql",
    "mongodb": "mongo",
    "redis": "redis",
    "valkey": "redis",
    "garnet": "redis",
    "rabbitmq": "rabbitmq",
    "kafka": "kafka",
    "elasticsearch": "elasticsearch",
    "mailpit": "mailpit",
    "minio": "minio",
}
# The resource methods of the hosting packages, by their name after `Add`, where it differs
# from the package's last word (AddPostgres, CommunityToolkit's AddMinioContainer).
_METHODS = {**_SERVICES, "postgres": "postgres", "miniocontainer": "minio"}
_ADD_RESOURCE = re.compile(r"\.Add(\w+)\s*\(")
# A container resource: its name, then its image (`AddContainer("redis", imageName, tag)`).
_ADD_CONTAINER = re.compile(r"\.AddContainer\s*\(\s*\"([^\"]+)\"(?:\s*,\s*\"([^\"]+)\")?")
_LINE_COMMENT = re.compile(r"//[^\n]*")
# An app of another language the host runs from its folder, up to the statement's end:
# `AddPythonUvicornApp("inference", Path.Combine("..", "Inference"), port: 62394)`,
# `AddNpmApp("web", "../web").WithHttpEndpoint(port: 3000)`.
_ADD_APP = re.compile(
    r"\.Add\w*App\s*\(\s*\"[^\"]*\"\s*,\s*(\"[^\"]*\"|Path\.Combine\s*\([^)]*\))([^;]*)"
)
_PORT_ARGUMENT = re.compile(r"\bport\s*:\s*(\d{2,5})\b")


def from_app_host(where: str) -> bool:
    """Whether a service's evidence (`file:line what`) is an app host's project or code: the
    development orchestrator itself, never a variant for another setup."""
    return where.split(":", 1)[0].endswith((".csproj", ".fsproj", ".cs"))


def is_app_host(project_text: str) -> bool:
    return _APP_HOST.search(project_text) is not None


def hosted_services(tree: RepoTree, image_kind: Callable[[str], str | None]) -> dict[str, str]:
    """type -> `file:line what` for every service an app host of the repository runs;
    `image_kind` names the catalog service a container image (or its resource name) runs."""
    found: dict[str, str] = {}
    for path in sorted(tree.texts):
        if not path.endswith((".csproj", ".fsproj")):
            continue
        text = tree.text(path) or ""
        if not is_app_host(text):
            continue
        for match in _HOSTING.finditer(text):
            _note(found, _SERVICES.get(match.group(2).lower()), path, text, match, 1)
        for name in tree.names(parent(path)):
            if name.endswith(".cs"):
                code_path = join(parent(path), name)
                _code_services(found, code_path, tree.text(code_path) or "", image_kind)
    return found


def hosted_port(tree: RepoTree, app: AppFinding) -> AppFinding:
    """The port an app host's code gives an app it runs from the app's folder: the one the
    app serves on in development."""
    for path in sorted(p for p in tree.texts if p.endswith(".cs")):
        if not _in_app_host(tree, path):
            continue
        code = _LINE_COMMENT.sub(lambda m: " " * len(m.group(0)), tree.text(path) or "")
        for match in _ADD_APP.finditer(code):
            port = _PORT_ARGUMENT.search(match.group(2))
            parts = re.findall(r"\"([^\"]*)\"", match.group(1))
            folder = posixpath.normpath(posixpath.join(parent(path), *parts))
            if port and folder == app.path:
                line = line_at(code, match.start())
                why = f"{path}:{line} {' '.join(match.group(0).split())}"
                return replace(app, port=Choice(int(port.group(1)), (why,)))
    return app


def _in_app_host(tree: RepoTree, path: str) -> bool:
    folder = parent(path)
    return any(
        name.endswith((".csproj", ".fsproj")) and is_app_host(tree.text(join(folder, name)) or "")
        for name in tree.names(folder)
    )


def _code_services(
    found: dict[str, str], path: str, text: str, image_kind: Callable[[str], str | None]
) -> None:
    """The resources an app host's code adds (comments blanked, so lines still count)."""
    code = _LINE_COMMENT.sub(lambda m: " " * len(m.group(0)), text)
    for match in _ADD_RESOURCE.finditer(code):
        _note(found, _METHODS.get(match.group(1).lower()), path, code, match, 0)
    for match in _ADD_CONTAINER.finditer(code):
        names = [n for n in (match.group(2), match.group(1)) if n]
        kind = next((k for k in map(image_kind, names) if k), None)
        _note(found, kind, path, code, match, 0)


def _note(
    found: dict[str, str], kind: str | None, path: str, text: str, match: re.Match[str], group: int
) -> None:
    if kind and kind not in found:
        line = line_at(text, match.start())
        found[kind] = f"{path}:{line} {match.group(group).strip().lstrip('.')}"
