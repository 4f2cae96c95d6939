# facts only, one per line
_transactions_engine = get_transactions_engine()
_analytics_engine = get_analytics_engine()
