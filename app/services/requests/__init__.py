"""Data requests to participants (issue 22): kinds of figures asked for, the workbooks
written and read back, the status of each participant's return."""
