} from '@sentry/react-router'
			}
		},
	}
		},
			}
		},
	},
	server: {
		},
	},
		}),
		},
	},
	}
})
		},
	},
}
