  },
    }),
    }),
  server: { host: true, port: 8080 },
});
