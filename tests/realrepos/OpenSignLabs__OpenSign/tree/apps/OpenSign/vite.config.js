        }
      }, {})
    },
        }
      }
    },
    server: {
      port: env.PORT || 3000, // Same port as CRA
    },
    }
  };
});
