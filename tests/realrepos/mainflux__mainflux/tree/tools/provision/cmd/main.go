// facts only, one per line
package main
.StringVarP(&pconf.Host, "host", "", "https://localhost"
.StringVarP(&pconf.Prefix, "prefix", "", "", "name prefix for things and channels"
.StringVarP(&pconf.Username, "username", "u", "", "mainflux user"
.StringVarP(&pconf.Password, "password", "p", "", "mainflux users password"
.StringVarP(&pconf.CAKey, "cakey", "", "ca.key"
.StringVarP(&pconf.CA, "ca", "", "ca.crt"
