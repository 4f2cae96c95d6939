  },
      },
      },
    },
  },
    },
  },
  server: {
    port: 8080,
    },
      },
      },
    },
  },
  preview: {
    port: 8080,
  },
});
