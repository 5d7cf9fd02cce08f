"""Citations: the one grammar of citation forms and the one reader that applies it."""
