"""Sub-commands of the ``surveyor`` command line, one module each (see ``surveyor.cli``)."""
