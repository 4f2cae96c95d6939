"""Which package.json scripts make a Node package an app the developers run (a browser
target's dev script, one named for development running a dev server), each on a small
in-memory tree of the shape a real repository had."""

from __future__ import annotations

from tests.unit.detect_helpers import app_commands, app_paths, to_json


def test_a_cross_platform_apps_browser_dev_script_serves_it() -> None:
    # Shaped like mall4j's front-end/mall4uni: a uni-app with one dev script per target and
    # no plain `dev`; `dev:h5` runs the browser build's Vite dev server.
    uni = {
        "scripts": {
            "dev:h5": "uni",
            "dev:mp-weixin": "uni -p mp-weixin",
            "build:h5": "uni build",
            "lint": "eslint --ext .js,.vue src",
        },
        "dependencies": {"@dcloudio/uni-app": "3", "vue": "3"},
        "devDependencies": {"@dcloudio/vite-plugin-uni": "3", "vite": "5"},
    }
    files = {"mall4uni/package.json": to_json(uni), "mall4uni/pnpm-lock.yaml": ""}
    assert app_paths(files) == ["mall4uni"]
    assert app_commands(files)["mall4uni"] == "pnpm run dev:h5 --host 0.0.0.0 --port {port}"


def test_a_script_named_for_development_that_runs_webpack_serve_serves_it() -> None:
    # Shaped like Coursemology's client/: no dev or start script; `build:development` builds
    # the translations, then runs webpack's dev server (on webpack.dev.js's port) beside Rails.
    client = {
        "scripts": {
            "build:production": "webpack --node-env=production --config webpack.prod.js",
            "build:development": "yarn run build:translations && webpack serve --config "
            "webpack.dev.js",
            "build:translations": "formatjs compile-folder --ast locales compiled-locales",
        },
        "devDependencies": {"webpack": "5", "webpack-dev-server": "5"},
    }
    files = {
        "Gemfile": "gem 'rails'\n",
        "config/application.rb": "",
        "client/package.json": to_json(client),
        "client/yarn.lock": "",
        "client/webpack.dev.js": "module.exports = { devServer: { port: 8080 } };\n",
    }
    assert app_paths(files) == [".", "client"]
    assert app_commands(files)["client"] == "yarn run build:development"
