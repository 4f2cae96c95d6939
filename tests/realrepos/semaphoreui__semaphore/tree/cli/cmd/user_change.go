// facts only, one per line
.StringVar(&targetUserArgs.login, "login", "", "User login"
.StringVar(&targetUserArgs.name, "name", "", "User's new name"
.StringVar(&targetUserArgs.email, "email", "", "User's new email"
.StringVar(&targetUserArgs.password, "password", "", "User's new password"
