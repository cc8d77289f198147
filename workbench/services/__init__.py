"""Work that drives connectors and the core together (imports, the demo), so that neither
needs the other: connectors only yield records, the core only stores them."""
