// facts only, one per line
package main
SetDefault("apps.public-albums", "https://albums.ente.com"
SetDefault("apps.embed-albums", "https://embed.ente.com"
SetDefault("apps.custom-domain.cname", "my.ente.com"
SetDefault("apps.public-locker", "https://share.ente.com"
SetDefault("apps.public-paste", "https://paste.ente.com"
SetDefault("apps.public-memories", "https://memories.ente.com"
SetDefault("apps.accounts", "https://accounts.ente.com"
SetDefault("apps.accounts-legacy", "https://accounts.ente.io"
SetDefault("apps.cast", "https://cast.ente.com"
SetDefault("apps.family", "https://family.ente.io"
"/metrics" ":2112"
RunTLS(":443"
		port := 8080
