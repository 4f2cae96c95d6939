    },
    },
        },
      }),
        }),
      },
        }),
      },
      },
    },
    server: {
      port: process.env.PORT || 3001,
    },
  };
});
