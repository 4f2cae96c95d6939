  server: {
    port: 3003,
  },
    },
  },
    }),
});
