// facts only, one per line
.StringVar(&status, "status", "", "Status of event deliveries to requeue"
.StringVar(&timeInterval, "time", "", "Time interval"
.StringVar(&eventId, "eventid", "", "Requeue the informed eventId"
.StringVar(&projectID, "project-id", "", "Limit the retry to a single project"
