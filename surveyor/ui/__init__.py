"""The desktop app: widgets, item models, dialogs and the map view, thin over ``core``."""
