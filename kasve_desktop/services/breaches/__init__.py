"""The breach register (GDPR Art. 33–34)."""
