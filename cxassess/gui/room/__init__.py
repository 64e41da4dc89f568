"""The room's window: the address, QR code and progress while phones answer."""
