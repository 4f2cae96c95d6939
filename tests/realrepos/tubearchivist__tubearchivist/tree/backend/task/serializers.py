# facts only, one per line
TaskNotificationSerializer = create_dynamic_notification_serializer()
