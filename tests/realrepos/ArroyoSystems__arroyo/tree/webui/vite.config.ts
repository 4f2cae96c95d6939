  server: {
      },
    },
  },
});
