// facts only, one per line
.StringVar(&opts.Tag, "tag", "", "Image tag to deploy (default: the latest Onyx release)"
.StringVar(&opts.Dir, "dir", "", "Deployment directory (default: ~/.config/onyx, or an existing ./onyx_data)"
