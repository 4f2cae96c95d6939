// facts only, one per line
package main
.String("url", "", "URL to download smartctl.exe from (required)"
.String("out", "", "Destination path for smartctl.exe (required)"
.String("sha", "", "Optional SHA1/SHA256 checksum for integrity validation"
