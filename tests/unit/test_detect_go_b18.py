"""Rule tests for the Go causes blind batch b18 showed (issue 7)."""

from __future__ import annotations

from tests.unit.test_detect_real_causes import apps_of

GO_MOD = "module x\n\ngo 1.22\n"


def test_a_magefile_with_a_platform_condition_is_no_main_package() -> None:
    files = {
        "go.mod": GO_MOD,
        "magefile.go": "//go:build mage\n\npackage main\n",
        "magefile_unix.go": "//go:build mage && !windows\n// +build mage,!windows\n\n"
        "package main\n",
        "cmd/server/main.go": "package main\n\nfunc main() {}\n",
        "cmd/test-server/main.go": "package main\n\nfunc main() {}\n",
    }
    assert only(apps_of(files))["main_package"] == "./cmd/server"


def test_a_main_package_built_on_a_platform_only_is_still_the_app() -> None:
    files = {"go.mod": GO_MOD, "main_linux.go": "//go:build linux || darwin\n\npackage main\n"}
    assert "main_package" not in only(apps_of(files))


def only(apps: dict[str, dict[str, object]]) -> dict[str, object]:
    (app,) = apps.values()
    return app
