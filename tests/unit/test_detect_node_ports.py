"""Node ports: config modules and their defaults (parseInt radix, ternaries, NODE_ENV,
variables with the app's own prefix, convict schemas), env files and env examples,
dev-script and shell defaults, Vite, Vue CLI, webpack, rsbuild, Nest, Sails, wrangler,
create-react-app, and the port Compose or a Dockerfile gives a Node server."""

from __future__ import annotations

import json

import pytest

from tests.unit.detect_helpers import (
    WEB_AXUM,
    app_of,
    apps_of,
    apps_with_language,
    framework_port_list,
    frameworks_and_ports,
    next_package,
    path_ports,
    pkg,
    plan_of,
    pnpm_workspace,
    ports_of,
    to_json,
    vite_package,
)


def _express(main: str) -> dict[str, str]:
    manifest = {"main": main, "scripts": {"dev": f"nodemon {main}"}}
    return {"package.json": json.dumps({**manifest, "dependencies": {"express": "4"}})}


def _port(files: dict[str, str], path: str) -> int | None:
    app = next(a for a in plan_of(files)["plan"].apps if a.finding.path == path)
    return app.port.value if app.port else None


VUE_CLI = pkg(
    name="admin",
    scripts={"dev": "vue-cli-service serve"},
    devDependencies={"@vue/cli-service": "^4"},
)


def test_the_vite_port_the_compose_service_built_from_the_folder_runs_on() -> None:
    # Shaped like AdventureLog: docker/docker-compose.dev.yml builds ../frontend/ and runs
    # `pnpm exec vite dev --port 3000`; the config sets no port.
    compose = (
        "services:\n  web:\n    build: ../frontend/\n"
        "    command: sh -c \"su node -c 'pnpm install && pnpm exec vite dev --host 0.0.0.0 "
        "--port 3000 --strictPort'\"\n"
    )
    files = {
        "docker/docker-compose.dev.yml": compose,
        "frontend/package.json": '{"scripts": {"dev": "vite dev"}, '
        '"devDependencies": {"vite": "^5.4.0"}}',
        "frontend/vite.config.ts": "export default defineConfig({plugins: []});\n",
    }
    assert frameworks_and_ports(files) == {"frontend": ("vite", 3000)}
    # Another folder's service running vite says nothing of this one.
    other = compose.replace("../frontend/", "../docs/")
    assert frameworks_and_ports({**files, "docker/docker-compose.dev.yml": other}) == {
        "frontend": ("vite", 5173)
    }


def test_another_services_port_default_is_not_the_servers() -> None:
    # Shaped like OpenSign's server: a mailer's `SMTP_PORT || 465` comes before the listen's.
    package = '{"scripts": {"start": "node index.js"}, "dependencies": {"express": "^4"}}'
    source = "const mail = { port: process.env.SMTP_PORT || 465 };\n"
    source += "const port = process.env.PORT || 8080;\napp.listen(port);\n"
    assert path_ports({"package.json": package, "index.js": source}) == [(".", 8080)]


def test_a_node_servers_port_default_yields_to_the_env_port_its_built_image_sets() -> None:
    # Shaped like example-voting-app: result/server.js listens on `process.env.PORT || 4000`
    # and the Dockerfile compose builds it from sets `ENV PORT=80`.
    files = {
        "docker-compose.yml": "services:\n  result:\n    build: ./result\n",
        "result/package.json": '{"name": "result", "dependencies": {"express": "4"}}',
        "result/server.js": "var port = process.env.PORT || 4000;\nserver.listen(port);\n",
        "result/Dockerfile": 'FROM node:18\nENV PORT=80\nCMD ["node", "server.js"]\n',
    }
    assert ports_of(files)["result"] == 80
    # A constant, not a read of PORT, keeps its own value.
    constant = {**files, "result/server.js": "const PORT = 4000;\nserver.listen(PORT);\n"}
    assert ports_of(constant)["result"] == 4000


def test_a_vite_apps_env_files_sit_in_the_envdir_its_config_names() -> None:
    # Shaped like MaxKB's ui: `const envDir = './env'` in vite.config.ts, and env/.env sets
    # VITE_APP_PORT=3000, which server.port reads.
    files = {
        "ui/package.json": '{"scripts": {"dev": "vite"}, "devDependencies": {"vite": "5"}}',
        "ui/vite.config.ts": "const envDir = './env'\n  server: {\n    port: Number(x),\n",
        "ui/env/.env": "VITE_APP_PORT=3000\n",
    }
    assert ports_of(files)["ui"] == 3000


def test_a_config_modules_plain_top_level_port_key_is_the_servers() -> None:
    # Shaped like lin-cms-koa and cnpmjs.org: the entry listens on `config.port`; the config
    # folder's setting.js says `port: 5000` at the top level, while secure.js nests the
    # database's `port: 3306` under `db:`.
    files = {
        **_express("index.js"),
        "index.js": "app.listen(config.getItem('port'));\n",
        "app/config/secure.js": "module.exports = {\n  db: {\n    port: 3306,\n  },\n};\n",
        "app/config/setting.js": "module.exports = {\n  wsPort: 5001,\n  port: 5000,\n};\n",
    }
    assert path_ports(files) == [(".", 5000)]


def test_node_configs_default_layer_gives_the_port_past_parse_ints_radix() -> None:
    # Shaped like node-elm: config/default.js (node-config's base layer) holds
    # `port: parseInt(process.env.PORT, 10) || 8001`.
    files = {
        **_express("index.js"),
        "index.js": "app.listen(config.port);\n",
        "config/default.js": "module.exports = {\n"
        "\tport: parseInt(process.env.PORT, 10) || 8001,\n};\n",
    }
    assert path_ports(files) == [(".", 8001)]


def test_the_apps_env_file_sets_the_variable_its_config_module_reads() -> None:
    # Shaped like nest-admin: src/config/app.config.ts reads `envNumber('APP_PORT', 3000)` and
    # the committed .env sets `APP_PORT = 7001` (what compose publishes).
    files = {
        "package.json": json.dumps(
            {"scripts": {"start": "nest start -w"}, "dependencies": {"@nestjs/core": "10"}}
        ),
        "src/main.ts": "await app.listen(port, '0.0.0.0')\n",
        "src/config/app.config.ts": "export default {\n  port: envNumber('APP_PORT', 3000),\n}\n",
        ".env": "APP_NAME = Nest Admin\nAPP_PORT = 7001\n",
        ".env.production": "APP_PORT = 80\n",
    }
    assert path_ports(files) == [(".", 7001)]


def test_a_compose_service_built_here_may_import_the_app_under_its_package_name() -> None:
    # Shaped like mquery: setup.py installs src/ as the package mquery; the dev compose file
    # builds the root with a Dockerfile whose CMD runs `uvicorn mquery.app:app --port 5000`.
    files = {
        "setup.py": "setup(name='mquery', package_dir={'mquery': 'src'})\n",
        "requirements.txt": "fastapi\nuvicorn\n",
        "src/__init__.py": "",
        "src/app.py": "from fastapi import FastAPI\napp = FastAPI()\n",
        "docker-compose.dev.yml": "services:\n  dev-web:\n    build:\n      context: .\n"
        "      dockerfile: deploy/docker/dev.web.Dockerfile\n    ports:\n      - 5000:5000\n",
        "deploy/docker/dev.web.Dockerfile": "FROM python:3.10\n"
        "CMD uvicorn mquery.app:app --host 0.0.0.0 --port 5000 --reload\n",
    }
    assert path_ports(files) == [(".", 5000)]


def test_a_port_default_chosen_by_node_env_is_developments() -> None:
    # Shaped like excalidraw-room: `process.env.PORT || (process.env.NODE_ENV !== "development"
    # ? 80 : 3002)`: the developer's server listens on 3002.
    files = {
        **_express("src/index.ts"),
        "src/index.ts": "const port =\n  process.env.PORT || (process.env.NODE_ENV !== "
        '"development" ? 80 : 3002);\nserver.listen(port);\n',
    }
    assert path_ports(files) == [(".", 3002)]


def test_vue_cli_serve_takes_the_port_its_script_gives() -> None:
    # Shaped like komga-webui: `vue-cli-service serve --port 8081`.
    package = '{"scripts": {"serve": "vue-cli-service serve --port 8081"}, '
    package += '"devDependencies": {"@vue/cli-service": "5"}}'
    files = {"web/package.json": package, "web/src/main.js": ""}
    assert [port for *_, port in apps_with_language(files)] == [8081]


def test_the_webpack_dev_server_listens_on_its_configs_port() -> None:
    # Shaped like django-react-boilerplate: `dev: webpack serve`, devServer.port in the config.
    package = {"scripts": {"dev": "webpack serve --mode=development"}}
    files = {
        "package.json": to_json({**package, "devDependencies": {"webpack-dev-server": "5"}}),
        "webpack.config.js": "module.exports = {\n  devServer: {\n    port: 3000,\n  },\n};\n",
    }
    assert _port(files, ".") == 3000
    # A config module's port is another server's (treeherder's statsd on 8125).
    assert _port({**files, "docker/statsd_config.js": "{\n  port: 8125,\n}\n"}, ".") == 3000
    assert _port({"package.json": files["package.json"]}, ".") == 8080  # its default


def test_a_node_server_reading_port_without_default_serves_where_its_dockerfile_exposes() -> None:
    # Shaped like microservices-demo's currencyservice: `const PORT = process.env.PORT`
    # (the manifests set it), and the service's own image exposes 7000.
    files = {
        "currency/package.json": '{"dependencies": {"@grpc/grpc-js": "1"}, "main": "server.js"}',
        "currency/server.js": "const PORT = process.env.PORT;\nserver.bind(`0.0.0.0:${PORT}`);\n",
        "currency/Dockerfile": 'FROM node:20\nEXPOSE 7000\nENTRYPOINT ["node", "server.js"]\n',
    }
    assert [a["port"] for a in plan_of(files)["spec"]["apps"].values()] == [7000]
    two = {**files, "currency/Dockerfile": "FROM node:20\nEXPOSE 7000\nEXPOSE 9464\n"}
    assert [a["port"] for a in plan_of(two)["spec"]["apps"].values()] == [3000]


def test_the_server_port_of_the_workspace_s_config_example_is_the_port() -> None:
    # Shaped like kitsune: the binary crate in a workspace, config.example.toml at its root.
    workspace = '[workspace]\nmembers = ["server"]\n'
    files = {
        "Cargo.toml": workspace,
        "server/Cargo.toml": WEB_AXUM,
        "server/src/main.rs": "fn main() {}\n",
        "config.example.toml": '[database]\nurl = "postgres://x"\n\n[server]\nport = 5000\n',
    }
    assert ports_of(files) == {".": 5000}


def test_a_node_port_default_past_parseint_s_radix_is_the_port() -> None:
    # Shaped like overleaf's history-v1: `parseInt(process.env.PORT, 10) || 3100`.
    files = {
        "package.json": to_json(
            {"scripts": {"start": "node app.js"}, "dependencies": {"express": "4"}}
        ),
        "app.js": "const port = parseInt(process.env.PORT, 10) || 3100\napp.listen(port)\n",
    }
    assert ports_of(files) == {".": 3100}


def test_a_node_port_default_in_a_ternary_of_a_config_module_is_the_port() -> None:
    # Shaped like maxun: the server imports SERVER_PORT from src/constants/config.ts.
    config = (
        "export const SERVER_PORT = process.env.BACKEND_PORT "
        "? Number(process.env.BACKEND_PORT) : 8080\n"
    )
    files = {
        "package.json": to_json(
            {"scripts": {"start": "node dist/server.js"}, "dependencies": {"express": "4"}}
        ),
        "server/src/constants/config.ts": config,
        "server/src/server.ts": "server.listen(SERVER_PORT)\n",
    }
    assert ports_of(files) == {".": 8080}


def test_a_shell_default_in_a_dev_scripts_port_is_expanded() -> None:
    # Shaped like stack-auth: `next dev --port ${PREFIX:-81}02`, a port prefix the developer
    # may change, 8102 when unset.
    files = pnpm_workspace(
        {"dev": "turbo run dev"},
        **{"apps/dashboard": next_package("@x/dashboard", "next dev --port ${PORT_PREFIX:-81}02")},
    )
    assert [a["port"] for a in apps_of(files).values()] == [8102]


def test_a_node_servers_own_env_example_gives_its_port() -> None:
    # Shaped like refly: a NestJS API whose config reads PORT, `PORT=5800` in its
    # .env.example; no listen call names a port.
    api = pkg(
        name="@x/api", scripts={"dev": "nest start --watch"}, dependencies={"@nestjs/core": "10"}
    )
    files = pnpm_workspace({"dev": "turbo run dev"}, **{"apps/api": api})
    files["apps/api/.env.example"] = "NODE_ENV=development\nPORT=5800\n"
    assert [a["port"] for a in apps_of(files).values()] == [5800]


def test_an_rsbuild_configs_server_port_is_its_dev_servers_port() -> None:
    # Shaped like refly: `rsbuild dev`, with `server: { port: 5173 }` in rsbuild.config.ts.
    web = pkg(name="@x/web", scripts={"dev": "rsbuild dev"}, devDependencies={"@rsbuild/core": "1"})
    files = pnpm_workspace({"dev": "turbo run dev"}, **{"apps/web": web})
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
    files = pnpm_workspace({"dev": "turbo run dev"}, **{"apps/server": worker})
    assert [a["port"] for a in apps_of(files).values()] == [8787]


def test_vite_s_env_files_give_its_dev_port() -> None:
    web = pkg(scripts={"dev": "vite"}, devDependencies={"vite": "6"})
    files = {"web/package.json": web, "web/.env.development": "VITE_CLI_PORT = 8080\n"}
    assert ports_of(files) == {"web": 8080}
    # Vite loads .env.development after .env: the mode's file wins.
    assert ports_of({**files, "web/.env": "VITE_PORT=3000\n"}) == {"web": 8080}
    assert ports_of({"web/package.json": web}) == {"web": 5173}


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


def test_a_port_handed_to_a_parse_helper_with_its_default_is_the_apps() -> None:
    files = {
        "package.json": pkg(scripts={"start": "node src/app.js"}, dependencies={"express": "4"}),
        "src/app.js": "parseEnvInt(process.env.BACKEND_PORT || process.env.PORT, 3100, {",
    }
    assert plan_of(files)["plan"].apps[0].port.value == 3100


def test_a_sails_app_listens_on_sails_port() -> None:
    files = {
        "package.json": pkg(scripts={"start": "nodemon"}, dependencies={"sails": "^1.5"}),
        "app.js": "require('sails').lift()\n",
    }
    app = next(iter(apps_of(files).values()))
    assert app["port"] == 1337


def test_an_env_helper_default_in_bin_www_is_the_express_apps_port() -> None:
    files = {
        "package.json": pkg(
            scripts={"start": "node build/index.js"}, dependencies={"express": "5"}
        ),
        "src/bin/www.ts": (
            'export function start() {\n  const port = getWithDefault("PORT", 8080);\n'
            "  server.listen(port);\n}\n"
        ),
    }
    app = next(iter(apps_of(files).values()))
    assert app["port"] == 8080


def test_an_rsbuild_front_end_listens_on_rsbuilds_port() -> None:
    files = {
        "package.json": pkg(
            scripts={"start": "rsbuild dev --host"},
            dependencies={"react": "19"},
            devDependencies={"@rsbuild/core": "1"},
        ),
        "src/index.tsx": "render(<App />)\n",
    }
    app = next(iter(apps_of(files).values()))
    assert app["port"] == 3000


def test_a_scripts_shell_default_for_port_is_the_port() -> None:
    files = {
        "package.json": pkg(
            name="x",
            scripts={"dev": "cross-env PORT=${X_FRONTEND_PORT:-3001} next dev"},
            dependencies={"next": "15"},
        ),
    }
    assert app_of(files)["port"] == 3001


@pytest.mark.parametrize(
    ("path", "text", "port"),
    [
        # nightscout: a helper reads the variable with its default.
        ("lib/server/env.js", "  env.PORT = readENV('PORT', 1337);\n", 1337),
        # mongo-express: the defaults module beside the entry.
        ("config.default.js", "    port: process.env.PORT || 8081,\n", 8081),
        # heyform: a config folder's index, the server's listen port named so.
        (
            "src/environments/index.ts",
            "export const P = +process.env.APP_LISTEN_PORT || 8000\n",
            8000,
        ),
        # A radix is no port: the framework's usual one stays.
        ("src/config/index.ts", "port: parseInt(process.env.PORT, 10),\n", 3000),
        # express-mongoose-es6-rest-api: an env schema's default (Joi, zod, envalid); the
        # database's port beside it is not the server's.
        (
            "config/config.js",
            "  PORT: Joi.number()\n    .default(4040),\n"
            "  MONGO_PORT: Joi.number().default(27017)\n",
            4040,
        ),
        (
            "src/config.ts",
            "  DB_PORT: z.number().default(5432),\n  PORT: port({ default: 8081 }),\n",
            8081,
        ),
    ],
)
def test_a_node_config_modules_port_default(path: str, text: str, port: int) -> None:
    files = {
        "package.json": to_json(
            {"scripts": {"start": "node app.js"}, "dependencies": {"express": "4"}}
        ),
        "app.js": "app.listen(config.port)\n",
        path: text,
    }
    assert framework_port_list(files) == [(".", "express", port)]


def test_vite_configs_server_port_variable_and_its_default() -> None:
    # `server: { port: devPort }`, the variable given a default above it.
    files = {
        "package.json": to_json({"scripts": {"dev": "vite"}, "devDependencies": {"vite": "6"}}),
        "vite.config.js": "const devPort = process.env.DEV_PORT ?? 4100\n"
        "export default { server: { port: devPort, host: true } }\n",
    }
    assert framework_port_list(files) == [(".", "vite", 4100)]


def test_vite_configs_server_port_read_from_the_environment_with_a_default() -> None:
    # Shaped like automatisch's web: `server: { open: true, port: process.env.PORT || 3001 }`.
    files = {
        "package.json": to_json({"scripts": {"dev": "vite"}, "devDependencies": {"vite": "6"}}),
        "vite.config.js": "export default {\n  server: {\n    open: true,\n"
        "    port: process.env.PORT || 3001,\n  },\n}\n",
    }
    assert framework_port_list(files) == [(".", "vite", 3001)]


def test_a_node_port_default_in_a_config_module_is_the_port() -> None:
    config = (
        "db: { port: parseEnvVarNumber(process.env.DATABASE_PORT, 5432) },\n"
        "server: { port: parseEnvVarNumber(process.env.HTTP_PORT || process.env.PORT, 4242) },\n"
    )
    files = {
        "package.json": pkg(name="x", scripts={"dev": "node src/server.js"}),
        "src/server.js": "import { start } from './lib/server-impl.js';\n",
        "src/lib/create-config.ts": config,
    }
    assert app_of(files)["port"] == 4242


def test_a_config_module_production_port_default_is_not_the_dev_port() -> None:
    files = {
        "package.json": pkg(
            name="x", scripts={"dev": "node server/index.js"}, dependencies={"express": "^4"}
        ),
        "server/index.js": "require('./core/config')\n",
        "server/core/config.js": "port: process.env.PORT || 80,\n",
    }
    assert app_of(files)["port"] == 3000


def test_a_vite_port_given_as_the_other_arm_of_an_environment_test() -> None:
    # Shaped like spiff-arena's frontend.
    config = (
        "const port = process.env.PORT ? parseInt(process.env.PORT, 10) : 7001;\n"
        "export default defineConfig({ server: { open: false, port } });\n"
    )
    files = {
        "package.json": json.dumps({"scripts": {"dev": "vite"}, "devDependencies": {"vite": "8"}}),
        "vite.config.ts": config,
    }
    assert frameworks_and_ports(files) == {".": ("vite", 7001)}


def test_the_entry_a_start_script_runs_gives_the_node_port() -> None:
    files = {
        "package.json": pkg(
            scripts={"start": "node backend/server.js"}, dependencies={"express": "4"}
        ),
        "backend/server.js": "const port = process.env.PORT || 5000;\n",
    }
    assert apps_of(files, "package-lock.json")["web"]["port"] == 5000


def test_a_vite_port_in_the_dev_script_or_vite_config_is_the_port() -> None:
    config = (
        "export default defineConfig({\n  server: {\n    port: 5004,\n"
        "    hmr: { port: 6004 },\n  },\n});\n"
    )
    files = {
        "admin/package.json": vite_package("admin", "vite --port 5174"),
        "account/package.json": vite_package("account"),
        "account/vite.config.ts": config,
    }
    apps = {a["path"]: a["port"] for a in apps_of(files).values()}
    assert apps == {"admin": 5174, "account": 5004}


@pytest.mark.parametrize(
    ("config", "port"),
    [
        ("module.exports = {\n  devServer: {\n    port: 6255,\n  },\n}\n", 6255),
        ("const port = process.env.port || 9527 // dev port\nmodule.exports = {}\n", 9527),
        ("module.exports = {}\n", 8080),
    ],
)
def test_vue_cli_serves_on_its_devserver_port(config: str, port: int) -> None:
    assert app_of({"package.json": VUE_CLI, "vue.config.js": config})["port"] == port


def test_create_react_app_reads_its_port_from_its_env_file() -> None:
    # Shaped like Netflix/conductor's ui: `react-scripts start`, PORT=5000 in ui/.env.
    ui = pkg(scripts={"start": "react-scripts start"}, dependencies={"react-scripts": "5"})
    assert ports_of({"ui/package.json": ui, "ui/.env": "PORT=5000\n"}) == {"ui": 5000}
    assert ports_of({"ui/package.json": ui}) == {"ui": 3000}


def test_a_port_default_parameter_is_the_port() -> None:
    # Shaped like kaneo: `startServer(..., port = 1337)` hands Hono's serve() the port.
    files = {
        "package.json": to_json(
            {"scripts": {"dev": "tsx watch src/index.ts"}, "dependencies": {"hono": "4"}}
        ),
        "src/index.ts": "export async function startServer(inject, port = 1337,) {\n}\n",
    }
    assert ports_of(files) == {".": 1337}


def test_a_nest_cli_monorepo_listens_where_its_default_project_says() -> None:
    # Shaped like swetrix: nest-cli.json's sourceRoot holds the main.ts `nest start` runs.
    files = {
        "package.json": to_json(
            {"scripts": {"start:dev": "nest start --watch"}, "dependencies": {"@nestjs/core": "11"}}
        ),
        "nest-cli.json": to_json({"sourceRoot": "apps/cloud/src", "monorepo": True}),
        "apps/cloud/src/main.ts": "async function bootstrap() {\n  await app.listen(5005)\n}\n",
    }
    assert ports_of(files) == {".": 5005}


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
        "package.json": to_json(
            {"scripts": {"start": "node app.js"}, "dependencies": {"express": "4"}}
        ),
        "app.js": "app.listen(config.port)\n",
        "src/config.ts": "const env = process.env;\nexport const config = {\n" + text + "};\n",
    }
    assert framework_port_list(files) == [(".", "express", port)]


def test_an_egg_app_listens_on_7001_past_a_mail_sections_port_key() -> None:
    # Shaped like egg-cnode: config/config.default.js sets each section as
    # `config.NAME = { ... }`, all at one indent; the mail section's `port: 25` is the SMTP
    # server's, and Egg.js itself listens on 7001.
    files = {
        "package.json": pkg(
            name="x", scripts={"dev": "egg-bin dev"}, dependencies={"egg": "^2", "egg-redis": "^2"}
        ),
        "config/config.default.js": "module.exports = appInfo => {\n  const config = {};\n"
        "  config.mail_opts = {\n    host: 'smtp.126.com',\n    port: 25,\n  };\n"
        "  return config;\n};\n",
    }
    assert path_ports(files) == [(".", 7001)]


def test_node_configs_json_default_layer_gives_the_servers_port() -> None:
    # Shaped like opencollective-api: the server listens on `config.port`, and node-config's
    # config/default.json says `"port": "3060"` (custom-environment-variables.json maps PORT).
    files = {
        **_express("server/index.ts"),
        "server/index.ts": "app.listen(config.port);\n",
        "config/default.json": '{\n  "port": "3060",\n  "database": {"url": "postgres://x"}\n}\n',
    }
    assert path_ports(files) == [(".", 3060)]


def test_a_vite_config_port_variable_given_a_plain_literal_is_the_dev_servers_port() -> None:
    # Shaped like chartbrew's client: `let port = 4018;` is overridden only by env variables
    # the repo leaves unset, and `server: { port }` reads the variable.
    config = (
        'import { defineConfig } from "vite"\nexport default () => {\n  let port = 4018;\n'
        "  if (process.env.CLIENT_PORT) {\n    port = process.env.CLIENT_PORT;\n  }\n"
        "  return defineConfig({ server: {\n    port,\n  } });\n};\n"
    )
    files = {"client/package.json": vite_package("client"), "client/vite.config.js": config}
    assert ports_of(files) == {"client": 4018}


def test_a_port_default_past_other_fallbacks_is_the_servers_port() -> None:
    # Shaped like chartbrew's server: `process.env.PORT || app.settings.port || 4019`.
    files = {
        "package.json": pkg(main="index.js", dependencies={"express": "5"}),
        "index.js": "const app = require('express')();\n"
        "const port = process.env.PORT || app.settings.port || 4019;\napp.listen(port);\n",
    }
    assert ports_of(files) == {".": 4019}
