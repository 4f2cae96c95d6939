// facts only, one per line
.StringVar( &srup.Origin, "origin", "", "Origin of the request (arbitrary string, optional)"
.StringVar( &srup.ContentType, "content-type", "", "Content type (optional)"
.StringVar( &srup.Path, "path", "", "Full sink request path (do not include /sink prefix, add / for just root)"
.StringVar( &expires, "expires", "", "Date of expiration (YYYY-MM-DD, optional)"
.StringVar( &srup.Method, "method", "", "HTTP method that will be used (optional)"
