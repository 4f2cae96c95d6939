  server: {
    port: 3080,
      },
    },
  },
    },
  },
});
