"""A Node config module's port variable named with the app's own prefix (`TR_PORT`) is the
server's; one prefixed for a server the app dials or a side listener is not."""

from __future__ import annotations

import pytest

from tests.unit.test_detect_node_blind_causes import _apps, _json


@pytest.mark.parametrize(
    ("text", "port"),
    [
        # ever-traduora: past the radix, the app's prefix.
        (
            "  port: parseInt(env.TR_PORT, 10) || 8080,\n"
            "  mail: { port: parseInt(env.TR_MAIL_PORT, 10) || 587 },\n",
            8080,
        ),
        # The database's and the metrics endpoint's come first: neither is the server's.
        (
            "  db: parseInt(process.env.SHOP_DB_PORT, 10) || 3306,\n"
            "  metrics: process.env.METRICS_PORT || 9464,\n"
            "  port: process.env.SHOP_PORT || 4100,\n",
            4100,
        ),
    ],
)
def test_a_prefixed_port_variable_s_default(text: str, port: int) -> None:
    files = {
        "package.json": _json(
            {"scripts": {"start": "node app.js"}, "dependencies": {"express": "4"}}
        ),
        "app.js": "app.listen(config.port)\n",
        "src/config.ts": "const env = process.env;\nexport const config = {\n" + text + "};\n",
    }
    assert _apps(files) == [(".", "express", port)]
