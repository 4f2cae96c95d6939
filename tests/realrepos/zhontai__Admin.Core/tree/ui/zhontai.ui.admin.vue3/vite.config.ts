}
}
          }
        } catch (e) {
        }
      }
    }
  } catch (e) {
  }
      }),
      }),
      }),
        },
      },
    hmr: true,
    server: {
      port: env.VITE_PORT,
        },
      },
    },
            }
          },
        },
      },
    },
    },
  } as UserConfig
})
