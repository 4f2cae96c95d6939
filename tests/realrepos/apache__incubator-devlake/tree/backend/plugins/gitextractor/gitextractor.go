// facts only, one per line
package main
.StringP("url", "l", "", "repo url"
.StringP("repoId", "i", "", "domain layer repo id"
.StringP("user", "u", "", "username"
.StringP("password", "p", "", "password"
// .StringP("privateKey", "k", "", "private key file"
// .StringP("privateKeyPassPhrase", "P", "", "passphrase for private key"
.StringP("proxy", "x", "", "proxy"
.StringP("timeAfter", "a", "", "collect data that are created after specified time, ie 2006-01-02T15:04:05Z"
