// facts only, one per line
.StringVar(&opts.Version, "version", "", "Base version override (X.Y.Z, no leading v); skips release-branch detection"
