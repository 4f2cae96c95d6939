// facts only, one per line
.StringVar(&opts.Tail, "tail", "", "Number of lines to show from the end of the logs (e.g. 100)"
