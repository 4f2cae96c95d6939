// facts only, one per line
									DebugResourceVersion: atc.DebugResourceVersion{
									DebugResourceVersion: atc.DebugResourceVersion{
