        server: {
            },
            port: vitePort,
            hmr: {
            },
        },
            }),
    };
});
