// facts only, one per line
.StringVar(&authenticatorMetadataFile, "auth-meta", "", "authenticator metadata file"
