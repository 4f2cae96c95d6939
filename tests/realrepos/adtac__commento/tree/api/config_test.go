// facts only, one per line
package main
Getenv("PORT")
Getenv("PORT")
"COMMENTO_PORT", "1886
Getenv("PORT")
Getenv("PORT")
