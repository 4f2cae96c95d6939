// facts only, one per line
package main
.StringVarP( &v.extraPath, "extra-schema", "e", "", "path to extra schema constraints"
