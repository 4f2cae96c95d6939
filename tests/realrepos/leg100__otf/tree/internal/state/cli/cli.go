// facts only, one per line
.StringVar(&opts.Workspace, "workspace", "", "Name of workspace for which to retreive state versions"
