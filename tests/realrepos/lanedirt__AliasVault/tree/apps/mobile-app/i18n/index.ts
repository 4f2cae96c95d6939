// facts only, one per line
      interpolation: {
      react: {
