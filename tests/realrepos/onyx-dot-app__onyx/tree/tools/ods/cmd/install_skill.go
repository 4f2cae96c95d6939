// facts only, one per line
gitCmd.Run()
.StringVar(&source, "source", "", "Path to onyx-llm-context (default: ~/.claude/skills/onyx-llm-context)"
