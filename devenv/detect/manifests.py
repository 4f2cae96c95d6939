"""Forgiving readers for manifest formats: bad TOML or JSON is a note, never a crash."""

from __future__ import annotations

import functools
import json
import re
import sys
from typing import Any

import yaml

from devenv.detect.model import line_at

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib


def load_toml(text: str | None) -> tuple[dict[str, Any], str | None]:
    """The parsed table (empty when unreadable) and a problem description, if any."""
    if text is None:
        return {}, None
    try:
        return tomllib.loads(text), None
    except (tomllib.TOMLDecodeError, ValueError, RecursionError) as error:
        return {}, f"invalid TOML ({error})"


# libyaml's parser where PyYAML was built with it: many times faster on big compose files.
_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Compose's merge tags (`!reset null`, `!override [...]`) read as their plain values: a
# development overlay that resets a service's image is still a compose file.
_YAML_LOADER: Any = type("_YamlLoader", (_BASE_LOADER,), {})


def _untagged(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> object:
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node, deep=True)
    return loader.construct_mapping(node, deep=True)  # type: ignore[arg-type]


_YAML_LOADER.add_multi_constructor("!", _untagged)
# What a repository's YAML can raise besides a syntax error: a tag whose value does not
# construct (`2001-13-01`, `!!float abc`) and nesting deeper than Python's stack.
_YAML_FAILURES = (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError)


def load_yaml(text: str | None) -> Any:
    """The first document of a YAML text, or None when empty or unreadable.

    Several detectors read each compose file; one parse per text serves them all, so the
    result is shared: read it, never change it."""
    return _load_yaml_documents(text or "")[0] if text else None


def load_yaml_all(text: str | None) -> tuple[Any, ...]:
    """Every document of a multi-document YAML text; () when unreadable."""
    return _load_yaml_documents(text or "")[1] if text else ()


@functools.lru_cache(maxsize=64)
def _load_yaml_documents(text: str) -> tuple[Any, tuple[Any, ...]]:
    try:
        documents = tuple(yaml.load_all(text, Loader=_YAML_LOADER))
    except _YAML_FAILURES:
        return None, ()
    return (documents[0] if documents else None), documents


# A JSON string, or a comment: what JSON with comments adds, outside its strings.
_JSONC = re.compile(r'("(?:\\.|[^"\\])*")|//[^\n]*|/\*.*?\*/', re.DOTALL)
_TRAILING_COMMA = re.compile(r'("(?:\\.|[^"\\])*")|,(?=\s*[}\]])')


def load_json(text: str | None) -> tuple[dict[str, Any], str | None]:
    """A JSON object; .NET's launchSettings.json and appsettings.json, tsconfig.json and
    devcontainer.json are read as their tools read them, with comments (Blog.Core's
    launchSettings comments a variable out) and trailing commas."""
    if text is None:
        return {}, None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as error:
        try:
            data = json.loads(_without_comments(text))
        except (ValueError, RecursionError):
            return {}, f"invalid JSON ({error})"
    if not isinstance(data, dict):
        return {}, "expected a JSON object"
    return data, None


def _without_comments(text: str) -> str:
    text = _JSONC.sub(lambda m: m.group(1) or "", text)
    return _TRAILING_COMMA.sub(lambda m: m.group(1) or "", text)


def table(data: Any, *keys: str) -> dict[str, Any]:
    """A nested table, or {} when any level is missing or not a table."""
    for key in keys:
        data = data.get(key) if isinstance(data, dict) else None
    return data if isinstance(data, dict) else {}


def strings(value: Any) -> list[str]:
    """The strings of a list, or [] for anything else."""
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def line_of(text: str, pattern: str) -> int | None:
    """The 1-based line of the first match of a regular expression, for evidence."""
    match = re.search(pattern, text, flags=re.MULTILINE)
    return line_at(text, match.start()) if match else None


def line_with(text: str, needle: str) -> int | None:
    """The 1-based line holding `needle` first, as it is written."""
    at = text.find(needle)
    return line_at(text, at) if at >= 0 else None


def quoted_key_line(text: str, key: str) -> int | None:
    """The line declaring `key` in TOML or JSON, quoted or bare."""
    return _key_lines(text).get(key)


# A key at the start of a line, quoted or bare, before `=` (TOML) or `:` (JSON, YAML).
_LINE_KEY = re.compile(r"[ \t]*[\"']?([^\s\"'=:]+)[\"']?[ \t]*[=:]")


@functools.lru_cache(maxsize=16)
def _key_lines(text: str) -> dict[str, int]:
    """Each key's first line in one manifest, read once: detection asks for the line of every
    dependency a manifest declares (a regular expression per name cost a compile each)."""
    found: dict[str, int] = {}
    for number, line in enumerate(text.split("\n"), 1):
        match = _LINE_KEY.match(line)
        if match:
            found.setdefault(match.group(1), number)
    return found
