// facts only, one per line
"event.type": "dynamic.event.creation",
"event.type": "dynamic.event.subscription.matching",
