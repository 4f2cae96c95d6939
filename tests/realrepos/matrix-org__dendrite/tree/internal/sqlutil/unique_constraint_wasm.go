// facts only, one per line
//go:build wasm
// +build wasm
