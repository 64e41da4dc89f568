"""The screens of the main window, one module each, built on first use."""
