"""Rules the misses of blind batches b14 and b16 showed, each on a small tree of its shape."""

from __future__ import annotations

from tests.unit.test_detect_real_causes import apps_of, pkg


def test_a_root_env_example_named_for_a_package_gives_that_servers_port() -> None:
    # Shaped like laudspeaker: a NestJS server in packages/server whose config reads PORT;
    # `PORT=3001` is in the root's env-server-example, and env-client-example is the
    # front end's, so its PORT is not the server's.
    server = pkg(name="server", scripts={"start": "nest start"}, dependencies={"@nestjs/core": "9"})
    files = {
        "package.json": pkg(name="root", private=True, workspaces=["packages/*"]),
        "packages/server/package.json": server,
        "packages/server/src/main.ts": "app.listen(process.env.PORT);\n",
        "env-server-example": "PORT=3001\nDATABASE_PORT=5432\n",
        "env-client-example": "PORT=4000\n",
    }
    assert {p: a["port"] for p, a in apps_of(files).items()} == {"server": 3001}
