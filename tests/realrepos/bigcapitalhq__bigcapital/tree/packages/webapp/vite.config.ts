    }
  }, {});
  const port = Number(env.PORT) || 4000;
    }),
      },
    },
      },
    },
    server: {
      port,
        },
        },
      },
    },
    },
      },
    },
  };
});
