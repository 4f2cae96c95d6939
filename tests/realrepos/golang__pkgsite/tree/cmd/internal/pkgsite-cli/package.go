// facts only, one per line
package main
.StringVar(&f.doc, "doc", "", "render docs in format: text, md, html"
.StringVar(&f.module, "module", "", "disambiguate module path"
.StringVar(&f.goos, "goos", "", "target GOOS"
.StringVar(&f.goarch, "goarch", "", "target GOARCH"
.StringVar(&f.symbolToken, "symbol-token", "", "page token for symbols pagination"
.StringVar(&f.importedByToken, "imported-by-token", "", "page token for imported-by pagination"
