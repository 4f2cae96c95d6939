  },
  server: {
  },
});
