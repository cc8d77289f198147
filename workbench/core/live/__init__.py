"""Live connections: API accounts a manager connects, and the decisions waiting to be carried
out on their platforms (the outbox). Plain data and store operations; the network is the
services' and the connectors' (workbench.services.live, workbench.connectors.live)."""
