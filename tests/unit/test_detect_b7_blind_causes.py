"""Rules blind batch b7 (Node/TypeScript monorepos: turbo and pnpm/yarn/bun workspaces with
an API and a web app) showed, each on a small tree of its shape."""

from __future__ import annotations

from tests.unit.test_detect_real_causes import apps_of, pkg, services_of

PNPM = "packages:\n  - 'apps/*'\n  - 'packages/*'\n"


def _workspace(root_scripts: dict[str, str], **packages: str) -> dict[str, str]:
    files = {
        "package.json": pkg(name="root", private=True, scripts=root_scripts),
        "pnpm-workspace.yaml": PNPM,
    }
    files.update({f"{folder}/package.json": text for folder, text in packages.items()})
    return files


def _next(name: str, dev: str = "next dev") -> str:
    return pkg(name=name, scripts={"dev": dev}, dependencies={"next": "15"})


def test_a_brace_group_in_a_root_filter_names_each_package() -> None:
    # Shaped like usertour: `turbo dev --filter={@x/types,@x/web,@x/server}`, which the
    # shell expands into one filter for each package.
    files = _workspace(
        {"dev": "turbo dev --filter={@x/types,@x/web,@x/server}"},
        **{
            "apps/web": _next("@x/web"),
            "apps/server": _next("@x/server"),
            "apps/admin": _next("@x/admin"),
        },
    )
    assert sorted(a["path"] for a in apps_of(files).values()) == ["apps/server", "apps/web"]


def test_a_package_using_prisma_takes_the_workspace_roots_schema() -> None:
    # Shaped like plunk: prisma/schema.prisma and `prisma generate` at the workspace root,
    # packages/api imports @prisma/client.
    api = pkg(
        name="@x/api",
        scripts={"dev": "ts-node-dev src/app.ts"},
        dependencies={"express": "4", "@prisma/client": "5"},
    )
    files = _workspace({"dev:api": "yarn workspace @x/api dev"}, **{"apps/api": api})
    files["prisma/schema.prisma"] = 'datasource db {\n  provider = "postgresql"\n}\n'
    assert services_of(files) == ["postgres"]


def test_a_shell_default_in_a_dev_scripts_port_is_expanded() -> None:
    # Shaped like stack-auth: `next dev --port ${PREFIX:-81}02`, a port prefix the developer
    # may change, 8102 when unset.
    files = _workspace(
        {"dev": "turbo run dev"},
        **{"apps/dashboard": _next("@x/dashboard", "next dev --port ${PORT_PREFIX:-81}02")},
    )
    assert [a["port"] for a in apps_of(files).values()] == [8102]


def test_a_node_servers_own_env_example_gives_its_port() -> None:
    # Shaped like refly: a NestJS API whose config reads PORT, `PORT=5800` in its
    # .env.example; no listen call names a port.
    api = pkg(
        name="@x/api", scripts={"dev": "nest start --watch"}, dependencies={"@nestjs/core": "10"}
    )
    files = _workspace({"dev": "turbo run dev"}, **{"apps/api": api})
    files["apps/api/.env.example"] = "NODE_ENV=development\nPORT=5800\n"
    assert [a["port"] for a in apps_of(files).values()] == [5800]


def test_an_rsbuild_configs_server_port_is_its_dev_servers_port() -> None:
    # Shaped like refly: `rsbuild dev`, with `server: { port: 5173 }` in rsbuild.config.ts.
    web = pkg(name="@x/web", scripts={"dev": "rsbuild dev"}, devDependencies={"@rsbuild/core": "1"})
    files = _workspace({"dev": "turbo run dev"}, **{"apps/web": web})
    files["apps/web/rsbuild.config.ts"] = (
        "export default {\n  server: {\n    port: 5173,\n  },\n};\n"
    )
    assert [a["port"] for a in apps_of(files).values()] == [5173]


def test_a_convict_style_schema_entry_gives_the_port() -> None:
    # Shaped like papra-server: the port is a config schema's entry, default and variable.
    config = (
        "export const configDefinition = {\n"
        "  port: {\n    doc: 'The port to listen on',\n    schema: v.number(),\n"
        "    default: 1221,\n    env: 'PORT',\n  },\n}\n"
    )
    files = {
        "package.json": pkg(
            name="server",
            scripts={"dev": "tsx watch src/index.ts"},
            dependencies={"hono": "4", "@hono/node-server": "1"},
        ),
        "src/index.ts": "serve({ fetch: app.fetch, port: config.server.port })\n",
        "src/modules/config/config.ts": config,
    }
    assert [app["port"] for app in apps_of(files).values()] == [1221]


def test_a_cloudflare_worker_run_by_wrangler_dev_listens_on_8787() -> None:
    # Shaped like Zero: apps/server's dev script is `wrangler dev`; the worker's code calls no
    # listen, wrangler's dev server serves it on its default port.
    worker = pkg(name="@x/server", scripts={"dev": "wrangler dev --env staging"})
    files = _workspace({"dev": "turbo run dev"}, **{"apps/server": worker})
    assert [a["port"] for a in apps_of(files).values()] == [8787]
