"""Values devenv writes into `.env` files read back intact by the real Compose, and by
python-dotenv (which devenv reads its own keys with) but for `$`, which python-dotenv expands
even when escaped: quotes, backslashes, `#` and line breaks."""

from __future__ import annotations

import io
from pathlib import Path

from dotenv import dotenv_values

from devenv.render import dotenv_value
from tests.referee.compose_referee import compose_config, container_environment

VALUES = [
    "\\",  # a lone backslash: single-quoted, Compose took it as escaping the closing quote
    "C:\\path\\",
    "it's",
    'say "hi"',
    "$HOME and ${X}",
    "a # not a comment",
    "line one\nline two",
    " leading and trailing ",
    "",
]


def test_compose_and_dotenv_read_each_value_back(tmp_path: Path) -> None:
    names = [f"V{i}" for i in range(len(VALUES))]
    dotenv = "".join(f"{n}={dotenv_value(v)}\n" for n, v in zip(names, VALUES, strict=True))
    (tmp_path / ".env").write_text(dotenv, encoding="utf-8")
    environment = "".join(f"      {n}: ${{{n}}}\n" for n in names)
    (tmp_path / "compose.yaml").write_text(
        f"services:\n  app:\n    image: busybox\n    environment:\n{environment}",
        encoding="utf-8",
    )
    seen = container_environment(compose_config(tmp_path / "compose.yaml")["services"]["app"])
    expected = dict(zip(names, VALUES, strict=True))
    assert seen == expected
    read = dotenv_values(stream=io.StringIO(dotenv))
    assert {n: v for n, v in read.items() if "$" not in expected[n]} == {
        n: v for n, v in expected.items() if "$" not in v
    }
