FROM ushahidi/php-ci:php-7.2
