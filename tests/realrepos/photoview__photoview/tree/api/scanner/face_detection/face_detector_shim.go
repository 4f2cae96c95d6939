// facts only, one per line
//go:build no_face_detection
