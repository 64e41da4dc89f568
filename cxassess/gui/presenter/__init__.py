"""The presenter view shown on the projector during the discussion."""
