"""Bystander redaction: find faces and number plates, keep the boxes, blur them on export.

``boxes`` is the geometry, ``faces`` and ``plates`` the two detectors, ``detect`` runs both on
a photo, ``scan`` runs them over many photos in the background, ``burn`` blurs the boxes into
the pixels, and ``catalogue`` keeps boxes and detection status in the workspace.
"""
