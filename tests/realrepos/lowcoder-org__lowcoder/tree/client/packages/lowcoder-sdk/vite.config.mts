});
  },
    },
  },
    },
      },
          }
        }
      },
      },
          },
          },
        }) as PluginOption,
        }) as PluginOption,
        }
      },
    },
        }
      },
    },
  },
  server: {
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
    }),
      },
    }),
    }) as PluginOption,
};
