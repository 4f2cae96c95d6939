        server: {
          },
        },
      }
    },
  }
}
  }))
        } else if (Date.now() - start > timeoutMs) {
        }
      }, 500)
    })
  }
      }
    },
  }
}
  server: {
    port: Number((process.env.NEXT_PUBLIC_STACK_PORT_PREFIX || "81") + "09"),
  },
  },
  },
})
