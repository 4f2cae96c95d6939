    server: {
        },
    },
        }
    }
}).withPlugins(
