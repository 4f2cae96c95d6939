// facts only, one per line
"event.type": "event.creation",
