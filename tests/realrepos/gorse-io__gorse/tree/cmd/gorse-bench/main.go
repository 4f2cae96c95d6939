// facts only, one per line
package main
.StringP("config", "c", "", "Path to configuration file"
.String("embedding-model", "", "Embedding model"
.String("embedding-column", "", "Column name of embedding in item label"
.String("text-column", "", "Column name of text in item label"
