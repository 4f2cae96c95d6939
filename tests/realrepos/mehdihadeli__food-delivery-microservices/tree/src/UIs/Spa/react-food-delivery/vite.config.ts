}
  }
}
  },
  server: {
    port: 5173,
    },
  },
});
