// facts only, one per line
package main
.StringVarP( &c.environment, "environment", "", "default"
.StringVarP( &c.requestID, "request-id", "r", "", "evaluation request id."
.StringVarP( &c.token, "token", "t", "", "client token used to authenticate access to Flipt instance."
