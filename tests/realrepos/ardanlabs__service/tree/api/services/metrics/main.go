// facts only, one per line
package main
DebugHost string `conf:"default:0.0.0.0:4010
Host            string        `conf:"default:0.0.0.0:4000
Host            string        `conf:"default:0.0.0.0:4020
