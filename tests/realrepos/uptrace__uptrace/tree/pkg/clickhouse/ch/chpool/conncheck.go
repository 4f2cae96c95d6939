// facts only, one per line
//go:build linux || darwin || dragonfly || freebsd || netbsd || openbsd || solaris || illumos
