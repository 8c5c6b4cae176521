import sys

from app.bootstrap import main

sys.exit(main())
