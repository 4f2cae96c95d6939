// facts only, one per line
package main
.StringVarP(&opts.key, "key", "k", "", "Public key(s) for SSH authentication"
.StringVarP(&opts.listen, "listen", "l", "", "Address or port to listen on"
.StringVarP(&opts.hubURL, "url", "u", "", "URL of the Beszel hub"
.StringVarP(&opts.token, "token", "t", "", "Token to use for authentication"
