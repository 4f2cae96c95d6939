    const envDir = "../../../";
    Object.assign(process.env, loadEnv(mode, envDir));
        },
        envDir,
        server: {
            port: process.env.VITE_PORT || 5173,
        },
            }),
                }
            },
        },
    };
});
