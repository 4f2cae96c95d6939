// facts only, one per line
"slack.1": "slack.1.SLACKID",
"slack.2": "slack.2.SLACKID",
"slack.3": "slack.3.SLACKID",
