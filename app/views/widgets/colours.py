"""The colours every section paints with: overdue, done, cancelled, moved, muted text."""

OVERDUE_TEXT, OVERDUE_BACKGROUND = "#b3261e", "#fde2e1"
HELD_TEXT, CANCELLED_TEXT, MOVED_TEXT = "#2e6b3a", "#7a8691", "#8a5a00"
SECTION_BACKGROUND = "#eef2f6"
MUTED = "color: #4a5a68;"
ALERT, GOOD, CALM = "#b3261e", "#2e6b3a", "#4a5a68"  # dashboard cards and data check
