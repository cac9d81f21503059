"""What the privacy notice says and the notice itself: the controller (``controller``), its
registers (``registers``), the supervisory authority (``authority``), the completeness check
(``completeness``), and the notice composed, rendered and published (``notice``).
"""
