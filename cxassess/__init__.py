"""cxassess: customer-centric culture assessment for teams and managers."""

__version__ = "0.1.0"
