"""The read-only edge and the YAML writer: odd files never crash, noise is never an app."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from devenv.detect.readable import MAX_MANIFEST_BYTES
from devenv.detect.scan import scan_repo
from devenv.detect.tree import gather
from devenv.spec.load import parse_spec
from devenv.spec.write import Entry, to_data, to_yaml
from tests.unit.detect_helpers import write_files


def test_dependency_and_build_folders_are_skipped(tmp_path: Path) -> None:
    noise = '{"scripts": {"dev": "vite"}, "dependencies": {"pg": "1"}}'
    write_files(
        tmp_path,
        {
            "requirements.txt": "flask\n",
            "app.py": "app = Flask(1)\n",
            ".venv/lib/requirements.txt": "django\n",
            "venv/requirements.txt": "django\n",
            "anything/pyvenv.cfg": "home = /usr\n",
            "anything/requirements.txt": "psycopg\n",
            "dist/package.json": noise,
            "build/package.json": noise,
            "node_modules/x/package.json": noise,
            "target/package.json": noise,
            ".next/package.json": noise,
        },
    )
    tree = gather(tmp_path)
    assert all(not p.startswith(("dist/", "build/", "anything/", "venv/")) for p in tree.paths)
    scan = scan_repo(tree)
    assert [(a.path, a.language.value) for a in scan.apps] == [(".", "python")]
    assert not scan.apps[0].services


def test_odd_files_never_crash(tmp_path: Path) -> None:
    write_files(
        tmp_path,
        {
            "requirements.txt": "flask\nredis\n".encode("utf-16"),
            "app.py": b"app = Flask(1)\n\xff\xfe invalid utf-8\n",
            "pyproject.toml": b"\x00\x01binary\x00",
            "web/package.json": "{" * 100_000,
            "api/go.mod": "x" * (MAX_MANIFEST_BYTES + 10),
            "svc/Cargo.toml": "[dependencies\n",
        },
    )
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "missing")
    (tmp_path / "outside.py").symlink_to("/etc/hostname")
    os.mkfifo(tmp_path / "requirements-fifo.txt")
    tree = gather(tmp_path)
    assert "loop/app.py" not in tree.paths
    assert "outside.py" not in tree.paths
    scan = scan_repo(tree)
    root = next(a for a in scan.apps if a.path == ".")
    assert root.framework.value == "flask"
    assert [s.type for s in root.services] == ["redis"]


@pytest.mark.parametrize("name", ["no", "On", "true", "012", "3.10", "null", "a:b"])
def test_trap_keys_are_quoted_and_read_back(name: str) -> None:
    entries = (
        Entry("name", "x"),
        Entry("apps", (Entry("web", (Entry("language", "python"), Entry("command", "run"))),)),
        Entry("services", (Entry("postgres", ()),)),
    )
    text = to_yaml(entries)
    assert parse_spec(text).name == "x"
    env = Entry("env", ((Entry(name, "22:22"),)))
    app = (Entry("language", "python"), Entry("command", "run"), env)
    if name.isidentifier() or name in ("no", "On", "true", "null"):
        spec = parse_spec(to_yaml((Entry("name", "x"), Entry("apps", (Entry("web", app),)))))
        assert spec.apps["web"].env == {name: "22:22"}


def test_strings_are_always_quoted_and_comments_sanitised() -> None:
    entries = (Entry("name", "x", "why\nnot # this"), Entry("apps", ()))
    text = to_yaml(entries, ("first line",))
    assert text.splitlines()[0].startswith("# yaml-language-server: $schema=")
    assert 'name: "x"  # why not # this' in text
    assert to_data(entries) == {"name": "x", "apps": {}}
