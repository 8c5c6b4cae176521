"""The demo cluster: a realistic Vologda machine-building cluster a newcomer opens with
``--demo`` (or ``seed-demo``), kept apart from the services it exercises.  ``service`` is the
DemoService (``services.demo.seed()``); each other module seeds one section."""
