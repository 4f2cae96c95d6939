# facts only, one per line
KAFKA_TOPIC_MAP
