// facts only, one per line
package main
.StringVar(&baseURL, "url", "", "base URL"
