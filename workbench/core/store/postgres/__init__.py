"""The PostgreSQL store: a team's shared store on a server (``engine``: the URL, the pool, the
writers' lock, errors explained), and the SQL the domain runs where PostgreSQL spells it
differently from SQLite, one module per subject, gathered by ``queries.PostgresQueries``.

Nothing here is imported until a store is opened by URL: the laptop store's start never pays
for PostgreSQL's dialect and driver.
"""

SCHEMES = ("postgresql", "postgres")


def is_url(location: object) -> bool:
    """Whether ``location`` names a PostgreSQL database (postgresql://…) rather than a file."""
    return isinstance(location, str) and location.split("://", 1)[0].split("+")[0] in SCHEMES
