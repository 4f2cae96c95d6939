// facts only, one per line
  averageRoundingOptions: {
