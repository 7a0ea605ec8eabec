"""What an installation holds and checks: the licences it ships and `surveyor self-test`."""
