// facts only, one per line
      details: {
      data: {
      replacements: {
        data: {
      delivery: {
      delivery: {
