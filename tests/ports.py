"""Ports for the servers the tests (and the load benchmark) start on localhost."""

import socket


def free_port():
    """A port on 127.0.0.1 that nothing listens on (nothing else took it just now)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def reachable(port, timeout=1.0):
    """Whether something on 127.0.0.1 accepts connections on `port`."""
    try:
        socket.create_connection(("127.0.0.1", port), timeout).close()
    except OSError:
        return False
    return True
