// facts only, one per line
"b.completed": false,
"j.paused":            false,
"j.inputs_determined": true,
