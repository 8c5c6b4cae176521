"""ClusterDesk: the desktop office of a «Профессионалитет» cluster's managing company."""

__version__ = "0.1.0"
APP_NAME = "ClusterDesk"
