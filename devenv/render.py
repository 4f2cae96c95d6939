"""Render a project into the files users commit: Dockerfiles, compose.yaml and friends."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

import jinja2

from devenv.header import stamp
from devenv.project import AppImage, Project, app_folder, build_project, relative_file
from devenv.spec.model import Spec
from devenv.template_files import SOURCE_OWNER_ENTRYPOINT, templates_dir

# An unprivileged numeric user: numeric so Kubernetes' runAsNonRoot can verify it.
APP_UID = 10001
# The official node images already have this user ("node"); reusing it keeps file ownership
# familiar to people who know those images.
NODE_UID = 1000
# Build tools installed in images, pinned so a rebuild next month gives the same image.
TOOL_VERSIONS = {"poetry": "2.5.1", "poetry-plugin-export": "1.10.1", "uv": "0.13.9"}

ENV_EXAMPLE_FILE = ".env.example"

# YAML and Compose read these characters as something other than themselves inside a
# double-quoted scalar, or as line breaks in YAML 1.1; they are written as escapes.
_YAML_ESCAPES = re.compile(r'[\\"\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]')


@dataclass(frozen=True)
class RenderedFile:
    path: str  # relative to the project folder, POSIX separators
    content: str


def yaml_quote(value: object) -> str:
    """A double-quoted YAML scalar that Compose reads back exactly as `value`."""
    text = str(value).replace("$", "$$")  # Compose would interpolate a lone `$`

    def escape(match: re.Match[str]) -> str:
        char = match.group(0)
        if char in '\\"':
            return "\\" + char
        return f"\\u{ord(char):04x}" if ord(char) <= 0xFFFF else f"\\U{ord(char):08x}"

    return '"' + _YAML_ESCAPES.sub(escape, text) + '"'


def yaml_list(values: tuple[str, ...]) -> str:
    return "[" + ", ".join(yaml_quote(v) for v in values) + "]"


def exec_form(command: tuple[str, ...]) -> str:
    """A Dockerfile exec-form array; JSON escapes keep every argument a single token. A
    backslash is written `\\u005c`: hadolint reads an argument ending in `\\\\` as an escaped
    quote and the array as no JSON at all; Docker decodes both spellings alike."""
    return json.dumps(list(command), ensure_ascii=False).replace("\\\\", "\\u005c")


def dotenv_value(value: str) -> str:
    """Quote a value for a .env file so that Compose reads it back as it is (python-dotenv too,
    but for `$`, which it expands even when escaped)."""
    if re.fullmatch(r"[A-Za-z0-9_./:@,+=%-]*", value) and "$" not in value:
        return value
    # Compose reads a backslash before the closing single quote as escaping it: a value with a
    # backslash is double-quoted, where `\\` means one for Compose and python-dotenv alike.
    if "'" not in value and "\n" not in value and "\\" not in value:
        return f"'{value}'"
    escaped = (
        value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("$", "\\$")
    )
    return f'"{escaped}"'


def groupby_folder(paths: tuple[str, ...]) -> list[tuple[str, list[str]]]:
    """Files grouped by folder ("" or "requirements/"), so one COPY keeps their layout."""
    groups: dict[str, list[str]] = {}
    for path in paths:
        folder = path.rsplit("/", 1)[0] + "/" if "/" in path else ""
        groups.setdefault(folder, []).append(path)
    return list(groups.items())


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir()),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
        trim_blocks=False,
    )
    env.filters.update(
        q=yaml_quote,
        qlist=yaml_list,
        exec_form=exec_form,
        dotenv=dotenv_value,
        groupby_folder=groupby_folder,
    )
    env.globals["source_owner_entrypoint"] = SOURCE_OWNER_ENTRYPOINT
    return env


def _render(template: str, **context: object) -> str:
    text = _environment().get_template(template).render(**context)
    return text.rstrip("\n") + "\n"


def render_dockerfile(app: AppImage) -> str:
    return _render(
        f"Dockerfile.{app.language}.j2",
        app=app,
        app_folder=app_folder(app.path, app.context),
        uid=APP_UID,
        node_uid=NODE_UID,
        tools=TOOL_VERSIONS,
    )


def render_project(project: Project) -> list[RenderedFile]:
    """Every generated file, stamped with its header, in a stable order."""
    files = {
        project.compose_file: _render("compose.yaml.j2", project=project),
        ENV_EXAMPLE_FILE: _render("env.example.j2", project=project),
    }
    # One .dockerignore per build context, for every app that builds from it.
    languages: dict[str, list[str]] = {}
    for app in project.apps:
        files[relative_file(app.path, app.dockerfile)] = render_dockerfile(app)
        shared = languages.setdefault(relative_file(app.context, ".dockerignore"), [])
        shared += [] if app.language in shared else [app.language]
    for path, names in languages.items():
        files.setdefault(path, _render("dockerignore.j2", languages=names))
    return [RenderedFile(path, stamp(content)) for path, content in sorted(files.items())]


def render_spec(spec: Spec) -> list[RenderedFile]:
    return render_project(build_project(spec))
