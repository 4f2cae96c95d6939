    },
    server: {
        },
    },
    },
};
