"""Grammar: part-of-speech tagging and what the pattern rules need from it."""
