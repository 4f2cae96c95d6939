// facts only, one per line
    hooks: {
          vite: {
