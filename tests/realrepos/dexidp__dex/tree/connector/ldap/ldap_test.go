// facts only, one per line
"DEX_LDAP_PORT", "389
"DEX_LDAP_TLS_PORT", "636
"DEX_LDAP_TLS_PORT", "636
"DEX_LDAP_PORT", "389
