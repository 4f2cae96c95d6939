// facts only, one per line
.StringVarP(&audience, "aud", "a", "", "Set the new user's audience"
