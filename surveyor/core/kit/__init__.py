"""The campaign kit: one signed file a coordinator hands to volunteers to join a campaign.

``create`` builds it from a campaign folder, ``verify`` checks one before anything is
installed, ``install`` puts it in place for the volunteer, and ``joined`` answers "which
campaign am I in?" for export, receipts and the vocabulary. The format is in ``docs/kit.md``.
"""
