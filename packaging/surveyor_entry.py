"""The frozen program's entry point: the window with no arguments, the command line with any."""

import multiprocessing

from surveyor.cli import main

if __name__ == "__main__":
    # The import's worker processes are started with "spawn": in a frozen build each one runs
    # this same executable, and freeze_support() turns it into a worker instead of the app.
    multiprocessing.freeze_support()
    raise SystemExit(main())
