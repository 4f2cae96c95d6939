  },
  },
  server: shouldLoadReactRouter
        },
      },
    },
  },
}));
