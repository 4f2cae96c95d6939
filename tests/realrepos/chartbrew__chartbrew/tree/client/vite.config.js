  let port = 4018;
    port = process.env.VITE_APP_CLIENT_PORT;
  } else if (process.env.NODE_ENV !== "production" && process.env.VITE_APP_CLIENT_PORT_DEV) {
    port = process.env.VITE_APP_CLIENT_PORT_DEV;
  }
    server: {
      port,
    },
    preview: {
      port,
    },
  });
};
