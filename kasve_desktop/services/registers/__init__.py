"""What the privacy notice says: the controller, its registers, and the notice composed, rendered
and published.
"""
