// facts only, one per line
"m.room.join_rules":         "join_rule",
"m.room.history_visibility": "history_visibility",
"m.room.member":             "membership",
