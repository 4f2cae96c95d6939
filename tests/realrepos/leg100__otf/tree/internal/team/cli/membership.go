// facts only, one per line
.StringVar(&name, "team", "", "Team in which to perform action"
.StringVar(&name, "team", "", "Team in which to perform action"
