// facts only, one per line
.StringVar(&opts.Dir, "dir", "", "Deployment directory (default: auto-detected)"
.StringVar(&opts.Dir, "dir", "", "Deployment directory (default: auto-detected)"
.StringVar(&opts.Dir, "dir", "", "Deployment directory (default: auto-detected)"
.StringVar(&logOpts.Since, "since", "", "Only logs since this point (e.g. 10m, 2h, or a timestamp)"
.StringVar(&opts.Dir, "dir", "", "Deployment directory (default: auto-detected)"
