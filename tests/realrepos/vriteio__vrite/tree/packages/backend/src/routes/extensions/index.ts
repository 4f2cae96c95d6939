// facts only, one per line
      openapi: {
