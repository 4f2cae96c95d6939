  server: {
    port: 1420,
    hmr: host
          port: 1421,
        }
    },
  },
}));
