// facts only, one per line
.StringVar(&targetVaultArgs.oldKey, "old-key", "", "Old encryption key"
