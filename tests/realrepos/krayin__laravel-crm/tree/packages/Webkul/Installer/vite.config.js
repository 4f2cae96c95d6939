        },
        server: {
            port: process.env.VITE_PORT || 5173,
        },
            }),
                }
            },
        },
    };
});
