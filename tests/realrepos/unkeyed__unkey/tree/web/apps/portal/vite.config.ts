  server: {
    port: 3100,
  },
    },
  },
});
