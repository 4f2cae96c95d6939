          }
  }),   react({
    }})],
    },
  server:{
      },
        }
        }
  }
})
