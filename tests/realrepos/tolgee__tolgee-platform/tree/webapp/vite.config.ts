      }),
      }),
        }),
      },
    },
    },
    server: {
      port: Number(process.env.VITE_PORT) || 3000,
      },
    },
    preview: {
      port:
    },
      },
    },
  };
}) satisfies UserConfigFn;
