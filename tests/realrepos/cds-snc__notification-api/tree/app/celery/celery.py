# facts only, one per line
beat_schedule
