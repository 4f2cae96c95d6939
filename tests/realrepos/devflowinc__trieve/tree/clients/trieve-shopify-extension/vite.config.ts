}
    port: 64999,
  };
} else {
    port: parseInt(process.env.FRONTEND_PORT!) || 8002,
  };
}
    server: {
      port: Number(process.env.PORT || 3000),
      hmr: hmrConfig,
      },
    },
        },
      }),
    },
    },
  } satisfies UserConfig;
});
