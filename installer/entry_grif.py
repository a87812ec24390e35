"""The bundle's `grif`: the window (and `grif --self-test`)."""
from desktop.app import main

raise SystemExit(main())
