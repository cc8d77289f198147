"""The frozen app's entry point: the `workbench` command, window and CLI alike."""

import multiprocessing
import sys

from workbench.cli import main

if __name__ == "__main__":
    # Imports run in a spawned child process; in a frozen app it starts through this file.
    multiprocessing.freeze_support()
    sys.exit(main())
