"""Events, the immutable record of every manager action, and the state derived from them."""
