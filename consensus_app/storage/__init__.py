"""Engine, migrations, repositories and bulk import. No Qt here.

This package's own namespace stays light (no SQLAlchemy), so the window can read the
setting below before the database layer loads.
"""

ENV_VAR = "CONSENSUS_DB"  # the workspace database URL or file, when --db is not given
