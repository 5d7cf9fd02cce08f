"""Format-neutral text analysis shared by the readers, the word count and the kinds."""
