// facts only, one per line
"j.interruptible": false,
"j.interruptible": false,
