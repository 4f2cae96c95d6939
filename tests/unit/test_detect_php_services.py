"""A Laravel app's services from its config files' driver fallbacks."""

from __future__ import annotations

from tests.unit.detect_helpers import plan_of


def test_a_config_driver_fallback_chooses_redis_when_the_env_template_comments_it_out() -> None:
    # Shaped like osu-web: .env.example comments out REDIS_HOST and CACHE_DRIVER=redis;
    # config/cache.php falls back to redis, so the app needs Redis in development.
    files = {
        "composer.json": '{"type": "project", "require": {"laravel/framework": "^11", '
        '"ext-redis": "*"}}',
        ".env.example": "DB_CONNECTION=mysql\n# REDIS_HOST=127.0.0.1\n# CACHE_DRIVER=redis\n",
        "config/cache.php": "<?php\nreturn [\n    'default' => env('CACHE_DRIVER', 'redis'),\n];\n",
    }
    assert sorted(s.name for s in plan_of(files, "artisan")["plan"].services) == [
        "mysql",
        "redis",
    ]
    # A live setting in the env template chooses instead of the fallback.
    files[".env.example"] += "CACHE_DRIVER=file\n"
    assert [s.name for s in plan_of(files, "artisan")["plan"].services] == ["mysql"]
