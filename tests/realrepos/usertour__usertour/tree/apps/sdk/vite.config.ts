};
  };
};
  }),
  }),
        },
  }),
  }),
      },
  }),
  }),
  }),
  }
  }
  }
    }
    }
    }
    }
    }
  }
  }
    }
    }
    }
  }
};
    },
  },
    },
  },
} as const;
  };
      server: {
        port: 5173,
        hmr: {
        },
      },
      },
    } satisfies UserConfigExport;
  }
        },
      },
    } satisfies UserConfigExport;
  }
      },
        },
      },
    },
  } satisfies UserConfigExport;
});
