// facts only, one per line
"subscription.id": "sub_123",
"subscription.id": "sub_123",
"subscription.id": "sub_123",
"subscription.id": "sub_123",
"subscription.id": "sub_123",
"subscription.id": "sub_123",
