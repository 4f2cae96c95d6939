"""Tests for devenv.spec.yaml_source: safe YAML loading with positions."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from devenv.spec.yaml_source import (
    MAX_BYTES,
    MAX_DEPTH,
    LocatedDocument,
    Position,
    ScalarInfo,
    YamlProblem,
    YamlSourceError,
    load_located,
)

SPEC = """\
name: shop
apps:
  web:
    image: "python:3.12"
    ports:
      - 8000
      - 8001
    env: {DEBUG: true, RATIO: 0.5}
    command: |
      run it
"""


def problems_of(source: bytes | str, **kwargs: int) -> list[YamlProblem]:
    with pytest.raises(YamlSourceError) as caught:
        load_located(source, **kwargs)
    assert caught.value.problems, "a YamlSourceError must carry at least one problem"
    return caught.value.problems


def only_problem(source: bytes | str, **kwargs: int) -> YamlProblem:
    problems = problems_of(source, **kwargs)
    assert len(problems) == 1, problems
    return problems[0]


def at(line: int, column: int) -> Position:
    return Position(line, column)


# Happy path


def test_plain_values_are_read_as_python_values() -> None:
    doc = load_located(SPEC)
    assert doc.data == {
        "name": "shop",
        "apps": {
            "web": {
                "image": "python:3.12",
                "ports": [8000, 8001],
                "env": {"DEBUG": True, "RATIO": 0.5},
                "command": "run it\n",
            }
        },
    }


def test_value_and_key_positions_differ_for_nested_keys() -> None:
    doc = load_located(SPEC)
    assert doc.key_position(("apps", "web", "image")) == at(4, 5)
    assert doc.value_position(("apps", "web", "image")) == at(4, 12)
    assert doc.key_position(("apps", "web")) == at(3, 3)
    assert doc.value_position(("apps", "web")) == at(4, 5)
    assert doc.value_position(("apps", "web", "env", "RATIO")) == at(8, 31)
    assert doc.key_position(("apps", "web", "env", "RATIO")) == at(8, 24)
    assert doc.value_position(()) == at(1, 1)


def test_list_items_are_located_by_index() -> None:
    doc = load_located(SPEC)
    assert doc.value_position(("apps", "web", "ports", 0)) == at(6, 9)
    assert doc.value_position(("apps", "web", "ports", 1)) == at(7, 9)
    # A list item has no key, so its key position is where the item starts.
    assert doc.key_position(("apps", "web", "ports", 1)) == at(7, 9)


def test_missing_paths_fall_back_to_the_nearest_existing_ancestor() -> None:
    doc = load_located(SPEC)
    web_value = doc.value_position(("apps", "web"))
    assert doc.value_position(("apps", "web", "healthcheck")) == web_value
    assert doc.value_position(("apps", "web", "healthcheck", "test", 3)) == web_value
    assert doc.key_position(("apps", "web", "healthcheck")) == web_value
    assert doc.value_position(("apps", "web", "ports", 9)) == at(6, 7)
    assert doc.value_position(("nope",)) == at(1, 1)


def test_scalar_info_tells_plain_from_quoted_and_block() -> None:
    doc = load_located(SPEC)
    assert doc.scalar(("name",)) == ScalarInfo("shop", plain=True)
    assert doc.scalar(("apps", "web", "image")) == ScalarInfo("python:3.12", plain=False)
    assert doc.scalar(("apps", "web", "ports", 0)) == ScalarInfo("8000", plain=True)
    assert doc.scalar(("apps", "web", "command")) == ScalarInfo("run it\n", plain=False)
    assert doc.scalar(("apps", "web")) is None
    assert doc.scalar(("apps", "missing")) is None


def test_quoted_and_block_scalars_are_always_strings() -> None:
    source = "a: 'on'\nb: \"8080\"\nc: '3.10'\nd: |\n  yes\ne: >\n  012\nf: ''\n"
    assert load_located(source).data == {
        "a": "on",
        "b": "8080",
        "c": "3.10",
        "d": "yes\n",
        "e": "012\n",
        "f": "",
    }


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("8000", 8000),
        ("0", 0),
        ("-1", -1),
        ("3.12", 3.12),
        ("0.5", 0.5),
        ("-2.5", -2.5),
        ("true", True),
        ("True", True),
        ("TRUE", True),
        ("false", False),
        ("False", False),
        ("FALSE", False),
        ("null", None),
        ("~", None),
        ("", None),
        ("0o17", "0o17"),  # YAML 1.1 has no 0o prefix, so pyyaml reads this as text
        ("1e3", "1e3"),  # likewise: a YAML 1.1 float needs a dot
        ("hello world", "hello world"),
    ],
)
def test_canonical_plain_values_pass(text: str, value: object) -> None:
    data = load_located(f"key: {text}\n").data
    assert data == {"key": value}
    assert type(data["key"]) is type(value)


def test_quoted_keys_that_look_like_other_types_are_fine() -> None:
    data = load_located("'on': 1\n\"8080\": 2\n'null': 3\n'<<': 4\n").data
    assert data == {"on": 1, "8080": 2, "null": 3, "<<": 4}


def test_empty_mapping_at_the_top_is_accepted() -> None:
    assert load_located("{}\n").data == {}


def test_single_leading_document_marker_and_end_marker_are_fine() -> None:
    doc = load_located("%YAML 1.1\n---\nname: x\n...\n")
    assert doc.data == {"name": "x"}
    assert doc.key_position(("name",)) == at(3, 1)


def test_returned_document_type() -> None:
    assert isinstance(load_located("a: 1"), LocatedDocument)


# Encoding and line endings


def test_utf8_bom_is_ignored_for_bytes_and_text() -> None:
    for source in (b"\xef\xbb\xbfname: x\n", "\ufeffname: x\n"):
        doc = load_located(source)
        assert doc.data == {"name": "x"}
        assert doc.key_position(("name",)) == at(1, 1)
        assert doc.value_position(("name",)) == at(1, 7)


def test_crlf_line_endings_count_as_one_line_break() -> None:
    doc = load_located(b"name: x\r\napps:\r\n  web:\r\n    image: y\r\n")
    assert doc.data == {"name": "x", "apps": {"web": {"image": "y"}}}
    assert doc.key_position(("apps", "web", "image")) == at(4, 5)
    assert doc.value_position(("apps", "web", "image")) == at(4, 12)


def test_invalid_utf8_points_at_the_first_bad_byte() -> None:
    problem = only_problem("name: x\nnote: é".encode() + b"\xff\xfe rest\n")
    assert problem.position == at(2, 8)
    assert problem.path == ()
    assert "not valid UTF-8" in problem.message
    assert "0xff" in problem.message
    assert "save it as UTF-8" in problem.message


def test_invalid_utf8_on_first_line_after_bom() -> None:
    assert only_problem(b"\xef\xbb\xbfa: \xc3\x28\n").position == at(1, 4)


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\ud800"])
def test_control_characters_are_refused_at_their_position(char: str) -> None:
    problem = only_problem(f"name: x\nb: a{char}b\n")
    assert problem.position == at(2, 5)
    assert "unacceptable character" in problem.message
    assert f"#x{ord(char):04x}" in problem.message


def test_nul_bytes_are_refused() -> None:
    problem = only_problem(b"\x00\x00\x00")
    assert problem.position == at(1, 1)
    assert "#x0000" in problem.message


# Size


def test_size_over_the_limit_is_refused_before_parsing() -> None:
    # Broken YAML on purpose: only the size problem may be reported.
    source = b"a: [" + b"x" * 100
    problem = only_problem(source, max_bytes=50)
    assert problem.position == at(1, 1)
    assert problem.message == (
        f"file is {len(source)} bytes, over the limit of 50; devenv.yaml is meant to be short"
    )


def test_size_of_text_is_counted_in_utf8_bytes() -> None:
    assert "file is 7 bytes" in only_problem("a: éé", max_bytes=6).message
    assert load_located("a: éé", max_bytes=7).data == {"a": "éé"}


def test_default_limit() -> None:
    assert MAX_BYTES == 256 * 1024
    source = b"a: " + b"x" * MAX_BYTES
    assert f"over the limit of {MAX_BYTES}" in only_problem(source).message


# Syntax errors


def test_syntax_error_is_reported_at_pyyaml_mark_converted_to_one_based() -> None:
    problem = only_problem("name: x\napps:\n  web: [a, b\n")
    assert problem.position.line == 4
    assert problem.position.column == 1
    assert "expected ',' or ']'" in problem.message
    assert "while parsing a flow sequence at line 3" in problem.message


def test_tab_indentation_is_a_syntax_error() -> None:
    problem = only_problem("name: x\napps:\n\tweb: {}\n")
    assert problem.position == at(3, 1)
    assert "'\\t'" in problem.message


def test_bad_indentation_mapping_values() -> None:
    problem = only_problem("name: x: y\n")
    assert problem.position == at(1, 8)
    assert "mapping values are not allowed here" in problem.message


def test_problems_before_a_syntax_error_are_kept() -> None:
    problems = problems_of("a: &x 1\nb: [\n")
    assert [p.position.line for p in problems] == [1, 3]
    assert "anchors" in problems[0].message


# Nesting depth


def nested_flow(depth: int) -> str:
    return "a: " + "[" * (depth - 1) + "]" * (depth - 1) + "\n"


def test_nesting_up_to_the_limit_is_accepted() -> None:
    assert MAX_DEPTH == 32
    doc = load_located(nested_flow(MAX_DEPTH))
    value = doc.data["a"]
    for _ in range(MAX_DEPTH - 2):
        value = value[0]
    assert value == []


def test_nesting_one_past_the_limit_is_refused() -> None:
    problem = only_problem(nested_flow(MAX_DEPTH + 1))
    assert problem.position == at(1, 4 + MAX_DEPTH - 1)
    assert problem.path == ("a",) + (0,) * (MAX_DEPTH - 1)
    assert "deeper than 32 levels" in problem.message


def test_ten_thousand_open_brackets_do_not_recurse() -> None:
    top, deep = problems_of("[" * 10_000)
    assert top.position == at(1, 1)
    assert top.message.endswith("got a list")
    assert deep.position == at(1, MAX_DEPTH + 1)
    assert deep.path == (0,) * MAX_DEPTH
    assert "deeper than 32" in deep.message


def test_deep_block_nesting_is_refused() -> None:
    source = "".join("  " * level + f"k{level}:\n" for level in range(40))
    problem = only_problem(source)
    assert problem.position == at(MAX_DEPTH + 1, 2 * MAX_DEPTH + 1)
    assert problem.path == tuple(f"k{level}" for level in range(MAX_DEPTH))


# Document shape


@pytest.mark.parametrize("source", [b"", b"   \n\n", b"# only a comment\n# and another\n"])
def test_empty_file_is_refused(source: bytes) -> None:
    problem = only_problem(source)
    assert problem.position == at(1, 1)
    assert problem.message == "the file is empty; it needs at least `name:` and one app"


def test_document_marker_alone_is_empty() -> None:
    problem = only_problem("# header\n---\n")
    assert problem.message.startswith("the file is empty")


def test_top_level_list_is_refused() -> None:
    problem = only_problem("- name: x\n")
    assert problem.position == at(1, 1)
    assert problem.message == (
        "expected a mapping of keys like `name:` and `apps:` at the top, got a list"
    )


def test_top_level_scalar_is_refused() -> None:
    problem = only_problem("just text\n")
    assert problem.message.endswith("got the single value `just text`")


def test_second_document_is_refused() -> None:
    problem = only_problem("name: x\n---\nname: y\n")
    assert problem.position == at(2, 1)
    assert "only one YAML document" in problem.message


# Anchors, aliases, tags, merge keys


def test_anchors_and_aliases_are_refused() -> None:
    problems = problems_of("base: &base\n  image: x\nweb: *base\n")
    assert [(p.position, p.path) for p in problems] == [
        (at(1, 7), ("base",)),
        (at(3, 6), ("web",)),
    ]
    for problem in problems:
        assert problem.message == (
            "anchors and aliases are not supported in devenv.yaml; write the value out"
        )


@pytest.mark.parametrize(
    "tagged", ["!!str 8080", "!foo x", "!!python/object:os.system x", "!!map {}", "! x"]
)
def test_explicit_tags_are_refused(tagged: str) -> None:
    problem = only_problem(f"name: x\nvalue: {tagged}\n")
    assert problem.position == at(2, 8)
    assert problem.path == ("value",)
    assert problem.message == "tags are not supported; quote the value instead"


def test_python_object_tag_is_not_constructed() -> None:
    problem = only_problem("x: !!python/object/apply:os.system ['echo pwned']\n")
    assert "tags are not supported" in problem.message


def test_merge_key_is_refused() -> None:
    problems = problems_of("base: {a: 1}\nweb:\n  <<: {a: 2}\n  b: 2\n")
    assert len(problems) == 1
    assert problems[0].position == at(3, 3)
    assert problems[0].path == ("web", "<<")
    assert "merge keys" in problems[0].message


# Duplicate and non-string keys


def test_every_duplicate_key_is_reported_with_the_first_line() -> None:
    source = "db: 1\nweb: 2\ndb: 3\nweb: 4\ndb: 5\n"
    problems = problems_of(source)
    assert [(p.position, p.path) for p in problems] == [
        (at(3, 1), ("db",)),
        (at(4, 1), ("web",)),
        (at(5, 1), ("db",)),
    ]
    assert problems[0].message.startswith("duplicate key `db` (first at line 1)")
    assert problems[1].message.startswith("duplicate key `web` (first at line 2)")
    assert problems[2].message.startswith("duplicate key `db` (first at line 1)")


def test_duplicates_are_found_in_nested_mappings_and_across_quoting() -> None:
    problem = only_problem("apps:\n  web:\n    image: a\n    'image': b\n")
    assert problem.position == at(4, 5)
    assert problem.path == ("apps", "web", "image")
    assert "(first at line 3)" in problem.message


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("on", 'key `on` is read by YAML as true; quote it: "on"'),
        ("No", 'key `No` is read by YAML as false; quote it: "No"'),
        ("8080", 'key `8080` is read by YAML as the number 8080; quote it: "8080"'),
        ("3.10", 'key `3.10` is read by YAML as the number 3.1; quote it: "3.10"'),
        ("null", 'key `null` is read by YAML as null (no value); quote it: "null"'),
        ("~", 'key `~` is read by YAML as null (no value); quote it: "~"'),
        ("2024-01-01", 'key `2024-01-01` is read by YAML as a date; quote it: "2024-01-01"'),
    ],
)
def test_keys_that_are_not_strings_are_refused(key: str, message: str) -> None:
    problem = only_problem(f"name: x\nenv:\n  {key}: 1\n")
    assert problem.position == at(3, 3)
    assert problem.path == ("env", key)
    assert problem.message == message


@pytest.mark.parametrize(
    ("source", "kind"), [("[a, b]: 1\n", "a list"), ("{a: 1}: 1\n", "a mapping")]
)
def test_collections_as_keys_are_refused(source: str, kind: str) -> None:
    problem = only_problem(source)
    assert problem.position == at(1, 1)
    assert problem.message.startswith(f"{kind} cannot be a key")


def test_empty_key_is_refused() -> None:
    problem = only_problem("name: x\n? \n: value\n")
    assert "key is empty" in problem.message


# YAML 1.1 traps in plain values


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("yes", "true"),
        ("No", "false"),
        ("on", "true"),
        ("OFF", "false"),
        ("012", "the number 10"),
        ("0x1F", "the number 31"),
        ("0b101", "the number 5"),
        ("1_000", "the number 1000"),
        ("+1", "the number 1"),
        ("22:22", "the number 1342"),
        ("3.10", "the number 3.1"),
        ("1.0e+3", "the number 1000.0"),
        (".5", "the number 0.5"),
        ("1.", "the number 1.0"),
        ("1:30.5", "the number 90.5"),
        (".inf", "the number inf"),
        ("-.Inf", "the number -inf"),
        (".nan", "the number nan"),
        ("2024-01-01", "a date"),
        ("2001-12-14 21:59:43.10 -5", "a date"),
        ("=", "a special value"),
        ("<<", "a merge key"),
        ("0b_", "a number"),
        ("1._", "the number 1.0"),
        ("9" * 5000, "a number"),
    ],
)
def test_plain_value_traps_are_refused(text: str, reading: str) -> None:
    problem = only_problem(f"name: x\nversion: {text}\n")
    assert problem.position == at(2, 10)
    assert problem.path == ("version",)
    shown = text if len(text) <= 40 else text[:37] + "..."
    assert problem.message.startswith(f"unquoted `{shown}` is read by YAML as {reading}; ")


def test_switch_trap_message_offers_both_fixes() -> None:
    problem = only_problem("name: x\ndebug: on\n")
    assert problem.message == (
        'unquoted `on` is read by YAML as true; write true or false for a switch, or "on" in '
        "quotes for text"
    )


def test_number_trap_message_suggests_quotes() -> None:
    problem = only_problem("name: x\nports: [22:22]\n")
    assert problem.path == ("ports", 0)
    assert problem.position == at(2, 9)
    assert problem.message == (
        'unquoted `22:22` is read by YAML as the number 1342; write it in quotes: "22:22"'
    )


def test_date_trap_message() -> None:
    problem = only_problem("since: 2024-01-01\n")
    assert problem.message == (
        'unquoted `2024-01-01` is read by YAML as a date; write it in quotes: "2024-01-01"'
    )


# Collecting everything


def test_all_problems_are_collected_and_sorted_by_position() -> None:
    source = (
        "name: x\n"
        "version: 3.10\n"
        "apps:\n"
        "  web: &w\n"
        "    debug: yes\n"
        "    8080: x\n"
        "  web: {tag: !!str x}\n"
        "name: y\n"
    )
    problems = problems_of(source)
    assert [(p.position.line, p.position.column) for p in problems] == [
        (2, 10),
        (4, 8),
        (5, 12),
        (6, 5),
        (7, 3),
        (7, 14),
        (8, 1),
    ]
    assert problems[-1].path == ("name",)


def test_error_text_lists_every_problem_with_position_and_path() -> None:
    with pytest.raises(YamlSourceError) as caught:
        load_located("ports: [012]\nname: yes\n")
    lines = str(caught.value).splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("1:9: ports[0]: unquoted `012`")
    assert lines[1].startswith("2:7: name: unquoted `yes`")


def test_problem_list_is_sorted_even_if_given_unsorted() -> None:
    late = YamlProblem(at(9, 1), (), "late")
    early = YamlProblem(at(1, 5), (), "early")
    assert YamlSourceError([late, early]).problems == [early, late]


# Robustness: nothing but YamlSourceError escapes


def check_never_crashes(source: bytes | str) -> None:
    try:
        doc = load_located(source)
    except YamlSourceError as error:
        assert error.problems
        assert all(p.position.line >= 1 and p.position.column >= 1 for p in error.problems)
    else:
        assert isinstance(doc.data, dict)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_raise_anything_else(source: bytes) -> None:
    check_never_crashes(source)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_arbitrary_text_never_raises_anything_else(source: str) -> None:
    check_never_crashes(source)


YAMLISH = st.text(alphabet=list(" \n\t-:?[]{},#&*!|>'\"%@`ab01.~<=_+xe\r\ufeff"), max_size=200)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(YAMLISH)
def test_yaml_like_text_never_raises_anything_else(source: str) -> None:
    check_never_crashes(source)
    check_never_crashes(source.encode("utf-8", "surrogatepass"))
