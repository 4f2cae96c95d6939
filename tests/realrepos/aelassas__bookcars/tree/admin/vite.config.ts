        },
      }),
          },
        },
      }),
      },
    },
    server: {
      port: Number.parseInt(process.env.VITE_PORT || '3001', 10),
      },
      hmr: {
        port: Number.parseInt(process.env.VITE_HMR_PORT || '3001', 10),
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
