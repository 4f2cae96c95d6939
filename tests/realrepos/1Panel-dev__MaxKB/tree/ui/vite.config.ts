const envDir = './env'
        }
      }
    },
  }
}
  const ENV = loadEnv(mode, envDir)
  }
  }
  }
  }
  }
  }
  }
  }
    envDir: envDir,
    server: {
      port: Number(ENV.VITE_APP_PORT),
    },
      },
    },
      },
    },
  }
})
