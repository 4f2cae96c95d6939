# facts only, one per line
'redis://'
beat_schedule
beat_schedule
beat_schedule
beat_schedule
beat_schedule
beat_schedule
beat_schedule
beat_schedule
