  server: {
    port: 5005,
    hmr: {
      port: 6005,
    },
  },
});
