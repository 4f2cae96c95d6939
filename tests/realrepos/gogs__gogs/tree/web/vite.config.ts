    },
  },
  server: {
    port: 5173,
    hmr: {
      port: 5173,
    },
  },
  },
});
