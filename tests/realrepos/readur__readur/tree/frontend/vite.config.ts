const BACKEND_PORT = process.env.BACKEND_PORT || '8000'
const CLIENT_PORT = process.env.CLIENT_PORT || '5173'
  },
  server: {
    port: parseInt(CLIENT_PORT),
      },
    },
  },
        }
      }
    }
  },
})
