"""``surveyor geotag``: place a walk's photos from GPX tracks, with camera-clock correction.

The GPX files are added to the walk (kept, privately, for later runs and the map) and every
photo of the walk is matched against all of the walk's tracks. ``--dry-run`` reads the files
and prints the outcome without writing anything. Exit 0 when every track file was usable
(photos that cannot be placed are an outcome, listed with the reason, not a failure), 1 when a
track file was refused (the others were still used), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import replace
from typing import Any

from surveyor.cli import EXIT_FAILED, EXIT_OK, UsageError, common_parent
from surveyor.cli.common import open_workspace, print_json, walk_named
from surveyor.core.geotag import placement as geotag
from surveyor.core.geotag.clock import (
    ClockCorrection,
    ClockError,
    format_offset,
    format_tz,
    parse_offset,
    parse_tz,
)
from surveyor.core.geotag.gpx import GpxError, GpxTrack, read_gpx, utc_iso
from surveyor.core.geotag.match import DEFAULT_MAX_GAP_S, Timeline
from surveyor.core.geotag.placement import GeotagPlan, GeotagSettings, PhotoOutcome
from surveyor.core.geotag.tracks import store_track, walk_fixes, walk_tracks


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "geotag",
        parents=[common_parent()],
        help="place a walk's photos from GPX tracks",
        description="Match each photo's capture time to GPX tracks of the walk and place it "
        "there. Positions placed by hand are never replaced (unless --overwrite-manual), nor "
        "the photos' own GPS positions (unless --overwrite-exif). Prints, per photo, the "
        "position or why it could not be placed.",
    )
    # "--offset -00:02:30" must read as a value, not as an unknown option.
    if hasattr(parser, "_negative_number_matcher"):
        parser._negative_number_matcher = re.compile(r"^-\d+$|^-\d*\.\d+$|^-\d+:\d+(:\d+)*$")
    parser.add_argument("--walk", metavar="NAME", required=True, help="the walk to place")
    parser.add_argument(
        "--offset",
        default="+00:00:00",
        metavar="±HH:MM:SS",
        help="camera clock offset: added to the camera's time to get the true time "
        "(a camera 2 min 30 s slow: +00:02:30)",
    )
    parser.add_argument(
        "--tz",
        metavar="±HH:MM",
        help="camera time zone for photos without OffsetTimeOriginal "
        "(default: this computer's zone)",
    )
    parser.add_argument(
        "--max-gap",
        type=float,
        default=DEFAULT_MAX_GAP_S,
        metavar="SECONDS",
        help="longest gap between track points to interpolate across (default 1800)",
    )
    parser.add_argument(
        "--overwrite-manual", action="store_true", help="also move photos placed by hand"
    )
    parser.add_argument(
        "--overwrite-exif", action="store_true", help="also replace the photos' own GPS positions"
    )
    parser.add_argument(
        "--from-placed",
        action="store_true",
        help="compute the clock offset (and drift, from two or more) from the walk's photos "
        "placed by hand on the map, instead of --offset",
    )
    parser.add_argument("--dry-run", action="store_true", help="show the outcome, write nothing")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument("tracks", nargs="*", metavar="TRACK.gpx", help="GPX files to add")
    parser.set_defaults(func=run)


def _settings(args: argparse.Namespace) -> GeotagSettings:
    try:
        offset = parse_offset(args.offset)
        zone = parse_tz(args.tz) if args.tz else None
    except ClockError as exc:
        raise UsageError(str(exc)) from None
    if not args.max_gap > 0:
        raise UsageError(f"--max-gap must be a positive number of seconds, not {args.max_gap}")
    return GeotagSettings(
        correction=ClockCorrection(offset_s=offset),
        camera_tz=zone,
        max_gap_s=args.max_gap,
        overwrite_manual=args.overwrite_manual,
        overwrite_exif=args.overwrite_exif,
    )


def _photo_json(outcome: PhotoOutcome, written: set[int]) -> dict[str, Any]:
    final = outcome.final
    return {
        "id": outcome.photo.id,
        "name": outcome.photo.name,
        "taken_at": outcome.photo.taken_at,
        "time_utc": utc_iso(outcome.time_utc) if outcome.time_utc is not None else None,
        "zone_source": outcome.zone_source,
        "status": outcome.status,
        "kind": outcome.kind,
        "reason": outcome.reason,
        "latitude": final.latitude,
        "longitude": final.longitude,
        "altitude": final.altitude,
        "position_source": final.position_source,
        "travel_bearing": final.travel_bearing,
        "written": outcome.photo.id in written,
    }


def _photo_line(outcome: PhotoOutcome) -> str:
    name = outcome.photo.name
    if outcome.status == "placed":
        final = outcome.final
        heading = ""
        if final.travel_bearing is not None:
            heading = f"  walking {final.travel_bearing:.0f}°"
        return f"placed    {name}  {final.latitude:.6f}, {final.longitude:.6f}{heading}"
    if outcome.status == "kept":
        return f"kept      {name}  {outcome.reason}"
    keeps = ""
    if outcome.photo.has_position and outcome.final.latitude is not None:
        keeps = f" (keeps its {outcome.photo.source} position)"
    return f"unplaced  {name}  {outcome.reason}{keeps}"


def _read_tracks(paths: list[str]) -> tuple[list[GpxTrack], list[GpxError]]:
    good: list[GpxTrack] = []
    bad: list[GpxError] = []
    for path in paths:
        try:
            good.append(read_gpx(path))
        except GpxError as exc:
            bad.append(exc)
    return good, bad


def _tracks_json(walk_id: int, unstored: list[GpxTrack]) -> list[dict[str, Any]]:
    tracks = [
        {
            "file": t.file_name,
            "name": t.name,
            "points": t.point_count,
            "start": utc_iso(t.start_utc),
            "end": utc_iso(t.end_utc),
            "stored": True,
        }
        for t in walk_tracks(walk_id)
    ]
    stored_files = {t["file"] for t in tracks}
    tracks += [
        {
            "file": g.path.name,
            "name": g.name,
            "points": len(g.fixes),
            "start": utc_iso(g.start),
            "end": utc_iso(g.end),
            "stored": False,
        }
        for g in unstored
        if g.path.name not in stored_files
    ]
    return tracks


def _solve_from_placed(
    walk_id: int, timeline: Timeline, settings: GeotagSettings
) -> GeotagSettings:
    """The clock correction from photos the volunteer placed by hand (source manual)."""
    points = []
    for photo in geotag.walk_photos(walk_id):
        if photo.source != geotag.SOURCE_MANUAL or not photo.taken_at:
            continue
        lat, lon = photo.position.latitude, photo.position.longitude
        assert lat is not None and lon is not None
        try:
            points.append(geotag.sync_point(photo, lat, lon, timeline, settings))
        except ClockError as exc:
            raise UsageError(str(exc)) from None
    if not points:
        raise UsageError(
            "--from-placed: no photo of this walk was placed by hand on the map "
            "(place one where it was taken, or give --offset)"
        )
    correction = geotag.solve_from_placed(points)
    print(
        f"clock from {len(points)} placed photo(s): {correction.describe()}",
        file=sys.stderr,
    )
    return replace(settings, correction=correction)


def run(args: argparse.Namespace) -> int:
    settings = _settings(args)
    gpx_tracks, failures = _read_tracks(args.tracks)
    for failure in failures:
        print(f"surveyor geotag: {failure.path}: {failure.reason}", file=sys.stderr)

    with open_workspace(args):
        walk = walk_named(args.walk)
        # The new files join the timeline before anything is written: a usage error below
        # (or --dry-run) leaves the catalogue as it was.
        timeline = Timeline(walk_fixes(walk.id, extra=gpx_tracks))
        if not timeline.fixes:
            if failures:
                return EXIT_FAILED
            raise UsageError(f"walk {args.walk!r} has no GPX track yet: give TRACK.gpx")
        if args.from_placed:
            settings = _solve_from_placed(walk.id, timeline, settings)
        the_plan = geotag.plan(walk.id, timeline, settings)
        written: set[int] = set()
        if not args.dry_run:
            for gpx in gpx_tracks:
                store_track(walk.id, gpx)
            written = {c.photo_id for c in geotag.apply(the_plan).changes}
        tracks = _tracks_json(walk.id, [] if not args.dry_run else gpx_tracks)

    guessed = sum(1 for o in the_plan.outcomes if o.zone_source == "computer")
    if guessed:
        print(
            f"surveyor geotag: {guessed} photo(s) record no time zone; this computer's was "
            "assumed (give --tz ±HH:MM if the camera was set to another)",
            file=sys.stderr,
        )
    code = EXIT_FAILED if failures else EXIT_OK
    if args.json:
        document = _document(args, settings, the_plan, tracks, failures, written)
        print_json(document)
        return code
    for outcome in the_plan.outcomes:
        print(_photo_line(outcome))
    summary = (
        f"{the_plan.count('placed')} placed, {the_plan.count('unplaced')} not placed, "
        f"{the_plan.count('kept')} kept"
    )
    print(summary + (" (dry run: nothing written)" if args.dry_run else ""))
    return code


def _document(
    args: argparse.Namespace,
    settings: GeotagSettings,
    the_plan: GeotagPlan,
    tracks: list[dict[str, Any]],
    failures: list[GpxError],
    written: set[int],
) -> dict[str, Any]:
    return {
        "walk": args.walk,
        "dry_run": args.dry_run,
        "settings": {
            "offset": format_offset(settings.correction.offset_s),
            "offset_s": settings.correction.offset_s,
            "drift_s_per_day": settings.correction.drift_s_per_day,
            "from_placed": args.from_placed,
            "tz": format_tz(settings.camera_tz),
            "max_gap_s": settings.max_gap_s,
            "overwrite_manual": settings.overwrite_manual,
            "overwrite_exif": settings.overwrite_exif,
        },
        "tracks": tracks,
        "failed": [{"path": str(f.path), "reason": f.reason} for f in failures],
        "placed": the_plan.count("placed"),
        "kept": the_plan.count("kept"),
        "unplaced": the_plan.count("unplaced"),
        "written": len(written),
        "photos": [_photo_json(o, written) for o in the_plan.outcomes],
    }
