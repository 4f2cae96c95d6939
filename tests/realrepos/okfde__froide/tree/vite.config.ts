    },
  },
      },
          } else if (
          } else if (assetInfo.name?.match(/\.(jpg|png|svg|avif)$/)) {
          }
        }
      }
    }
  },
  server: {
    port: 5173,
    }
  },
    }
  },
})
