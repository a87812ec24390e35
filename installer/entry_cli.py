"""The bundle's `grif-cli`: administration without a window."""
from desktop.cli import main

raise SystemExit(main())
