		server: {
		}
	} : {})
});
