  server: {
    port: 5003,
    hmr: {
      port: 6003,
    },
  },
});
