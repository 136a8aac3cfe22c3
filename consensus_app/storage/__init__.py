"""Engine, migrations, repositories and bulk import. No Qt here."""
