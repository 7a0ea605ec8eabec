"""Persistence: peewee models, opening the catalogue, numbered migrations."""
