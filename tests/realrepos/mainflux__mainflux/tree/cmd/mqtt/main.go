// facts only, one per line
package main
Port              string        `env:"MF_MQTT_ADAPTER_MQTT_PORT"                    envDefault:"1883"
Port        string        `env:"MF_MQTT_ADAPTER_MQTT_TARGET_PORT"             envDefault:"1883"
Port              string        `env:"MF_MQTT_ADAPTER_WS_PORT"                      envDefault:"8080"
Port        string        `env:"MF_MQTT_ADAPTER_WS_TARGET_PORT"               envDefault:"8080"
