build/ipskit --version
