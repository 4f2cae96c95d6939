	server: {
			},
		},
	},
});
