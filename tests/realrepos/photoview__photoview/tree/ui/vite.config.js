  server: {
    port: 1234,
  },
  },
    },
    },
  },
})
