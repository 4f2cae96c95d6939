    }),
  }),
    }),
      },
    },
  },
    },
  },
  },
  server: {
    },
  },
}) satisfies UserConfig;
