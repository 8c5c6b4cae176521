"""«Сроки»: every deadline of the cluster in one list."""
