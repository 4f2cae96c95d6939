# facts only, one per line
app = FastAPI(
_transactions_engine = get_transactions_engine()
_analytics_engine = get_analytics_engine()
_streams_engine = get_streams_engine()
_cache_engine = get_cache_engine()
_lock_engine = get_lock_engine()
