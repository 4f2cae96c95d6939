        },
      }),
          },
        },
      }),
      },
    },
    server: {
      port: Number.parseInt(process.env.VITE_PORT || '3002', 10),
      },
      hmr: {
        port: Number.parseInt(process.env.VITE_HMR_PORT || '8080', 10),
      },
    },
        },
        },
        },
      },
          },
        },
      },
    },
  })
}
