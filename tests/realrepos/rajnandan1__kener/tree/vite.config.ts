  } catch {
  }
}
  const port = Number(process.env.PORT) || 3000;
    },
    server: {
      port,
      },
    },
    },
    },
          },
        },
          },
            },
          },
        },
    },
  };
});
