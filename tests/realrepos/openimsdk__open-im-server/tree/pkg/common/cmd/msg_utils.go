// facts only, one per line
.StringP("userID", "u", "", "openIM userID"
.StringP("superGroupID", "g", "", "openIM superGroupID"
