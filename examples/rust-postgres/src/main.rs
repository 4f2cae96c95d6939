//! A tiny Axum service: every request to / goes through Postgres.

use std::{env, sync::Arc};

use axum::{extract::State, http::StatusCode, routing::get, Router};
use tokio_postgres::{Client, NoTls};

async fn hello(State(db): State<Arc<Client>>) -> Result<String, (StatusCode, String)> {
    let failed = |e: tokio_postgres::Error| (StatusCode::SERVICE_UNAVAILABLE, e.to_string());
    db.execute(
        "INSERT INTO visits (id, count) VALUES (1, 1) \
         ON CONFLICT (id) DO UPDATE SET count = visits.count + 1",
        &[],
    )
    .await
    .map_err(failed)?;
    let row = db
        .query_one("SELECT 'Hello from Postgres!', count FROM visits WHERE id = 1", &[])
        .await
        .map_err(failed)?;
    let greeting: String = row.get(0);
    let visits: i64 = row.get(1);
    Ok(format!("{{\"greeting\": \"{greeting}\", \"visits\": {visits}}}\n"))
}

#[tokio::main]
async fn main() {
    let url = env::var("DATABASE_URL").expect("DATABASE_URL is set by compose.yaml");
    let (client, connection) = tokio_postgres::connect(&url, NoTls)
        .await
        .expect("connect to Postgres");
    tokio::spawn(async move {
        if let Err(error) = connection.await {
            eprintln!("database connection lost: {error}");
        }
    });
    client
        .batch_execute("CREATE TABLE IF NOT EXISTS visits (id INT PRIMARY KEY, count BIGINT NOT NULL)")
        .await
        .expect("create the visits table");

    let app = Router::new()
        .route("/", get(hello))
        .route("/health", get(|| async { "ok\n" }))
        .with_state(Arc::new(client));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000")
        .await
        .expect("bind port 3000");
    println!("listening on http://0.0.0.0:3000");
    axum::serve(listener, app).await.expect("serve");
}
