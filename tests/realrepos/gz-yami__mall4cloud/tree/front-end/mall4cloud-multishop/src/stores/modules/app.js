// facts only, one per line
      sidebar: {
  actions: {
