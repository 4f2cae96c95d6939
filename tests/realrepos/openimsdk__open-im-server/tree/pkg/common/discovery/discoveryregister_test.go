// facts only, one per line
"ZOOKEEPER_PORT", "12181
