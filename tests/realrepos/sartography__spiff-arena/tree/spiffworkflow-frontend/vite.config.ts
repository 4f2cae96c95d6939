const port = process.env.PORT ? parseInt(process.env.PORT, 10) : 7001;
      },
    }),
  server: {
    port,
  },
  preview: {
    port,
  },
    },
  },
});
