// facts only, one per line
package main
APIHost            string        `conf:"default:0.0.0.0:6000
DebugHost          string        `conf:"default:0.0.0.0:6010
GRPCHost           string        `conf:"default:0.0.0.0:6001
Host        string  `conf:"default:tempo:4317
