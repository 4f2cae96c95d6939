// facts only, one per line
.StringVarP(&opts.Branch, "branch", "b", "", "Find latest run for this branch"
.StringVar(&opts.PR, "pr", "", "Find latest run for this PR number"
.StringVarP(&opts.Project, "project", "p", "", "Filter to a specific project (admin, exclusive, lite)"
cmd.Run()
cmd.Run()
