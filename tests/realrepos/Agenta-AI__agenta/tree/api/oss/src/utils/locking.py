# facts only, one per line
_lock_engine = get_lock_engine()
