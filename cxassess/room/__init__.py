"""The room: participants answer on their own phones over the local network (no Qt here)."""
