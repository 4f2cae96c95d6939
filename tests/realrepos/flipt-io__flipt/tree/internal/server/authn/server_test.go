// facts only, one per line
"io.flipt.auth.oidc.provider": "google",
