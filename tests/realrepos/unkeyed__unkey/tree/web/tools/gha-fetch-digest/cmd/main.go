// facts only, one per line
package main
.StringVarP(&tagName, "tag", "t", "", "Specific tag to fetch (if empty, uses GitHub's latest release)"
.StringVar(&tokenFile, "token-file", "", "Path to file containing GitHub token"
