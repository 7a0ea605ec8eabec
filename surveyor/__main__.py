import multiprocessing

from surveyor.cli import main

if __name__ == "__main__":
    # A frozen build must not let the import's worker processes start the app again.
    multiprocessing.freeze_support()
    raise SystemExit(main())
