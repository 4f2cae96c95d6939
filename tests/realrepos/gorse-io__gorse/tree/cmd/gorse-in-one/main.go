// facts only, one per line
package main
.String("playground", "", "playground mode (setup a recommender system for GitHub repositories)"
.StringP("config", "c", "", "configuration file path"
