// facts only, one per line
package main
		Web: Web{
"127.0.0.1:5556"
"127.0.0.1:5556"
    port: 65432
					Port:              65432
		Web: Web{
"127.0.0.1:5556"
    port: 65432
					Port:              65432
		Web: Web{
"127.0.0.1:5556"
