"""Rules a Ruby and PHP blind batch (Rails, Laravel, Symfony, DDEV) showed, each on a small
tree of its shape; the real repositories are trimmed into tests/realrepos/ (named in the test)."""

from __future__ import annotations

from tests.unit.test_detect_rules import plan_of
from tests.unit.test_php_ruby import composer

_SYMFONY = {"php": ">=8.1", "symfony/framework-bundle": "^6.4"}


def _services(files: dict[str, str]) -> list[str]:
    return sorted(s.name for s in plan_of(files)["plan"].services)


def test_a_mail_catcher_in_a_commented_out_line_is_not_needed() -> None:
    # ergonode/backend: `MAILER_DSN=null://null` above `#MAILER_DSN=... # Mailhog configuration`.
    files = {
        "composer.json": composer(require=_SYMFONY),
        "public/index.php": "<?php\n",
        ".env": "DATABASE_URL=pgsql://u:p@postgres:5432/db\nMAILER_DSN=null://null\n"
        "#MAILER_DSN=smtp://localhost:1025 # Mailhog configuration\n",
    }
    assert _services(files) == ["postgres"]
    files[".env"] += "MAILER_DSN=smtp://mailhog:1025\n"
    assert _services(files) == ["mailpit", "postgres"]
