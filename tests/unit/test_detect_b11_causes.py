"""Rules blind batch b11 (single-package Node/TypeScript apps with backing services) showed,
each on a small tree of its shape."""

from __future__ import annotations

from tests.unit.test_detect_rules import plan_of


def test_a_start_script_that_compiles_then_runs_node_serves() -> None:
    # Shaped like typeorm's express example: `start: tsc && node src/index.js`.
    package = '{"scripts": {"start": "tsc && node src/index.js"}, '
    package += '"dependencies": {"express": "^4.18.2"}, "devDependencies": {"typescript": "^5"}}'
    files = {
        "package.json": package,
        "src/index.ts": "import express from 'express';\nconst app = express();\napp.listen(3000);\n",
    }
    apps = plan_of(files)["plan"].apps
    assert [(a.finding.path, a.finding.framework.value) for a in apps] == [(".", "express")]


def test_a_commented_database_line_the_code_requires_is_a_placeholder() -> None:
    # Shaped like idurar-erp-crm: backend/.env keeps `#DATABASE = "mongodb://..."` to be
    # uncommented, and the server connects to process.env.DATABASE with no default.
    package = '{"scripts": {"dev": "nodemon src/server.js"}, '
    package += '"dependencies": {"express": "^4.18.2", "mongoose": "^8.1.1"}}'
    files = {
        "backend/package.json": package,
        "backend/.env": '#DATABASE = "mongodb://localhost:27017"\nJWT_SECRET= "x"\n',
        "backend/src/server.js": "const mongoose = require('mongoose');\n"
        "mongoose.connect(process.env.DATABASE);\napp.listen(process.env.PORT || 8888);\n",
    }
    assert [s.name for s in plan_of(files)["plan"].services] == ["mongo"]
