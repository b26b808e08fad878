"""glowgen: static websites for aesthetic clinics, with an in-browser assistant."""

__version__ = "0.1.0"
