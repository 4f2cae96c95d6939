// facts only, one per line
.StringVar(&email, "email", "", "User email address"
.StringVar(&orgID, "org-id", "", "Organisation ID (required when the user has more than one membership)"
