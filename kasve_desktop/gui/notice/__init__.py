"""The privacy notice's views: the PDF preview, printing, publishing and the versions."""
