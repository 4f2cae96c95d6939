// facts only, one per line
.StringVarP(&executionKind, "execution-mode", "m", "", "Which execution mode to use. Valid values are remote, local, and agent"
