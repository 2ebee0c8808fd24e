"""`python -m eventcoder` is the `eventcoder` command."""

from eventcoder.cli import main

raise SystemExit(main())
