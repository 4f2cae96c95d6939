// facts only, one per line
//go:build bpf_generate
