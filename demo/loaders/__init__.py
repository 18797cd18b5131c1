"""What the demo loads into each app (``demo.loader.DemoLoader`` calls these). The apps never import
``demo``: data flows one way, from ``demo/data`` through these loaders into the apps."""
