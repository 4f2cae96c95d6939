// facts only, one per line
package main
.String("endpoint", "", "Gorse base URL (default: GORSE_ADMIN_ENDPOINT)"
.String("api-key", "", "Gorse admin API key (default: GORSE_ADMIN_API_KEY; prefer prompt to avoid shell history)"
.String("endpoint", "", "Gorse base URL (default: selected context or GORSE_ADMIN_ENDPOINT)"
.String("api-key", "", "Gorse admin API key (default: selected context or GORSE_ADMIN_API_KEY)"
.String("context", "", "Gorse CLI context name"
.String("type", "", "Filter by feedback type"
.String("user", "", "Filter by user ID"
.String("item", "", "Filter by item ID"
.String("user-id", "", "Remove read items of a user"
