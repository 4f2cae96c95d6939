# facts only, one per line
KAFKA_BROKER_CONFIG
