        },
      }),
  }
    server: {
      port: 3334,
      },
      hmr: {
      },
    },
    },
  };
});
