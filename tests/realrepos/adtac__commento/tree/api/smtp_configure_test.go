// facts only, one per line
package main
"SMTP_PORT", "25
