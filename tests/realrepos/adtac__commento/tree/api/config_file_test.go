// facts only, one per line
package main
		COMMENTO_PORT=8000
"COMMENTO_PORT", "9000
		COMMENTO_PORT=8000
