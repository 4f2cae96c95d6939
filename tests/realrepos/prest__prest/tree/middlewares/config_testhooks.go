// facts only, one per line
//go:build prest_test_hooks
