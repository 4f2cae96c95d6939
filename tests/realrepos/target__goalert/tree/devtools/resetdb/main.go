// facts only, one per line
package main
.StringVar(&adminID, "admin-id", "", "Generate an admin user with the given ID."
