// facts only, one per line
.StringVar(&flags.NewKey, "new-key", "", "New encryption key to re-encrypt data with"
