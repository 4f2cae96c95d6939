"""Turn the text of devenv.yaml into a validated Spec, or every problem with its line and key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from devenv.detect.foreign import keep_both_hint, spec_owner
from devenv.errors import SpecError, SpecProblem
from devenv.spec.checks import Finding, check_spec, did_you_mean, one_of
from devenv.spec.model import AppSpec, ServiceSpec, Spec
from devenv.spec.paths import path_findings
from devenv.spec.source import SPEC_FILE, display_name, project_root, read_source
from devenv.spec.yaml_source import KeyPath, LocatedDocument, YamlSourceError, load_located

# What a pattern-checked string must look like, by the last key of its path.
_PATTERN_HELP = {
    "name": "lowercase letters and digits, with `-` or `_` between them (not at either end)",
    "version": 'an image tag such as "3.12" (letters, digits, `.`, `-`, `_`; at most 100)',
    "health": "an HTTP path starting with `/`, such as /health",
    "env": "a variable name: letters, digits and `_`, not starting with a digit",
    "user": "letters, digits, `_`, `.` and `-`, not starting with `.` or `-` (at most 63)",
    "database": "letters, digits, `_`, `.` and `-`, not starting with `.` or `-` (at most 63)",
    "password": "printable ASCII without spaces (at most 128 characters)",
    "compose_file": "a Compose file name in the project's folder, such as compose.devenv.yaml",
}
# Languages `devenv init` recognises but cannot template yet: say so rather than "unknown".
_RECOGNISED = {"java", "kotlin", "rust", "elixir", "dotnet", "csharp"}
_TYPE_NAMES = {
    "string_type": "a string",
    "int_type": "a whole number",
    "bool_type": "true or false",
    "dict_type": "a mapping of keys to values",
    "list_type": "a list",
    "model_type": "a mapping of keys to values",
    "model_attributes_type": "a mapping of keys to values",
}


def read_spec(path: Path) -> Spec:
    """Read and validate a spec file, including where its generated files would land;
    another tool's file is named as such, not as broken."""
    source = read_source(path)
    try:
        spec, document = _validate(source, display_name(path))
    except SpecError:
        text = source.decode("utf-8", errors="replace")
        owner = spec_owner(text, (path.parent / "devenv.nix").exists())
        if owner is None:
            raise
        problem = SpecProblem(display_name(path), 1, 1, "", f"belongs to {owner}")
        raise SpecError([problem], hint=keep_both_hint(path.name)) from None
    _raise_located(path_findings(spec, project_root(path), path), document, display_name(path))
    return spec


def check_generated_paths(spec: Spec, spec_file: Path) -> None:
    """Refuse, located in devenv.yaml, generated paths that would leave the project, enter
    .git or land on devenv.yaml or another generated file (symbolic links followed)."""
    findings = path_findings(spec, project_root(spec_file), spec_file)
    if findings:
        document = load_located(read_source(spec_file))
        _raise_located(findings, document, display_name(spec_file))


def parse_spec(source: bytes | str, filename: str = SPEC_FILE) -> Spec:
    """Validate spec text; raises SpecError listing every problem found."""
    return _validate(source, filename)[0]


def _validate(source: bytes | str, filename: str) -> tuple[Spec, LocatedDocument]:
    try:
        document = load_located(source)
    except YamlSourceError as error:
        problems = [
            SpecProblem(filename, p.position.line, p.position.column, _dotted(p.path), p.message)
            for p in error.problems
        ]
        raise SpecError(problems) from None
    try:
        spec = Spec.model_validate(document.data)
    except ValidationError as error:
        raise SpecError(_model_problems(error, document, filename)) from None
    _raise_located(check_spec(spec), document, filename)
    return spec, document


def _raise_located(findings: list[Finding], document: LocatedDocument, filename: str) -> None:
    if not findings:
        return
    problems = []
    for finding in findings:
        position = document.value_position(finding.path)
        key = _dotted(finding.path)
        problems.append(SpecProblem(filename, position.line, position.column, key, finding.message))
    raise SpecError(_sorted(problems), hint="Nothing was written.")


def _dotted(path: KeyPath) -> str:
    return ".".join(str(part) for part in path)


def _sorted(problems: list[SpecProblem]) -> list[SpecProblem]:
    return sorted(problems, key=lambda p: (p.line, p.column, p.key))


def _model_problems(
    error: ValidationError, document: LocatedDocument, filename: str
) -> list[SpecProblem]:
    grouped: dict[tuple[KeyPath, bool], list[ErrorDetails]] = {}
    for detail in error.errors():
        path, on_key = _data_path(detail, document.data)
        grouped.setdefault((path, on_key), []).append(detail)
    problems = []
    for (path, on_key), details in grouped.items():
        position = document.key_position(path) if on_key else document.value_position(path)
        message = _message(path, details, document)
        problems.append(
            SpecProblem(filename, position.line, position.column, _dotted(path), message)
        )
    return _sorted(problems)


def _data_path(detail: ErrorDetails, data: Any) -> tuple[KeyPath, bool]:
    """Map pydantic's error location onto the document, dropping union branch labels.

    Returns the path and whether the error is about a key (unknown, missing, badly named)
    rather than a value, which decides the position we point at.
    """
    loc = detail["loc"]
    names_a_key = detail["type"] in ("extra_forbidden", "missing")
    path: list[str | int] = []
    node = data
    for index, part in enumerate(loc):
        if part == "[key]":
            return tuple(path), True
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        elif names_a_key and index == len(loc) - 1:
            return (*path, part), True
        else:
            continue  # a union branch label such as `str` or `list[str]`
        path.append(part)
    return tuple(path), names_a_key


def _message(path: KeyPath, details: list[ErrorDetails], document: LocatedDocument) -> str:
    kinds = {d["type"] for d in details}
    first = details[0]
    got = _describe(first["input"])
    if "extra_forbidden" in kinds:
        return f"unknown key `{path[-1]}`{did_you_mean(str(path[-1]), _allowed_keys(path[:-1]))}"
    if "missing" in kinds:
        return f"missing required key `{path[-1]}`"
    if "string_pattern_mismatch" in kinds:
        return f"expected {_pattern_help(path)} (got {got})"
    if "literal_error" in kinds and path[-1] == "language" and first["input"] in _RECOGNISED:
        return f"devenv recognises {first['input']} but has no templates for it yet (got {got})"
    if "literal_error" in kinds:
        expected = first.get("ctx", {}).get("expected", "")
        choices = [c.strip("' ") for c in expected.replace(" or ", ", ").split(",")]
        hint = did_you_mean(str(first["input"]), choices)
        return f"expected {one_of(choices)} (got {got}){hint}"
    if kinds & {"greater_than_equal", "less_than_equal"}:
        return f"expected a port from 1 to 65535 (got {got})"
    if "too_short" in kinds:
        return "needs at least one entry"
    if "string_too_long" in kinds:
        limit = first.get("ctx", {}).get("max_length")
        return f"is longer than {limit} characters"
    expected = _expected_types(details)
    return f"expected {expected} (got {got}){_quote_hint(path, expected, document)}"


def _expected_types(details: list[ErrorDetails]) -> str:
    names = []
    for detail in details:
        name = _TYPE_NAMES.get(detail["type"], detail["msg"].lower())
        if detail["loc"] and str(detail["loc"][-1]).startswith("list["):
            name = "a list of strings"
        if name not in names:
            names.append(name)
    return " or ".join(names)


def _quote_hint(path: KeyPath, expected: str, document: LocatedDocument) -> str:
    scalar = document.scalar(path)
    if scalar is None or not scalar.plain or not scalar.text or "string" not in expected:
        return ""
    return (
        f'; YAML reads unquoted {scalar.text} as a {_kind(document, path)}: write "{scalar.text}"'
    )


def _kind(document: LocatedDocument, path: KeyPath) -> str:
    node: Any = document.data
    for part in path:
        node = node[part]
    if isinstance(node, bool):
        return "boolean"
    if node is None:
        return "null"
    return "number"


def _pattern_help(path: KeyPath) -> str:
    if len(path) >= 2 and path[-2] == "env":
        return _PATTERN_HELP["env"]
    key = str(path[-1]) if path else "name"
    return _PATTERN_HELP.get(key, _PATTERN_HELP["name"])


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "an empty value"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f'"{shown}"'
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return type(value).__name__


def _allowed_keys(parent: KeyPath) -> list[str]:
    model: type[BaseModel] = Spec
    if len(parent) == 2 and parent[0] == "apps":
        model = AppSpec
    elif len(parent) == 2 and parent[0] == "services":
        model = ServiceSpec
    elif parent:
        return []
    return list(model.model_fields)
