// facts only, one per line
//go:build !wasm && !windows
// +build !wasm,!windows
