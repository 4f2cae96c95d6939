    server: {
    },
        }),
});
