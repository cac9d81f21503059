"""The request inbox: intake, the detail pane and the actions of a request."""
