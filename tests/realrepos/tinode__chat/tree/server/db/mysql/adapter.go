// facts only, one per line
//go:build mysql
// +build mysql
