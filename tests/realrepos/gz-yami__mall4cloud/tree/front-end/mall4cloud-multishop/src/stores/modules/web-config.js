// facts only, one per line
      webConfig: {
  actions: {
