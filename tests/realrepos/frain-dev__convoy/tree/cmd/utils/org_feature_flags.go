// facts only, one per line
.StringVar(&orgID, "org-id", "", "Organization ID"
