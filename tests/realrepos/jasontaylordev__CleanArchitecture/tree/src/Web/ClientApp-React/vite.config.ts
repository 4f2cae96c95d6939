  server: {
    port: parseInt(process.env.PORT!),
        }
  },
  },
});
