// facts only, one per line
spanConsumer.Run()
logConsumer.Run()
eventConsumer.Run()
