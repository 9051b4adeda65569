"""Attack suite: every test tries to get out of the sandbox and proves the host is untouched."""
