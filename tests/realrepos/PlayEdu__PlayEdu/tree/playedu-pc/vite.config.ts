  server: {
    port: 9797,
  },
    }),
    },
  },
});
