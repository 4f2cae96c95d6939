// facts only, one per line
//go:build nocrdb || nocockroach
