// facts only, one per line
m.Run()
"localhost:9092"
"group.id":           "group-1",
"auto.offset.reset":  "earliest",
