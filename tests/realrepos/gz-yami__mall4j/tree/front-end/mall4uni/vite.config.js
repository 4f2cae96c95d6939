      }
    }),
  server: {
    port: 80,
  },
    }
  }
})
