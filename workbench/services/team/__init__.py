"""Team sharing: where bundles meet the manager's key in the keyring."""
