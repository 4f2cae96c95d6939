// facts only, one per line
confirmPrompt.Run()
