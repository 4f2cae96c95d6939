"""Property: whatever value a user writes in devenv.yaml, Compose hands the container exactly it."""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from devenv.render import render_spec
from devenv.spec.load import parse_spec
from devenv.spec.model import ENV_NAME_PATTERN
from tests.referee.compose_referee import compose_config, container_environment

# What a user may put in a value: any text but the control characters devenv refuses.
values = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs",),
        blacklist_characters="".join(
            chr(c) for c in [*range(0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]
        )
        + "\u2028\u2029\ufffe\uffff",
    ),
    max_size=40,
)
names = st.from_regex(ENV_NAME_PATTERN, fullmatch=True).filter(lambda n: len(n) <= 30)
environments = st.dictionaries(names, values, min_size=1, max_size=8)
TRICKY = {
    "DOLLAR": "$HOME ${HOME} $$ $",
    "QUOTES": 'it\'s "quoted" \\ back',
    "COLON": "a: b",
    "HASH": "value # not a comment",
    "UNICODE": "naïve café 日本 🚀",
    "ON": "on",
    "OCTAL": "012",
    "EXPONENT": "1e3",
    "EMPTY": "",
    "SPACES": "  padded  ",
    "NEWLINE": "two\nlines\tand tab",
    "BOM": "\ufeffbom",
}


@settings(max_examples=40, deadline=None)
@given(env=environments)
@example(env=TRICKY)
def test_env_values_reach_compose_exactly(env: dict[str, str]) -> None:
    spec_data = {
        "name": "roundtrip",
        "apps": {"app": {"language": "python", "env": env, "command": "true"}},
    }
    # safe_dump quotes every string that YAML would otherwise read as something else.
    text = yaml.safe_dump(spec_data, allow_unicode=True, sort_keys=False)
    rendered = {item.path: item.content for item in render_spec(parse_spec(text))}
    with tempfile.TemporaryDirectory() as tmp:
        compose_file = Path(tmp) / "compose.yaml"
        compose_file.write_text(rendered["compose.yaml"], encoding="utf-8")
        config = compose_config(compose_file)
    assert container_environment(config["services"]["app"]) == env
