FROM ushahidi/php-ci:php-${PHP_MAJOR_VERSION}
