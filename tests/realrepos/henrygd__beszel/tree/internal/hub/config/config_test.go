// facts only, one per line
//go:build testing
    port: 45876
    port: 45876
    port: 45876
