"""The portfolio window: many teams' files read from a folder."""
