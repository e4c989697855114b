"""Ports for the servers the tests start on localhost."""

import socket


def free_port():
    """A port on 127.0.0.1 that nothing listens on (nothing else took it just now)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
