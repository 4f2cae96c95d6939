  server: {
    port: 9000,
  },
};
