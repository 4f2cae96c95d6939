"""Rule tests: which of a Rails app's settings hold in development."""

from __future__ import annotations

from tests.unit.detect_helpers import plan_of

SHARED = (
    "    if ENV['CACHE_REDIS_URL'].present?\n"
    "      config.cache_store = :redis_cache_store, { url: ENV['CACHE_REDIS_URL'] }\n"
    "    else\n      config.cache_store = :mem_cache_store, { compress: true }\n    end\n"
)
BOTH_ARMS = (
    "  if Rails.root.join('tmp/caching-dev.txt').exist?\n"
    "    config.cache_store = :memory_store\n  else\n"
    "    config.cache_store = :null_store\n  end\n"
)


def _services(development: str) -> list[str]:
    files = {
        "Gemfile": 'gem "rails"\ngem "pg"\ngem "dalli"\n',
        "config/application.rb": SHARED,
        "bin/rails": "",
        "config/environments/development.rb": development,
    }
    return sorted(s.name for s in plan_of(files)["plan"].services)


def test_development_caching_on_every_path_overrides_application_rbs_memcached() -> None:
    # hitobito/hitobito: application.rb's mem_cache_store is production's; development.rb
    # caches in memory_store or null_store.
    assert _services(BOTH_ARMS) == ["postgres"]


def test_development_caching_in_one_arm_leaves_application_rbs_memcached() -> None:
    one_arm = "  if Rails.root.join('tmp/caching-dev.txt').exist?\n"
    one_arm += "    config.cache_store = :memory_store\n  end\n"
    assert "memcached" in _services(one_arm)
