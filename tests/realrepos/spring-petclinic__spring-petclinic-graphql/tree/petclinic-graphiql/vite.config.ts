  server: {
    port: 3081,
      },
    },
  },
});
