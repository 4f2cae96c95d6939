// facts only, one per line
.StringVar(&email, "email", "", "Email"
