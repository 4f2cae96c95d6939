// facts only, one per line
process.env.NTBA_FIX_350
