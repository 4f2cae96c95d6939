<?php
// A visit counter in Postgres, reached through the DB_* variables devenv sets
// (Laravel's names). GET /health answers without touching the database.

declare(strict_types=1);

header('Content-Type: application/json');
$path = parse_url($_SERVER['REQUEST_URI'] ?? '/', PHP_URL_PATH);

if ($path === '/health') {
    echo json_encode(['status' => 'ok']), "\n";
    return;
}

try {
    $dsn = sprintf(
        'pgsql:host=%s;port=%s;dbname=%s',
        getenv('DB_HOST') ?: 'localhost',
        getenv('DB_PORT') ?: '5432',
        getenv('DB_DATABASE') ?: 'app'
    );
    $db = new PDO($dsn, getenv('DB_USERNAME') ?: 'app', getenv('DB_PASSWORD') ?: '', [
        PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
    ]);
    $db->exec('CREATE TABLE IF NOT EXISTS visits (id int PRIMARY KEY, count int NOT NULL)');
    $db->exec('INSERT INTO visits VALUES (1, 0) ON CONFLICT (id) DO NOTHING');
    $count = $db->query('UPDATE visits SET count = count + 1 WHERE id = 1 RETURNING count')
        ->fetchColumn();
    echo json_encode([
        'greeting' => 'Hello from PHP ' . PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION,
        'database' => $db->query('SELECT current_database()')->fetchColumn(),
        'visits' => (int) $count,
    ]), "\n";
} catch (PDOException $error) {
    http_response_code(503);
    echo json_encode(['error' => 'database unavailable: ' . $error->getMessage()]), "\n";
}
