// Every request to / goes through Postgres, found through ConnectionStrings__postgres.
using Npgsql;

var builder = WebApplication.CreateBuilder(args);
var connectionString = builder.Configuration.GetConnectionString("postgres")
    ?? throw new InvalidOperationException("ConnectionStrings__postgres is set by compose.yaml");
builder.Services.AddSingleton(NpgsqlDataSource.Create(connectionString));
var app = builder.Build();

var db = app.Services.GetRequiredService<NpgsqlDataSource>();
await using (var create = db.CreateCommand(
    "CREATE TABLE IF NOT EXISTS visits (id INT PRIMARY KEY, count BIGINT NOT NULL)"))
{
    await create.ExecuteNonQueryAsync();
}

app.MapGet("/", async (NpgsqlDataSource db) =>
{
    await using var count = db.CreateCommand(
        "INSERT INTO visits (id, count) VALUES (1, 1) "
        + "ON CONFLICT (id) DO UPDATE SET count = visits.count + 1 RETURNING count");
    var visits = (long)(await count.ExecuteScalarAsync())!;
    return Results.Ok(new { greeting = "Hello from Postgres!", visits });
});
app.MapGet("/health", () => "ok");

app.Run();
