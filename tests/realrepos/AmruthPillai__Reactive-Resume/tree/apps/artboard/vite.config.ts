  },
  server: {
    port: 6173,
  },
    },
  },
});
