// facts only, one per line
actionPrompt.Run()
