// facts only, one per line
.StringVar(&opts.Version, "version", "", "Exact version to release (X.Y.Z, no leading v); overrides --bump"
