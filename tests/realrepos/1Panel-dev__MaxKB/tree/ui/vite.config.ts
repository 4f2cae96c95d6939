        }
      }
    },
  }
}
  }
  }
  }
  }
  }
  }
  }
  }
    server: {
      port: Number(ENV.VITE_APP_PORT),
    },
      },
    },
      },
    },
  }
})
