}
    }),
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
        },
      },
    },
            }),
    },
  },
  server:
          port: webPortNumber,
        }
          port: webPortNumber,
        },
})
