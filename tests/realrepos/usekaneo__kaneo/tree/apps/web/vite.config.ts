  },
    }),
          }),
  server: {
    hmr: true,
    port: 5173,
  },
  },
  },
    },
  },
    },
  },
});
