        }
        } catch {
        }
      });
    },
  };
      },
    },
    server: {
      port: 5174,
      },
    },
  };
});
