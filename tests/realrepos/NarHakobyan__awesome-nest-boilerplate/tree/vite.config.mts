  server: {
    port: 3000
  },
      port: 3000,
    })
});
