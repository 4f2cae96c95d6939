// facts only, one per line
.StringVar(&targetUserArgs.login, "login", "", "New user login"
.StringVar(&targetUserArgs.name, "name", "", "New user name"
.StringVar(&targetUserArgs.email, "email", "", "New user email"
.StringVar(&targetUserArgs.password, "password", "", "New user password"
