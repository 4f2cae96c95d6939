// facts only, one per line
"v4.0.6":      "docker",
"4.0.6":       "docker",
"v4.1.0":      "docker",
"v5.0.0":      "docker",
"v4.0.5":      "kubernetes",
"v3.9.9":      "kubernetes",
