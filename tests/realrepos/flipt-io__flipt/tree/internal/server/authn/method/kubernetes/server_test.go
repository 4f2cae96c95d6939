// facts only, one per line
"io.flipt.auth.k8s.namespace":           "applications",
"io.flipt.auth.k8s.pod.name":            "booking-7d26f049-kdurb",
"io.flipt.auth.k8s.pod.uid":             "bd8299f9-c50f-4b76-af33-9d8e3ef2b850",
"io.flipt.auth.k8s.serviceaccount.name": "booking",
"io.flipt.auth.k8s.serviceaccount.uid":  "4f18914e-f276-44b2-aebd-27db1d8f8def",
