// facts only, one per line
package main
.String("case-dir", "", "case directory under internal/ingestion/task/testdata/<case_id>"
