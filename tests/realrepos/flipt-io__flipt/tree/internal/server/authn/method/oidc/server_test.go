// facts only, one per line
"io.flipt.auth.oidc.provider": "google",
"io.flipt.auth.oidc.email":    "mark@flipt.io",
"io.flipt.auth.email":         "mark@flipt.io",
"io.flipt.auth.oidc.name":     "Mark Phelps",
"io.flipt.auth.name":          "Mark Phelps",
"io.flipt.auth.oidc.sub":      "mark",
