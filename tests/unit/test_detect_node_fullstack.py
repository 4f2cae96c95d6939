"""Node apps of full-stack repositories (backend/ beside admin/ and frontend/, a dashboard in
a pnpm workspace): which folders serve, and the port each serves on."""

from __future__ import annotations

from tests.unit.detect_helpers import next_package, pkg, ports_of


def test_installing_a_sibling_package_before_the_dev_server_still_serves() -> None:
    # `dev: npm run ts:build && vite`, where ts:build first runs `cd ../packages/x && npm i`:
    # installing a sibling's dependencies is not running another folder's app.
    front = pkg(
        name="admin",
        scripts={
            "install:dependencies": "cd ../packages/helper && npm i",
            "ts:build": "npm run install:dependencies && tsc --build",
            "dev": "npm run ts:build && vite",
        },
        devDependencies={"vite": "5"},
    )
    files = {
        "admin/package.json": front,
        "admin/vite.config.ts": "export default { server: { port: 3001 } }\n",
        "packages/helper/package.json": pkg(name="helper", scripts={"build": "tsc"}),
    }
    assert ports_of(files) == {"admin": 3001}


def test_an_env_helper_given_the_prefixed_port_a_flag_and_a_quoted_default() -> None:
    # `__env__('BC_PORT', false, '4002')` in src/config/env.config.ts: the server's port.
    files = {
        "backend/package.json": pkg(
            name="backend", scripts={"dev": "nodemon src/index.ts"}, dependencies={"express": "5"}
        ),
        "backend/src/index.ts": (
            "import * as env from './config/env.config'\napp.listen(env.PORT)\n"
        ),
        "backend/src/config/env.config.ts": (
            "export const PORT = Number.parseInt(__env__('BC_PORT', false, '4002'), 10)\n"
            "export const SMTP_PORT = Number.parseInt(__env__('BC_SMTP_PORT', true), 10)\n"
        ),
    }
    assert ports_of(files) == {"backend": 4002}


def test_a_next_apps_config_module_key_is_not_its_port() -> None:
    # A deploy form's defaults (`port: 8080` in lib/.../environment-settings.ts) are the
    # port of the apps it deploys; `next dev` listens on 3000.
    files = {
        "package.json": next_package("dashboard"),
        "lib/deploy/environment-settings.ts": "export const DEFAULTS = {\n  port: 8080,\n}\n",
    }
    assert ports_of(files) == {".": 3000}
