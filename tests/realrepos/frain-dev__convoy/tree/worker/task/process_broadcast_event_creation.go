// facts only, one per line
"event.type": "broadcast.event.creation",
"event.type": "broadcast.subscription.matching",
