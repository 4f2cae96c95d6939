// facts only, one per line
			port:        "443
			port:        "8443
			port:        "443
			port:        "443
package main
