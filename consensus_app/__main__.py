from consensus_app.cli import main

raise SystemExit(main())
