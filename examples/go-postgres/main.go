// Command go-postgres is a tiny HTTP service that keeps a counter in Postgres.
package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"log"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"

	_ "github.com/lib/pq" // registers the "postgres" database/sql driver
)

type app struct {
	db *sql.DB

	// The schema is created lazily on the first request, not at startup, so
	// the service comes up (and passes /health) while Postgres is starting.
	schemaMu    sync.Mutex
	schemaReady bool
}

func (a *app) ensureSchema(ctx context.Context) error {
	a.schemaMu.Lock()
	defer a.schemaMu.Unlock()
	if a.schemaReady {
		return nil
	}
	tx, err := a.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() // no-op after a successful Commit

	// Replicas starting together would race on CREATE TABLE IF NOT EXISTS;
	// the transaction-scoped advisory lock serialises them.
	for _, stmt := range []string{
		`SELECT pg_advisory_xact_lock(hashtext('counter'))`,
		`CREATE TABLE IF NOT EXISTS counter (id int PRIMARY KEY, value bigint NOT NULL)`,
		`INSERT INTO counter (id, value) VALUES (1, 0) ON CONFLICT (id) DO NOTHING`,
	} {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	a.schemaReady = true
	return nil
}

func (a *app) health(w http.ResponseWriter, _ *http.Request) {
	// Deliberately does not ping the database: it only says "process is up".
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Write([]byte("ok"))
}

func (a *app) count(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()

	var n int64
	err := a.ensureSchema(ctx)
	if err == nil {
		// A single UPDATE ... RETURNING is atomic, so concurrent requests
		// never lose an increment.
		err = a.db.QueryRowContext(ctx,
			`UPDATE counter SET value = value + 1 WHERE id = 1 RETURNING value`).Scan(&n)
	}
	if err != nil {
		log.Printf("GET /: %v", err)
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"error": "database unavailable"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]int64{"count": n})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	if err := json.NewEncoder(w).Encode(v); err != nil {
		log.Printf("write response: %v", err)
	}
}

// withDefaultSSLMode makes a postgres:// URL without sslmode use
// sslmode=disable. lib/pq otherwise defaults to "require", which a stock
// Postgres container (no TLS) rejects. An explicit sslmode in the URL, or
// PGSSLMODE in the environment, always wins: set one for a real server.
func withDefaultSSLMode(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") || os.Getenv("PGSSLMODE") != "" {
		return dsn
	}
	q := u.Query()
	if q.Get("sslmode") == "" {
		q.Set("sslmode", "disable")
		u.RawQuery = q.Encode()
	}
	return u.String()
}

func main() {
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	dsn := os.Getenv("DATABASE_URL") // e.g. postgres://user:pass@db:5432/app
	if dsn == "" {
		log.Fatal("DATABASE_URL is not set")
	}
	dsn = withDefaultSSLMode(dsn)

	// sql.Open only validates the DSN; connections are made on demand.
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		log.Fatalf("open database: %v", err)
	}
	defer db.Close()
	db.SetMaxOpenConns(10)
	db.SetConnMaxIdleTime(5 * time.Minute)

	a := &app{db: db}
	mux := http.NewServeMux()
	// Go 1.22 patterns: "GET /{$}" matches only the root, not every path.
	mux.HandleFunc("GET /health", a.health)
	mux.HandleFunc("GET /{$}", a.count)

	srv := &http.Server{
		Addr:              "0.0.0.0:" + port,
		Handler:           mux,
		ReadHeaderTimeout: 5 * time.Second,
	}

	// Shut down cleanly on SIGTERM (docker stop) instead of being killed:
	// in-flight requests get up to 10s to finish.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	log.Printf("listening on %s", srv.Addr)

	select {
	case err := <-errc: // e.g. the port is already taken
		log.Fatal(err)
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		log.Printf("shutdown: %v", err)
	}
}
