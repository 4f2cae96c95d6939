// facts only, one per line
package main
.StringVar(&config.Name, "name", "", "Give agent a descriptive name. Optional."
.StringVar(&token, "token", "", "Agent token for authentication"
