      },
          }
        }
      }
    }
  },
  server: {
    port: 7005,
    hmr: {
    }
  }
});
