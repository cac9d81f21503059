"""The answers a request gets: the access report, the response letters, portability files, the
calibration page.
"""
