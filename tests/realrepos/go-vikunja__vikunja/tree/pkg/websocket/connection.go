// facts only, one per line
"notification.created": true,
"timer.created":        true,
"timer.updated":        true,
"timer.deleted":        true,
