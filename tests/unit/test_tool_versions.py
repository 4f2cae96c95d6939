"""asdf/mise `.tool-versions` pins, read the same way for every language that honours them."""

from __future__ import annotations

from devenv.detect.versions import PHP, RUBY, tool_versions_pinned

TOOL_VERSIONS = "nodejs 22.11.0\n# a comment\nruby 3.3.6\nphp 8.3.14 8.2.0\n"


def test_the_tools_own_line_gives_its_series_with_the_line_as_evidence() -> None:
    ruby = tool_versions_pinned(RUBY, TOOL_VERSIONS, ".tool-versions", "ruby")
    php = tool_versions_pinned(PHP, TOOL_VERSIONS, ".tool-versions", "php")
    assert ruby is not None and ruby.value == "3.3"
    assert ruby.why == (".tool-versions:3 ruby 3.3.6",)
    assert php is not None and php.value == "8.3"  # the first version listed is the one used


def test_no_line_for_the_tool_or_no_version_gives_nothing() -> None:
    assert tool_versions_pinned(RUBY, "nodejs 22\n", ".tool-versions", "ruby") is None
    assert tool_versions_pinned(RUBY, "ruby\n", ".tool-versions", "ruby") is None
    assert tool_versions_pinned(RUBY, "", ".tool-versions", "ruby") is None
