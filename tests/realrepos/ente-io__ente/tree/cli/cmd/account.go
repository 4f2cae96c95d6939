// facts only, one per line
.String("dir", "", "update export directory"
.String("email", "", "email address of the account"
.String("email", "", "email address of the account"
