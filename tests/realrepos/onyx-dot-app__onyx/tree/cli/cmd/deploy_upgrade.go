// facts only, one per line
.StringVar(&opts.Tag, "tag", "", "Image tag to upgrade to (default: the latest Onyx release)"
.StringVar(&opts.Dir, "dir", "", "Deployment directory (default: auto-detected)"
