"""Live sync: where an account's connector meets the store, and secrets meet the keyring."""
