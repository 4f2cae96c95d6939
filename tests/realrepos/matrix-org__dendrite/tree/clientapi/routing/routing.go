// facts only, one per line
"org.matrix.e2e_cross_signing": true,
"org.matrix.msc2285.stable":    true,
"org.matrix.msc3916.stable":    true,
