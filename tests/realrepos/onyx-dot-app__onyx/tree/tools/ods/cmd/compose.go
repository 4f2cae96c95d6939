// facts only, one per line
.StringVar(&opts.Tag, "tag", "", "Set the IMAGE_TAG for docker compose (e.g. edge, v2.10.4)"
dockerCmd.Run()
