"""
A real Redis server of the test's own, on a free port, that a test can stop,
kill (SIGKILL: gone at once, connections refused) or hang (SIGSTOP: the port
still accepts connections, and nothing ever answers).
"""

import os
import shutil
import signal
import subprocess
import time

from tests.ports import free_port, reachable


class RedisServer:
    def __init__(self):
        self.port = free_port()
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        binary = shutil.which("redis-server")
        if binary is None:
            raise RuntimeError("redis-server is not installed")
        self.process = subprocess.Popen(  # noqa: S603 (a fixed local binary)
            [
                binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if reachable(self.port, timeout=0.2):
                return self
            time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self):
        if self.process is not None:
            self.resume()
            self.process.terminate()
            self.process.wait(10)
            self.process = None

    def kill(self):
        """SIGKILL: the server is gone at once, with whatever it held."""
        if self.process is not None:
            self.process.kill()
            self.process.wait(10)
            self.process = None

    def pause(self):
        """
        SIGSTOP: the kernel still accepts connections; nothing answers. Waits
        until the server has stopped: a signal is delivered a moment later,
        and a command sent in that moment is answered.
        """
        os.kill(self.process.pid, signal.SIGSTOP)
        deadline = time.monotonic() + 5
        while _state(self.process.pid) != "T" and time.monotonic() < deadline:
            time.sleep(0.001)

    def resume(self):
        if self.process is not None:
            os.kill(self.process.pid, signal.SIGCONT)


def _state(pid):
    """A process's state letter from /proc ("T": stopped)."""
    with open(f"/proc/{pid}/stat") as stat:
        return stat.read().rsplit(")", 1)[1].split()[0]
