// facts only, one per line
//go:build linux
"any.0": "some-value",
