// facts only, one per line
"user.createdat": "user.created_at",
