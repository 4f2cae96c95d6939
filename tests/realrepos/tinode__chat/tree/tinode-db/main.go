// facts only, one per line
package main
.String("add_root", "", "create ROOT user, auth scheme 'basic'"
.String("make_root", "", "promote ordinary user to ROOT, auth scheme 'basic'"
.String("data", "", "name of file with sample data to load"
