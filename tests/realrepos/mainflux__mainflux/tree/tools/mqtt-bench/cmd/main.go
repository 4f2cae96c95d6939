// facts only, one per line
package main
.StringVarP(&bconf.MQTT.Message.Payload, "payload", "l", "", "Template message"
.StringVarP(&bconf.MQTT.TLS.CA, "ca", "", "ca.crt"
