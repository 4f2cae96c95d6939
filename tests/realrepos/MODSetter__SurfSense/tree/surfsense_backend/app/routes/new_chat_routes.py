# facts only, one per line
_perf_log = get_perf_logger()
