"""The data-access report (GDPR Art. 15): gathered, composed, redacted and built as a PDF."""
