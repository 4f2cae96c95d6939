  server: {
  },
    }),
})
