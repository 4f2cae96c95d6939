// facts only, one per line
package main
APIHost            string        `conf:"default:0.0.0.0:3000
DebugHost          string        `conf:"default:0.0.0.0:3010
Host string `conf:"default:auth-service:6001
Host        string  `conf:"default:tempo:4317
