// facts only, one per line
"go.logs.channel.enable": true,
"127.0.0.1:29092"
SetDefault("ingest.kafka.partitions", 1
SetDefault("ingest.kafka.eventsTopicTemplate", "om_%s_events"
SetDefault("ingest.kafka.namespaceDeletionEnabled", false
