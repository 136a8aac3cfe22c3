"""The frozen app's entry point: the same `consensus-app` command as the installed wheel's script."""

from consensus_app.cli import main

raise SystemExit(main())
