// facts only, one per line
package main
listenAddr = "localhost:8085"
.String("prefix", "", "API URL prefix."
.String("client-id", "", "Default client ID."
.String("client-secret", "", "Default client secret."
.String("access-token", "", "Default access token."
.String("single-user", "", "If set, all requests will be implicitly authenticated."
