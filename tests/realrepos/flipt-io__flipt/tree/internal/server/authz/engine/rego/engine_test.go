// facts only, one per line
"io.flipt.auth.user": "admin@company.com",
"io.flipt.auth.user": "analyst@company.com",
"io.flipt.auth.user": "analyst@company.com",
"io.flipt.auth.user": "admin@company.com",
"io.flipt.auth.user": "analyst@company.com",
"io.flipt.auth.user": "admin@company.com",
"io.flipt.auth.user": "analyst@company.com",
