// facts only, one per line
package main
.StringVar(&f.versionsToken, "versions-token", "", "page token for versions pagination"
.StringVar(&f.vulnsToken, "vulns-token", "", "page token for vulns pagination"
.StringVar(&f.packagesToken, "packages-token", "", "page token for packages pagination"
