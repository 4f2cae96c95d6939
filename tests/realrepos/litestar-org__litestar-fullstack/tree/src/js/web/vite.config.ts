  server: {
    port: Number(process.env.VITE_PORT ?? 3006),
  },
  },
    }),
    },
  },
})
