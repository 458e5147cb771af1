"""editlint: an editorial quality and style linter for news drafts."""

__version__ = "0.1.0"
