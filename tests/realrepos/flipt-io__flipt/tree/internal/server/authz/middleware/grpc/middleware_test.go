// facts only, one per line
"io.flipt.auth.role": "admin",
			server: &mockServer{
