"""Safe loading of devenv.yaml text, keeping the line and column of every key and value."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeAlias

import yaml
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from devenv.spec.source import MAX_BYTES

KeyPath: TypeAlias = tuple[str | int, ...]

MAX_DEPTH = 32

_TAG = "tag:yaml.org,2002:"
_CANONICAL_INT = re.compile(r"-?(?:0|[1-9][0-9]*)")
_SWITCHES = frozenset({"true", "True", "TRUE", "false", "False", "FALSE"})
# The line breaks pyyaml counts, so positions we compute agree with its marks.
_LINE_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")
_RESOLVER = Resolver()
_CONSTRUCTOR = SafeConstructor()
_EMPTY = "the file is empty; it needs at least `name:` and one app"
_SECOND_DOCUMENT = "only one YAML document is allowed; remove this second one and what follows"


@dataclass(frozen=True)
class Position:
    line: int
    column: int


@dataclass(frozen=True)
class YamlProblem:
    position: Position
    path: KeyPath
    message: str


class YamlSourceError(Exception):
    """Raised with every problem found when the text is not an acceptable spec document."""

    def __init__(self, problems: list[YamlProblem]) -> None:
        self.problems = sorted(problems, key=lambda p: (p.position.line, p.position.column))
        super().__init__("\n".join(_describe(p) for p in self.problems))


@dataclass(frozen=True)
class ScalarInfo:
    text: str
    plain: bool


@dataclass(frozen=True, eq=False)
class LocatedDocument:
    """The parsed document plus where each of its keys and values was written."""

    data: dict[str, Any]
    _values: dict[KeyPath, Position] = field(repr=False)
    _keys: dict[KeyPath, Position] = field(repr=False)
    _scalars: dict[KeyPath, ScalarInfo] = field(repr=False)

    def value_position(self, path: KeyPath) -> Position:
        for end in range(len(path), -1, -1):
            found = self._values.get(path[:end])
            if found is not None:
                return found
        return Position(1, 1)

    def key_position(self, path: KeyPath) -> Position:
        return self._keys.get(path) or self.value_position(path)

    def scalar(self, path: KeyPath) -> ScalarInfo | None:
        return self._scalars.get(path)


def load_located(source: bytes | str, *, max_bytes: int = MAX_BYTES) -> LocatedDocument:
    text = _decode(source, max_bytes)
    problems: list[YamlProblem] = []
    root = _parse(text, problems)
    walker = _Walker(problems)
    data = walker.document(root)
    if problems or data is None:
        raise YamlSourceError(problems)
    return LocatedDocument(data, walker.values, walker.keys, walker.scalars)


def _describe(problem: YamlProblem) -> str:
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in problem.path)
    line, column = problem.position.line, problem.position.column
    return f"{line}:{column}: {where.removeprefix('.') or '(document)'}: {problem.message}"


def _position_at(text: str, index: int) -> Position:
    breaks = list(_LINE_BREAK.finditer(text, 0, index))
    line_start = breaks[-1].end() if breaks else 0
    return Position(len(breaks) + 1, index - line_start + 1)


def _decode(source: bytes | str, max_bytes: int) -> str:
    raw = source.encode("utf-8", "surrogatepass") if isinstance(source, str) else source
    if len(raw) > max_bytes:
        limit = f"over the limit of {max_bytes}; devenv.yaml is meant to be short"
        message = f"file is {len(raw)} bytes, {limit}"
        raise YamlSourceError([YamlProblem(Position(1, 1), (), message)])
    if isinstance(source, str):
        return source.removeprefix("\ufeff")
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        before = raw[: error.start].decode("utf-8")
        where = _position_at(before, len(before))
        message = (
            f"the file is not valid UTF-8 (byte 0x{raw[error.start]:02x} here); save it as UTF-8"
        )
        raise YamlSourceError([YamlProblem(where, (), message)]) from None


class _Mark(Protocol):
    line: int
    column: int


def _mark(mark: _Mark | None) -> Position:
    return Position(mark.line + 1, mark.column + 1) if mark is not None else Position(1, 1)


@dataclass
class _Node:
    kind: str  # "scalar", "alias", "seq" or "map"
    start: Position
    anchored: bool = False
    tag: str | None = None
    text: str = ""
    plain: bool = False
    # A mapping keeps its keys and values alternating, so a child is appended the same way
    # whatever the parent is.
    children: list[_Node] = field(default_factory=list)


def _parse(text: str, problems: list[YamlProblem]) -> _Node | None:
    # The tree read before a syntax error is kept, so the problems in it are reported too.
    roots: list[_Node] = []
    try:
        _build(yaml.parse(text, Loader=yaml.SafeLoader), roots, problems)
    except yaml.YAMLError as error:
        problems.append(_syntax_problem(error, text))
    return roots[0] if roots else None


def _build(events: Iterator[yaml.Event], roots: list[_Node], problems: list[YamlProblem]) -> None:
    """Build the node tree from parser events with an explicit stack, never recursing."""
    stack: list[_Node] = []
    for event in events:
        start = _mark(event.start_mark)
        if isinstance(event, yaml.DocumentStartEvent) and roots:
            problems.append(YamlProblem(start, (), _SECOND_DOCUMENT))
            return
        if isinstance(event, yaml.CollectionEndEvent):
            stack.pop()
        if not isinstance(event, yaml.NodeEvent):
            continue
        node = _node_for(event, start)
        (stack[-1].children if stack else roots).append(node)
        if node.kind in ("seq", "map") and len(stack) == MAX_DEPTH:
            message = f"nesting goes deeper than {MAX_DEPTH} levels; flatten the structure"
            problems.append(YamlProblem(start, _stack_path(stack), message))
            return
        if node.kind in ("seq", "map"):
            stack.append(node)


def _node_for(event: yaml.NodeEvent, start: Position) -> _Node:
    anchored = event.anchor is not None
    if isinstance(event, yaml.ScalarEvent):
        return _Node("scalar", start, anchored, event.tag, event.value, event.style is None)
    if isinstance(event, yaml.CollectionStartEvent):
        kind = "seq" if isinstance(event, yaml.SequenceStartEvent) else "map"
        return _Node(kind, start, anchored, event.tag)
    return _Node("alias", start)


def _stack_path(stack: list[_Node]) -> KeyPath:
    path: list[str | int] = []
    for parent in stack:
        last = len(parent.children) - 1
        if parent.kind == "seq":
            path.append(last)
        else:
            key = parent.children[last - last % 2]
            path.append(key.text if key.kind == "scalar" else "?")
    return tuple(path)


def _syntax_problem(error: yaml.YAMLError, text: str) -> YamlProblem:
    if isinstance(error, yaml.reader.ReaderError):
        position = _position_at(text, min(int(error.position), len(text)))
        message = f"unacceptable character #x{error.character:04x} ({error.reason}); remove it"
        return YamlProblem(position, (), message)
    if not isinstance(error, yaml.MarkedYAMLError):
        return YamlProblem(Position(1, 1), (), f"the file is not valid YAML: {error}")
    message = error.problem or "the file is not valid YAML"
    if error.context:
        where = f" at line {error.context_mark.line + 1}" if error.context_mark else ""
        message += f" ({error.context}{where})"
    mark = error.problem_mark or error.context_mark
    return YamlProblem(_mark(mark), (), message + "; check the indentation and quoting here")


def _show(text: str) -> str:
    return text if len(text) <= 40 else text[:37] + "..."


def _quoted(text: str) -> str:
    return '"' + _show(text).replace("\\", "\\\\").replace('"', '\\"') + '"'


def _resolve(text: str) -> str:
    """The type pyyaml's safe loader gives a plain scalar, without the tag prefix."""
    tag = _RESOLVER.resolve(yaml.ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
    return str(tag).removeprefix(_TAG)


def _reading(kind: str, text: str) -> str:
    """Say what pyyaml makes of a plain scalar that is not text, in words for an error message."""
    node = yaml.ScalarNode(_TAG + kind, text)
    try:
        if kind == "bool":
            return str(_CONSTRUCTOR.construct_yaml_bool(node)).lower()
        if kind == "int":
            return f"the number {_CONSTRUCTOR.construct_yaml_int(node)}"
        if kind == "float":
            return f"the number {_CONSTRUCTOR.construct_yaml_float(node)}"
    except (ValueError, ArithmeticError):
        # Python will not print ints of thousands of digits, and pyyaml chokes on `0b_`.
        return "a number"
    names = {"null": "null (no value)", "timestamp": "a date", "merge": "a merge key"}
    return names.get(kind, "a special value")


def _plain_value(text: str) -> tuple[Any, str | None]:
    """Read a plain scalar as pyyaml would, with a message when that reading is a trap."""
    kind = _resolve(text)
    if kind in ("str", "null"):
        return (text if kind == "str" else None), None
    if kind == "bool" and text in _SWITCHES:
        return text.lower() == "true", None
    with contextlib.suppress(ValueError):  # ints of thousands of digits are refused below
        # `-0` is canonical-looking but reads as 0: only text that reads back as itself.
        if kind == "int" and _CANONICAL_INT.fullmatch(text) and str(int(text)) == text:
            return int(text), None
        if kind == "float" and repr(float(text)) == text:
            return float(text), None
    read = f"unquoted `{_show(text)}` is read by YAML as {_reading(kind, text)}"
    if kind == "bool":
        return (
            text,
            f"{read}; write true or false for a switch, or {_quoted(text)} in quotes for text",
        )
    return text, f"{read}; write it in quotes: {_quoted(text)}"


class _Walker:
    """Turns the node tree into plain values, recording positions and every problem on the way."""

    def __init__(self, problems: list[YamlProblem]) -> None:
        self.problems = problems
        self.values: dict[KeyPath, Position] = {}
        self.keys: dict[KeyPath, Position] = {}
        self.scalars: dict[KeyPath, ScalarInfo] = {}

    def report(self, start: Position, path: KeyPath, message: str) -> None:
        self.problems.append(YamlProblem(start, path, message))

    def document(self, root: _Node | None) -> dict[str, Any] | None:
        if root is None or (root.kind == "scalar" and root.plain and not root.text):
            if not self.problems:
                self.report(root.start if root else Position(1, 1), (), _EMPTY)
            return None
        data = self.value(root, ())
        if root.kind in ("seq", "scalar"):
            got = "a list" if root.kind == "seq" else f"the single value `{_show(root.text)}`"
            message = f"expected a mapping of keys like `name:` and `apps:` at the top, got {got}"
            self.report(root.start, (), message)
        return data if isinstance(data, dict) else None

    def properties_ok(self, node: _Node, path: KeyPath) -> bool:
        if node.kind == "alias" or node.anchored:
            message = "anchors and aliases are not supported in devenv.yaml; write the value out"
            self.report(node.start, path, message)
        if node.tag is not None:
            self.report(node.start, path, "tags are not supported; quote the value instead")
        return node.kind != "alias"

    def value(self, node: _Node, path: KeyPath) -> Any:
        self.values.setdefault(path, node.start)
        if not self.properties_ok(node, path):
            return None
        if node.kind == "seq":
            return [self.value(item, (*path, index)) for index, item in enumerate(node.children)]
        if node.kind == "map":
            return self.mapping(node, path)
        self.scalars.setdefault(path, ScalarInfo(node.text, node.plain))
        if not node.plain or node.tag is not None:
            return node.text
        value, trap = _plain_value(node.text)
        if trap:
            self.report(node.start, path, trap)
        return value

    def mapping(self, node: _Node, path: KeyPath) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_lines: dict[str, int] = {}
        # Not strict: after a syntax error the last key of a mapping may have no value yet.
        pairs = zip(node.children[::2], node.children[1::2], strict=False)
        for key_node, value_node in pairs:
            key = self.key(key_node, path)
            child = (*path, key if key is not None else key_node.text or "?")
            if key is not None and key in first_lines:
                message = f"duplicate key `{_show(key)}` (first at line {first_lines[key]})"
                self.report(key_node.start, child, message + "; keep only one of them")
            elif key is not None:
                first_lines[key] = key_node.start.line
                self.keys[child] = key_node.start
                result[key] = self.value(value_node, child)
                continue
            # Still walk the value, so problems inside it are reported in this pass too.
            self.value(value_node, child)
        return result

    def key(self, node: _Node, path: KeyPath) -> str | None:
        if not self.properties_ok(node, path):
            return None
        if node.kind in ("seq", "map"):
            kind = "a list" if node.kind == "seq" else "a mapping"
            self.report(node.start, path, f"{kind} cannot be a key; keys are names like `web`")
            return None
        kind = _resolve(node.text)
        if not node.plain or node.tag is not None or kind == "str":
            return node.text
        text, quoted = _show(node.text), _quoted(node.text)
        message = f"key `{text}` is read by YAML as {_reading(kind, node.text)}; quote it: {quoted}"
        if kind == "merge":
            message = "merge keys (`<<:`) are not supported in devenv.yaml; write the keys out"
        elif not node.text:
            message = "this key is empty, which YAML reads as null; write a key name"
        self.report(node.start, (*path, node.text), message)
        return None
