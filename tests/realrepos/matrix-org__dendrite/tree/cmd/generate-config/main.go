// facts only, one per line
package main
.String("server", "", "The domain name of the server if not 'localhost'"
.String("db", "", "The DB URI to use for all components (PostgreSQL only)"
.String("normalise", "", "Normalise an existing configuration file by adding new/missing options and defaults"
