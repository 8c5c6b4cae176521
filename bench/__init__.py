"""ClusterDesk's benchmarks: ``python -m bench`` runs every figure of issue 19 beside its
floor (see bench/README.md).  The older single-figure scripts (bench_*.py) still run on
their own; the figures reuse their builders."""
