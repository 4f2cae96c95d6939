// facts only, one per line
package main
.String("username", "", "The username of the account to register (specify the localpart only, e.g. 'alice' for '@alice:domain.com')"
.String("password", "", "The password to associate with the account"
.String("passwordfile", "", "The file to use for the password (e.g. for automated account creation)"
