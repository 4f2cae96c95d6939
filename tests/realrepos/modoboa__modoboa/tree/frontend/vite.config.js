        } else if (fileName.endsWith('.html')) {
        }
      }
        }
      }
    },
  }
}
    }),
      },
    }),
          },
      },
    }),
      },
      },
    }),
    },
  },
  server: {
    port: 3000,
      },
      },
    },
    },
  },
  preview: {
    port: 3000,
      },
      },
    },
    },
  },
  },
})
