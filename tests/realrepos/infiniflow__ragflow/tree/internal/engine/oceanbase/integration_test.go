// facts only, one per line
//go:build integration
"RAGFLOW_TEST_OCEANBASE_PORT", "2881
