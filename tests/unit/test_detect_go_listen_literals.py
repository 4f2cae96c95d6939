"""Rule tests: which address literals in a Go main package are the address it listens on."""

from __future__ import annotations

from tests.unit.test_detect_real_causes import apps_of

GO_MOD = "module x\n\ngo 1.22\n"


def test_an_address_in_a_comment_or_a_comparison_is_not_the_listen_address() -> None:
    # tinode/chat's server: `// e.g. ":80" or ":https"` and `if toPort == ":443"`.
    main = (
        "package main\n\ntype configType struct {\n"
        '\t// Either a numeric or a canonical name, e.g. ":80" or ":https".\n'
        '\tListen string `json:"listen"`\n}\n\n'
        'func tlsRedirect(toPort string) {\n\tif toPort == ":443" {\n\t\ttoPort = ""\n\t}\n}\n\n'
        'func main() {\n\thttp.ListenAndServe(":6060", nil)\n}\n'
    )
    apps = apps_of({"go.mod": GO_MOD, "main.go": main})
    assert [a["port"] for a in apps.values()] == [6060]
