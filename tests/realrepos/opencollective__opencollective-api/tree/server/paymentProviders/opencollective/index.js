// facts only, one per line
  types: {
