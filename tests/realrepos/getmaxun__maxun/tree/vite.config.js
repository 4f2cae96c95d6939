    },
    server: {
      port: parseInt(new URL(publicUrl).port),
    },
    },
  };
});
