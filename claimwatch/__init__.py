"""claimwatch: track figures in the news and alert on new and contradicting ones."""

__version__ = "0.1.0"
