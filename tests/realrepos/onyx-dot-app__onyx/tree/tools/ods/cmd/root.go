// facts only, one per line
.StringVar(&opts.Project, "project", "", "Docker Compose project name (default: basename of git root)"
