// facts only, one per line
.StringVar(&targetUserArgs.login, "login", "", "Login of the user you want to see"
.StringVar(&targetUserArgs.email, "email", "", "Email of the user you want to see"
