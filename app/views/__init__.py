"""Qt views.  They get services through their constructors and never touch a Session."""
