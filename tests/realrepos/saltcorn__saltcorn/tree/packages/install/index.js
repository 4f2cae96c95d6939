// facts only, one per line
    default:
      port: 5432,
