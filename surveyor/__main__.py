from surveyor.cli import main

raise SystemExit(main())
