        }),
    server: {
        },
    },
});
