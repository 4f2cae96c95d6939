"""Rule tests for causes the blind-labelled sets left behind (issue 7): where repositories keep
their ports and which of their folders are apps."""

from __future__ import annotations

from pathlib import Path

from devenv.detect.plan import Choices, make_plan
from devenv.detect.scan import scan_repo
from devenv.detect.tree import gather

GO_MOD = "module x\n\ngo 1.22\n\nrequire github.com/gin-gonic/gin v1.9.1\n"


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)


def test_an_env_template_of_any_suffix_gives_the_port(tmp_path: Path) -> None:
    """`.env_rename_me` is an env template as much as `.env.example`: the port is its PORT."""
    main = 'package main\n\nfunc main() {\n\tport := os.Getenv("PORT")\n\tr.Run(":" + port)\n}\n'
    write(tmp_path, {"go.mod": GO_MOD, "main.go": main, ".env_rename_me": "PORT=9000\n"})
    tree = gather(tmp_path)
    assert ".env_rename_me" in tree.texts
    [app] = make_plan(scan_repo(tree), Choices(), "repo").apps
    assert app.port is not None and app.port.value == 9000
