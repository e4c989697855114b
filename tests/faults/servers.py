"""Servers that fail the way real ones do."""

import contextlib
import socket
import threading

from tests.ports import free_port


class SilentSMTPServer:
    """
    Accepts every connection and never says a word: no greeting, no reply.
    A mail server that hangs looks like this to its clients, who wait until
    their own timeout.
    """

    def __init__(self, port=None):
        self.port = port or free_port()
        self.accepted = 0
        self._listener = None
        self._connections = []
        self._lock = threading.Lock()

    def start(self):
        self._listener = socket.create_server(("127.0.0.1", self.port))
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def _accept(self):
        while True:
            try:
                connection, _address = self._listener.accept()
            except OSError:  # closed by stop()
                return
            with self._lock:
                self._connections.append(connection)
                self.accepted += 1

    def stop(self):
        if self._listener is not None:
            # shutdown() wakes the thread blocked in accept(); close() alone
            # would leave the port bound until it returned.
            with contextlib.suppress(OSError):
                self._listener.shutdown(socket.SHUT_RDWR)
            self._listener.close()
            self._listener = None
        with self._lock:
            for connection in self._connections:
                connection.close()
            self._connections.clear()
