// facts only, one per line
    subject_set: {
      tuple: {
